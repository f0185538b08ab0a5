"""Quarters, nth periods, and the words that stop a number from being read as a year."""

from __future__ import annotations

from oimx.text import all_languages

# Roman ordinals of quarters and halves, as statistics write them: "IIe trimestre 2023", "IV trimestre de 2023"
# (lower case here: the pattern reads them in any case). Not "I" alone, the English pronoun ("I quarter the …")
_ROMAN = {"ii": 2, "iii": 3, "iv": 4}
ROMAN_QUARTERS: dict[str, dict[str, int]] = {
    "fr": {"ier": 1, "ire": 1, **{f"{roman}{mark}": n for roman, n in _ROMAN.items() for mark in ("e", "ème", "eme")}},
    "en": {},
    "es": dict(_ROMAN),
    "pt": dict(_ROMAN),
}

# Quarters and half-years: ordinal word -> first month of the period (per length).
QUARTER_WORDS: dict[str, dict[str, int]] = {
    "fr": {"premier": 1, "1er": 1, "deuxième": 2, "deuxieme": 2, "troisieme": 3, "quatrieme": 4,
           "second": 2, "2e": 2, "2ème": 2, "troisième": 3,
           "3e": 3, "3ème": 3, "quatrième": 4, "4e": 4, "4ème": 4, "dernier": 4, "première": 1, "seconde": 2,
           **ROMAN_QUARTERS["fr"]},
    "en": {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
           "last": 4, "final": 4},
    "es": {"primer": 1, "segundo": 2, "tercer": 3, "cuarto": 4, "último": 4, "1er": 1, "2do": 2, "3er": 3, "4to": 4,
           "primera": 1, "segunda": 2,  # la primera mitad
           **{f"{n}{mark}": n for n in range(1, 5) for mark in ("º", ".º", "°")}, **ROMAN_QUARTERS["es"]},  # 1º, 1.º
    "pt": {"primeiro": 1, "segundo": 2, "terceiro": 3, "quarto": 4, "último": 4, "primeira": 1, "segunda": 2,
           **{f"{n}{mark}": n for n in range(1, 5) for mark in ("º", ".º", "°")}, **ROMAN_QUARTERS["pt"]},
}
PERIOD_NOUNS: dict[str, dict[str, int]] = {  # (a half only with its year: "la primera mitad de 2019")
    "fr": {"trimestre": 3, "semestre": 6, "quart": 3, "moitié": 6},
    "en": {"quarter": 3, "half": 6},
    "es": {"trimestre": 3, "semestre": 6, "mitad": 6},
    "pt": {"trimestre": 3, "semestre": 6, "metade": 6},
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
# The first or last N months of a year, days of a month: "the first six months of 2023", "les neuf premiers
# mois de 2023", "los primeros diez días de marzo" (the side word, before or after the count).
FIRST_N_SIDES: dict[str, dict[str, str]] = {
    "fr": {"premiers": "first", "premières": "first", "derniers": "last", "dernières": "last"},
    "en": {"first": "first", "last": "last"},
    "es": {"primeros": "first", "primeras": "first", "últimos": "last", "últimas": "last"},
    "pt": {"primeiros": "first", "primeiras": "first", "últimos": "last", "últimas": "last"},
}
FIRST_N_UNITS: dict[str, dict[str, str]] = {
    "fr": {"mois": "month", "jours": "day", "trimestres": "quarter"},
    "en": {"months": "month", "days": "day", "quarters": "quarter"},
    "es": {"meses": "month", "días": "day", "trimestres": "quarter"},
    "pt": {"meses": "month", "dias": "day", "trimestres": "quarter"},
}
NTH_LINKS: dict[str, tuple[str, ...]] = {
    "fr": ("de", "d'", "du mois de", "du mois d'", "de l'année"),
    "en": ("of", "in", "of the month of"),
    "es": ("de", "del mes de", "del año"),
    "pt": ("de", "do mês de", "do ano"),
}

# Labels of a number: a number right after them is no year ("n° 2019", "Tél. 2016", "page 2020"); unlike the heads
# of names below, they say nothing of a year further on in their clause ("No biênio 2021-2022").
YEAR_NUMBER_LABELS = frozenset({
    "article", "artículo", "n°", "no", "nº", "numéro", "number", "número", "tel", "tél", "fax", "ext", "extension",
    "poste", "anexo", "ramal", "code", "route", "km", "page", "p", "pp", "version", "iso", "section", "sección",
    "seção", "secção", "chapter", "chapitre", "capítulo", "paragraph", "paragraphe", "párrafo", "parágrafo",
    # a file's number: "expediente 2021-0345", "processo 2019/114", "dossier 2020-17"
    "expediente", "processo", "dossier",
})
# Numbers written as a day and a month that are idioms: "24/7" (around the clock), "a hotline open 24/7".
NUMERIC_IDIOMS = frozenset({"24/7"})
# A bare year is not read after these words: names of plans, summits, agendas... and the labels above (compared
# case-insensitively with the word right before the number; a head of a name, capitalised, anywhere in its clause).
YEAR_BLOCK_BEFORE = YEAR_NUMBER_LABELS | frozenset({
    "programme", "program", "programa", "agenda", "vision", "visión", "cop", "covid", "sommet",
    "summit", "cumbre", "horizon", "plan", "stratégie", "strategy", "estrategia", "objectif",
    "objectifs", "rapport", "report", "informe", "résolution", "resolution", "resolución",
    "loi", "ley", "law", "décret", "decree", "expo",
    "edition", "édition", "edición", "region", "région", "mission", "forum", "jeux", "games",
    "coupe", "cup", "journée", "day", "día", "conférence", "conference",
    "conferencia", "appel", "appeal", "llamamiento", "grid", "idh", "hdi",
    # heads of report titles, capitalised in a clause before a year ("Les Tendances mondiales de l'emploi des jeunes
    # 2025", "Global Peace Index 2024", "Panorama Social de América Latina 2024")
    "tendances", "trends", "tendencias", "tendências", "perspectives", "outlook", "perspectivas", "panorama",
    "annuaire", "yearbook", "anuario", "anuário", "index", "indice", "índice", "atlas", "enquête", "survey",
    "encuesta", "pesquisa",
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
    "women", "men", "deaths", "beneficiaries", "personas", "migrantes", "pessoas", "famílias",
    "crianças", "mulheres",
    "refugiados", "familias", "hogares", "niños", "mujeres", "hombres", "dollars", "euros",
    "francs", "usd", "eur", "chf", "dólares", "km", "kilomètres", "kilometres", "kilómetros",
    "mètres", "metres", "meters", "m", "kg", "tonnes", "tons", "heures", "hours", "horas", "h",
    "jours", "days", "días", "ans", "years", "años", "mois", "months", "meses", "%", "membres", "members",
    "miembros", "cas", "cases", "casos", "lits", "beds", "camas",
    "logements", "abris", "shelters", "tentes", "tents", "kits", "colis", "écoles", "schools",
    "écoliers", "élèves", "students", "étudiants", "agents", "staff", "employés", "volontaires",
    "volunteers", "bateaux", "boats", "habitants", "inhabitants", "habitantes", "demandeurs", "asylum", "retours",
    "returns", "arrivées", "arrivals", "llegadas", "solicitudes", "solicitantes", "pedidos", "solicitações",
    "requests", "demandes", "applications",
})
# Bare-year exceptions: capitalised words that may stand right before a year
# without making it part of a name ("Année 2019", "Mexico, 2013" is handled by the comma).
YEAR_NAME_ALLOWED = frozenset({
    "fy",  # a fiscal year: "FY 2022-23"
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

# Years written in words ("deux mille dix-huit", "mille neuf cent quatre-vingt-dix-neuf", "les années
# dix-neuf soixante-dix", "dos mil dieciocho"): the words they are made of (joined by spaces or
# hyphens), read by text2num on the candidate only.
SPELLED_YEAR_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
           "quatorze", "quinze", "seize", "vingt", "vingts", "trente", "quarante", "cinquante", "soixante", "cent",
           "cents", "mille", "milles", "et"),
    "en": ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
           "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
           "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "and"),
    "es": ("un", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
           "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno",
           "veintiún", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete",
           "veintiocho", "veintinueve", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta",
           "noventa", "cien", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos",
           "setecientos", "ochocientos", "novecientos", "mil", "y"),
    "pt": (),
}
# The word for a thousand: a spelled year holds it unless a year or decade noun comes before it.
SPELLED_YEAR_THOUSANDS: dict[str, tuple[str, ...]] = {"fr": ("mille", "milles"), "en": ("thousand",),
                                                      "es": ("mil",), "pt": ()}
# Nouns that make any spelled number after them a year ("l'année deux cent soixante-sept"); the
# decade nouns are DECADE_BEFORE ("les années mille quatre cent vingt": the 1420s).
SPELLED_YEAR_NOUNS: dict[str, tuple[str, ...]] = {"fr": ("l'année", "l'an", "année"), "en": ("the year",),
                                                  "es": ("el año", "año"), "pt": ()}
# Words right before a spelled year holding its thousand and ending its clause ("en deux mille dix-huit.",
# "de deux mille à deux mille quatorze"); "les" makes it a decade ("les deux mille dix").
SPELLED_YEAR_CUES: dict[str, tuple[str, ...]] = {
    "fr": ("en", "dans", "de", "depuis", "dès", "jusqu'en", "à", "entre", "vers", "les"),
    "en": ("in", "since", "until", "from", "to", "by"),
    "es": ("en", "de", "desde", "hasta", "a", "entre", "para"),
    "pt": (),
}
SPELLED_DECADE_CUES = ("les",)  # a cue that makes a round spelled year a decade ("les deux milles")
# Words joining two spelled years into a range ("de deux mille à deux mille quatorze").
SPELLED_YEAR_JOINS: dict[str, tuple[str, ...]] = {"fr": ("à", "au", "et", "jusqu'à"), "en": ("to", "and", "until"),
                                                  "es": ("a", "y", "hasta"), "pt": ()}

# Words right before a year of an earlier century (1000-1899) that make it a date: "en 1891", "since 1648",
# "vers 1345", "desde 1810". A year after another year and a range word or dash is one too ("1643 à 1715").
# Without them a number of that size is a count ("1500 ménages"); "entre", "between" are no cue alone ("between 1800
# and 2000 people").
EARLIER_YEAR_CUES: dict[str, tuple[str, ...]] = {
    "fr": ("en", "depuis", "jusqu'en", "vers", "dès", "avant", "après", "à partir de", "l'an"),
    "en": ("in", "since", "until", "around", "circa", "c.", "before", "after", "year"),
    "es": ("en", "desde", "hasta", "hacia", "a partir de", "antes de", "después de", "año"),
    "pt": ("em", "desde", "até", "a partir de", "antes de", "depois de", "ano"),
}
