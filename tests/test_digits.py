"""digits.digit_runs, the one fast scan of digit runs (the date anchors, money's glued codes and the
phone finder start from it), gives the runs of ``re``'s DIGIT_RUN: tables and generated text."""

from __future__ import annotations

import sys
import types

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oimx.extract.digits import _DIGITS, digit_runs
from oimx.text import DIGIT_RUN

# texts with digits of every kind: ASCII, Arabic-Indic, fullwidth, superscripts (not decimal), digits
# that only a newer Unicode knows (U+10D40, Garay: regex's, not Python 3.11's), at both ends
DIGIT_TEXTS = [
    "",
    "2024",
    "a 115USD, USD1,23 et USD,100 puis MUSD 2",
    "٥٠ € et ١٢٣ dollars",
    "１２３ yens, x²3, 5\u00b9",
    "5\U00010d40 3 et \U00010d41\U00010d42 puis 7",
    "\U00010d40",
    "fin 99",
    "12\U00011f5034", "x\U0001d7ce9y", "٢٠٢٤",
]


@pytest.mark.parametrize("text", DIGIT_TEXTS)
def test_digit_runs_are_the_runs_re_reads(text: str) -> None:
    assert list(digit_runs(text)) == [run.span() for run in DIGIT_RUN.finditer(text)]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["1", "2024", "٣", "\U00011f50", "\U00010d49", "\U0001d7ce", "a", " ", "-", "é"]),
                max_size=12).map("".join))
def test_digit_runs_are_the_runs_re_reads_in_any_mix(text: str) -> None:
    """Digits of every kind mixed: Kawi's (U+11F50, Unicode 15) and Garay's (U+10D40) that only regex
    knows, Arabic-Indic, mathematical bold (U+1D7CE), beside letters and spaces."""
    assert list(digit_runs(text)) == [run.span() for run in DIGIT_RUN.finditer(text)]


def test_regex_knows_every_digit_python_knows() -> None:
    """What digit_runs relies on: regex's digits hold every str.isdecimal one."""
    missing = [hex(c) for c in range(sys.maxunicode + 1)
               if chr(c).isdecimal() and not _DIGITS.fullmatch(chr(c))]
    assert missing == []


def test_runs_kept_for_a_text_read_again_are_the_runs_of_a_scan() -> None:
    """The runs kept for a text (the phone finder, money and the dates all read the article) are
    those of a fresh scan, for an equal text that is another object; a long text is read lazily."""
    from oimx.extract import digits

    text = "Tél. +41 22 717 91 11, le 3 mars 2024 : 2 400 000 dollars, ٥٠ € et x²3 " * 40
    again = "".join(list(text))  # equal, another object
    assert again is not text
    first, second = list(digit_runs(text)), list(digit_runs(again))
    assert first == second == [run.span() for run in DIGIT_RUN.finditer(text)]
    long = "a 12 " * (digits.REMEMBERED_CHARS // 5 + 1)
    assert len(long) > digits.REMEMBERED_CHARS
    runs = digit_runs(long)
    assert isinstance(runs, types.GeneratorType)  # a lazy scan, no list of every run held
    assert list(runs) == [run.span() for run in DIGIT_RUN.finditer(long)]
