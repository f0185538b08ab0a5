"""Small text helpers shared by the page parsers.

Pages are kept exactly as decoded: every offset in oimx indexes that text.
Line endings may be LF, CRLF or CR; these helpers treat all three alike.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
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


def fold(text: str) -> str:
    """Collapse runs of white space (newlines, NBSP, tabs) into single spaces."""
    return " ".join(text.split())


def key(text: str) -> str:
    """A comparison key: white space folded, apostrophes straightened, case folded."""
    folded = fold(text)
    if not folded.isascii() and ("\u2019" in folded or "\u2018" in folded or "\u02bc" in folded):
        folded = folded.translate(_APOSTROPHES)
    return folded.casefold()


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
