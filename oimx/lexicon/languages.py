"""The languages oimx reads: ONE list, and the check that each has all its vocabulary.

A language of :data:`LANGUAGES` has every per-language table of the lexicon (:data:`TABLES`):
dates, money, contacts and page furniture are read with its own words. Adding one is adding
its entry to each table (``tests/test_languages.py`` names what is missing). Other languages
are only recognised (:data:`STOPWORDS`), and their dates read through dateparser.
"""

from __future__ import annotations

import functools
import operator
from itertools import repeat
from types import ModuleType

#: Languages with a full vocabulary, in the order their tables list them.
LANGUAGES: tuple[str, ...] = ("fr", "en", "es", "pt")

#: The vocabulary read on a page whose language is not known.
FALLBACK_LANGUAGE = "fr"

#: Frequent short words that tell languages apart (the vocabulary languages and a few others).
STOPWORDS: dict[str, frozenset[str]] = {
    "fr": frozenset({"le", "la", "les", "des", "du", "et", "est", "une", "pour", "dans", "qui", "sur", "au", "aux",
                     "par", "avec", "ont", "été", "sont", "cette", "ces", "leur", "plus"}),
    "en": frozenset({"the", "and", "of", "to", "in", "is", "for", "that", "with", "on", "are", "by", "has", "have",
                     "this", "from", "was", "were", "their", "which"}),
    "es": frozenset({"el", "los", "las", "y", "que", "en", "por", "para", "con", "una", "del", "se", "su", "sus",
                     "es", "al", "como", "más", "este", "esta"}),
    "pt": frozenset({"o", "os", "do", "da", "dos", "das", "em", "na", "nas", "um", "uma", "com", "não",
                     "ao", "aos", "pelo", "pela", "são", "foi", "também", "às", "seu", "sua", "é"}),
}

#: Languages recognised by their frequent words only: no vocabulary tables, their dates are read
#: through dateparser (:mod:`oimx.extract.dates.fallback`), the rest with the merged vocabulary.
DETECTED_ONLY: dict[str, frozenset[str]] = {
    "de": frozenset({"der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "für", "dem", "den", "von",
                     "eine", "einer", "wird", "werden", "auch", "zu", "im", "bei", "wurde", "sind", "nach"}),
    "it": frozenset({"della", "delle", "degli", "dello", "che", "è", "nel", "nella", "sono", "alla", "dei", "anche",
                     "questo", "questa", "stato", "gli", "ha", "hanno", "dal", "dalla", "sul", "sulla"}),
}

#: One short page per language, parsed once at start-up so every pattern is built before work.
WARM_UP_SAMPLES: dict[str, str] = {
    "fr": "Titre\nGenève, 11 mars 2024 – 5 millions de dollars hier, tél. +41 22 000 00 00.",
    "en": "Title\nGeneva, 11 March 2024 – USD 5 million yesterday, tel. +41 22 000 00 00.",
    "es": "Título\nGinebra, 11 de marzo de 2024 – 5 millones de dólares ayer, tel. +41 22 000 00 00.",
    "pt": "Título\nLisboa, 11 de março de 2024 – 5 milhões de dólares ontem, tel. +351 21 000 00 00.",
}

#: The per-language tables, by lexicon module: each is a dict keyed by language code.
TABLES: dict[str, tuple[str, ...]] = {
    "dates": (
        "MONTHS", "MONTHS_ALONE", "ABBREVIATION_CONTEXT", "WEEKDAYS", "WEEKDAY_SHORT_NAMES", "WEEKDAY_SHORT_LEADS",
        "WEEKDAY_SHORT_FOLLOWERS", "DAY_NOUNS_IN_RANGES", "RELATIVE",
        "RELATIVE_NOT_BEFORE", "PERIOD_MONTH_LINKS", "PERIOD_PARTS", "PART_LINKS", "PART_PERIOD_NOUNS",
        "WEEKDAY_PARTS", "BEFORE_LAST_NEXT", "MONTH_LAST_NEXT", "PERIOD_LAST_NEXT", "AGO_BEFORE", "AGO_AFTER",
        "AGO_QUANTIFIERS",
        "TIME_UNITS", "NUMBER_WORDS", "RANGE_FROM_TO", "RANGE_BETWEEN", "SINCE", "SINCE_BEGUN", "ONWARDS",
        "PRESENT_ENDS", "SINCE_FILLERS",
        "UNTIL", "UNTIL_FILLERS", "FUTURE_WORDS", "FUTURE_ENDINGS", "PAST_WORDS", "PAST_ENDINGS", "PAST_ENDING_LETTERS",
        "PAST_ENDING_NOT_AFTER",
        "QUARTER_WORDS", "ROMAN_QUARTERS",
        "PERIOD_NOUNS", "YEAR_BLOCK_QUANTIFIERS", "IN_BEFORE", "IN_BEFORE_IF_AHEAD", "IN_BEFORE_UNLESS_PAST",
        "IN_COUNT_BACK_CUES",
        "COUNT_ARTICLES",
        "COUNT_DIRECTION_BEFORE",
        "COUNT_DIRECTION_MIDDLE", "COUNT_DIRECTION_AFTER", "DAY_WORDS", "HOLIDAYS", "HOLIDAY_OWNER_LINKS",
        "DECADE_BEFORE",
        "DECADE_BEFORE_PLURAL", "ARTICLE_CONTRACTIONS", "EARLIER_YEAR_CUES", "MONTH_NAME_PARTICLES", "FIRST_N_SIDES",
        "FIRST_N_UNITS",
        "SEASONS",
        "SEASON_CONTEXT", "SEASON_NOT_AFTER", "TIME_WORDS", "HOUR_UNITS", "TIME_CUES", "DATELINE_DATE_LEADS",
        "DATELINE_ARTICLES", "DAY_ORDINALS_BY_LANGUAGE", "DATE_LINKS_BY_LANGUAGE", "ARTICLES_BY_LANGUAGE",
        "DAY_PAIR_JOINS_BY_LANGUAGE", "WEEKDAY_WEEK_LINKS_BY_LANGUAGE", "PERIOD_LINKS_BY_LANGUAGE",
        "COORD_PREPOSITIONS_BY_LANGUAGE", "NAME_YEAR_LINKS_BY_LANGUAGE", "YEAR_NAME_ARTICLES_BY_LANGUAGE",
        "SPACED_DASH_OPENERS_BY_LANGUAGE", "MONTH_YEAR_LINKS", "RELATIVE_YEAR_LINKS", "EVENT_DAY_LINKS", "IN_AFTER",
        "AGO_AFTER_AT_CLAUSE_END", "IN_AFTER_AT_CLAUSE_END", "DAY_RANGE_OPENERS", "PERIOD_NOUNS_ALONE", "NTH_WORDS",
        "NTH_UNITS", "NTH_LINKS",
        "NAMES_WRITTEN_LOWER", "MONTH_BEFORE_DAY", "ABBREVIATION_ALONE_CONTEXT", "WEEKDAY_ABBREVIATIONS",
        "CENTURY_NOUNS", "DECADE_WORDS", "DECADE_WORD_ARTICLES", "WEEK_OF", "WEEKDAY_DAY_FOLLOWERS", "DAY_NOUNS",
        "SPELLED_YEAR_WORDS", "SPELLED_YEAR_THOUSANDS", "SPELLED_YEAR_NOUNS", "SPELLED_YEAR_CUES", "SPELLED_YEAR_JOINS",
        "RELATIVE_MONTH_LINKS", "WEEK_NUMBER_NOUNS", "DAY_ORDINAL_WORDS", "COUNT_UNIT_LINKS",
        "RELATIVE_NOT_AFTER", "MID_PREFIXES",
    ),
    "money": (
        "COMMON_WORD_HEADS", "CURRENCY_WORDS", "MAGNITUDE_WORDS", "MAGNITUDE_ABBREVIATIONS", "ATTACH_WORDS",
        "NUMBER_WORDS", "NUMBER_WORD_JOINERS", "NUMBER_WORD_ALIASES", "FRACTIONS", "HALVES", "SUBUNIT_JOINERS",
        "IMPLIED_AMOUNT_FOLLOWERS", "RANGE_OPENERS", "RANGE_JOINERS", "RANGE_TO", "DECIMAL_MARK",
    ),
    "contacts": (
        "BLOCK_OPENERS", "CONTACT_VERBS", "JOINERS", "NAME_LEADS", "HONORIFICS", "PLACE_LEADS",
        "PLACE_LEADS_ON_CAPITALS", "BLOCK_ENDS",
        "BARE_OPENERS", "PRESS_OFFICES", "PRESS_LEAD_WORDS", "PRESS_NOUNS", "PRESS_MODALS", "SITE_VERBS", "TEAM_WORDS",
    ),
    "boilerplate": (
        "PAGE_LABELS", "MENU_WORDS", "CAPTION_MARKERS_BY_LANGUAGE", "NAV_LINES_BY_LANGUAGE", "NAV_LEADS_BY_LANGUAGE",
        "FRONT_LINES_BY_LANGUAGE", "FRONT_LEADS_BY_LANGUAGE", "DATE_LEADS_BY_LANGUAGE", "DATE_LINE_LEADS_BY_LANGUAGE",
        "BYLINE_LEADS_BY_LANGUAGE", "FIELD_LABELS_BY_LANGUAGE",
        "FOOTER_LEADS_BY_LANGUAGE", "LINE_CONTINUES", "END_MARK_WORDS", "ABOUT_LEADS_BY_LANGUAGE",
        "RELATED_WORDS_BY_LANGUAGE", "FOOTER_HEADINGS_BY_LANGUAGE", "SECTION_HEADINGS_BY_LANGUAGE",
        "LEGAL_LINKS_BY_LANGUAGE",
        "MEDIA_LINES_BY_LANGUAGE",
        "OFFICE_LEADS_BY_LANGUAGE", "BUTTON_LINES_BY_LANGUAGE", "MEETING_WORDS_BY_LANGUAGE",
        "DOWNLOAD_LEADS_BY_LANGUAGE", "TAG_LABELS_BY_LANGUAGE", "EDITOR_NOTES_BY_LANGUAGE", "LINK_LABELS_BY_LANGUAGE",
    ),
    "places": ("LANGUAGE_COUNTRIES",),
    "languages": ("STOPWORDS", "WARM_UP_SAMPLES"),
}  # fmt: skip


def readable(lang: str) -> bool:
    """True for a language oimx reads: one of :data:`LANGUAGES`, or one whose month names dateparser has."""
    if lang in LANGUAGES or lang in DETECTED_ONLY:
        return True
    from oimx.extract.dates.fallback import has_month_names

    return lang.isalpha() and lang.islower() and has_month_names(lang)


class IncompleteLanguage(ValueError):
    """A language of :data:`LANGUAGES` lacks some of its vocabulary tables."""


def _module(name: str) -> ModuleType:
    import importlib

    return importlib.import_module(f"oimx.lexicon.{name}")


@functools.cache
def tables() -> dict[str, dict]:
    """Every per-language table, by ``module.NAME`` (the table objects, so a check sees their entries now)."""
    return {f"{module}.{name}": getattr(_module(module), name) for module, names in TABLES.items() for name in names}


def missing(lang: str) -> list[str]:
    """The per-language tables that have no entry for ``lang``."""
    return [name for name, table in tables().items() if lang not in table]


@functools.cache
def _table_objects(module: str | None) -> tuple[dict, ...]:
    """The tables of one lexicon module (``"money"``), or every module's for None."""
    return tuple(table for name, table in tables().items() if module is None or name.split(".")[0] == module)


def require(lang: str, module: str | None = None) -> str:
    """``lang`` itself when it has every table; else :class:`IncompleteLanguage` naming the missing ones.

    Asked on every extractor call: the tables are looked up now (a test takes an entry out at run time),
    in one C-level pass (a Python loop over the hundred-odd tables cost more than a short fragment's dates).
    An extractor that reads the tables of one lexicon module only names it (``module="money"``): its dozen
    tables are looked at, not the hundred-odd of every module (44 K instructions a call).
    """
    if all(map(operator.contains, _table_objects(module), repeat(lang))):
        return lang
    raise IncompleteLanguage(f"language {lang!r} lacks its vocabulary in {', '.join(missing(lang))}")
