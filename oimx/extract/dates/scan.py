"""Reading a text: cheap anchors first (a day or year number, a month or weekday name, a
relative word), then the patterns tried only at them and at the opening words before them."""

from __future__ import annotations

import bisect
import functools
import heapq
import itertools
import re
from collections.abc import Callable, Iterable, Iterator

import regex

from oimx import rx
from oimx.extract.dates import centuries, spelled, weeks
from oimx.extract.dates.checks import SEQUENCE_CHECKS
from oimx.extract.dates.gates import JOIN_FIRST, MAY_MATCH
from oimx.extract.dates.patterns import (
    AT_ANCHOR,
    AT_WORD,
    POINT_FIRST_WORDS,
    SEQUENCES,
    pattern,
)
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
from oimx.lexicon import dates as lex
from oimx.text import escape, words_of


class Found:
    """A mention found step by step, read like a match: group(), groupdict(), span(), end()."""

    __slots__ = ("_groups", "_span", "string")

    def __init__(self, string: str, kind: str, start: int, end: int, groups: dict[str, str]) -> None:
        self.string = string
        self._span = (start, end)
        self._groups = {kind: string[start:end], **groups}

    def group(self, name: str) -> str | None:
        return self._groups.get(name)

    def groupdict(self) -> dict[str, str]:
        return self._groups

    def span(self, _name: str) -> tuple[int, int]:
        return self._span

    def end(self) -> int:
        return self._span[1]



@functools.cache  # the tables below read the same phrases many times; cleared once they are built
def _tokens(phrase: str) -> tuple[str, ...]:
    return tuple(TOKEN.findall(phrase.lower()))


def _first_token(phrase: str) -> str:
    return _tokens(phrase)[0]


def _last_token(phrase: str) -> str:
    return _tokens(phrase)[-1]


# Anchors: every mention holds one of these within its first 45 characters.

_DIGITS = re.compile(r"\d+")
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
    "quarter": QUARTER_WORDS,
    "qcode": [code.lower() for code in lex.PERIOD_CODES],
    "ago": [*all_languages(lex.AGO_BEFORE), *NUMBER_WORDS],
    "agoafter": [*all_languages(lex.AGO_QUANTIFIERS), *NUMBER_WORDS],
    "inafter": list(NUMBER_WORDS),
    "lastmonth": all_languages(lex.BEFORE_LAST_NEXT),
    "relwd": all_languages(lex.BEFORE_LAST_NEXT),
    "rel": RELATIVE,
    "bare": lex.ARTICLES,
    "incount": all_languages(lex.IN_BEFORE),
    "lastnextcount": [*all_languages(lex.COUNT_ARTICLES), *all_languages(lex.COUNT_DIRECTION_BEFORE), *NUMBER_WORDS],
    "decade": all_languages(lex.DECADE_BEFORE),
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
_SECOND_WORD = re.compile(r"\w+\W{1,4}(\w+)")


def _is_count(word: str) -> bool:
    return word.isdigit() or word in NUMBER_WORDS


# Cheap tests on the first words at an opening word, run before the pattern of a kind that
# opens with a common word ("les", "le", "the", "in").
_WORDS_AHEAD = {
    "lastnextcount": lambda words: any(map(_is_count, words[:3])) and any(w in TIME_UNITS for w in words[1:5]),
    "incount": lambda words: any(map(_is_count, words[1:4])) and any(w in TIME_UNITS for w in words[2:5]),
    "nth": lambda words: len(words) > 1 and words[1] in NTH_UNITS,
    "qcode": lambda words: len(words) > 1 and words[0][1:2] in "1234" and words[0][2:] == "",
    "decade": lambda words: any(w.rstrip("s").isdigit() and w.rstrip("s").endswith("0") for w in words[1:4]),
    "numarticle": lambda words: words[1:2] != [] and words[1].isdigit(),
    "abbrday": lambda words: words[1:2] != [] and words[1][:1].isdigit(),
    "decadeword": lambda words: any(w in _DECADE_WORD_TOKENS for w in words[1:5]),
    "spelled": spelled.words_ahead,
    "weeknum": weeks.words_ahead,
    "weekof": lambda words: any(w in _WEEK_OF_NOUNS for w in words[:2]),
    "bare": lambda words: words[1:2] != [] and (words[1][:1].isdigit() or words[1] in _DAY_WORD_TOKENS),
}
_WEEK_OF_NOUNS = frozenset(TOKEN.findall(w)[-2] for w in all_languages(lex.WEEK_OF))  # semaine, week
_DECADE_WORD_TOKENS = frozenset(_first_token(w) for w in DECADE_WORDS)  # "soixante" of "soixante-dix"
_DAY_WORD_TOKENS = frozenset(_first_token(w) for w, n in DAY_WORDS.items() if n > 1)  # "le vingt-deux."
_ANCHOR_CLASSES = ("digit", *sorted(set(_ANCHOR_CLASS.values())))


def _plans() -> dict[tuple[str, str], tuple[tuple[str, frozenset[str] | None, Callable | None, bool], ...]]:
    """For each opening word and anchor class, the kinds to try in priority order (those that may reach
    that class), each with its second words, its test on the words ahead and whether it is a range."""
    return {(word, anchor): plan for word, kinds in _START_KINDS.items() for anchor in _ANCHOR_CLASSES
            if (plan := tuple((kind, _SECOND_WORDS.get((kind, word)), _WORDS_AHEAD.get(kind), kind in SEQUENCES)
                              for kind, reach in kinds if reach is None or reach == anchor))}


_PLANS = _plans()
_UNTRIED = object()  # a kind not yet tried at a position (None: tried, nothing found)
_tokens.cache_clear()
_OPENERS = _START_KINDS.keys() - {w for w, kind in _ANCHOR_CLASS.items() if kind != "dayword"}
_WINDOW = 45
_SORTED_AT_ONCE = 1 << 14  # characters of a text whose anchors are listed and sorted at once


def _digit_anchor(text: str, m: re.Match) -> bool:
    """A run of digits that may be a day or a year (not a count such as "1 800")."""
    size = m.end() - m.start()
    if size not in (1, 2, 4):
        return False
    start, end = m.start(), m.end()
    if start and (text[start - 1].isdigit() or (text[start - 1] in ".," and text[start - 2:start - 1].isdigit())):
        return False
    tail = text[end:end + 5]
    return not (len(tail) >= 4 and tail[0] in _THOUSANDS and tail[1:4].isdigit() and not tail[4:5].isdigit())


def _anchors(text: str) -> Iterator[tuple[int, str, str]]:
    """Anchor positions with their class ("digit", "month", "weekday" or "word") and word, in
    order. Past _SORTED_AT_ONCE characters each source is read lazily and the sources merged, so
    no list of every anchor of a long text is kept."""
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: keep offsets exact
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    digits = ((m.start(), "digit", "") for m in _DIGITS.finditer(text) if _digit_anchor(text, m))
    words = [_word_anchors(low, word) for word in sorted(_ANCHOR_CLASS.keys() & words_of(low))]
    if len(text) <= _SORTED_AT_ONCE:  # a page's text: its few anchors sorted at once cost less than a merge
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


class _Scan:
    """One text being read; the point at each position is matched once and kept."""

    def __init__(self, text: str, lang: str) -> None:
        self.text = text
        self.rel = f"rel:{lang}" if lang in lex.LANGS else "rel:"
        self.points: dict[int, regex.Match | None] = {}
        self.tried: dict[tuple[int, str], regex.Match | Found | None] = {}
        self.alone: dict[tuple[int, str], regex.Match | None] = {}  # days and years alone, by position and pattern
        self.words_at: dict[int, list[str]] = {}  # the first words at an opening word
        self.second_at: dict[int, str | None] = {}  # the word after an opening word (lower case)
        self._bound = 1024  # entries kept before those behind the reading point are dropped

    def forget(self, before: int) -> None:
        """Drop what was kept for positions before ``before`` (never read again) once the
        caches grow, so a long line of mentions is read in bounded memory."""
        kept = len(self.points) + len(self.tried) + len(self.alone) + len(self.words_at) + len(self.second_at)
        if kept < self._bound:
            return
        self.points = {at: m for at, m in self.points.items() if at >= before}
        self.tried = {key: m for key, m in self.tried.items() if key[0] >= before}
        self.alone = {key: m for key, m in self.alone.items() if key[0] >= before}
        self.words_at = {at: words for at, words in self.words_at.items() if at >= before}
        self.second_at = {at: word for at, word in self.second_at.items() if at >= before}
        self._bound = max(1024, 2 * (len(self.points) + len(self.tried) + len(self.alone) + len(self.words_at)
                                     + len(self.second_at)))

    def _lead(self, at: int) -> str | None:
        """What a point at ``at`` would start with: "digit" (\\d, a decimal digit), "word" (a word a point
        starts with), or None where no point can start."""
        if self.text[at:at + 1].isdecimal():
            return "digit"
        word = TOKEN.match(self.text, at)
        return "word" if word is not None and word.group().casefold() in POINT_FIRST_WORDS else None

    def _point(self, at: int) -> regex.Match | None:
        if at not in self.points:
            lead = self._lead(at)
            self.points[at] = None if lead is None else pattern(f"point:{lead}").match(self.text, at)
        return self.points[at]

    def _alone(self, name: str, at: int) -> regex.Match | None:
        """The day or year alone (pattern ``name``, a point's day or year) at ``at``, matched once:
        each range tried at an anchor asks for it again."""
        key = (at, name)
        if key not in self.alone:
            self.alone[key] = None if self._lead(at) is None else pattern(name).match(self.text, at)
        return self.alone[key]

    def _firsts(self, at: int, kinds: frozenset[str]) -> Iterable[tuple[int, str]]:
        """Ends and kinds of the points of ``kinds`` at ``at``, the longest kind first, then the day alone."""
        m = self._point(at)
        if m is None:
            return
        if m.lastgroup in kinds:
            yield m.end(), m.lastgroup
        if "year" in kinds and m.lastgroup == "num":  # "2010-11": its year, that may open a range of years
            year = self._alone("yearalone", at)
            if year is not None:
                yield year.end(), "year"
        if "dayend" in kinds and m.lastgroup == "dayw":  # "à partir du 8.": a day alone ending its clause
            day = self._alone("dayend", at)
            if day is not None:
                yield day.end(), "dayend"
        if "dayw" in kinds and m.lastgroup != "dayw":  # "du 27 au 30 mai": the day alone
            day = self._alone("dayw", at)
            if day is not None:
                yield day.end(), "dayw"

    def _last(self, at: int, kinds: frozenset[str]) -> int | None:
        """End of the point of ``kinds`` at ``at``."""
        m = self._point(at)
        if m is not None and m.lastgroup in kinds:
            return m.end()
        for kind in ("yy", "dayend"):  # "2016-17", "du 13 au 18."
            if kind in kinds and (m := self._alone(kind, at)) is not None:
                return m.end()
        return None

    def sequence(self, kind: str, start: int) -> Found | None:
        """A range of ``kind`` starting at ``start`` (its opening word, or its first point)."""
        opening, firsts, join, lasts = SEQUENCES[kind]
        text = self.text
        heads = [start]
        if opening is not None:
            m = pattern(opening).match(text, start)
            if m is None:
                return None
            heads = [m.end()]
            if "filler" in m.re.groupindex and m.group("filler"):
                heads.append(m.start("filler"))  # without the filler: "depuis le" + "1er mai"
        for at in heads:
            if not firsts:  # "jusqu'en 2013": one point, the last bound
                end = self._last(at, lasts)
                if end is not None:
                    return Found(text, kind, start, end, {"last": text[at:end]})
                continue
            for end, first in self._firsts(at, firsts):
                if not join:  # "depuis 2015": one point, the first bound
                    if first == "month" and pattern("lastnext_after").match(text, end):
                        return None  # "à partir de septembre prochain": the relative month is read alone
                    return Found(text, kind, start, end, {"first": text[at:end]})
                if text[end:end + 8].lstrip()[:1].lower() not in JOIN_FIRST[join]:
                    continue
                joined = pattern(join).match(text, end)
                if joined is None:
                    continue
                last = self._last(joined.end(), lasts)
                if last is not None and (kind not in SEQUENCE_CHECKS
                                         or SEQUENCE_CHECKS[kind](text, start, at, end, first, joined, last)):
                    return Found(text, kind, start, last, {"first": text[at:end], "last": text[joined.end():last]})
        return None

    def at_anchor(self, at: int, anchor: str, word: str) -> regex.Match | Found | None:
        """The mention starting at an anchor, trying its kinds in priority order."""
        if anchor in ("word", "dayword"):
            return self.at_word(at, word, anchor)
        for name in AT_ANCHOR[anchor]:
            if name in SEQUENCES:
                m = self.sequence(name, at)
            elif name.startswith("point:"):
                m = self._point(at)
                m = m if m is not None and m.lastgroup == name[6:] else None
            elif name in MAY_MATCH and not MAY_MATCH[name](self.text, at):
                continue
            else:
                m = pattern(name).match(self.text, at)
            if m is not None:
                return m
        return None

    def _may_start(self, second: frozenset[str] | None, ahead: Callable[[list[str]], bool] | None,
                   at: int) -> bool:
        """A cheap look at the words ahead before a kind's pattern is tried at an opening word: the
        word after it among ``second`` (when given), and the test ``ahead`` on the first words."""
        if second is not None:  # "à" opens "à partir de" only
            following = self.second_at.get(at, "")
            if following == "":
                found = _SECOND_WORD.match(self.text, at)
                following = self.second_at[at] = None if found is None else found.group(1).lower()
            if following not in second:
                return False
        if ahead is None:
            return True
        words = self.words_at.get(at)
        if words is None:
            words = self.words_at[at] = TOKEN.findall(self.text[at:at + 50].lower())
        return ahead(words)

    def at_word(self, at: int, word: str, anchor: str) -> regex.Match | Found | None:
        """The mention starting at an opening word and reaching the anchor of class ``anchor``."""
        tried = self.tried
        for kind, second, ahead, sequence in _PLANS.get((word, anchor), ()):
            key = (at, kind)
            m = tried.get(key, _UNTRIED)
            if m is _UNTRIED:  # else an opening word seen from an earlier anchor
                if not self._may_start(second, ahead, at):
                    m = None  # the words ahead cannot make this kind: no pattern tried
                elif sequence:
                    m = self.sequence(kind, at)
                else:
                    m = pattern(self.rel if kind == "rel" else kind).match(self.text, at)
                tried[key] = m
            if m is not None:
                return m
        return None


def matches(text: str, lang: str) -> Iterable[regex.Match | Found]:
    """The mentions, left to right, tried only where an anchor is near: at the anchor and at
    the opening words within _WINDOW characters before it (each stretch of text read once)."""
    scan = _Scan(text, lang)
    openers: list[tuple[int, str]] = []  # opening words seen so far, in order
    read = 0  # openers are known up to here
    pos = 0  # mentions found up to here
    for anchor, kind, word in _anchors(text):
        if anchor < pos:
            continue
        low = max(pos, anchor - _WINDOW)  # never decreases: what lies before it is not read again
        scan.forget(low)
        if len(openers) > 1024:
            del openers[:bisect.bisect_left(openers, (low, ""))]
        for m in TOKEN.finditer(text, max(read, low), anchor):
            opener = m.group().lower()
            if opener in _OPENERS and (m.start() == 0 or not text[m.start() - 1].isalnum()):
                openers.append((m.start(), opener))
        read = max(read, anchor)
        for at, opener in openers[bisect.bisect_left(openers, (low, "")):]:
            found = scan.at_word(at, opener, kind)
            if found is not None:
                break
        else:
            found = scan.at_anchor(anchor, kind, word)
        if found is not None:
            pos = found.end()
            yield found
