"""Month and weekday names, day ordinals and the small words between a day, its month and its year."""

from __future__ import annotations

from oimx.text import all_languages

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
NAMES_WRITTEN_LOWER: dict[str, bool] = {"fr": True, "en": False, "es": True, "pt": True}
MONTHS_WRITTEN_LOWER = tuple(lang for lang, lower in NAMES_WRITTEN_LOWER.items() if lower)
# Languages that write the month before its day ("October 26, 2016"); in the others a month
# before a number is read with its year ("mars 2015"), or as a day only where a cue says so.
MONTH_BEFORE_DAY: dict[str, bool] = {"fr": False, "en": True, "es": False, "pt": False}

# What stands between a dateline's places and its date (", le 3 mars", ", on 3 May", " (del 3")
# and what may open a dateline that is only a date ("Le 6 janvier 2014 -").
DATELINE_DATE_LEADS: dict[str, tuple[str, ...]] = {
    "fr": ("le", "du"),
    "en": ("the", "on"),
    "es": ("el", "del", "a"),  # "Ciudad de México, a 12 de junio de 2024.-"
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

# Words after which a month abbreviation stands alone even without its dot, where it ends its
# clause ("dans Jan", "in Dec.", "hasta dic"); never "by Jan" or "from Jan" (a name).
ABBREVIATION_ALONE_CONTEXT: dict[str, tuple[str, ...]] = {
    "fr": ("en", "dans", "mois de", "mois d'", "début", "fin", "mi-", "depuis", "jusqu'en", "ce", "cet", "cette"),
    "en": ("in", "early", "late", "mid-", "during", "since", "until"),
    "es": ("en", "mes de", "desde", "hasta"),
    "pt": ("em", "mês de", "desde", "até"),
}

# Words joined by a hyphen to the year or month whose part they name ("mi-2025", "mid-June", "end-2025"): the
# year or month is read, where a word joined so to a number or a month makes a name ("COVID-19", "Champ-de-Mars").
MID_PREFIXES: dict[str, tuple[str, ...]] = {"fr": ("mi",), "en": ("mid", "end"), "es": (), "pt": ()}

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

# Weekdays named without their "-feira", as Brazil writes them ("na sexta", "nesta quarta (18)", "de segunda a
# sexta"): also ordinals ("a segunda fase"), so read only after one of WEEKDAY_SHORT_LEADS and before a clause's
# end, a figure or one of WEEKDAY_SHORT_FOLLOWERS, never before another word ("na segunda rodada").
WEEKDAY_SHORT_NAMES: dict[str, dict[str, str]] = {
    "fr": {}, "en": {}, "es": {},
    "pt": {"segunda": "monday", "terça": "tuesday", "quarta": "wednesday", "quinta": "thursday", "sexta": "friday"},
}
WEEKDAY_SHORT_LEADS: dict[str, tuple[str, ...]] = {
    "fr": (), "en": (), "es": (),
    "pt": ("na", "nesta", "esta", "desta", "próxima", "última", "passada", "até", "de", "toda", "cada", "pela"),
    # (not "a", "da": "A segunda, mais grave, …", "a quinta (5ª) edição" are ordinals)
}
WEEKDAY_SHORT_FOLLOWERS: dict[str, tuple[str, ...]] = {
    "fr": (), "en": (), "es": (),
    "pt": ("à", "às", "de manhã", "pela manhã", "que vem", "passada", "próxima", "dia", "e", "ou", "a", "em", "no",
           "na"),
}
# Weekday abbreviations, read only right before a day and its month ("Mer 22 Janvier", "Wed, 3 May"):
# alone they are common words ("sun", "mar", "sex").
WEEKDAY_ABBREVIATIONS: dict[str, dict[str, str]] = {
    "fr": {"lun": "monday", "mar": "tuesday", "mer": "wednesday", "jeu": "thursday", "ven": "friday",
           "sam": "saturday", "dim": "sunday"},
    "en": {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday",
           "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday"},
    "es": {"lun": "monday", "mar": "tuesday", "mié": "wednesday", "mie": "wednesday", "jue": "thursday",
           "vie": "friday", "sáb": "saturday", "sab": "saturday", "dom": "sunday"},
    "pt": {"seg": "monday", "ter": "tuesday", "qua": "wednesday", "qui": "thursday", "sex": "friday",
           "sáb": "saturday", "sab": "saturday", "dom": "sunday"},
}

# Words that may follow a weekday and its day number when no month is written ("mardi 18 à Dakar", "el martes 18
# en Quito", "Tuesday 18 and Wednesday 19"): a preposition of place or time, or "and". Any other word after the
# number may be what it counts ("On Tuesday 18 migrants…"), so the day is read only before these or at its
# clause's end ("mercredi 13.").
WEEKDAY_DAY_FOLLOWERS: dict[str, tuple[str, ...]] = {
    "fr": ("à", "au", "aux", "en", "dans", "et", "ou", "dès", "de", "pour", "avec", "lors"),
    "en": ("at", "in", "and", "or", "from", "for", "with", "during"),
    "es": ("en", "a", "al", "y", "o", "desde", "de", "para", "con", "durante"),
    "pt": ("em", "no", "na", "nos", "nas", "e", "ou", "desde", "de", "para", "com", "durante"),
}

# The noun "day" with its article before a day number with no month written ("el día 24", "no próximo dia 20", "até
# o dia 30"): the number is a day of the month, whatever follows. Never without its article ("por dia 2 vezes").
# The noun "day" between a range word and its day ("do dia 5 ao dia 9 de julho", "del día 3 al día 7 de mayo").
DAY_NOUNS_IN_RANGES: dict[str, tuple[str, ...]] = {"fr": (), "en": (), "es": ("día", "dia"), "pt": ("dia",)}
DAY_NOUNS: dict[str, tuple[str, ...]] = {
    "fr": (), "en": (),
    "es": ("el día", "del día", "el próximo día", "el pasado día", "el dia"),
    "pt": ("o dia", "no dia", "do dia", "o próximo dia", "no próximo dia", "o último dia", "no último dia"),
}

# Words naming the week of a day ("la semaine du 18", "the week of 3 May"): the mention is the
# day, with these words before it.
WEEK_OF: dict[str, tuple[str, ...]] = {
    "fr": ("la semaine du", "semaine du"), "en": ("the week of", "week of"),
    "es": ("la semana del", "semana del"), "pt": ("a semana de", "semana de"),
}

# Markers written after a day number ("1er octobre", "15e juillet", "1º de octubre", "3rd May").
DAY_ORDINALS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "fr": ("er", "ᵉʳ", "re", "e", "ème", "eme"),
    "en": ("st", "nd", "rd", "th"),
    "es": ("º", ".º", "ro", "do", "er", "to", "mo", "vo", "no"),  # 1º, 1.º, 1ro, 2do, 3er, 4to, 7mo, 8vo, 9no
    "pt": ("º", ".º"),
}
DAY_ORDINALS = ("°", *dict.fromkeys(all_languages(DAY_ORDINALS_BY_LANGUAGE)))

# Words between a day and a month, or a month and a year ("13 de octubre de 2023", "enero del 2023", "1 March, 2019").
DATE_LINKS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "fr": ("de", "du mois de"), "en": ("of",), "es": ("de", "del", "del mes de"), "pt": ("de", "do mês de"),
}
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

# Particles between a capitalised word and a capitalised month that make them a name, not a date: "Rio de Janeiro",
# "Plaza de Mayo", "Champ de Mars" (read in every language: the names travel).
MONTH_NAME_PARTICLES: dict[str, tuple[str, ...]] = {
    "fr": ("de", "du", "des"), "en": (), "es": ("de", "del"), "pt": ("de", "do", "da"),
}
