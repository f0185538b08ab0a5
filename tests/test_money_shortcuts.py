"""The money candidates' shortcuts give what the slow reading they stand for gives: tables of
inputs read both ways."""

from __future__ import annotations

import string

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from oimx.extract import money_candidates as candidates
from oimx.extract.money_patterns import openings
from oimx.text import DIGIT_RUN
from tests.test_digits import DIGIT_TEXTS

LANGS = ["fr", "en", "es", "pt"]

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


def _may_open(text: str, at: int, hi: int, lang: str) -> bool:
    """The look opening_starts stands for, asked at one start, as it was written first."""
    gate = openings(lang)
    char = text[at]
    lookalike = not set(string.ascii_letters).isdisjoint(char.lower() + char.upper() + char.casefold())
    if char in string.ascii_letters or (char not in gate.marks and not char.isdecimal() and lookalike):
        return (gate.number_word.match(text, at, hi) is not None
                or regex.compile(r"[\d$]", regex.V0).search(text, at, min(at + gate.reach, hi)) is not None)
    return char.isdecimal() or char.casefold() in gate.marks


def _opening_starts_one_by_one(text: str, lo: int, hi: int, lang: str) -> list[int]:
    """What opening_starts stands for: the look asked at each start of MENTION_STARTS."""
    return [start.start() for start in candidates.MENTION_STARTS.finditer(text, lo, hi)
            if _may_open(text, start.start(), hi, lang)]


OPENING_TEXTS = [
    "L'OIM lance un appel de 23 millions de dollars (USD) : « 5 € », ſix $, İ$1, Kč 100, F CFA 500.",
    "half a million dollars, a quarter of a million, (USD) 50000.00, ٥٠ €, δρχ 5, Ω 7\u3000¥8\u1680x",
    "deux\u00a0mille\u202feuros, dos mil pesos, três mil reais, cinq\u2028cents, \x1c5\x1d$ \u2009£ 9",
    "ÉTATS-UNIS : 12,5 M€ — voir « dépenses » … ‘quinze’ ; Ⅻ ① ² ½ ﬁve ß DM 5; MUSD 2, usd1,23",
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("text", OPENING_TEXTS)
def test_opening_starts_are_the_starts_may_open_keeps(lang: str, text: str) -> None:
    for lo, hi in ((0, len(text)), (3, len(text) - 5), (10, 30)):
        found = list(candidates.opening_starts(text, lo, hi, openings(lang)))
        assert found == _opening_starts_one_by_one(text, lo, hi, lang), (lo, hi)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.sampled_from(LANGS))
@example("\U00010d40 5x ſ7", "fr")
def test_opening_starts_on_any_text(text: str, lang: str) -> None:
    assert list(candidates.opening_starts(text, 0, len(text), openings(lang))) == \
        _opening_starts_one_by_one(text, 0, len(text), lang)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1 2$éſ٥(€-", max_size=40), st.integers(0, 42), st.integers(0, 42), st.sampled_from(LANGS))
@example("abc 12", 1, 6, "fr")
@example("12 ab", 1, 5, "en")
def test_opening_starts_in_a_stretch_cut_anywhere(text: str, lo: int, hi: int, lang: str) -> None:
    """A stretch may start inside a run of letters or digits (a window not cut at a space): that
    run's rest is no start, as MENTION_STARTS' lookbehinds read it."""
    lo, hi = min(lo, len(text)), min(max(lo, hi), len(text))
    assert list(candidates.opening_starts(text, lo, hi, openings(lang))) == \
        _opening_starts_one_by_one(text, lo, hi, lang)
