"""A set of single words in a date pattern is a tree of letters (words.word_tree), not a named list
(``\\L<name>``): ``regex`` looks a case-folded list up at great cost. The tree must match what the
named list matches, at every position, in every place a pattern puts it (alone, before what makes it
give back letters, inside a lookbehind with a group), and fall back to the list where it cannot."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from oimx.extract.dates import words
from oimx.extract.dates.patterns import FLAGS
from oimx.lexicon import dates as lex

WORD_SETS = {
    "months": words.MONTHS_ALONE,
    "month abbreviations": words.MONTH_ABBREVIATIONS,
    "weekdays": set(words.WEEKDAYS),
    "day words": {w for w in words.DAY_WORDS if w.isalnum()},
    "number words": {w for w in words.NUMBER_WORDS if w.isalnum()},
    "articles": set(lex.ARTICLES),
    "after a year": {w for w in lex.YEAR_BLOCK_AFTER if w.isalnum()},
    "prefixes": {"a", "ab", "abc", "abd", "b", "ba"},
    "odd cases": {"aſ", "ka", "traße", "été", "bı", "cœur", "µs", "ÿa"},
}
# Where a pattern puts a set of words: alone, before letters it must give back, in a lookbehind.
PLACES = (r"(?P<w>{})(?!\w)", r"(?P<w>{})\w{{0,2}}c", r"(?<=(?<!\w)(?P<w>{})[^\S\n]{{1,3}})\d",
          r"(?P<w>{})[^\S\n](?P<x>{})")
PIECES = [*sorted({w for ws in WORD_SETS.values() for w in ws}),
          "ſ", "s", "x", "K", "ẞ", "SS", "İ", "I", " ", "\n", "1", "c", "-", "_"]


def _pair(words_set: set[str], place: str) -> tuple[regex.Pattern, regex.Pattern]:
    tree = words.word_tree(words_set)
    assert tree is not None
    listed = regex.compile(place.format(r"\L<words>", r"\L<words>"), FLAGS, words=words_set)
    return listed, regex.compile(place.format(tree, tree), FLAGS)


@settings(deadline=None, max_examples=150)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.sampled_from(PIECES).map(str.upper),
                          st.sampled_from(PIECES).map(str.title)), max_size=8).map("".join))
def test_a_tree_of_letters_matches_what_the_named_list_matches(text: str) -> None:
    for name, words_set in WORD_SETS.items():
        for place in PLACES:
            listed, tree = _pair(words_set, place)
            for at in range(len(text) + 1):
                a, b = listed.match(text, at), tree.match(text, at)
                assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (name, place, text, at)


@pytest.mark.parametrize(("words_set", "tree"), [
    pytest.param({"mai", "mars", "march", "juin"}, "(?:juin|ma(?:i|r(?:ch|s)))", id="factored"),
    pytest.param({"a", "ab", "abc"}, "a(?:b(?:c)?)?", id="longer-words-first"),
    pytest.param({"Mai", "mai"}, None, id="case-pair-falls-back"),
    pytest.param({"sa", "ſa"}, None, id="long-s-falls-back"),
    pytest.param({"ß", "ẞ"}, None, id="sharp-s-falls-back"),
    pytest.param({"ıx", "iy"}, None, id="past-latin-1-falls-back"),
    pytest.param({"cœur", "dœx"}, "(?:cœur|dœx)", id="past-latin-1-alone-at-its-node"),
])
def test_word_tree_table(words_set: set[str], tree: str | None) -> None:
    assert words.word_tree(words_set) == tree


def test_latin_1_letters_match_one_another_where_their_lower_case_is_one() -> None:
    latin_1 = [chr(point) for point in range(256)]
    for char in latin_1:
        found = {other for other in latin_1 if regex.fullmatch(regex.escape(char), other, regex.I | regex.V0)}
        assert found == {other for other in latin_1 if other.lower() == char.lower()}, char


def test_a_set_the_tree_cannot_make_stays_a_named_list() -> None:
    pattern = words.alternatives({"Mai", "mai"})
    assert pattern.startswith(r"(?:\L<")
    assert regex.compile(pattern, FLAGS, ignore_unused=True, **words.WORD_LISTS).match("MAI")
