"""The money candidates' shortcuts give what the slow reading they stand for gives: tables of
inputs read both ways."""

from __future__ import annotations

import string
import sys

import pytest

from oimx.extract import money_candidates as candidates
from oimx.extract.digits import _DIGITS, digit_runs
from oimx.extract.money_patterns import openings
from oimx.text import DIGIT_RUN

LANGS = ["fr", "en", "es", "pt"]

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
]


@pytest.mark.parametrize("text", DIGIT_TEXTS)
def test_digit_runs_are_the_runs_re_reads(text: str) -> None:
    assert list(digit_runs(text)) == [run.span() for run in DIGIT_RUN.finditer(text)]


def test_regex_knows_every_digit_python_knows() -> None:
    """What digit_runs relies on: regex's digits hold every str.isdecimal one."""
    missing = [hex(c) for c in range(sys.maxunicode + 1)
               if chr(c).isdecimal() and not _DIGITS.fullmatch(chr(c))]
    assert missing == []


PAIR_CHARACTERS = string.ascii_letters + " -'1$."


@pytest.mark.parametrize("lang", LANGS)
def test_initials_turn_down_only_pairs_no_number_word_opens_with(lang: str) -> None:
    """Where the two ASCII characters at a start are no number word's initials, the pattern of
    those words matches there with no ending whatever (each word's own ending tried)."""
    gate = openings(lang)
    assert gate.initials is not None
    endings = {word[2:] for word in _first_words(lang)} | {""}
    for first in string.ascii_letters:
        for second in PAIR_CHARACTERS:
            pair = first + second
            if pair.lower() in gate.initials or first.lower() in gate.initials:
                continue
            for ending in endings:
                assert gate.number_word.match(pair + ending) is None, (pair, ending)


def _first_words(lang: str) -> set[str]:
    from oimx.lexicon import money as lex

    return {phrase.split(" ")[0] for phrase in (*lex.NUMBER_WORDS[lang], *lex.FRACTIONS[lang])}


@pytest.mark.parametrize("text", [
    "il reste 5 dollars, USD 5 et deux millions ou half a million, Kč 100",
    "trois ans plus tard, un appel de 23 millions de dollars, ſix, İ$1, ٥٠ €",
    "$ 5 et US$ 7 puis 8 MUSD: dix mille euros; cent $$",
])
def test_figure_within_reads_as_a_search(text: str) -> None:
    """A digit or dollar sign between a place where neither stands and an end, read from the figure
    starts, is the one a search finds."""
    for lo in (0, 7):
        figures = candidates.figure_starts(text, lo, len(text))
        for at in range(lo, len(text)):
            if candidates.FIGURES.match(text, at) is None:
                for end in range(at, min(at + 12, len(text)) + 1):
                    searched = candidates.FIGURES.search(text, at, end) is not None
                    assert candidates.figure_within(figures, at, end) == searched, (text, at, end)


PHONE_TEXTS = [
    "Tel: +41 22 717 9111, Ext. 1234567 puis 0041 22 717 9111",
    "Tél. : + (22) 123 45 67 et (0)22 717 91 11; 12 3456789 0123",
    "Mobile 1 2 3 4 5 6 7 8 9 10 11 12, fax 079.555.12.34",
]


def _numbers_run_by_run(text: str) -> list[tuple[int, int]]:
    """phones._numbers as it read the runs before digit_runs: one re search from the end of the last."""
    from oimx.extract import phones

    found, at = [], 0
    while (run := DIGIT_RUN.search(text, at)) is not None:
        first, match = run.start(), None
        for lead in range(max(at, first - phones._LEAD_REACH), first):
            if text[lead] in phones._LEAD_MARKS and (match := phones._PHONE.match(text, lead)) is not None:
                break
        if match is None and (match := phones._PHONE.match(text, first)) is None:
            at = run.end()
            continue
        found.append(match.span())
        at = match.end()
    return found


@pytest.mark.parametrize("text", [*DIGIT_TEXTS, *PHONE_TEXTS,
                                  "Ext 5\U00010d40 55 5\U00010d41 6, +1 555 0100 ext. 12345678"])
def test_phone_numbers_are_read_as_run_by_run(text: str) -> None:
    from oimx.extract import phones

    assert [m.span() for m in phones._numbers(text)] == _numbers_run_by_run(text)


@pytest.mark.parametrize("text", PHONE_TEXTS)
def test_phone_numbers_are_the_pattern_s_own_finds(text: str) -> None:
    """phones._numbers, read around the digit runs, yields what the pattern's own search finds (digits
    that regex knows and Python does not aside)."""
    from oimx.extract import phones

    assert [m.span() for m in phones._numbers(text)] == [m.span() for m in phones._PHONE.finditer(text)]
