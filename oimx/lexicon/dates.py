"""Vocabulary of the dates extractor, per language (see :mod:`oimx.lexicon.languages`).

Everything the patterns of :mod:`oimx.extract.dates` match on lives here as
data: month and weekday names, relative expressions, range prepositions,
ordinal markers and the words that stop a number from being read as a year.
Words are written in lower case; matching is case-insensitive unless a table
says otherwise.  Apostrophes are written ``'`` and match ``'`` or ``’``.
"""

from __future__ import annotations

from oimx.lexicon.languages import LANGUAGES
from oimx.text import all_languages

LANGS = LANGUAGES  # read by the date patterns

# Month names and abbreviations -> month number.  An abbreviation may be
# followed by a dot in the text.
MONTHS: dict[str, dict[str, int]] = {
    "fr": {
        "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "fevr": 2,
        "jan": 1, "fev": 2, "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7,
        "août": 8, "aout": 8, "septembre": 9, "sept": 9, "octobre": 10, "oct": 10,
        "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
    },
    "en": {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
        "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
        "nov": 11, "december": 12, "dec": 12,
    },
    "es": {
        "enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "abr": 4, "mayo": 5,
        "junio": 6, "julio": 7, "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9,
        "octubre": 10, "noviembre": 11, "diciembre": 12, "dic": 12,
    },
    "pt": {
        "janeiro": 1, "jan": 1, "fevereiro": 2, "fev": 2, "março": 3, "mar": 3, "abril": 4, "abr": 4,
        "maio": 5, "mai": 5, "junho": 6, "jun": 6, "julho": 7, "jul": 7, "agosto": 8, "ago": 8,
        "setembro": 9, "outubro": 10, "novembro": 11, "nov": 11, "dezembro": 12, "dez": 12,
    },
}

# Month words that may stand alone ("en mars", "in October", "desde julio").
# The others (abbreviations, "sept" the number, "may" the verb, "march" the
# verb) count only beside a day number or a year.
MONTHS_ALONE: dict[str, frozenset[str]] = {
    "fr": frozenset({"janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet",
                     "août", "aout", "septembre", "octobre", "novembre", "décembre", "decembre"}),
    "en": frozenset({"january", "february", "april", "june", "july", "august", "september",
                     "october", "november", "december"}),
    "es": frozenset({"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                     "septiembre", "setiembre", "octubre", "noviembre", "diciembre"}),
    "pt": frozenset({"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
                     "setembro", "outubro", "novembro", "dezembro"}),
}

# Languages whose month names are written in lower case: a month word alone or before its day
# ("octobre", "nov.") counts in lower case only when it is one of theirs; the others' ("may",
# "march", "august": common words in English) must be capitalised.
MONTHS_WRITTEN_LOWER = ("fr", "es", "pt")

# What stands between a dateline's places and its date (", le 3 mars", ", on 3 May", " (del 3")
# and what may open a dateline that is only a date ("Le 6 janvier 2014 -").
DATELINE_DATE_LEADS: dict[str, tuple[str, ...]] = {
    "fr": ("le", "du"),
    "en": ("the", "on"),
    "es": ("el", "del"),
    "pt": ("em",),
}
DATELINE_ARTICLES: dict[str, tuple[str, ...]] = {"fr": ("le",), "en": ("the", "on"), "es": ("el",), "pt": ("em",)}

# Words after which a month abbreviation with its dot stands alone ("en fév.", "au mois de nov.",
# "in Jan."); elsewhere an abbreviation needs its day or year.
ABBREVIATION_CONTEXT: dict[str, tuple[str, ...]] = {
    "fr": ("en", "mois de", "mois d'", "ce", "cet", "depuis", "jusqu'en", "fin", "début", "mi-", "le"),
    "en": ("in", "since", "until", "by", "of", "from", "early", "late", "mid-", "during"),
    "es": ("en", "de", "desde", "hasta", "mes de"),
    "pt": ("em", "desde", "até", "mês de"),
}

WEEKDAYS: dict[str, dict[str, str]] = {
    "fr": {"lundi": "monday", "mardi": "tuesday", "mercredi": "wednesday", "jeudi": "thursday",
           "vendredi": "friday", "samedi": "saturday", "dimanche": "sunday"},
    "en": {"monday": "monday", "tuesday": "tuesday", "wednesday": "wednesday", "thursday": "thursday",
           "friday": "friday", "saturday": "saturday", "sunday": "sunday"},
    "es": {"lunes": "monday", "martes": "tuesday", "miércoles": "wednesday", "miercoles": "wednesday",
           "jueves": "thursday", "viernes": "friday", "sábado": "saturday", "sabado": "saturday",
           "domingo": "sunday"},
    "pt": {"segunda-feira": "monday", "terça-feira": "tuesday", "quarta-feira": "wednesday",
           "quinta-feira": "thursday", "sexta-feira": "friday", "sábado": "saturday", "domingo": "sunday"},
}

# Markers written after a day number ("1er octobre", "15e juillet", "1º de octubre", "3rd May").
DAY_ORDINALS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "fr": ("er", "ᵉʳ", "re", "e", "ème", "eme"),
    "en": ("st", "nd", "rd", "th"),
    "es": ("º",),
    "pt": ("º", ".º"),
}
DAY_ORDINALS = ("°", *dict.fromkeys(all_languages(DAY_ORDINALS_BY_LANGUAGE)))

# Words between a day and a month, or a month and a year ("13 de octubre de 2023", "1 March, 2019").
DATE_LINKS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {"fr": ("de",), "en": ("of",), "es": ("de",), "pt": ("de",)}
DATE_LINKS = tuple(dict.fromkeys(all_languages(DATE_LINKS_BY_LANGUAGE)))
# Words between a month and its year only ("novembre de l'année 2016").
MONTH_YEAR_LINKS: dict[str, tuple[str, ...]] = {"fr": ("de l'année",), "en": (), "es": ("del año",), "pt": ("do ano",)}

# Prefixes allowed between a weekday and its day ("le lundi 13", "el martes 4").
ARTICLES_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "fr": ("le", "la"),
    "en": ("the",),
    "es": ("el", "la"),
    "pt": (),  # "o", "a": an English word, a letter
}
ARTICLES = tuple(dict.fromkeys(all_languages(ARTICLES_BY_LANGUAGE)))

# Relative expressions -> stable key.  Keys are documented in oimx.extract.dates.
RELATIVE: dict[str, dict[str, str]] = {
    "fr": {
        "aujourd'hui": "today", "hier": "yesterday", "demain": "tomorrow",
        "avant-hier": "day_before_yesterday", "après-demain": "day_after_tomorrow",
        "ce matin": "this_morning", "cet après-midi": "this_afternoon", "ce soir": "this_evening",
        "cette nuit": "tonight", "hier soir": "last_night", "hier matin": "yesterday_morning",
        "hier après-midi": "yesterday_afternoon", "demain matin": "tomorrow_morning",
        "cette semaine": "this_week", "la semaine dernière": "last_week",
        "la semaine passée": "last_week", "la semaine précédente": "last_week",
        "la semaine prochaine": "next_week", "début de semaine": "early_this_week",
        "en début de semaine": "early_this_week", "en fin de semaine": "late_this_week",
        "plus tôt cette semaine": "earlier_this_week", "plus tard cette semaine": "later_this_week",
        "ce week-end": "this_weekend", "le week-end dernier": "last_weekend",
        "le week-end prochain": "next_weekend", "le week-end": "the_weekend", "le weekend": "the_weekend",
        "ce mois-ci": "this_month", "ce mois": "this_month", "le mois dernier": "last_month",
        "le mois passé": "last_month", "le mois prochain": "next_month",
        "plus tôt ce mois-ci": "earlier_this_month", "plus tard ce mois-ci": "later_this_month",
        "semaine dernière": "last_week", "semaine passée": "last_week", "semaine prochaine": "next_week",
        "mois dernier": "last_month", "mois passé": "last_month", "mois prochain": "next_month",
        "année dernière": "last_year", "année passée": "last_year", "année prochaine": "next_year",
        "an dernier": "last_year", "an passé": "last_year", "an prochain": "next_year",
        "ce trimestre": "this_quarter", "le trimestre dernier": "last_quarter",
        "trimestre précédent": "last_quarter", "le trimestre précédent": "last_quarter",
        "le trimestre prochain": "next_quarter",
        "cette année": "this_year", "l'année dernière": "last_year", "l'année passée": "last_year",
        "l'an dernier": "last_year", "l'an passé": "last_year", "l'année prochaine": "next_year",
        "l'an prochain": "next_year", "plus tôt cette année": "earlier_this_year",
        "plus tard cette année": "later_this_year", "cette année-là": "that_year",
        "le premier semestre de cette année": "first_half_this_year",
        "le second semestre de cette année": "second_half_this_year",
        "cet été": "this_summer", "l'été dernier": "last_summer", "l'été prochain": "next_summer",
        "cet hiver": "this_winter", "l'hiver dernier": "last_winter", "l'hiver prochain": "next_winter",
        "cet automne": "this_autumn", "l'automne dernier": "last_autumn",
        "l'automne prochain": "next_autumn", "ce printemps": "this_spring",
        "le printemps dernier": "last_spring", "le printemps prochain": "next_spring",
        "été prochain": "next_summer", "été dernier": "last_summer", "hiver prochain": "next_winter",
        "hiver dernier": "last_winter", "automne prochain": "next_autumn", "automne dernier": "last_autumn",
        "printemps prochain": "next_spring", "printemps dernier": "last_spring",
        "la prochaine semaine": "next_week", "la semaine à venir": "next_week", "la semaine en cours": "this_week",
        "le mois à venir": "next_month", "le mois en cours": "this_month", "l'année à venir": "next_year",
        "l'année en cours": "this_year", "plus tôt dans la semaine": "earlier_this_week",
        "plus tard dans la semaine": "later_this_week", "plus tôt dans l'année": "earlier_this_year",
        "plus tard dans l'année": "later_this_year", "plus tard dans le mois": "later_this_month",
        "en fin de mois": "late_this_month", "à la fin du mois": "late_this_month",
        "en début de mois": "early_this_month", "au début du mois": "early_this_month",
        "en fin d'année": "late_this_year", "en début d'année": "early_this_year",
        "au début de la semaine": "early_this_week", "à la fin de la semaine": "late_this_week",
        "cette décennie": "this_decade", "la prochaine décennie": "next_decade",
        "la décennie prochaine": "next_decade", "la dernière décennie": "last_decade",
        "ces derniers jours": "recent_days", "ces dernières semaines": "recent_weeks",
        "ces derniers mois": "recent_months", "ces dernières années": "recent_years",
        "avant hier": "day_before_yesterday", "après demain": "day_after_tomorrow",
        "apres-demain": "day_after_tomorrow", "le lendemain": "next_day", "lendemain": "next_day",
        "la veille": "previous_day", "le jour suivant": "next_day", "jour suivant": "next_day",
        "le jour précédent": "previous_day", "la semaine suivante": "next_week", "la semaine qui suit": "next_week",
        "le mois suivant": "next_month", "l'année suivante": "next_year", "le jour d'après": "next_day",
        "le jour d'avant": "previous_day", "la semaine d'après": "next_week", "le mois d'après": "next_month",
        "la décennie suivante": "next_decade", "dans la semaine": "this_week",
        "en milieu de semaine": "mid_this_week", "au milieu de la semaine": "mid_this_week",
        "début de l'année": "early_this_year", "au début de l'année": "early_this_year",
        "fin de l'année": "late_this_year", "à la fin de l'année": "late_this_year",
        "reste de la semaine": "later_this_week", "reste de semaine": "later_this_week",
        "reste du mois": "later_this_month", "reste de l'année": "later_this_year",
    },
    "en": {
        "today": "today", "yesterday": "yesterday", "tomorrow": "tomorrow",
        "this morning": "this_morning", "this afternoon": "this_afternoon",
        "this evening": "this_evening", "tonight": "tonight", "last night": "last_night",
        "yesterday morning": "yesterday_morning", "yesterday afternoon": "yesterday_afternoon",
        "this week": "this_week", "last week": "last_week", "next week": "next_week",
        "earlier this week": "earlier_this_week", "later this week": "later_this_week",
        "this weekend": "this_weekend", "last weekend": "last_weekend", "next weekend": "next_weekend",
        "the weekend": "the_weekend",
        "this month": "this_month", "last month": "last_month", "next month": "next_month",
        "earlier this month": "earlier_this_month", "later this month": "later_this_month",
        "this quarter": "this_quarter", "last quarter": "last_quarter", "next quarter": "next_quarter",
        "this year": "this_year", "last year": "last_year", "next year": "next_year",
        "earlier this year": "earlier_this_year", "later this year": "later_this_year",
        "the first half of this year": "first_half_this_year",
        "the second half of this year": "second_half_this_year",
        "the first half of last year": "first_half_last_year",
        "this summer": "this_summer", "last summer": "last_summer", "next summer": "next_summer",
        "this winter": "this_winter", "last winter": "last_winter", "next winter": "next_winter",
        "this spring": "this_spring", "last spring": "last_spring", "next spring": "next_spring",
        "this autumn": "this_autumn", "last autumn": "last_autumn", "next autumn": "next_autumn",
        "the coming week": "next_week", "the coming month": "next_month", "the coming year": "next_year",
        "the end of the month": "late_this_month", "the end of the year": "late_this_year",
        "this decade": "this_decade", "the next decade": "next_decade", "the last decade": "last_decade",
        "the past decade": "last_decade", "recent days": "recent_days", "recent weeks": "recent_weeks",
        "recent months": "recent_months", "recent years": "recent_years",
    },
    "es": {
        "hoy": "today", "ayer": "yesterday", "anteayer": "day_before_yesterday",
        "pasado mañana": "day_after_tomorrow", "esta mañana": "this_morning",
        "esta tarde": "this_afternoon", "esta noche": "tonight", "anoche": "last_night",
        "esta semana": "this_week", "la semana pasada": "last_week", "la semana próxima": "next_week",
        "la próxima semana": "next_week", "la semana que viene": "next_week",
        "el fin de semana": "the_weekend", "este fin de semana": "this_weekend",
        "el fin de semana pasado": "last_weekend", "el pasado fin de semana": "last_weekend",
        "el próximo fin de semana": "next_weekend", "el fin de semana próximo": "next_weekend",
        "este mes": "this_month", "el mes pasado": "last_month", "el próximo mes": "next_month",
        "el mes próximo": "next_month", "el mes que viene": "next_month",
        "este año": "this_year", "el año pasado": "last_year", "el próximo año": "next_year",
        "el año próximo": "next_year", "el año que viene": "next_year",
        "este verano": "this_summer", "el verano pasado": "last_summer", "el próximo verano": "next_summer",
        "este invierno": "this_winter", "el invierno pasado": "last_winter", "el próximo invierno": "next_winter",
        "esta década": "this_decade", "la próxima década": "next_decade", "la última década": "last_decade",
        "los últimos días": "recent_days", "las últimas semanas": "recent_weeks",
        "los últimos meses": "recent_months", "los últimos años": "recent_years",
        "a fin de mes": "late_this_month", "a finales de mes": "late_this_month",
        "a fin de año": "late_this_year", "a finales de año": "late_this_year",
    },
    "pt": {
        "hoje": "today", "ontem": "yesterday", "amanhã": "tomorrow", "anteontem": "day_before_yesterday",
        "depois de amanhã": "day_after_tomorrow", "esta manhã": "this_morning", "esta tarde": "this_afternoon",
        "esta noite": "tonight", "ontem à noite": "last_night", "esta semana": "this_week",
        "a semana passada": "last_week", "na semana passada": "last_week", "semana passada": "last_week",
        "a próxima semana": "next_week", "na próxima semana": "next_week", "próxima semana": "next_week",
        "este fim de semana": "this_weekend", "neste fim de semana": "this_weekend",
        "o fim de semana passado": "last_weekend", "no fim de semana passado": "last_weekend",
        "este mês": "this_month", "neste mês": "this_month", "o mês passado": "last_month",
        "no mês passado": "last_month", "mês passado": "last_month", "o próximo mês": "next_month",
        "no próximo mês": "next_month", "próximo mês": "next_month", "este ano": "this_year",
        "neste ano": "this_year", "o ano passado": "last_year", "no ano passado": "last_year",
        "ano passado": "last_year", "o próximo ano": "next_year", "no próximo ano": "next_year",
        "próximo ano": "next_year", "este verão": "this_summer", "o verão passado": "last_summer",
        "este inverno": "this_winter", "o inverno passado": "last_winter",
        "esta década": "this_decade", "a próxima década": "next_decade", "a última década": "last_decade",
        "os últimos dias": "recent_days", "as últimas semanas": "recent_weeks",
        "os últimos meses": "recent_months", "os últimos anos": "recent_years",
        "no final do mês": "late_this_month", "no final do ano": "late_this_year",
        "nos últimos dias": "recent_days", "nas últimas semanas": "recent_weeks",
        "nos últimos meses": "recent_months", "nos últimos anos": "recent_years",
        "dos últimos dias": "recent_days", "das últimas semanas": "recent_weeks",
        "dos últimos meses": "recent_months", "dos últimos anos": "recent_years",
    },
}

# Relative words that do not count when followed by these words ("hoy en día" = nowadays).
RELATIVE_NOT_BEFORE: dict[str, tuple[str, ...]] = {
    "fr": (),
    "en": (),
    "es": ("en día",),
    "pt": ("em dia",),
}

# Words after a relative day that make it the day of another event ("au lendemain du typhon",
# "à la veille du Sommet"): the keys below are then not read.
EVENT_DAY_LINKS: dict[str, tuple[str, ...]] = {"fr": ("de", "du", "des", "d'"), "en": ("of",), "es": ("de", "del"),
                                               "pt": ("de", "do", "da", "dos", "das")}
EVENT_DAY_KEYS = frozenset({"next_day", "previous_day"})

# Words set after a weekday: part of the day or last/next ("vendredi matin", "jeudi dernier").
WEEKDAY_PARTS: dict[str, dict[str, str]] = {
    "fr": {"matin": "", "après-midi": "", "soir": "", "soir-là": "", "dernier": "last",
           "passé": "last", "prochain": "next", "suivant": "next", "d'après": "next",
           "en huit": "+1", "en 8": "+1", "en quinze": "+2", "en 15": "+2"},  # lundi en huit: a week later
    "en": {"morning": "", "afternoon": "", "evening": "", "night": ""},
    "es": {"por la mañana": "", "por la tarde": "", "por la noche": "", "pasado": "last",
           "próximo": "next"},
    "pt": {"de manhã": "", "à tarde": "", "à noite": "", "passada": "last", "passado": "last",
           "próxima": "next", "próximo": "next"},
}

# Words between a weekday and the week it falls in ("lundi de la semaine prochaine", "el lunes de
# la próxima semana"); the week is one of the RELATIVE phrases for this, last or next week.
WEEKDAY_WEEK_LINKS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "fr": ("de",),
    "en": ("of",),
    "es": ("de", "del"),
    "pt": ("da",),
}
WEEKDAY_WEEK_LINKS = tuple(dict.fromkeys(all_languages(WEEKDAY_WEEK_LINKS_BY_LANGUAGE)))

# Words set before a weekday or a month: last/next ("last Friday", "next September", "el pasado lunes").
BEFORE_LAST_NEXT: dict[str, dict[str, str]] = {
    "fr": {},
    "en": {"last": "last", "next": "next", "this": "", "this past": "last", "this coming": "next"},
    "es": {"el pasado": "last", "el próximo": "next"},
    "pt": {"na próxima": "next", "no próximo": "next", "na passada": "last", "no passado": "last"},
}

# Words set after a month: "septembre prochain", "octobre dernier", "julio pasado".
MONTH_LAST_NEXT: dict[str, dict[str, str]] = {
    "fr": {"prochain": "next", "dernier": "last", "passé": "last"},
    "en": {},
    "es": {"próximo": "next", "pasado": "last"},
    "pt": {"próximo": "next", "passado": "last"},
}

# "il y a deux ans", "two years ago", "hace 4 años".
AGO_BEFORE: dict[str, tuple[str, ...]] = {"fr": ("il y a",), "en": (), "es": ("hace",), "pt": ("há",)}
AGO_AFTER: dict[str, tuple[str, ...]] = {"fr": ("auparavant", "plus tôt"), "en": ("ago", "earlier"), "es": (),
                                         "pt": ("atrás",)}
# A count of units after the reference, written after the unit: "deux semaines plus tard", "two
# days later", "tres días más tarde".
IN_AFTER: dict[str, tuple[str, ...]] = {"fr": ("plus tard", "dans le futur"), "en": ("later", "from now"),
                                        "es": ("más tarde",), "pt": ("mais tarde",)}
# The same with "avant" / "après", read only when they end the clause ("deux jours après.", not
# "deux jours après l'attaque", which counts from the attack).
AGO_AFTER_AT_CLAUSE_END: dict[str, tuple[str, ...]] = {"fr": ("avant",), "en": ("before",), "es": ("antes",),
                                                       "pt": ("antes",)}
IN_AFTER_AT_CLAUSE_END: dict[str, tuple[str, ...]] = {"fr": ("après",), "en": ("after",), "es": ("después",),
                                                      "pt": ("depois",)}
AGO_QUANTIFIERS: dict[str, tuple[str, ...]] = {
    "fr": ("plus de", "près de", "environ", "moins de", "presque"),
    "en": ("more than", "over", "about", "nearly", "almost", "some", "less than"),
    "es": ("más de", "casi", "unos", "unas", "cerca de", "menos de"),
    "pt": ("mais de", "cerca de", "quase", "menos de", "uns", "umas"),
}
TIME_UNITS: dict[str, dict[str, str]] = {
    "fr": {"jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month",
           "an": "year", "ans": "year", "année": "year", "années": "year", "décennie": "decade",
           "décennies": "decade"},
    "en": {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
           "months": "month", "year": "year", "years": "year", "decade": "decade", "decades": "decade"},
    "es": {"día": "day", "días": "day", "semana": "week", "semanas": "week", "mes": "month",
           "meses": "month", "año": "year", "años": "year", "década": "decade", "décadas": "decade"},
    "pt": {"dia": "day", "dias": "day", "semana": "week", "semanas": "week", "mês": "month",
           "meses": "month", "ano": "year", "anos": "year", "década": "decade", "décadas": "decade"},
}
NUMBER_WORDS: dict[str, dict[str, int]] = {
    "fr": {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
           "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
           "trente": 30, "quelques": 0},
    "en": {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
           "thirty": 30, "a few": 0},
    "es": {"un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
           "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20,
           "treinta": 30, "unos": 0, "unas": 0},
    "pt": {"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6,
           "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "quinze": 15, "vinte": 20,
           "trinta": 30, "alguns": 0, "algumas": 0},
}

# Range words.  Each language lists the words that open a closed range and the
# word that joins its two ends.
RANGE_FROM_TO: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "fr": (("du", "de", "depuis le", "depuis"), ("au", "à", "jusqu'au", "jusqu'à", "jusqu'en")),
    "en": (("from",), ("to", "until", "till", "through")),
    "es": (("del", "desde el", "desde", "de"), ("al", "hasta el", "hasta", "a")),
    "pt": (("de", "desde", "desde o", "a partir de"), ("a", "até", "até ao", "até o", "até à")),
}
RANGE_BETWEEN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "fr": (("entre",), ("et",)),
    "en": (("between",), ("and",)),
    "es": (("entre",), ("y",)),
    "pt": (("entre",), ("e",)),
}
# Openers, with their article, after which days without a month make a range ("du 13 au 18",
# "entre le 13 et le 18", "à partir du 8"); without the article they may be counts ("de 2 à 5").
DAY_RANGE_OPENERS: dict[str, tuple[str, ...]] = {
    "fr": ("du", "entre le", "à partir du", "a partir du", "dès le", "depuis le", "jusqu'au"),
    "en": ("from the", "between the", "since the"),
    "es": ("del", "entre el", "desde el", "a partir del"),
    "pt": ("do dia", "entre o dia", "desde o dia", "a partir do dia"),
}
# Words joining two days of one month without "entre" ("les 28 et 29 octobre"), or two
# consecutive months ("octobre et novembre 2014", "julio y agosto").
DAY_PAIR_JOINS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {"fr": ("et",), "en": ("and",), "es": ("y",), "pt": ("e",)}
DAY_PAIR_JOINS = (*dict.fromkeys(all_languages(DAY_PAIR_JOINS_BY_LANGUAGE)), "&")
# Words after which a day number and a date joined by a spaced dash are a range ("du 7 - 9 mai",
# "from 7 – 9 May"); without them "Canal 7 - 25/05/2015" or "report 2 – 31 January" is a number
# then a date.  An unspaced dash ("27-30/11", "23- 24 September") is always a range.
SPACED_DASH_OPENERS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "fr": ("du", "de", "des", "les", "le", "entre", "depuis"),
    "en": ("from", "between", "since", "on", "the"),
    "es": ("del", "desde", "los", "el", "entre", "de"),
    "pt": ("de", "entre", "desde"),
}
SPACED_DASH_OPENERS = frozenset(all_languages(SPACED_DASH_OPENERS_BY_LANGUAGE))
# Words that open an open range: since X -> from X.
SINCE: dict[str, tuple[str, ...]] = {
    "fr": ("depuis", "à partir de", "à partir du", "à partir d'", "dès", "après le", "après"),
    "en": ("since", "starting", "as from", "starting from", "after"),
    "es": ("desde", "a partir de", "a partir del", "después del", "después de"),
    "pt": ("desde", "a partir de", "a partir do", "a partir da", "depois de", "após"),
}
# Of those, the words that say the range began by the time of writing ("depuis la mi-août": last
# August); after the others the date is read by the sentence's tense ("à partir du 8 mars").
SINCE_BEGUN: dict[str, tuple[str, ...]] = {"fr": ("depuis",), "en": ("since",), "es": ("desde",), "pt": ("desde",)}
# Words allowed between "depuis" and its date ("depuis le mois de mars", "depuis la nuit du 19 août").
SINCE_FILLERS: dict[str, tuple[str, ...]] = {
    "fr": ("le mois de", "le mois d'", "la nuit du", "la journée du", "le début du mois de",
           "le", "l'", "la fin du mois de", "début", "fin", "mi-", "la mi-", "le début de l'année",
           "la fin de l'année"),
    "en": ("the night of", "the", "early", "late", "mid-", "the beginning of", "the end of"),
    "es": ("el mes de", "el", "la noche del", "principios de", "finales de", "mediados de"),
    "pt": ("o mês de", "o início de", "o final de", "meados de"),
}
# Words that open an open range: until X -> to X.
UNTIL: dict[str, tuple[str, ...]] = {
    "fr": ("jusqu'en", "jusqu'au", "jusqu'à", "d'ici à", "d'ici au", "d'ici", "avant le", "avant",
           "au plus tard le"),
    "en": ("until", "till", "through", "up to", "by", "no later than", "before"),
    "es": ("hasta el", "hasta", "para", "antes del", "antes de"),
    "pt": ("até ao", "até à", "até o", "até", "antes de", "antes do"),
}
# "para 2024" is "for 2024", a plain date, right after these nouns or a name that begins with one
# ("el presupuesto para 2025", "Plan de Respuesta Regional (RMRP) para 2024"); elsewhere it is
# "by 2024" ("reducir la pobreza para 2030").  Only the word "para" of UNTIL["es"] is read so.
PLAN_NOUNS = frozenset({
    "plan", "planes", "presupuesto", "presupuestos", "llamamiento", "llamamientos", "estrategia",
    "estrategias", "programa", "programas", "proyecto", "proyectos", "marco", "agenda",
    "calendario", "previsiones", "proyecciones", "programación", "planificación", "financiación",
    "financiamiento", "requerimientos", "necesidades", "metas", "objetivos", "prioridades",
})
# Words that may stand inside such a noun phrase between the noun and "para": links and
# articles; capitalised words, acronyms and parenthesised asides are allowed too.
PLAN_NAME_LINKS = frozenset({"de", "del", "la", "las", "el", "los", "y", "e", "para", "en", "a", "al"})
# Word endings of the adjectives allowed there ("el plan regional", "el llamamiento humanitario").
PLAN_ADJECTIVE_ENDINGS = ("al", "ales", "ario", "aria", "arios", "arias", "ico", "ica", "icos", "icas",
                          "ivo", "iva", "ivos", "ivas", "ado", "ada", "ados", "adas", "anual")
UNTIL_FILLERS: dict[str, tuple[str, ...]] = {
    "fr": ("la fin de", "fin", "le mois de", "le mois d'", "la mi-", "mi-"),
    "en": ("the end of", "end", "the", "mid-"),
    "es": ("finales de", "fines de", "el", "mediados de"),
    "pt": ("o final de", "ao final de", "final de", "o fim de", "ao fim de", "fim de", "finais de", "meados de"),
}

# Words that mark a sentence as speaking of the future ("se réunira vendredi", "will meet
# on Friday", "se celebrará el lunes"): a bare weekday or a date without its year is then
# resolved forward from the reference date, otherwise backward (press releases report what
# happened).  Whole words, compared in lower case; FUTURE_ENDINGS are word endings of the
# future tense (French futur simple, Spanish futuro), checked on words of 5 letters or more.
FUTURE_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset({"prochain", "prochaine", "prochains", "prochaines", "va", "vont", "sera", "seront",
                     "aura", "auront", "fera", "feront", "ira", "iront", "devra", "devront", "pourra",
                     "pourront", "demain", "bientôt", "prévu", "prévue", "prévus", "prévues"}),
    "en": frozenset({"will", "ll", "shall", "next", "upcoming", "coming", "tomorrow", "scheduled", "planned",
                     "soon"}),
    "es": frozenset({"próximo", "próxima", "próximos", "próximas", "va", "van", "mañana", "será", "serán",
                     "prevé", "previsto", "prevista"}),
    "pt": frozenset({"próximo", "próxima", "próximos", "próximas", "vai", "vão", "será", "serão",
                     "amanhã", "prevê", "previsto", "prevista", "irá", "irão"}),
}
FUTURE_ENDINGS: dict[str, tuple[str, ...]] = {
    "fr": ("era", "eront", "ira", "iront", "dra", "dront"),  # se tiendra, commencera, se réunira
    "en": (),
    "es": ("rá", "rán"),  # se celebrará, tendrán,
    "pt": ("rá", "rão"),
}

# Words that mark a sentence as speaking of the past ("a été inauguré", "were rescued",
# "fue inaugurado"): a date without its year is then never resolved after the reference.
# Only unambiguous auxiliaries and preterites; the future (above) wins when both appear.
PAST_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset({"a", "ont", "avait", "avaient", "était", "étaient", "fut", "furent", "hier", "dernier",
                     "dernière", "derniers", "dernières"}),
    "en": frozenset({"was", "were", "had", "did", "yesterday", "ago", "last"}),
    "es": frozenset({"fue", "fueron", "había", "habían", "ha", "han", "ayer", "pasado", "pasada"}),
    "pt": frozenset({"foi", "foram", "tinha", "tinham", "ontem", "passado", "passada", "atrás"}),
}

# Quarters and half-years: ordinal word -> first month of the period (per length).
QUARTER_WORDS: dict[str, dict[str, int]] = {
    "fr": {"premier": 1, "1er": 1, "deuxième": 2, "deuxieme": 2, "troisieme": 3, "quatrieme": 4,
           "second": 2, "2e": 2, "2ème": 2, "troisième": 3,
           "3e": 3, "3ème": 3, "quatrième": 4, "4e": 4, "4ème": 4, "dernier": 4},
    "en": {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
           "last": 4, "final": 4},
    "es": {"primer": 1, "segundo": 2, "tercer": 3, "cuarto": 4, "último": 4},
    "pt": {"primeiro": 1, "segundo": 2, "terceiro": 3, "quarto": 4, "último": 4},
}
PERIOD_NOUNS: dict[str, dict[str, int]] = {
    "fr": {"trimestre": 3, "semestre": 6, "quart": 3},
    "en": {"quarter": 3, "half": 6},
    "es": {"trimestre": 3, "semestre": 6},
    "pt": {"trimestre": 3, "semestre": 6},
}
PERIOD_LINKS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "fr": ("de l'année", "de"),
    "en": ("of",),
    "es": ("del año", "del", "de la", "de"),
    "pt": ("do ano", "de"),
}
PERIOD_LINKS = tuple(dict.fromkeys(all_languages(PERIOD_LINKS_BY_LANGUAGE)))
# Period nouns that stand without their year ("au troisième trimestre"); the others need it
# ("le troisième quart de 2016", not "le premier quart de la population").
PERIOD_NOUNS_ALONE: dict[str, tuple[str, ...]] = {"fr": ("trimestre", "semestre"), "en": ("quarter",),
                                                  "es": ("trimestre", "semestre"), "pt": ("trimestre", "semestre")}
# Quarters and halves as codes, case-sensitive, before or after the year: "Q1 2016", "2016 Q3",
# "T2 2020" (trimestre), "H1 2016", "2016H2" -> months in the period.
PERIOD_CODES: dict[str, int] = {"Q": 3, "T": 3, "H": 6}

# The nth day, week or weekday of a month or year: "la première semaine d'octobre 2014", "le
# dernier jour d'octobre", "le premier vendredi de juillet", "la troisième semaine de 2027",
# "la deuxième quinzaine d'avril" (-1: the last).
NTH_WORDS: dict[str, dict[str, int]] = {
    "fr": {"premier": 1, "première": 1, "premiere": 1, "1er": 1, "1re": 1, "deuxième": 2, "deuxieme": 2,
           "second": 2, "seconde": 2, "2e": 2, "2ème": 2, "2eme": 2, "troisième": 3, "troisieme": 3, "3e": 3,
           "3ème": 3, "3eme": 3, "quatrième": 4, "quatrieme": 4, "4e": 4, "4ème": 4, "4eme": 4,
           "cinquième": 5, "5e": 5, "5ème": 5, "dernier": -1, "dernière": -1, "derniere": -1},
    "en": {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
           "fifth": 5, "5th": 5, "last": -1},
    "es": {"primer": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3, "tercera": 3, "cuarto": 4,
           "cuarta": 4, "último": -1, "última": -1},
    "pt": {"primeiro": 1, "primeira": 1, "segundo": 2, "segunda": 2, "terceiro": 3, "terceira": 3, "quarto": 4,
           "quarta": 4, "último": -1, "última": -1},
}
NTH_UNITS: dict[str, dict[str, str]] = {
    "fr": {"jour": "day", "journée": "day", "semaine": "week", "quinzaine": "fortnight"},
    "en": {"day": "day", "week": "week"},
    "es": {"día": "day", "semana": "week", "quincena": "fortnight"},
    "pt": {"dia": "day", "semana": "week", "quinzena": "fortnight"},
}
NTH_LINKS: dict[str, tuple[str, ...]] = {
    "fr": ("de", "d'", "du mois de", "du mois d'", "de l'année"),
    "en": ("of", "in", "of the month of"),
    "es": ("de", "del mes de", "del año"),
    "pt": ("de", "do mês de", "do ano"),
}

# A bare year is not read after these words: names of plans, summits, agendas...
# (compared case-insensitively with the word right before the number).
YEAR_BLOCK_BEFORE = frozenset({
    "programme", "program", "programa", "agenda", "vision", "visión", "cop", "covid", "sommet",
    "summit", "cumbre", "horizon", "plan", "stratégie", "strategy", "estrategia", "objectif",
    "objectifs", "rapport", "report", "informe", "résolution", "resolution", "resolución",
    "article", "artículo", "loi", "ley", "law", "décret", "decree", "n°", "no", "nº", "numéro",
    "number", "número", "tel", "tél", "fax", "code", "route", "km", "page", "p", "pp", "expo",
    "edition", "édition", "edición", "region", "région", "mission", "forum", "jeux", "games",
    "coupe", "cup", "version", "iso", "journée", "day", "día", "conférence", "conference",
    "conferencia", "appel", "appeal", "llamamiento", "grid", "idh", "hdi",
})
# Quantifiers: a number after them is a count, not a year ("plus de 2000 Colombiens").
YEAR_BLOCK_QUANTIFIERS: dict[str, tuple[str, ...]] = {
    "fr": ("plus de", "moins de", "près de", "environ", "quelque", "quelques", "au moins",
           "plus d'", "pas moins de"),
    "en": ("more than", "less than", "over", "about", "around", "nearly", "almost", "some",
           "at least", "approximately", "roughly", "estimated", "out of"),
    "es": ("más de", "menos de", "cerca de", "alrededor de", "unos", "unas", "al menos", "casi"),
    "pt": ("mais de", "menos de", "cerca de", "perto de", "uns", "umas", "pelo menos", "quase"),
}
# A number followed by one of these words is a count or an amount, not a year.
YEAR_BLOCK_AFTER = frozenset({
    "personnes", "migrants", "réfugiés", "familles", "ménages", "individus", "enfants", "femmes",
    "hommes", "déplacés", "rapatriés", "bénéficiaires", "participants", "victimes", "morts",
    "décès", "people", "persons", "refugees", "families", "households", "individuals", "children",
    "women", "men", "deaths", "beneficiaries", "personas", "migrantes",
    "refugiados", "familias", "hogares", "niños", "mujeres", "hombres", "dollars", "euros",
    "francs", "usd", "eur", "chf", "dólares", "km", "kilomètres", "kilometres", "kilómetros",
    "mètres", "metres", "meters", "m", "kg", "tonnes", "tons", "heures", "hours", "horas", "h",
    "jours", "days", "días", "ans", "years", "años", "mois", "months", "meses", "%", "membres", "members",
    "miembros", "cas", "cases", "casos", "lits", "beds", "camas",
    "logements", "abris", "shelters", "tentes", "tents", "kits", "colis", "écoles", "schools",
    "écoliers", "élèves", "students", "étudiants", "agents", "staff", "employés", "volontaires",
    "volunteers", "bateaux", "boats", "habitants", "inhabitants", "habitantes", "demandeurs", "asylum", "retours",
    "returns", "arrivées", "arrivals", "llegadas",
})
# Bare-year exceptions: capitalised words that may stand right before a year
# without making it part of a name ("Année 2019", "Mexico, 2013" is handled by the comma).
YEAR_NAME_ALLOWED = frozenset({
    "en", "in", "depuis", "since", "desde", "année", "year", "año", "fin", "début", "end", "early",
    "late", "mid", "durant", "during", "pendant", "dès", "from", "until", "jusqu'en", "hasta", "para",
    "de", "du", "of", "el", "le", "la", "the", "et", "and", "y", "au", "à", "to", "a", "é", "été",
})
# Words joining a capitalised name to its year: "la Convention de 1951", "the Protocol of 1967".
NAME_YEAR_LINKS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "fr": ("de",),
    "en": ("of",),
    "es": ("de", "del"),
    "pt": ("de", "da"),
}
NAME_YEAR_LINKS = frozenset(all_languages(NAME_YEAR_LINKS_BY_LANGUAGE))
# Articles: "the 2023 SDG Summit", a year between an article and a capitalised name.
YEAR_NAME_ARTICLES_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "fr": ("le", "la", "les", "l'"),
    "en": ("the",),
    "es": ("el", "la", "los", "las"),
    "pt": (),  # "a", "as": English words
}
YEAR_NAME_ARTICLES = tuple(dict.fromkeys(all_languages(YEAR_NAME_ARTICLES_BY_LANGUAGE)))

# Ambiguous English month words (verbs) that stand alone only after these words ("in May").
CONTEXT_MONTHS = frozenset({"May", "March"})
EN_MONTH_CONTEXT = ("in", "since", "until", "by", "of", "from", "early", "late", "mid", "through",
                    "between", "and", "to", "last", "next", "during")

# Prepositions allowed between two coordinated dates that share a year ("en août et en décembre 2019").
COORD_PREPOSITIONS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "fr": ("en", "le", "au"),
    "en": ("in", "on"),
    "es": ("en", "el"),
    "pt": ("em",),
}
COORD_PREPOSITIONS = tuple(dict.fromkeys(all_languages(COORD_PREPOSITIONS_BY_LANGUAGE)))

# A count of units ahead of the reference: "dans deux mois", "d'ici quinze jours", "in two weeks",
# "dentro de tres días" (the words before the count).
IN_BEFORE: dict[str, tuple[str, ...]] = {
    "fr": ("dans", "d'ici"),
    "en": ("in", "within"),
    "es": ("dentro de",),
    "pt": ("dentro de", "daqui a"),
}

# The last or next N units, a period that ends or starts at the reference: "les trois derniers
# mois", "les 3 semaines passées", "the past two weeks", "los últimos cinco años".  A direction
# word before the count, between the count and the unit, or after the unit -> "last" or "next".
COUNT_ARTICLES: dict[str, tuple[str, ...]] = {
    "fr": ("les", "ces", "des"),
    "en": ("the",),
    "es": ("los", "las"),
    "pt": ("os",),
}
COUNT_DIRECTION_BEFORE: dict[str, dict[str, str]] = {
    "fr": {"derniers": "last", "dernières": "last", "dernier": "last", "derniere": "last", "prochains": "next",
           "prochaines": "next"},
    "en": {"last": "last", "past": "last", "next": "next", "coming": "next"},
    "es": {"últimos": "last", "últimas": "last", "próximos": "next", "próximas": "next"},
    "pt": {"últimos": "last", "últimas": "last", "próximos": "next", "próximas": "next"},
}
COUNT_DIRECTION_MIDDLE: dict[str, dict[str, str]] = {
    "fr": {"derniers": "last", "dernières": "last", "dernier": "last", "dernieres": "last", "prochains": "next",
           "prochaines": "next"},
    "en": {},
    "es": {},
    "pt": {},
}
COUNT_DIRECTION_AFTER: dict[str, dict[str, str]] = {
    "fr": {"derniers": "last", "dernières": "last", "dernieres": "last", "passés": "last", "passées": "last",
           "précédents": "last", "précédentes": "last", "à venir": "next", "prochains": "next",
           "prochaines": "next", "suivants": "next", "suivantes": "next", "suivant": "next"},
    "en": {},
    "es": {"pasados": "last", "pasadas": "last", "últimos": "last", "últimas": "last", "próximos": "next",
           "próximas": "next", "venideros": "next"},
    "pt": {"passados": "last", "passadas": "last", "seguintes": "next"},
}

# Day words written in place of a day number before a month ("le premier mars", "el primero de mayo").
_FR_UNITS = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
_FR_TEENS = ("dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf")
DAY_WORDS: dict[str, dict[str, int]] = {
    "fr": {"premier": 1,
           **{w: n for n, w in enumerate(_FR_UNITS[1:], 2)},  # le deux, deux mars
           **{w: n for n, w in enumerate(_FR_TEENS, 10)},  # le treize, dix-huit juillet
           "vingt": 20, "vingt et un": 21, "vingt-et-un": 21, "trente": 30, "trente et un": 31, "trente-et-un": 31,
           **{f"vingt{link}{w}": n for n, w in enumerate(_FR_UNITS[1:], 22) for link in "- "}},  # le vingt-deux
    "en": {"first": 1},
    "es": {"primero": 1},
    "pt": {"primeiro": 1},
}

# Holidays on a fixed day -> "MM-DD", or on a day computed from Easter -> "easter+N" (days after
# Easter Sunday).  Written as they stand in a sentence; a capitalised word right after makes a name.
HOLIDAYS: dict[str, dict[str, str]] = {
    "fr": {"noël": "12-25", "noel": "12-25", "jour de noël": "12-25", "jour de noel": "12-25",
           "nouvel an": "01-01", "jour de l'an": "01-01", "la toussaint": "11-01", "toussaint": "11-01",
           "jour de la toussaint": "11-01", "journée de la toussaint": "11-01", "fête du travail": "05-01",
           "saint-sylvestre": "12-31", "la saint-sylvestre": "12-31", "fête nationale": "07-14",
           "pâques": "easter+0", "lundi de pâques": "easter+1", "ascension": "easter+39",
           "pentecôte": "easter+49", "lundi de pentecôte": "easter+50"},
    "en": {"christmas": "12-25", "christmas day": "12-25", "christmas eve": "12-24",
           "new year's day": "01-01", "new year's eve": "12-31", "easter": "easter+0",
           "easter sunday": "easter+0", "easter monday": "easter+1", "good friday": "easter-2"},
    "es": {"navidad": "12-25", "nochebuena": "12-24", "nochevieja": "12-31", "año nuevo": "01-01",
           "día de año nuevo": "01-01", "pascua": "easter+0", "domingo de pascua": "easter+0",
           "viernes santo": "easter-2", "día de todos los santos": "11-01"},
    "pt": {"dia de natal": "12-25", "véspera de natal": "12-24", "ano novo": "01-01",
           "dia de ano novo": "01-01", "páscoa": "easter+0", "domingo de páscoa": "easter+0",
           "sexta-feira santa": "easter-2"},
}
# Holiday names that are common words in lower case: they count only capitalised ("Easter" the
# holiday; "pascua" alone is any Passover-like feast, "Pascua" the holiday).
HOLIDAYS_CAPITALISED_ONLY = frozenset({"pascua", "ascension", "easter", "christmas"})

# Decades: "les années 70", "les années 2000", "the 1990s", "los años noventa" (words before the number).
DECADE_BEFORE: dict[str, tuple[str, ...]] = {
    "fr": ("les années", "des années", "années"),
    "en": ("the",),
    "es": ("los años", "la década de", "la década del", "década de"),
    "pt": ("os anos", "a década de", "década de"),
}

# Seasons -> the months they span (northern hemisphere, by meteorological convention): "été 2019"
# -> 2019-06..2019-08, "l'hiver 2020" -> 2020-12..2021-02.
SEASONS: dict[str, dict[str, str]] = {
    "fr": {"printemps": "spring", "été": "summer", "automne": "autumn", "hiver": "winter"},
    "en": {"spring": "spring", "summer": "summer", "autumn": "autumn", "winter": "winter"},
    "es": {"primavera": "spring", "verano": "summer", "otoño": "autumn", "invierno": "winter"},
    "pt": {"primavera": "spring", "verão": "summer", "outono": "autumn", "inverno": "winter"},
}
SEASON_MONTHS: dict[str, tuple[int, int]] = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11),
                                              "winter": (12, 2)}
# A season without its year counts only right after these words ("l'été", "en hiver", "in the
# summer", "en verano"): "été" is also a participle ("a été"), "fall" and "spring" are verbs.
SEASON_CONTEXT: dict[str, tuple[str, ...]] = {
    "fr": ("l'", "en", "au", "cet", "cette", "durant l'", "pendant l'"),
    "en": ("the", "in"),
    "es": ("el", "en", "en el"),
    "pt": ("neste", "durante o", "em"),
}
# Words after which a season word is a verb form, even before a year ("a été", "ont été").
SEASON_NOT_AFTER: dict[str, tuple[str, ...]] = {
    "fr": ("a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront",
           "ayant", "avoir", "eût", "été"),
    "en": ("will", "would", "to", "may", "might", "can", "could"),
    "es": (),
    "pt": (),
}

# Time of day.  Words read as a clock time; units written after an hour ("14 heures 30",
# "10 h"); morning/afternoon markers; zones kept in the mention ("10 heures GMT").
TIME_WORDS: dict[str, dict[str, str]] = {
    "fr": {"midi": "12:00", "minuit": "00:00"},
    "en": {"noon": "12:00", "midnight": "00:00", "midday": "12:00"},
    "es": {"mediodía": "12:00", "medianoche": "00:00"},
    "pt": {"meio-dia": "12:00", "meia-noite": "00:00"},
}
HOUR_UNITS: dict[str, tuple[str, ...]] = {
    "fr": ("heures", "heure", "h"), "en": ("o'clock",), "es": ("horas", "hrs", "h"),
    "pt": ("horas", "h"),
}
AFTERNOON_MARKERS = ("p.m.", "p.m", "pm", "p. m.")
MORNING_MARKERS = ("a.m.", "a.m", "am", "a. m.")
TIME_ZONES = ("GMT", "UTC", "TU", "heure locale", "heure de Genève", "local time", "hora local", "EST", "CET",
              "CEST", "EAT", "WAT", "CAT")
# Words right before a time that make a bare "10 heures" or "14:30" a clock time ("à 10 heures",
# "at 14:30", "a las 10"); without them "20 heures" is a duration.  Times written with both hour
# and minutes in the "14h30" form, or with a.m./p.m., need no cue.
TIME_CUES: dict[str, tuple[str, ...]] = {
    "fr": ("à", "vers", "dès", "jusqu'à", "avant", "après"),
    "en": ("at", "by", "around", "until", "before", "after"),
    "es": ("a las", "a la", "hacia las", "desde las", "hasta las", "sobre las", "de las", "y las"),
    "pt": ("às", "até às", "a partir das", "por volta das"),
}
# Cues after which an hour alone is a time ("a las 10", "hacia las 9").
BARE_HOUR_CUES = ("a las", "a la", "hacia las", "desde las", "hasta las", "sobre las", "de las", "y las")
