"""Small text helpers shared by the page parsers.

Pages are kept exactly as decoded: every offset in oimx indexes that text.
Line endings may be LF, CRLF or CR; these helpers treat all three alike.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence, Set
from itertools import accumulate
from operator import add, itemgetter
from typing import NamedTuple

import regex

from oimx import rx

_LINE = rx.compile(r"[^\r\n]*+(?:\r\n|\r|\n)?+")
# characters that make a line a mere separator ("***", "-", "___", "• • •")
_SEPARATOR = rx.compile(r"[\s\p{P}\p{S}]*+")
#: The apostrophes a phrase may be written with; lexicon words are written with the straight one.
APOSTROPHES = "'\u2019\u2018\u02bc"
# what a comparison key straightens: apostrophes, and the no-break hyphen
# (pairs for str.replace: a C scan per pair, some 40 times faster than str.translate with a table)
_KEY_PAIRS: tuple[tuple[str, str], ...] = (*((mark, "'") for mark in APOSTROPHES[1:]), ("\u2011", "-"))
_APOSTROPHE_CLASS = f"[{APOSTROPHES}]"
_HYPHEN_CLASS = "[-\u2011]"  # a hyphen, or the no-break hyphen
LOOSE_SPACE = r"\s{1,3}"
#: The characters the regex module reads as white space (``\s``): ``str.isspace()`` less ``\x1c``-``\x1f``.
REGEX_SPACES = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
    "\u2028\u2029\u202f\u205f\u3000"
#: A word: a run of word characters (``re``'s ``\w``).
WORD_RUN = re.compile(r"\w+")
#: A run of decimal digits (``\d``: Unicode's Nd).
DIGIT_RUN = re.compile(r"\d+")


class Line(NamedTuple):
    """One line of a page: its text without terminator, and its span."""

    start: int
    end: int
    text: str


# a Line made without the Python-level __new__ of a named tuple (the lines of every page are many)
_new_line = tuple.__new__
line_text = itemgetter(2)  # a Line's text, read in one C call (for map over many lines)


def lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Line]:
    """Yield the lines of ``text[start:end]`` with absolute offsets, terminators excluded."""
    stop = len(text) if end is None else end
    pos = start
    if text.find("\r", start, stop) < 0:  # LF only (most pages): str.find is many times the regex's speed
        while pos < stop:
            newline = text.find("\n", pos, stop)
            if newline < 0:
                yield _new_line(Line, (pos, stop, text[pos:stop]))
                return
            yield _new_line(Line, (pos, newline, text[pos:newline]))
            pos = newline + 1
        return
    while pos < stop:
        match = _LINE.match(text, pos, stop)
        assert match is not None
        body = match.group().rstrip("\r\n")
        yield Line(pos, pos + len(body), body)
        if match.end() == pos:
            break
        pos = match.end()


# a Line from a (start, end, text) tuple, in one C call
_line_of = functools.partial(tuple.__new__, Line)
_next_start = (1).__add__  # a line's length plus its terminator's
_start_of = itemgetter(0)  # a Line's start


def line_list(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """``list(lines(text, start, end))``, made at once: on LF-only text one ``str.split`` and C calls,
    no Python step per line (a page's lines are read by the menu, the article and the contact block)."""
    stop = len(text) if end is None else end
    if start >= stop:
        return []
    if text.find("\r", start, stop) >= 0:
        return list(lines(text, start, stop))
    texts = text[start:stop].split("\n")
    if not texts[-1]:
        texts.pop()  # the range ends with a line end: no line stands after it
    sizes = list(map(len, texts))
    starts = list(accumulate(map(_next_start, sizes), initial=start))  # and one past the last line
    return list(map(_line_of, zip(starts, map(add, starts, sizes), texts, strict=False)))


def lines_from(rows: list[Line], text: str, offset: int) -> list[Line]:
    """``line_list(text, offset)``, taken from ``rows`` (``line_list(text)``, all its lines) when ``offset`` is
    where a line starts or ends; else split again."""
    if offset >= len(text):
        return []
    at = bisect_left(rows, offset, key=_start_of)  # the first row starting at or past offset
    if at < len(rows) and rows[at].start == offset:
        return rows[at:]
    if at and rows[at - 1].end == offset:  # the end of a line: what lines() reads there is an empty line
        return [_line_of((offset, offset, "")), *rows[at:]]
    return line_list(text, offset)


# the characters str.split() splits on (str.isspace): runs of them other than a lone space, which stays as it is
_SPACES = "\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_SPACE_RUN = rx.compile(f"[{_SPACES}]{{2,}}+|[{_SPACES}--[ ]]", regex.V1)
_ANY_SPACE = rx.compile(f"[{_SPACES}]")
# above this length, fold replaces runs in place (a list of a long line's words costs ~16 times the line)
_FOLD_SPLIT_MAX = 4096


def fold(text: str) -> str:
    """Collapse runs of white space (newlines, NBSP, tabs) into single spaces."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text  # folded already: the one printable white space is " ", and none stands twice or at an end
    if len(text) <= _FOLD_SPLIT_MAX:
        return " ".join(text.split())
    return _SPACE_RUN.sub(" ", text).strip()


def key(text: str) -> str:
    """THE comparison key of oimx: white space folded, apostrophes and hyphens straightened, case folded."""
    return _recent_key(text) if len(text) <= MEMO_MAX_CHARS else _key(text)


def _key(text: str) -> str:
    folded = straighten(fold(text)).casefold()
    # "İ" folds to "i" and a combining dot, where a case-blind pattern reads it as "i" ("MİLLİONS")
    return folded.replace("i\u0307", "i") if "\u0307" in folded else folded


# the keys of short texts are kept (the menu rows and labels every page of a site repeats): a bounded
# memory, ~3 MB at most
MEMO_MAX_CHARS = 160
_MEMO_SIZE = 4096
_recent_key = functools.lru_cache(maxsize=_MEMO_SIZE)(_key)


def straighten(text: str) -> str:
    """``text`` with its apostrophes and no-break hyphens made plain, nothing else changed."""
    if text.isascii():
        return text
    for mark, plain in _KEY_PAIRS:
        text = text.replace(mark, plain)
    return text


#: What ``regex.escape`` escapes (its ``special_only`` default): its metacharacters and every
#: character ``str.isspace`` answers for (REGEX_SPACES and \x1c-\x1f).
_ESCAPED = "()[]{}?*+|^$\\.-#&~" + REGEX_SPACES + "\x1c\x1d\x1e\x1f"
_ESCAPES = {ord(c): "\\" + c for c in _ESCAPED}
_PHRASE_TABLES: dict[str, dict[int, str]] = {}  # phrase_pattern's table for each space pattern


def escape(text: str) -> str:
    """``regex.escape(text)``, in one ``str.translate`` (regex's is a Python loop over the characters)."""
    return text if text.isalnum() else text.translate(_ESCAPES)


def phrase_pattern(phrase: str, space: str = LOOSE_SPACE) -> str:
    """A lexicon phrase as a pattern: escaped, any apostrophe for ``'``, either hyphen for ``-``,
    ``space`` for each space."""
    if phrase.isalnum():  # letters and digits alone (most words): nothing to escape nor replace
        return phrase
    if " " in phrase and phrase.replace(" ", "").isalnum():  # words of those: their spaces only
        return phrase.replace(" ", space)
    table = _PHRASE_TABLES.get(space)
    if table is None:
        table = _PHRASE_TABLES[space] = {**_ESCAPES, ord("'"): _APOSTROPHE_CLASS, ord("-"): _HYPHEN_CLASS,
                                         ord(" "): space}
    return phrase.translate(table)


def longest_first(phrases: Iterable[str]) -> list[str]:
    """Distinct phrases, longest first: the order of an alternation where a phrase wins over its own beginning.

    Phrases of one length come in alphabetical order, so a pattern is the same text on every run
    whatever the order of the set it was built from (the compiled-pattern cache depends on it).
    """
    return sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))


def alternation(phrases: Iterable[str], space: str = LOOSE_SPACE) -> str:
    """Lexicon phrases as one alternation (:func:`phrase_pattern`), longest first."""
    return "|".join(phrase_pattern(p, space) for p in longest_first(phrases))


def all_languages(table: Mapping[str, Iterable[str]]) -> list[str]:
    """The words of a per-language table, all languages together, in table order."""
    return [word for words in table.values() for word in words]


@functools.lru_cache(maxsize=2)
def lower_case(text: str) -> str:
    """``text.lower()``, the last two texts' kept (read only): the dates and money extractors each
    lower their page's article, and then ask :func:`words_of` for the same object's words."""
    return text.lower()


@functools.lru_cache(maxsize=2)
def words_of(lowered: str, chunk: int = 1 << 16) -> Set[str]:
    """The words (runs of word characters) of a lower-case text, as a set, read a chunk at a time
    (never the list of every word of a long page at once, ~16 times its size). The last two
    texts' sets are kept (read only): the dates and money extractors each ask for their page's."""
    if len(lowered) <= chunk:
        return _word_set(lowered)
    found: set[str] = set()
    at = 0
    while at < len(lowered):
        space = _ANY_SPACE.search(lowered, at + chunk) if at + chunk < len(lowered) else None
        end = space.start() if space else len(lowered)
        found |= _word_set(lowered[at:end])
        at = end
    return found


def _word_set(text: str) -> set[str]:
    """``set(WORD_RUN.findall(text))``, the cheap way: the text's space-separated tokens (white space
    is never a word character), those made of word characters alone kept as they are (\\w is
    ``str.isalnum`` or ``_``), the others (``l'homme``, ``(usd)``, ``2024.``) cut into runs in one call."""
    tokens = set(text.split())
    odd = {token for token in tokens if not token.isalnum()}
    tokens -= odd
    tokens.update(WORD_RUN.findall(" ".join(odd)))
    return tokens


def first_matches(kinds: Sequence[regex.Pattern], text: str, start: int = 0, stop: int | None = None
                  ) -> Iterator[regex.Match]:
    """What one alternation of ``kinds`` (patterns of non-empty matches, in this order) finds in
    ``text[start:stop]``, left to right: at the leftmost position where a kind matches, the first kind that
    matches there. Each kind is searched on its own: in one alternation the engine tries every kind at every
    position, where a kind alone skips ahead to what it needs (from twice to a hundred times the work)."""
    stop = len(text) if stop is None else stop
    found = [kind.search(text, start, stop) for kind in kinds]
    at = start
    while True:
        first = None
        for i, match in enumerate(found):
            if match is not None and match.start() < at:  # overlapped by the last match: look again past it
                match = found[i] = kinds[i].search(text, at, stop)
            if match is not None and (first is None or match.start() < first.start()):
                first = match
        if first is None:
            return
        yield first
        at = first.end()


def matches_opening_on(pattern: regex.Pattern, text: str, firsts: str) -> Iterator[regex.Match]:
    """What ``pattern.finditer(text)`` yields, for a pattern whose every match is non-empty and opens on one of
    the characters ``firsts``: tried only where one stands, found by ``str.find`` (the engine's search tries
    every position, some hundreds of instructions each, where ``str.find`` skips a character in one or two)."""
    upcoming = {first: text.find(first) for first in firsts}  # the next place of each, -1 past the last
    at = 0
    while True:
        for first, place in upcoming.items():
            if 0 <= place < at:
                upcoming[first] = text.find(first, at)
        places = [place for place in upcoming.values() if place >= 0]
        if not places:
            return
        place = min(places)
        match = pattern.match(text, place)
        if match is None:
            at = place + 1
            continue
        yield match
        at = match.end()


def is_blank(line: str) -> bool:
    """True for an empty or white-space-only line."""
    return not line.strip()


def is_separator(line: str) -> bool:
    """True for a line made only of punctuation, symbols and spaces (``***``, ``-``)."""
    if line[:1].isalpha():  # a letter is no punctuation or symbol: most lines, told without a regex call
        return False
    return _SEPARATOR.fullmatch(line) is not None


def ends_with_mark(text: str, marks: str) -> bool:
    """True when the last character before trailing white space is one of ``marks``: what
    ``regex.search(rf"[{marks}]\\s*+$", text)`` tells, without a regex call that tries every position."""
    last = text.rstrip(REGEX_SPACES)[-1:]
    return last != "" and last in marks


def _accent_table() -> dict[int, str]:
    table = {}
    for code in range(0xC0, 0x250):
        base = "".join(ch for ch in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(ch))
        if base and base != chr(code):
            table[code] = base
    return table


_ACCENTS = _accent_table()


def loose_key(text: str) -> str:
    """Like :func:`key`, with Latin accents dropped too (``Quiénes`` == ``Quienes``)."""
    return _recent_loose_key(text) if len(text) <= MEMO_MAX_CHARS else _loose_key(text)


def _loose_key(text: str) -> str:
    return unaccented(key(text))


def unaccented(text: str) -> str:
    """``text`` with its Latin accents dropped (the step :func:`loose_key` adds to :func:`key`)."""
    return text if text.isascii() else text.translate(_ACCENTS)


_recent_loose_key = functools.lru_cache(maxsize=_MEMO_SIZE)(_loose_key)
