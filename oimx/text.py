"""Small text helpers shared by the page parsers.

Pages are kept exactly as decoded: every offset in oimx indexes that text.
Line endings may be LF, CRLF or CR; these helpers treat all three alike.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from typing import NamedTuple

import regex

_LINE = regex.compile(r"[^\r\n]*+(?:\r\n|\r|\n)?+")
# characters that make a line a mere separator ("***", "-", "___", "• • •")
_SEPARATOR = regex.compile(r"[\s\p{P}\p{S}]*+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


class Line(NamedTuple):
    """One line of a page: its text without terminator, and its span."""

    start: int
    end: int
    text: str


def lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Line]:
    """Yield the lines of ``text[start:end]`` with absolute offsets, terminators excluded."""
    stop = len(text) if end is None else end
    pos = start
    if text.find("\r", start, stop) < 0:  # LF only (most pages): str.find is many times the regex's speed
        while pos < stop:
            newline = text.find("\n", pos, stop)
            if newline < 0:
                yield Line(pos, stop, text[pos:stop])
                return
            yield Line(pos, newline, text[pos:newline])
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


# the characters str.split() splits on (str.isspace): runs of them other than a lone space, which stays as it is
_SPACES = "\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_SPACE_RUN = regex.compile(f"[{_SPACES}]{{2,}}+|[{_SPACES}--[ ]]", regex.V1)
_ANY_SPACE = regex.compile(f"[{_SPACES}]")
# above this length, fold replaces runs in place (a list of a long line's words costs ~16 times the line)
_FOLD_SPLIT_MAX = 4096


def fold(text: str) -> str:
    """Collapse runs of white space (newlines, NBSP, tabs) into single spaces."""
    if len(text) <= _FOLD_SPLIT_MAX:
        return " ".join(text.split())
    return _SPACE_RUN.sub(" ", text).strip()


def key(text: str) -> str:
    """A comparison key: white space folded, apostrophes straightened, case folded."""
    folded = fold(text)
    if not folded.isascii() and ("\u2019" in folded or "\u2018" in folded or "\u02bc" in folded):
        folded = folded.translate(_APOSTROPHES)
    return folded.casefold()


def word_set(text: str, words: Callable[[str], list[str]] = str.split, chunk: int = 1 << 16) -> set[str]:
    """``set(words(text))``, for a ``words`` that never keeps white space inside a word, read a chunk at a time.

    The same set, without the list of every word of a long page at once (~16 times the page's size).
    """
    found: set[str] = set()
    at = 0
    while at < len(text):
        space = _ANY_SPACE.search(text, at + chunk) if at + chunk < len(text) else None
        end = space.start() if space else len(text)
        found.update(words(text[at:end]))
        at = end
    return found


def is_blank(line: str) -> bool:
    """True for an empty or white-space-only line."""
    return not line.strip()


def is_separator(line: str) -> bool:
    """True for a line made only of punctuation, symbols and spaces (``***``, ``-``)."""
    return _SEPARATOR.fullmatch(line) is not None


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
    folded = key(text)
    return folded if folded.isascii() else folded.translate(_ACCENTS)
