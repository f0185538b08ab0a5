"""Range words (from/to, between/and, since/until) and the words that tell a sentence's tense."""

from __future__ import annotations

from oimx.text import all_languages

# Range words.  Each language lists the words that open a closed range and the
# word that joins its two ends.
RANGE_FROM_TO: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "fr": (("du", "de", "d'", "depuis le", "depuis"), ("au", "à", "jusqu'au", "jusqu'à", "jusqu'a", "jusqu'en")),
    "en": (("from",), ("to", "until", "till", "through")),
    "es": (("del", "desde el", "desde", "de"), ("al", "hasta el", "hasta", "a")),
    "pt": (("de", "desde", "desde o", "a partir de", "do dia"), ("a", "até", "até ao", "até o", "até à", "ao dia")),
}
RANGE_BETWEEN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "fr": (("entre",), ("et",)),
    "en": (("between",), ("and",)),
    "es": (("entre", "entre los días"), ("y",)),  # "entre los días 10 y 12 de septiembre"
    "pt": (("entre", "entre os dias"), ("e",)),
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
# The end of a range that is the time of writing: "from 1990 to the present", "de 1990 à nos jours" (a range open
# at its end, as "since 1990" is).
PRESENT_ENDS: dict[str, tuple[str, ...]] = {  # (the range word's article read already: "to the", "hasta la")
    "fr": ("nos jours", "aujourd'hui", "aujourd’hui", "ce jour", "présent", "maintenant"),
    "en": ("present", "present day", "date", "today", "now"),
    "es": ("actualidad", "presente", "hoy", "nuestros días", "fecha"),
    "pt": ("atualidade", "presente", "hoje", "dias de hoje", "os dias de hoje", "nossos dias", "os nossos dias",
           "data"),
}
SINCE: dict[str, tuple[str, ...]] = {
    "fr": ("depuis", "à partir de", "à partir du", "à partir d'", "à compter de", "à compter du", "à compter d'",
           "dès", "après le", "après"),
    "en": ("since", "starting", "as from", "starting from", "after"),
    "es": ("desde", "a partir de", "a partir del", "a contar de", "a contar del", "después del", "después de"),
    "pt": ("desde", "a partir de", "a partir do", "a partir da", "a contar de", "a contar do", "a contar da",
           "depois de", "após"),
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
    "pt": ("o mês de", "o início de", "o final de", "meados de", "o dia", "dia"),
}
# Words after a date that make it the start of an open range: "from April onwards", "de 2024 en adelante".
ONWARDS: dict[str, tuple[str, ...]] = {
    "fr": ("et au-delà",), "en": ("onwards", "onward", "and beyond"), "es": ("en adelante",), "pt": ("em diante",),
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
                     "soon", "expected", "due"}),
    "es": frozenset({"próximo", "próxima", "próximos", "próximas", "va", "van", "mañana", "será", "serán",
                     "prevé", "previsto", "prevista"}),
    "pt": frozenset({"próximo", "próxima", "próximos", "próximas", "vai", "vão", "será", "serão",
                     "amanhã", "prevê", "previsto", "prevista", "irá", "irão"}),
}
FUTURE_ENDINGS: dict[str, tuple[str, ...]] = {
    "fr": ("era", "eront", "ira", "iront", "dra", "dront"),  # se tiendra, commencera, se réunira
    "en": (),
    "es": ("rá", "rán", "ré", "aremos", "eremos", "iremos", "dremos"),  # se celebrará, tendrán, cerraremos, podremos
    "pt": ("rá", "rão", "rei", "aremos", "eremos", "iremos"),  # vai abrir, faremos, farei
}

# Words that mark a sentence as speaking of the past ("a été inauguré", "were rescued",
# "fue inaugurado"): a date without its year is then never resolved after the reference.
# Only unambiguous auxiliaries and preterites; the future (above) wins when both appear.
# the participles of the verbs conjugated with "être" in the passé composé ("sont arrivés samedi", "est décédé"),
# not those that are also nouns of what is to come ("l'entrée en vigueur", "la sortie", "la venue", "le revenu")
_ETRE_PARTICIPLES = frozenset(stem + ending for stem in ("arrivé", "parti", "décédé", "tombé", "retourné", "rentré",
                                                          "devenu", "né", "mort", "resté", "allé", "noyé", "disparu")
                              for ending in ("", "e", "s", "es"))
PAST_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset({"a", "ont", "avait", "avaient", "était", "étaient", "fut", "furent", "hier", "dernier",
                     "dernière", "derniers", "dernières"}) | _ETRE_PARTICIPLES,
    "en": frozenset({"was", "were", "had", "did", "yesterday", "ago", "last", "began", "fell", "said", "told", "went",
                     "came", "took", "gave", "met", "rose", "fled", "held", "brought", "became", "saw", "wrote",
                     "spoke", "struck", "sank"}),  # and the irregular preterites
    "es": frozenset({"fue", "fueron", "había", "habían", "ha", "han", "ayer", "anoche", "anteayer", "pasado",
                     "pasada", "tuvo", "tuvieron", "hubo", "estuvo", "estuvieron", "hizo", "hicieron", "dijo",
                     "dijeron", "dio", "dieron", "vio", "vieron", "vino", "vinieron", "puso", "pusieron", "pudo",
                     "pudieron"}),  # the irregular preterites
    "pt": frozenset({"foi", "foram", "tinha", "tinham", "ontem", "anteontem", "passado", "passada", "atrás",
                     "teve", "tiveram", "houve", "esteve", "estiveram", "fez", "fizeram", "disse", "disseram", "deu",
                     "deram", "viu", "viram", "veio", "vieram", "caiu", "saiu", "subiu", "pôde", "puderam"}),
}

# Word endings of a past tense that names no other word of its length: the Spanish preterite ("llegó",
# "anunciaron", "decidieron") and the Portuguese pretérito perfeito ("anunciou", "chegaram", "partiu"); checked on
# words of PAST_ENDING_LETTERS letters or more ("tocó"; "sou", "estou" are present).
PAST_ENDINGS: dict[str, tuple[str, ...]] = {
    "fr": (),
    "en": ("ed",),  # "arrived", "killed": a past unless a present's auxiliary stands before it (below)
    "es": ("ó", "aron", "ieron"),
    "pt": ("ou", "aram", "eram", "iram", "iu"),
}
PAST_ENDING_LETTERS: dict[str, int] = {"fr": 0, "en": 5, "es": 4, "pt": 6}
# Words after which such an ending is a participle of the present or the future, no past: "are accepted", "must be
# submitted", "is affected".
PAST_ENDING_NOT_AFTER: dict[str, frozenset[str]] = {
    "fr": frozenset(),
    "en": frozenset({"am", "is", "are", "be", "been", "being", "must", "can", "may", "should", "would", "could",
                     "will", "not"}),
    "es": frozenset(),
    "pt": frozenset(),
}

# Ranges of days in a relative month ("du 4 au 23 du mois prochain", "entre le 4 et le 22 de ce
# mois", "from the 4th to the 23rd of next month"): the relative keys of such months, and the links
# between the last day and the relative phrase.  The openers and joins are RANGE_FROM_TO and
# RANGE_BETWEEN, or a dash ("4-23 mois prochain").
RELATIVE_MONTH_KEYS = ("this_month", "last_month", "next_month")
RELATIVE_MONTH_LINKS: dict[str, tuple[str, ...]] = {"fr": ("du", "de"), "en": ("of",), "es": ("del", "de"),
                                                    "pt": ("do", "de")}
