"""Cheap guards in front of date patterns (a lookahead that turns a position down before the forms
are tried one by one) must never turn down a position where a form matches: each guarded pattern is
compared with its forms alone, at every position of texts made of the pieces dates are written with."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from oimx.extract.dates import numeric
from oimx.extract.dates.patterns import FLAGS
from oimx.extract.dates.words import WORD_LISTS

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
