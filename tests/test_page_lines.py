"""The lines of a page read once and shared: each shortcut reads as the slow path it stands for."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from oimx.debris import clean_line, clean_lines
from oimx.text import Line, fold, line_list, lines, lines_from

# pieces of a page's text: words, spaces, and every line end (LF, CRLF, a lone CR)
LINE_PIECES = ["Titre", "é", " ", "\t", "\u00a0", "\n", "\n\n", "\r\n", "\r", "- Menu", "OIM Dakar"]
PAGES = st.lists(st.sampled_from(LINE_PIECES), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(PAGES, st.integers(0, 40), st.one_of(st.none(), st.integers(0, 40)))
def test_line_list_is_the_list_of_lines(text: str, start: int, end: int | None) -> None:
    end = None if end is None else min(end, len(text))  # a range within the text
    made = line_list(text, start, end)
    assert made == list(lines(text, start, end))
    assert all(type(row) is Line for row in made)


@settings(max_examples=400, deadline=None)
@given(PAGES, st.integers(0, 40))
def test_lines_from_the_page_lines_are_the_lines_from_an_offset(text: str, offset: int) -> None:
    assert lines_from(line_list(text), text, offset) == list(lines(text, offset))


def test_lines_from_a_line_end_open_with_its_empty_rest() -> None:
    text = "Titre\r\nCorps\n"
    assert lines_from(line_list(text), text, 5) == [Line(5, 5, ""), Line(7, 12, "Corps")]
    assert lines_from(line_list(text), text, 2) == [Line(2, 5, "tre"), Line(7, 12, "Corps")]


# pieces of a line: words, the one printable white space, every other white space str.split reads, debris
FOLD_PIECES = ["Un", "mot", "é", " ", "  ", "\t", "\u00a0", "\u2009", "\u3000", "\x1c", "\x85", "\u2028", "\u200b",
               "\xad", "&amp;", "<b>", "=", "mailto:x@iom.int\">", "\u2019"]
FOLD_LINES = st.lists(st.sampled_from(FOLD_PIECES), max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(FOLD_LINES)
def test_fold_reads_as_split_and_join(text: str) -> None:
    assert fold(text) == " ".join(text.split())


@settings(max_examples=300, deadline=None)
@given(st.lists(FOLD_LINES, max_size=6))
def test_clean_lines_read_as_clean_line(texts: list[str]) -> None:
    assert clean_lines(texts) == [clean_line(text) for text in texts]


def test_the_one_printable_white_space_is_the_space() -> None:
    """What fold's shortcut relies on: a printable text holds no white space but " "."""
    every = (chr(code) for code in range(sys.maxunicode + 1))
    assert [ch for ch in every if ch.isspace() and ch.isprintable()] == [" "]
