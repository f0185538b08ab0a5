"""Cheap tests run before a date pattern is tried: the first character after the spaces that each
joining pattern needs (JOIN_FIRST), and a look at the text for the patterns tried at every digit
(MAY_MATCH). Each is a necessary condition of its pattern, so a test that fails spares the match."""

from __future__ import annotations

import re
from collections.abc import Iterable

from oimx.extract.dates import centuries
from oimx.extract.dates.patterns import DASH
from oimx.extract.dates.words import MONTH_NUMBERS, SPELLED_DAYS, TIME_UNITS, TOKEN, all_languages, tokens
from oimx.lexicon import dates as lex
from oimx.text import escape, longest_first

_SPELLED_DAY_TOKENS = frozenset(TOKEN.match(w).group() for w in SPELLED_DAYS)  # "vingt" of "vingt et un"


def _first_letters(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w[0].lower() for w in words)


_TO_FIRSTS = _first_letters(w for pair in lex.RANGE_FROM_TO.values() for w in pair[1])  # au, to, hasta
JOIN_FIRST = {
    "to": _TO_FIRSTS,
    "and": _first_letters(w for pair in lex.RANGE_BETWEEN.values() for w in pair[1]),
    "pairjoin": _first_letters(lex.DAY_PAIR_JOINS),
    "dash": frozenset(DASH[1:-1]),
    "dashto": _TO_FIRSTS,
    "yearsjoin": frozenset(DASH[1:-1] + "/"),
}


def _any_of(words: Iterable[str]) -> re.Pattern:
    """One search for any of ``words`` anywhere in a lower-case text (``any(w in text for w in words)``
    in one call)."""
    return re.compile("|".join(escape(w) for w in longest_first(words)))


_AGO_AFTER_WORDS = _any_of([*all_languages(lex.AGO_AFTER), *all_languages(lex.AGO_AFTER_AT_CLAUSE_END)])
_IN_AFTER_WORDS = _any_of([*all_languages(lex.IN_AFTER), *all_languages(lex.IN_AFTER_AT_CLAUSE_END)])
MAY_MATCH = {
    "quarter": lambda text, at: text[at + 1:at + 2].isalpha(),  # "1er trimestre", "3rd quarter"
    "numpadded": lambda text, at: text[at + 2:at + 3] == "/",  # "17/02"
    "yearmonth": lambda text, at: text[at:at + 4].isdigit() and next(  # "2016, nov": a month name next
        iter(tokens(text[at + 4:at + 20].lower())[:1]), "") in MONTH_NUMBERS,
    "qcode": lambda text, at: text[at + 4:at + 6].lstrip()[:1] in lex.PERIOD_CODES,  # "2016 Q3"
    "lastnextcount": lambda text, at: any(  # "3 derniers mois": a unit among the next words
        w in TIME_UNITS for w in tokens(text[at:at + 30].lower())[1:4]),
    "decade": lambda text, at: text[at + 2:at + 6].lstrip("0123456789'’")[:1] in ("s", "S"),  # "1990s"
    "agoafter": lambda text, at: _AGO_AFTER_WORDS.search(text[at:at + 60].lower()) is not None,  # "4 years ago"
    "inafter": lambda text, at: any(  # "2 jours plus tard": a unit right after the count, then a word after
        w in TIME_UNITS for w in tokens(text[at:at + 20].lower())[1:2])
        and _IN_AFTER_WORDS.search(text[at:at + 50].lower()) is not None,
    "numparen": lambda text, at: "(" in text[max(0, at - 3):at],  # "(8/12)"
    "century": centuries.may_match,  # "21e siècle"
    "monthword": lambda text, at: next(iter(tokens(text[at:at + 30].lower())[1:2]), "") in _SPELLED_DAY_TOKENS,
}
