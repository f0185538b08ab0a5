"""Reading a text: its anchors first (:mod:`oimx.extract.dates.starts`), then the patterns tried
only at them and at the opening words before them, each position matched once."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable

import regex

from oimx.extract.dates.checks import SEQUENCE_CHECKS
from oimx.extract.dates.gates import JOIN_FIRST, MAY_MATCH, MAY_OPEN
from oimx.extract.dates.order import AT_ANCHOR, KINDS, SEQUENCES
from oimx.extract.dates.patterns import POINT_FIRST_WORDS, pattern
from oimx.extract.dates.starts import OPENERS, WINDOW, anchors, plan
from oimx.extract.dates.words import TOKEN, tokens
from oimx.lexicon import dates as lex


class Found:
    """A mention found step by step, read like a match: group(), groupdict(), span(), end()."""

    __slots__ = ("_groups", "_span", "kind", "string")

    def __init__(self, string: str, kind: str, start: int, end: int, groups: dict[str, str]) -> None:
        self.string = string
        self.kind = kind  # one of the ranges of SEQUENCES
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


@functools.cache  # one entry a pattern (a few dozen)
def _kinds_of(compiled: regex.Pattern) -> tuple[tuple[str, int], ...]:
    """The kinds (KINDS, in order) that are groups of ``compiled``, with their numbers."""
    return tuple((k, compiled.groupindex[k]) for k in KINDS if k in compiled.groupindex)


def kind_of(m: regex.Match | Found) -> str:
    """The kind of a mention: the first of KINDS that it holds, its groups read by number (read
    by name, ``regex`` raises and catches an error inside)."""
    if isinstance(m, Found):
        return m.kind
    return next(k for k, group in _kinds_of(m.re) if m.group(group) is not None)


@functools.cache  # one entry an opening pattern
def _filler(opening: str) -> int | None:
    """The number of the "filler" group of an opening pattern ("depuis le mois de"), if it has one (read by
    number: by name, ``regex`` raises and clears a TypeError first; its groupindex is a new copy at every read)."""
    return pattern(opening).groupindex.get("filler")


_SECOND_WORD = re.compile(r"\w+\W{1,4}(\w+)")
_UNTRIED = object()  # a kind not yet tried at a position (None: tried, nothing found)


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
            year = self._alone("yearslash", at) if "year" in kinds and self.text[at + 4:at + 5] == "/" else None
            if year is not None:
                yield year.end(), "year"  # "2019/20": a year before a slash, that a date is not
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

    def _last(self, at: int, kinds: frozenset[str], first: str = "") -> int | None:
        """End of the point of ``kinds`` at ``at``, the last of a range whose first point is of kind ``first``."""
        m = self._point(at)
        if m is not None and m.lastgroup in kinds:
            return m.end()
        for kind in ("yy", "dayyear", "dayend", "daylast"):  # "2016-17", "(March 3-)5, 2024", "du 13 au 18.",
            # "(June 12-)14 in Geneva"
            if kind in kinds and (kind != "dayyear" or first == "mdy") and (m := self._alone(kind, at)) is not None:
                return m.end()  # a day and its year only after a month and its day: "March 3-5, 2024"
        if "present" in kinds and (m := pattern("present").match(self.text, at)) is not None:
            return m.end()  # "from 1990 to the present"
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
            filler = _filler(opening)
            if filler is not None and m.group(filler):
                heads.append(m.start(filler))  # without the filler: "depuis le" + "1er mai"
        for at in heads:
            if not firsts:  # "jusqu'en 2013": one point, the last bound
                end = self._last(at, lasts)
                if end is not None and (point := self._point(at)) is not None and point.lastgroup == "month" \
                        and pattern("lastnext_after").match(text, end):
                    return None  # "d'ici à septembre prochain": the relative month is read alone
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
                last = self._last(joined.end(), lasts, first)
                if last is not None and (kind not in SEQUENCE_CHECKS
                                         or SEQUENCE_CHECKS[kind](text, start, at, end, first, joined, last)):
                    return Found(text, kind, start, last, {"first": text[at:end], "last": text[joined.end():last]})
        return None

    def at_anchor(self, at: int, anchor: str, word: str) -> regex.Match | Found | None:
        """The mention starting at an anchor, trying its kinds in priority order."""
        if anchor in ("word", "dayword"):
            return self.at_word(at, word, anchor)
        m: regex.Match | Found | None
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
            words = self.words_at[at] = tokens(self.text[at:at + 50].lower())
        return ahead(words)

    def at_word(self, at: int, word: str, anchor: str) -> regex.Match | Found | None:
        """The mention starting at an opening word and reaching the anchor of class ``anchor``."""
        tried = self.tried
        for kind, second, ahead, sequence in plan(word, anchor):
            key = (at, kind)
            m = tried.get(key, _UNTRIED)
            if m is _UNTRIED:  # else an opening word seen from an earlier anchor
                if not self._may_start(second, ahead, at) or (kind in MAY_OPEN and not MAY_OPEN[kind](self.text, at)):
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
    the opening words within WINDOW characters before it (each stretch of text read once)."""
    scan = _Scan(text, lang)
    openers: list[tuple[int, str]] = []  # opening words seen so far, in order
    read = 0  # openers are known up to here
    pos = 0  # mentions found up to here
    for anchor, kind, word in anchors(text):
        if anchor < pos:
            continue
        low = max(pos, anchor - WINDOW)  # never decreases: what lies before it is not read again
        scan.forget(low)
        if len(openers) > 1024:
            del openers[:bisect.bisect_left(openers, (low, ""))]
        for m in TOKEN.finditer(text, max(read, low), anchor):
            opener = m.group().lower()
            if opener in OPENERS and (m.start() == 0 or not text[m.start() - 1].isalnum()):
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
