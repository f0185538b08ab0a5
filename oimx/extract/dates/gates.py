"""Cheap tests run before a date pattern is tried: the first character after the spaces that each
joining pattern needs (JOIN_FIRST), and a look at the text for the patterns tried at every digit
(MAY_MATCH). Each is a necessary condition of its pattern, so a test that fails spares the match."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from oimx.extract.dates import centuries
from oimx.extract.dates.patterns import DASH
from oimx.extract.dates.periods import NTH_UNITS
from oimx.extract.dates.words import (
    MONTH_NUMBERS,
    NUMBER_WORDS,
    SPACE_WIDEST,
    SPELLED_DAYS,
    TIME_UNITS,
    TOKEN,
    all_languages,
    tokens,
    widest,
)
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


_AGO_AFTER = [*all_languages(lex.AGO_AFTER), *all_languages(lex.AGO_AFTER_AT_CLAUSE_END)]
_IN_AFTER = [*all_languages(lex.IN_AFTER), *all_languages(lex.IN_AFTER_AT_CLAUSE_END)]
_UNIT_WIDEST = widest(TIME_UNITS)
# The most characters from a count's start to the end of the word after its unit, read from the
# patterns' pieces: "more than" + space, the count ("3", "cinquantaine"), "de" between two spaces
# (UNIT_LINK), the unit, a space, then "ago" / "plus tard" ("agoafter" and "inafter" in patterns).
_COUNT = max(3, widest(NUMBER_WORDS))  # \d{1,3} or a count word
_AGO_REACH = (widest(all_languages(lex.AGO_QUANTIFIERS)) + SPACE_WIDEST + _COUNT
              + 2 * SPACE_WIDEST + widest(all_languages(lex.COUNT_UNIT_LINKS)) + _UNIT_WIDEST
              + SPACE_WIDEST + widest(_AGO_AFTER))
_IN_REACH = _COUNT + SPACE_WIDEST + _UNIT_WIDEST + SPACE_WIDEST + widest(_IN_AFTER)


def _unit_then(phrases: Iterable[str], reach: int) -> Callable[[str, int], bool]:
    """A test at a count for "4 years ago", "2 jours plus tard": within ``reach`` characters of it,
    the first word of one of ``phrases`` right after a time unit and spaces (the unit a whole word)."""
    firsts = _any_of(TOKEN.match(p).group() for p in phrases)  # inside a word too: one test more, never one less

    def test(text: str, at: int) -> bool:
        lowered = text[at:at + reach].lower()
        for after in firsts.finditer(lowered):
            head = lowered[max(0, after.start() - _UNIT_WIDEST - SPACE_WIDEST):after.start()].rstrip()
            words = tokens(head)  # its last word ends the head, or no unit is right before the spaces
            if words and head.endswith(words[-1]) and words[-1] in TIME_UNITS:
                return True
        return False
    return test


_ago_after, _in_after = _unit_then(_AGO_AFTER, _AGO_REACH), _unit_then(_IN_AFTER, _IN_REACH)
_DIRECTIONS = [*all_languages(lex.COUNT_DIRECTION_BEFORE), *all_languages(lex.COUNT_DIRECTION_MIDDLE),
               *all_languages(lex.COUNT_DIRECTION_AFTER)]
_DIRECTION_FIRSTS = frozenset(TOKEN.match(p).group() for p in _DIRECTIONS)  # derniers, last, "à" of "à venir"
# "les trois derniers mois", "the last 3 months", "3 semaines passées" ("lastnextcount" in patterns): the
# widest of the three orders, to the end of its direction word
_DIRECTION_REACH = (widest(all_languages(lex.COUNT_ARTICLES)) + SPACE_WIDEST + _COUNT + SPACE_WIDEST
                    + _UNIT_WIDEST + SPACE_WIDEST + widest(_DIRECTIONS))


def _direction_near(text: str, at: int) -> bool:
    """A count with a direction may start at ``at``: a direction word ("derniers", "next") among the
    words it can reach."""
    return not _DIRECTION_FIRSTS.isdisjoint(tokens(text[at:at + _DIRECTION_REACH].lower()))


_MARKERS = (*lex.AFTERNOON_MARKERS, *lex.MORNING_MARKERS)
_AFTER_HOUR = frozenset(w[0].lower() for w in (*all_languages(lex.HOUR_UNITS), *_MARKERS)) | {":"}  # h, o, a, p
_CUE_ENDS = tuple(TOKEN.findall(cue)[-1] for cue in lex.BARE_HOUR_CUES)  # "las" of "a las"
_CUE_REACH = widest(lex.BARE_HOUR_CUES) + 3  # the cue, then LINE_SPACE


def _clock_time(text: str, at: int) -> bool:
    """A clock time may start at the digit ``at`` ("time" in patterns): right after its one or two
    digits, maybe past one space, a colon, an hour unit or a.m./p.m. ("14h30", "14:30", "10 am"),
    or a cue right before it ("a las 10")."""
    for end in (at + 1, at + 2):
        if not text[at:end].isdecimal():
            break
        nxt = text[end:end + 2]
        if nxt[:1].lower() in _AFTER_HOUR or (nxt[:1].isspace() and nxt[1:].lower() in _AFTER_HOUR):
            return True
    before = text[max(0, at - _CUE_REACH):at]
    return before[-1:].isspace() and before.rstrip().lower().endswith(_CUE_ENDS)


MAY_MATCH = {
    "quarter": lambda text, at: text[at + 1:at + 2].isalpha(),  # "1er trimestre", "3rd quarter"
    "numpadded": lambda text, at: text[at + 2:at + 3] == "/",  # "17/02"
    "yearmonth": lambda text, at: text[at:at + 4].isdigit() and next(  # "2016, nov": a month name next
        iter(tokens(text[at + 4:at + 20].lower())[:1]), "") in MONTH_NUMBERS,
    "qcode": lambda text, at: text[at + 4:at + 6].lstrip(" -/")[:1] in lex.PERIOD_CODES  # "2016 Q3", "2023-Q3"
    or text[at + 1:at + 2] in lex.PERIOD_CODES,  # "2Q 2024"
    "lastnextcount": lambda text, at: any(  # "3 derniers mois": a unit among the next words
        w in TIME_UNITS for w in tokens(text[at:at + 30].lower())[1:4]) and _direction_near(text, at),
    "decade": lambda text, at: text[at + 2:at + 6].lstrip("0123456789'’")[:1] in ("s", "S"),  # "1990s"
    "agoafter": _ago_after,
    "inafter": _in_after,
    "numparen": lambda text, at: "(" in text[max(0, at - 3):at],  # "(8/12)"
    "century": centuries.may_match,  # "21e siècle"
    "time": _clock_time,
    "monthword": lambda text, at: next(iter(tokens(text[at:at + 30].lower())[1:2]), "") in _SPELLED_DAY_TOKENS,
    # at a weekday that is also an ordinal ("segunda quincena", Portuguese "segunda" is Monday): its unit next
    "nth": lambda text, at: next(iter(tokens(text[at:at + 30].lower())[1:2]), "") in NTH_UNITS,
}
# The same tests at an opening word ("une", "trois", "plus de", "les"): these kinds open with the count
# words of every language, and the word they need besides the unit is rarely near one.
_BACK_CUES = _any_of(all_languages(lex.IN_COUNT_BACK_CUES))
_CLAUSE_MARKS = re.compile(r"[.;:!?,\n]")
_CLAUSE_REACH = 80  # characters read back from a count's opening word for its clause
_FUTURE = frozenset(all_languages(lex.FUTURE_WORDS))


def _looks_ahead(text: str, at: int) -> bool:
    """"in four decades" opening at ``at`` may be a date ahead: no superlative nor "first time" before it in its
    clause (lex.IN_COUNT_BACK_CUES: "the longest drought in four decades" counts back from now), or a word of the
    future after that ("The best team will return in two weeks"). The sentence's tense is read when the mention
    is normalised (normalise.candidate)."""
    before = _CLAUSE_MARKS.split(text[max(0, at - _CLAUSE_REACH):at].lower())[-1]
    cues = [cue.end() for cue in _BACK_CUES.finditer(before)  # whole words
            if not (cue.start() and before[cue.start() - 1].isalnum())
            and not before[cue.end():cue.end() + 1].isalnum()]
    return not cues or not _FUTURE.isdisjoint(tokens(before[cues[-1]:]))


MAY_OPEN = {"agoafter": _ago_after, "inafter": _in_after, "lastnextcount": _direction_near, "incount": _looks_ahead}
