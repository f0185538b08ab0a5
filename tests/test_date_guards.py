"""Cheap guards in front of date patterns (a lookahead that turns a position down before the forms
are tried one by one) must never turn down a position where a form matches: each guarded pattern is
compared with its forms alone, at every position of texts made of the pieces dates are written with."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from oimx.extract.dates import numeric
from oimx.extract.dates.gates import MAY_MATCH, MAY_OPEN
from oimx.extract.dates.patterns import FLAGS, pattern
from oimx.extract.dates.words import SPACE, SPACE_WIDEST, WORD_LISTS, word_list

PIECES = ["1", "2", "3", "9", "0", "12", "31", "2016", "1999", "20", "٣", "/", "-", ".", ",", " ", "  ", "\n", "\t",
          "\u00a0", " / ", " - ", "x", "le ", "mai", "(", ")"]


@settings(deadline=None, max_examples=400)
@given(st.lists(st.sampled_from(PIECES), max_size=10).map("".join))
def test_the_numeric_date_lead_turns_down_no_numeric_date(text: str) -> None:
    assert numeric.NUMERIC_DATE.startswith(numeric.NUMERIC_DATE_LEAD)
    guarded = regex.compile(numeric.NUMERIC_DATE, FLAGS, ignore_unused=True, **WORD_LISTS)
    forms = regex.compile(numeric.NUMERIC_DATE[len(numeric.NUMERIC_DATE_LEAD):], FLAGS, ignore_unused=True,
                          **WORD_LISTS)
    for at in range(len(text) + 1):
        a, b = guarded.match(text, at), forms.match(text, at)
        assert (a and a.span()) == (b and b.span()), (text, at)


def test_the_numeric_date_lead_table() -> None:
    guarded = regex.compile(numeric.NUMERIC_DATE, FLAGS, ignore_unused=True, **WORD_LISTS)
    for text, found in [("27/01/2016", "27/01/2016"), ("2016 / 11,", "2016 / 11"), ("20 02 2014", "20 02 2014"),
                        ("2015.5.13", "2015.5.13"), ("12/08,2015", "12/08,2015"), ("2024 à Dakar", None),
                        ("23 millions", None)]:
        m = guarded.match(text)
        assert (m and m.group()) == found, text


# "plus de deux ans auparavant" cut into slots, each slot's pieces right or wrong for it
COUNT_SLOTS = [["", "x ", "il y a ", "l'"], ["", "plus de ", "more than ", "près d'", "about "],
               ["3", "12", "deux", "Trois", "a few", "une", "cinquantaine", "x"],
               [" ", "  ", "\n", " \n ", "", "-"], ["", "de ", "d'", "of "],
               ["ans", "années", "years", "Days", "semaines", "mois", "gens"], [" ", "\n  ", "", "   \n   ", ","],
               ["ago", "plus tôt", "plus\ntôt", "auparavant", "avant", "later", "plus tard", "from now", "después",
                "x"],
               ["", ".", ",", " x", "s"]]


@settings(deadline=None, max_examples=500)
@given(st.tuples(*(st.sampled_from(slot) for slot in COUNT_SLOTS)).map("".join))
def test_the_count_gates_turn_down_no_count_then_word(text: str) -> None:
    """"4 years ago", "2 jours plus tard": where the pattern matches, at a digit or at an opening
    word, its gate lets it be tried."""
    for name in ("agoafter", "inafter"):
        for at in range(len(text) + 1):
            if pattern(name).match(text, at):
                assert MAY_MATCH[name](text, at) and MAY_OPEN[name](text, at), (name, text, at)


def test_the_count_gates_table() -> None:
    for name, text, passes in [("agoafter", "il y a plus de deux ans auparavant", True),
                               ("agoafter", "deux ans\n   auparavant", True), ("agoafter", "3 years ago", True),
                               ("agoafter", "une ressource régionale bien avant", False),
                               ("agoafter", "trois ans avant", True), ("inafter", "deux jours plus\ntard", True),
                               ("inafter", "trois ans est principalement financé plus tard", False),
                               ("inafter", "over the next twelve months later", True)]:
        at = text.index("plus") if text.startswith("il y a") else 0  # at "plus de", an opening word
        assert MAY_OPEN[name](text, at) is passes, (name, text)


def test_the_widest_space_is_the_one_space_matches() -> None:
    """The reaches of the gates count each space of a phrase as SPACE_WIDEST characters."""
    space = regex.compile(SPACE)
    assert space.fullmatch(" " * 3 + "\n" + " " * 3) and len(" " * 3 + "\n" + " " * 3) == SPACE_WIDEST
    assert not any(space.fullmatch(" " * k + "\n" + " " * (SPACE_WIDEST - k)) for k in range(SPACE_WIDEST + 1))
    assert not space.fullmatch(" " * SPACE_WIDEST)


TIME_SLOTS = [["", "a las ", "vers ", "x", "hasta las  ", "A LA "], ["1", "14", "9", "23", "٣", "123", "0"],
              ["", " ", "\n", "  "], [":30", "h", "H30", "heures", "am", "P.M.", "o'clock", "x", "GMT", "", "30"],
              ["", ".", " GMT", "s"]]


@settings(deadline=None, max_examples=400)
@given(st.tuples(*(st.sampled_from(slot) for slot in TIME_SLOTS)).map("".join))
def test_the_clock_time_gate_turns_down_no_time_at_a_digit(text: str) -> None:
    """"14h30", "10 am", "a las 10": where the time pattern matches at a digit, its gate lets it be tried."""
    for at in range(len(text)):
        if text[at].isdecimal() and pattern("time").match(text, at):
            assert MAY_MATCH["time"](text, at), (text, at)


def test_the_clock_time_gate_table() -> None:
    for text, passes in [("14h30", True), ("10 am", True), ("8:30", True), ("a las 10", True), ("14 heures", True),
                         ("2016 et", False), ("12 millions", False), ("3 mois", False), ("en 2019", False)]:
        assert MAY_MATCH["time"](text, text.index(next(c for c in text if c.isdigit()))) is passes, text


DIRECTION_SLOTS = [["", "les ", "The ", "x "], ["", "derniers ", "last ", "Next ", "dans les ", "x "],
                   ["3", "12", "trois", "a few", "une"], [" ", "\n ", "  "], ["", "derniers ", "prochaines ", "x "],
                   ["mois", "years", "semaines", "jours", "gens"], ["", " ", "\n"],
                   ["", "passées", "à venir", "suivants", "x", "pasados"], ["", ".", " x"]]


@settings(deadline=None, max_examples=400)
@given(st.tuples(*(st.sampled_from(slot) for slot in DIRECTION_SLOTS)).map("".join))
def test_the_direction_gate_turns_down_no_count_with_a_direction(text: str) -> None:
    """"les trois derniers mois", "the last 3 months", "3 semaines passées": where the pattern matches,
    at a digit or at an opening word, its gates let it be tried."""
    for at in range(len(text) + 1):
        if pattern("lastnextcount").match(text, at):
            assert MAY_OPEN["lastnextcount"](text, at), (text, at)
            assert not text[at].isdecimal() or MAY_MATCH["lastnextcount"](text, at), (text, at)


def _every_word_list() -> dict[str, frozenset[str]]:
    """The named word lists of every date pattern (a list is named when its pattern is first built)."""
    from oimx.extract.dates.patterns import SOURCES

    for name in SOURCES:
        pattern(name)
    return WORD_LISTS


def test_a_word_list_s_first_letter_guard_turns_down_no_letter_its_set_matches() -> None:
    """``(?=[jfm…])\\L<months>``: the guard's class, case-insensitive as the set, takes every character
    that the set takes as a word's first letter (each Unicode character of the Basic Multilingual Plane)."""
    lists = _every_word_list()
    letters = sorted({word[0] for words in lists.values() for word in words})
    as_set = regex.compile(r"\L<letters>", FLAGS, letters=letters)
    taken = [c for c in map(chr, range(0x10000)) if not 0xD800 <= ord(c) < 0xE000 and as_set.fullmatch(c)]
    assert len(taken) >= len(letters)
    for name, words in lists.items():
        one_set = regex.compile(r"\L<firsts>", FLAGS, firsts=sorted({word[0] for word in words}))
        guard = regex.compile(word_list(words).partition("\\L<")[0][3:-1], FLAGS)  # "[…]" of "(?=[…])\L<…>"
        assert [c for c in taken if one_set.fullmatch(c) and not guard.fullmatch(c)] == [], name


LIST_PIECES = ["Septembre", "SEPT", "sept.", "mars", "Mai", "lundi", "Lun", "deux", "vingt", "1er", "3rd", "ſept",
               "İ", "K", "ﬁ", "é", "É", " ", "-", "x", "2016"]


@settings(deadline=None, max_examples=200)
@given(st.lists(st.sampled_from(LIST_PIECES), max_size=8).map("".join))
def test_guarded_word_lists_match_as_the_sets_alone(text: str) -> None:
    """Each word list with its guard and alone: the same match at every position."""
    for name in _every_word_list():
        guarded = regex.compile(word_list(WORD_LISTS[name]), FLAGS, **{name: WORD_LISTS[name]})
        alone = regex.compile(rf"\L<{name}>", FLAGS, **{name: WORD_LISTS[name]})
        for at in range(len(text) + 1):
            a, b = guarded.match(text, at), alone.match(text, at)
            assert (a and a.span()) == (b and b.span()), (name, text, at)
