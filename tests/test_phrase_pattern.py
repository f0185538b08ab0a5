"""Lexicon phrases as patterns (issue 15: start-up): ``text.escape`` and ``text.phrase_pattern`` write
the very pattern text ``regex.escape`` and the per-word build wrote, on arbitrary text and on the vocabulary."""

from __future__ import annotations

import sys

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from oimx import text
from oimx.extract.dates import words
from oimx.lexicon import dates as lex

# characters the escape cares about, mixed with any others
_TRICKY = st.sampled_from([*"()[]{}?*+|^$\\.-#&~'’ \t\n\x1c\x1f\x85\xa0\u2009\u3000", "a", "é", "\\L"])
_TEXT = st.lists(st.one_of(_TRICKY, st.characters()), max_size=30).map("".join)


def built_word_by_word(phrase: str, space: str) -> str:
    """phrase_pattern as it was built before: split at spaces, apostrophes and hyphens, each piece ``regex.escape``d."""

    def word(part: str) -> str:
        pieces = (text._HYPHEN_CLASS.join(regex.escape(p) for p in piece.split("-")) for piece in part.split("'"))
        return text._APOSTROPHE_CLASS.join(pieces)

    return space.join(word(w) for w in phrase.split(" "))


def test_escape_knows_every_character_regex_escapes() -> None:
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert text.escape(every) == regex.escape(every)


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_escape_is_regex_escape(written: str) -> None:
    assert text.escape(written) == regex.escape(written)


@settings(max_examples=500, deadline=None)
@given(_TEXT, st.sampled_from([text.LOOSE_SPACE, words.SPACE, " ", r"\ "]))
def test_phrase_pattern_is_the_word_by_word_build(phrase: str, space: str) -> None:
    assert text.phrase_pattern(phrase, space) == built_word_by_word(phrase, space)


def _vocabulary() -> list[str]:
    """Every string of the dates lexicon's tables (keys of mappings, items of collections), sorted."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(key)
                walk(item)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for item in value:
                walk(item)

    for name in dir(lex):
        if name.isupper():
            walk(getattr(lex, name))
    return sorted(found)


@pytest.mark.parametrize("space", [text.LOOSE_SPACE, words.SPACE])
def test_every_vocabulary_phrase_is_written_as_before(space: str) -> None:
    vocabulary = _vocabulary()
    assert len(vocabulary) > 500
    assert [text.phrase_pattern(p, space) for p in vocabulary] == [built_word_by_word(p, space) for p in vocabulary]
    assert all(regex.fullmatch(text.phrase_pattern(p, space), p) for p in vocabulary)
