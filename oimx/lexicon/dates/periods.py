"""Counts of units, day words, holidays, decades, seasons and times of day."""

from __future__ import annotations

# A count of units ahead of the reference: "dans deux mois", "d'ici quinze jours", "in two weeks",
# "dentro de tres días" (the words before the count).
IN_BEFORE: dict[str, tuple[str, ...]] = {
    "fr": ("dans", "d'ici"),
    "en": ("in", "within"),
    "es": ("dentro de",),
    "pt": ("dentro de", "daqui a"),
}
# Prepositions that make such a count a point ahead only in a sentence of the future ("lo terminaremos en dos semanas",
# "voltaremos em 3 dias"); elsewhere they tell a duration ("lo terminó en dos semanas").
IN_BEFORE_IF_AHEAD: dict[str, tuple[str, ...]] = {"fr": (), "en": (), "es": ("en",), "pt": ("em",)}
# Words of IN_BEFORE that make the count a point ahead unless its sentence speaks of the past, where they tell a
# duration ("They finished it in two weeks", "Within 48 hours, tents had been dispatched").
IN_BEFORE_UNLESS_PAST: dict[str, tuple[str, ...]] = {"fr": (), "en": ("in", "within"), "es": (), "pt": ()}
# Words that make such a count a span of time back to now, earlier in its clause: a superlative or "the first time"
# ("the longest drought in four decades", "the worst floods in 40 years", "for the first time in five years"). Only
# English "in" is both: "dans", "dentro de", "daqui a" always look ahead.
IN_COUNT_BACK_CUES: dict[str, tuple[str, ...]] = {
    "fr": (),
    "en": ("worst", "best", "highest", "lowest", "largest", "biggest", "greatest", "smallest", "longest",
           "shortest", "deadliest", "hottest", "coldest", "driest", "wettest", "strongest", "weakest", "heaviest",
           "poorest", "richest", "fastest", "slowest", "sharpest", "steepest", "first time", "last time"),
    "es": (),
    "pt": (),
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
           "prochaines": "next", "dans les": "next"},  # dans les 5 jours: the next five days
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
           "précédents": "last", "précédentes": "last", "écoulés": "last", "écoulées": "last", "à venir": "next",
           "prochains": "next", "prochaines": "next", "suivants": "next", "suivantes": "next", "suivant": "next"},
    "en": {},
    "es": {"pasados": "last", "pasadas": "last", "últimos": "last", "últimas": "last", "próximos": "next",
           "próximas": "next", "venideros": "next"},
    "pt": {"passados": "last", "passadas": "last", "seguintes": "next"},
}

# Day words written in place of a day number before a month ("le premier mars", "el primero de mayo").
_FR_UNITS = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
_FR_TEENS = ("dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf")
_ES_DAYS = ("dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
            "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno",
            "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho",
            "veintinueve", "treinta", "treinta y uno")  # 2-31
_PT_UNITS = ("um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove")
_PT_DAYS = (*_PT_UNITS[1:], "dez", "onze", "doze", "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito",
            "dezenove", "vinte", *(f"vinte e {w}" for w in _PT_UNITS), "trinta", "trinta e um")  # 2-31
DAY_WORDS: dict[str, dict[str, int]] = {
    "fr": {"premier": 1,
           **{w: n for n, w in enumerate(_FR_UNITS[1:], 2)},  # le deux, deux mars
           **{w: n for n, w in enumerate(_FR_TEENS, 10)},  # le treize, dix-huit juillet
           "vingt": 20, "vingt et un": 21, "vingt-et-un": 21, "trente": 30, "trente et un": 31, "trente-et-un": 31,
           **{f"vingt{link}{w}": n for n, w in enumerate(_FR_UNITS[1:], 22) for link in "- "}},  # le vingt-deux
    "en": {"first": 1},
    # Spanish and Portuguese: "el dos de mayo", "vinte e dois de março". Not "once" (11, an English word:
    # "once May comes") nor "dez" (10, also December's abbreviation).
    "es": {"primero": 1, **{w: n for n, w in enumerate(_ES_DAYS, 2) if w != "once"},
           **{w.replace("é", "e").replace("ó", "o"): n for n, w in enumerate(_ES_DAYS, 2) if "é" in w or "ó" in w}},
    "pt": {"primeiro": 1, **{w: n for n, w in enumerate(_PT_DAYS, 2) if w != "dez"},
           "tres": 3, "quatorze": 14, "dezasseis": 16, "dezassete": 17, "dezanove": 19},
}
# Ordinal words for a day, read only beside their month ("August second", "the third of May", RT's
# machine-translated "Aout seconde", "seconde de Aout"): alone they are ranks ("le deuxième").
_EN_ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_EN_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth")
DAY_ORDINAL_WORDS: dict[str, dict[str, int]] = {
    "fr": {"deuxième": 2, "deuxieme": 2, "second": 2, "seconde": 2, "troisième": 3, "troisieme": 3,
           "quatrième": 4, "quatrieme": 4, "cinquième": 5, "cinquieme": 5},
    "en": {**{w: n for n, w in enumerate(_EN_ORDINALS, 2)}, **{w: n for n, w in enumerate(_EN_TEENS, 10)},
           "twentieth": 20, "thirtieth": 30, "thirty-first": 31,
           **{f"twenty-{w}": n for n, w in enumerate(("first", *_EN_ORDINALS), 21)}},
    "es": {},
    "pt": {},
}

# Holidays on a fixed day -> "MM-DD", on a day computed from Easter -> "easter+N" (days after Easter
# Sunday), or on the nth weekday of a month -> "nth:N:weekday:MM" (N -1 for the last: Memorial Day).
# Written as they stand in a sentence; a capitalised word right after makes a name.
HOLIDAYS: dict[str, dict[str, str]] = {
    "fr": {"noël": "12-25", "noel": "12-25", "jour de noël": "12-25", "jour de noel": "12-25",
           "nouvel an": "01-01", "jour de l'an": "01-01", "la toussaint": "11-01", "toussaint": "11-01",
           "jour de la toussaint": "11-01", "journée de la toussaint": "11-01", "fête du travail": "05-01",
           "saint-sylvestre": "12-31", "la saint-sylvestre": "12-31", "fête nationale": "07-14",
           "pâques": "easter+0", "lundi de pâques": "easter+1", "ascension": "easter+39",
           "pentecôte": "easter+49", "lundi de pentecôte": "easter+50",
           "saint-valentin": "02-14", "la saint-valentin": "02-14", "halloween": "10-31", "fête de la musique": "06-21",
           "veille de noël": "12-24", "la veille de noël": "12-24", "réveillon de noël": "12-24",
           "réveillon du nouvel an": "12-31",
           "réveillon de la saint-sylvestre": "12-31", "mardi gras": "easter-47", "mercredi des cendres": "easter-46",
           "dimanche des rameaux": "easter-7", "jeudi saint": "easter-3", "vendredi saint": "easter-2"},
    "en": {"christmas": "12-25", "christmas day": "12-25", "christmas eve": "12-24",
           "new year's day": "01-01", "new year's eve": "12-31", "easter": "easter+0",
           "easter sunday": "easter+0", "easter monday": "easter+1", "good friday": "easter-2",
           "valentine's day": "02-14", "valentines day": "02-14", "st. valentine's day": "02-14",
           "halloween": "10-31", "boxing day": "12-26", "st. patrick's day": "03-17", "saint patrick's day": "03-17",
           "thanksgiving": "nth:4:thursday:11", "thanksgiving day": "nth:4:thursday:11",
           "labor day": "nth:1:monday:09", "memorial day": "nth:-1:monday:05", "mardi gras": "easter-47",
           "ash wednesday": "easter-46", "palm sunday": "easter-7", "maundy thursday": "easter-3",
           "pentecost": "easter+49", "whit monday": "easter+50", "ascension day": "easter+39"},
    "es": {"navidad": "12-25", "nochebuena": "12-24", "nochevieja": "12-31", "año nuevo": "01-01",
           "día de año nuevo": "01-01", "pascua": "easter+0", "domingo de pascua": "easter+0",
           "viernes santo": "easter-2", "día de todos los santos": "11-01",
           "san valentín": "02-14", "día de san valentín": "02-14", "halloween": "10-31", "día de muertos": "11-02",
           "día de los muertos": "11-02", "miércoles de ceniza": "easter-46", "jueves santo": "easter-3",
           "domingo de ramos": "easter-7", "martes de carnaval": "easter-47", "día de reyes": "01-06",
           "día de los reyes magos": "01-06", "día de la hispanidad": "10-12", "corpus christi": "easter+60",
           "día del trabajo": "05-01", "día del trabajador": "05-01", "día internacional del trabajo": "05-01"},
    # "o Natal" with its article: "Natal" alone is also a city, "natal" an adjective ("terra natal")
    "pt": {"o natal": "12-25", "no natal": "12-25", "do natal": "12-25", "ao natal": "12-25", "neste natal": "12-25",
           "dia de natal": "12-25", "véspera de natal": "12-24", "ano novo": "01-01",
           "dia de ano novo": "01-01", "páscoa": "easter+0", "domingo de páscoa": "easter+0",
           "sexta-feira santa": "easter-2", "carnaval": "easter-47", "quarta-feira de cinzas": "easter-46",
           "quinta-feira santa": "easter-3", "domingo de ramos": "easter-7", "véspera de ano novo": "12-31",
           "réveillon": "12-31", "halloween": "10-31", "corpus christi": "easter+60", "dia de tiradentes": "04-21",
           "dia de reis": "01-06", "dia do trabalho": "05-01", "dia do trabalhador": "05-01"},
}
# Words linking a holiday to the place or body whose day it is ("la Fête nationale du Québec", "National Day of
# Qatar", "la Pascua de la Iglesia ortodoxa"): then it is not the day of the table.
HOLIDAY_OWNER_LINKS: dict[str, tuple[str, ...]] = {
    "fr": ("de", "du", "des", "d'", "d’"), "en": ("of",), "es": ("de", "del"), "pt": ("de", "do", "da", "dos", "das"),
}
# Holiday names that are common words in lower case: they count only capitalised ("Easter" the
# holiday; "pascua" alone is any Passover-like feast, "Pascua" the holiday).
HOLIDAYS_CAPITALISED_ONLY = frozenset({"pascua", "ascension", "easter", "christmas", "thanksgiving", "carnaval",
                                       "réveillon", "pentecost"})

# Decades: "les années 70", "les années 2000", "los años noventa" (words before the number, which then
# needs no plural "s").
DECADE_BEFORE: dict[str, tuple[str, ...]] = {
    "fr": ("les années", "des années", "années", "la décennie", "décennie"),
    "en": (),
    "es": ("los años", "la década de", "la década del", "década de"),
    "pt": ("os anos", "nos anos", "a década de", "década de"),
}
# Words before a decade written in the plural only: "the 1990s", "the '90s" (never "the 2010 earthquake").
DECADE_BEFORE_PLURAL: dict[str, tuple[str, ...]] = {"fr": (), "en": ("the",), "es": (), "pt": ()}

# Seasons -> the months they span (northern hemisphere, by meteorological convention): "été 2019"
# -> 2019-06..2019-08, "l'hiver 2020" -> 2020-12..2021-02.
SEASONS: dict[str, dict[str, str]] = {
    "fr": {"printemps": "spring", "été": "summer", "automne": "autumn", "hiver": "winter"},
    "en": {"spring": "spring", "summer": "summer", "autumn": "autumn", "winter": "winter"},  # not "fall" (of Kabul)
    "es": {"primavera": "spring", "verano": "summer", "otoño": "autumn", "invierno": "winter"},
    "pt": {"primavera": "spring", "verão": "summer", "outono": "autumn", "inverno": "winter"},
}
SEASON_MONTHS: dict[str, tuple[int, int]] = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11),
                                              "winter": (12, 2)}
# A season without its year counts only right after these words ("l'été", "en hiver", "in the
# summer", "en verano"): "été" is also a participle ("a été"), "fall" and "spring" are verbs.
SEASON_CONTEXT: dict[str, tuple[str, ...]] = {
    "fr": ("l'", "le", "en", "au", "cet", "cette", "durant l'", "pendant l'"),
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

# Centuries: "le 21e siècle", "au XXIe siècle", "the 21st century", "el siglo XXI" -> the years
# 2000-2099 (the hundreds written).  The noun after its number, or before a Roman number.
CENTURY_NOUNS: dict[str, tuple[str, ...]] = {"fr": ("siècle",), "en": ("century",), "es": ("siglo",),
                                             "pt": ("século",)}
# Decades written in words after DECADE_BEFORE ("les années soixante-dix", "los años noventa", "os
# anos oitenta") -> the first year; a two-digit decade is of the 1900s.
DECADE_WORDS: dict[str, dict[str, int]] = {
    "fr": {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "soixante-dix": 70,
           "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90, "deux mille": 2000},
    "en": {},  # "the seventies": one word, read as a relative-free noun only after "the" (not yet)
    "es": {"veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
           "ochenta": 80, "noventa": 90, "dos mil": 2000},
    "pt": {"vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60, "setenta": 70,
           "oitenta": 80, "noventa": 90, "dois mil": 2000},
}
# Articles allowed between those words and a spelled decade ("la década de los noventa").
DECADE_WORD_ARTICLES: dict[str, tuple[str, ...]] = {"fr": (), "en": (), "es": ("los",), "pt": ("os",)}
# Weeks by their number ("la semaine 31", "week 31 of 2016", "semana 31"): the noun before the
# number (1 to 53, an ISO week; of the reference's year when no year is written).
WEEK_NUMBER_NOUNS: dict[str, tuple[str, ...]] = {"fr": ("semaine",), "en": ("week",), "es": ("semana",),
                                                 "pt": ("semana",)}
