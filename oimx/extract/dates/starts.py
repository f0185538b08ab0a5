"""Where a date mention may start: its anchor (a day or year number, a month or weekday name, a
relative word), which every mention holds within its first WINDOW characters, and the opening words
before an anchor, with the kinds of mention each may start (in priority order) and the cheap tests
run before a kind's pattern is tried there."""

from __future__ import annotations

import functools
import heapq
import itertools
from collections.abc import Callable, Iterator

from oimx import rx
from oimx.extract.dates import centuries, spelled, weeks
from oimx.extract.dates.order import AT_WORD, SEQUENCES
from oimx.extract.dates.periods import NTH_UNITS
from oimx.extract.dates.words import (
    DAY_ORDINAL_WORDS,
    DAY_WORDS,
    DECADE_WORDS,
    HOLIDAYS,
    MONTH_NUMBERS,
    NUMBER_WORDS,
    PERIOD_MONTHS,
    QUARTER_WORDS,
    RELATIVE,
    SEASONS,
    TIME_UNITS,
    TIME_WORDS,
    TOKEN,
    WEEKDAYS,
    all_languages,
)
from oimx.extract.digits import digit_runs
from oimx.lexicon import dates as lex
from oimx.text import escape, lower_case, words_of


@functools.cache  # the tables below read the same phrases many times; cleared once they are built
def _tokens(phrase: str) -> tuple[str, ...]:
    return tuple(TOKEN.findall(phrase.lower()))


def _first_token(phrase: str) -> str:
    return _tokens(phrase)[0]


def _last_token(phrase: str) -> str:
    return _tokens(phrase)[-1]


# Anchors: every mention holds one of these within its first WINDOW characters.

WINDOW = 45

_THOUSANDS = frozenset(" \u00a0\u202f.,")
# Common words that end relative phrases holding a unit ("le jour d'après"): the unit is their
# anchor, so that every "après" in a text is not one.
_COMMON_LAST_WORDS = frozenset({"après", "apres", "avant"})
_ANCHOR_CLASS = {
    **{_last_token(w): "word" for w in RELATIVE if _last_token(w) not in _COMMON_LAST_WORDS},
    **{w: "word" for w in (*TIME_UNITS, *PERIOD_MONTHS, *all_languages(lex.AGO_AFTER))},
    **{_first_token(w): "weekday" for w in WEEKDAYS},  # "segunda-feira" at "segunda"
    **{_first_token(w): "month" for w in MONTH_NUMBERS},
    **{_last_token(w): "word" for w in HOLIDAYS if _last_token(w) not in WEEKDAYS},
    **{w: "word" for w in SEASONS},
    **{w: "word" for w in TIME_WORDS},
    **{w: "word" for w in centuries.NOUNS},
    **{w: "word" for w in spelled.THOUSANDS},  # deux mille dix-huit
}
# Spelled days are anchors of their own class, for "le vingt-deux." alone, where an article
# stands right before them (_DAYWORD_AFTER), and stay opening words.
_ANCHOR_CLASS.update({_first_token(w): "dayword" for w, n in DAY_WORDS.items() if n > 1
                      if _first_token(w) not in _ANCHOR_CLASS})
_DAYWORD_AFTER = rx.compile(rf"(?:^|\W)(?:{'|'.join(escape(w) for w in (*lex.ARTICLES, 'du', 'au'))})"
                               r"[^\S\n]{1,3}$")
# Opening words: the kinds of mention that may start with each word, in priority order.
_OPENING_WORDS = {
    "fromto": [w for pair in lex.RANGE_FROM_TO.values() for w in pair[0]],
    "between": [w for pair in lex.RANGE_BETWEEN.values() for w in pair[0]],
    "since": all_languages(lex.SINCE),
    "until": all_languages(lex.UNTIL),
    "nth": all_languages(lex.NTH_WORDS),
    "firstn": [*all_languages(lex.COUNT_ARTICLES), *all_languages(lex.FIRST_N_SIDES), *NUMBER_WORDS],
    "quarter": QUARTER_WORDS,
    "qcode": [code.lower() for code in lex.PERIOD_CODES],
    "ago": [*all_languages(lex.AGO_BEFORE), *NUMBER_WORDS],
    "agoafter": [*all_languages(lex.AGO_QUANTIFIERS), *NUMBER_WORDS],
    "inafter": list(NUMBER_WORDS),
    "lastmonth": all_languages(lex.BEFORE_LAST_NEXT),
    "relwd": all_languages(lex.BEFORE_LAST_NEXT),
    "rel": RELATIVE,
    "bare": lex.ARTICLES,
    "incount": [*all_languages(lex.IN_BEFORE), *all_languages(lex.IN_BEFORE_IF_AHEAD)],
    "lastnextcount": [*all_languages(lex.COUNT_ARTICLES), *all_languages(lex.COUNT_DIRECTION_BEFORE), *NUMBER_WORDS],
    "decade": [*all_languages(lex.DECADE_BEFORE), *all_languages(lex.DECADE_BEFORE_PLURAL)],
    "decadeword": all_languages(lex.DECADE_BEFORE),
    "spelled": spelled.opening_words(),
    "weeknum": [*lex.ARTICLES, *weeks.NOUNS],
    "holiday": HOLIDAYS,
    "season": SEASONS,
    "time": TIME_WORDS,
    "dayfirst": DAY_WORDS,
    "ordinalday": DAY_ORDINAL_WORDS,
    "abbrday": all_languages(lex.WEEKDAY_ABBREVIATIONS),
    "weekof": all_languages(lex.WEEK_OF),
    "daynoun": all_languages(lex.DAY_NOUNS),
    "century": centuries.opening_words(lex.DAY_ORDINALS),
    "numarticle": lex.ARTICLES,
}


def _start_kinds() -> dict[str, tuple[tuple[str, str | None], ...]]:
    """For each opening word, the kinds that may start at it and the anchor class they must reach."""
    kinds: dict[str, tuple[tuple[str, str | None], ...]] = {}
    for kind, reach in AT_WORD:
        for word in {_first_token(w) for w in _OPENING_WORDS[kind]}:
            kinds[word] = (*kinds.get(word, ()), (kind, reach))
    return kinds


_START_KINDS = _start_kinds()


def _second_words() -> dict[tuple[str, str], frozenset[str]]:
    """For an opening word all of whose phrases of a kind have more words ("à partir de"), the
    words that may follow it."""
    seconds: dict[tuple[str, str], set[str] | None] = {}
    for kind, phrases in _OPENING_WORDS.items():
        for phrase in phrases:
            tokens = _tokens(phrase)
            key = (kind, tokens[0])
            if len(tokens) == 1 or seconds.get(key, set()) is None:
                seconds[key] = None
            else:
                seconds[key] = {*seconds.get(key, set()), tokens[1]}
    return {key: frozenset(words) for key, words in seconds.items() if words is not None}


_SECOND_WORDS = _second_words()


def _is_count(word: str) -> bool:
    return word.isdigit() or word in NUMBER_WORDS


# How far the count of "dentro de cerca de una decena de días" may stand: after the opening words and a
# quantifier, each of several words at most; its unit comes after the count and a link word
_COUNT_REACH = (max(len(w.split()) for w in all_languages(lex.IN_BEFORE))
                + max(len(w.split()) for w in all_languages(lex.AGO_QUANTIFIERS)) + 1)

# Cheap tests on the first words at an opening word, run before the pattern of a kind that
# opens with a common word ("les", "le", "the", "in").
_WORDS_AHEAD = {
    "lastnextcount": lambda words: any(map(_is_count, words[:3])) and any(w in TIME_UNITS for w in words[1:5]),
    "incount": lambda words: any(map(_is_count, words[1:_COUNT_REACH]))
    and any(w in TIME_UNITS for w in words[2:_COUNT_REACH + 2]),
    "nth": lambda words: len(words) > 1 and words[1] in NTH_UNITS,
    "firstn": lambda words: any(w in _FIRST_N_SIDES for w in words[:3])
    and any(w in _FIRST_N_UNITS for w in words[2:5]),
    "qcode": lambda words: len(words) > 1 and words[0][1:2] in "1234" and words[0][2:] == "",
    "decade": lambda words: any(w.rstrip("s").isdigit() and w.rstrip("s").endswith("0") for w in words[1:5]),
    "numarticle": lambda words: words[1:2] != [] and words[1].isdigit(),
    "abbrday": lambda words: words[1:2] != [] and words[1][:1].isdigit(),
    "decadeword": lambda words: any(w in _DECADE_WORD_TOKENS for w in words[1:5]),
    "spelled": spelled.words_ahead,
    "weeknum": weeks.words_ahead,
    "weekof": lambda words: any(w in _WEEK_OF_NOUNS for w in words[:2]),
    "bare": lambda words: words[1:2] != [] and (words[1][:1].isdigit() or words[1] in _DAY_WORD_TOKENS),
    "daynoun": lambda words: any(w in _DAY_NOUN_TOKENS for w in words[1:3]),
}
_FIRST_N_SIDES = frozenset(_first_token(w) for w in all_languages(lex.FIRST_N_SIDES))  # first, premiers
_FIRST_N_UNITS = frozenset(_first_token(w) for w in all_languages(lex.FIRST_N_UNITS))  # months, mois
_WEEK_OF_NOUNS = frozenset(TOKEN.findall(w)[-2] for w in all_languages(lex.WEEK_OF))  # semaine, week
_DECADE_WORD_TOKENS = frozenset(_first_token(w) for w in DECADE_WORDS)  # "soixante" of "soixante-dix"
_DAY_NOUN_TOKENS = frozenset(TOKEN.findall(w)[-1] for w in all_languages(lex.DAY_NOUNS))  # día, dia
_DAY_WORD_TOKENS = frozenset(_first_token(w) for w, n in DAY_WORDS.items() if n > 1)  # "le vingt-deux."


@functools.cache  # built on first use: a text asks for a few dozen of the 3,500 pairs
def plan(word: str, anchor: str) -> tuple[tuple[str, frozenset[str] | None, Callable | None, bool], ...]:
    """The kinds to try at the opening word ``word`` before an anchor of class ``anchor``, in priority
    order (those that may reach that class), each with its second words, its test on the words ahead
    and whether it is a range."""
    return tuple((kind, _SECOND_WORDS.get((kind, word)), _WORDS_AHEAD.get(kind), kind in SEQUENCES)
                 for kind, reach in _START_KINDS.get(word, ()) if reach is None or reach == anchor)


_tokens.cache_clear()
# An anchor word is read from its anchor, unless a kind opening with it must reach another anchor class: "next"
# is an anchor ("the week after next") and opens "next Friday", which reaches the weekday.
OPENERS = _START_KINDS.keys() - {w for w, kind in _ANCHOR_CLASS.items() if kind != "dayword" and all(
    reach in (None, "word") for _, reach in _START_KINDS.get(w, ()))}
SORTED_AT_ONCE = 1 << 14  # characters of a text whose anchors are listed and sorted at once


def _digit_anchor(text: str, start: int, end: int) -> bool:
    """The run of digits ``text[start:end]`` may be a day or a year (not a count such as "1 800")."""
    if end - start not in (1, 2, 4):
        return False
    if start and (text[start - 1].isdigit() or (text[start - 1] in ".," and text[start - 2:start - 1].isdigit())):
        return False
    tail = text[end:end + 5]
    return not (len(tail) >= 4 and tail[0] in _THOUSANDS and tail[1:4].isdigit() and not tail[4:5].isdigit())


def anchors(text: str) -> Iterator[tuple[int, str, str]]:
    """Anchor positions with their class ("digit", "month", "weekday" or "word") and word, in
    order. Past SORTED_AT_ONCE characters each source is read lazily and the sources merged, so
    no list of every anchor of a long text is kept."""
    low = lower_case(text)
    if len(low) != len(text):  # a letter whose lower case is longer: keep offsets exact
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    digits = ((start, "digit", "") for start, end in digit_runs(text) if _digit_anchor(text, start, end))
    words = [_word_anchors(low, word) for word in sorted(_ANCHOR_CLASS.keys() & words_of(low))]
    if len(text) <= SORTED_AT_ONCE:  # a page's text: its few anchors sorted at once cost less than a merge
        return iter(sorted(itertools.chain(digits, *words)))
    return heapq.merge(digits, *words)


def _word_anchors(low: str, word: str) -> Iterator[tuple[int, str, str]]:
    """The places of ``word`` in the lower-case text where it stands as a word of its class."""
    kind, size, at = _ANCHOR_CLASS[word], len(word), low.find(word)
    while at >= 0:
        end = at + size
        if ((not at or not low[at - 1].isalnum()) and (end == len(low) or not low[end].isalnum())
                and (kind != "dayword" or _DAYWORD_AFTER.search(low, max(0, at - 5), at))):
            yield at, kind, word
        at = low.find(word, end)
