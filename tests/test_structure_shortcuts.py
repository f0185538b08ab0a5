"""Shortcuts of the page-structure steps, each against the slow path it stands for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from oimx import edges
from oimx.lexicon import places
from oimx.lexicon.boilerplate import ABOUT_LEADS, RELATED_WORDS
from oimx.line_kinds import WORD, line_kind
from oimx.text import key

# pieces of a short line: related words (alone, within a word, capitalised), about leads, other words
RELATED_PIECES = [*sorted(RELATED_WORDS), *ABOUT_LEADS, "Articles", "Related", "CONNEXES", "non", "related-content",
                  "l'OIM", "Ver", "más", " ", " ", "\u00a0", ":", "-", "é", "2024", ".", "x" * 30]


def _slow_related_heading(text: str) -> bool:
    """The related-content test as it read before its pre-test: every word read first."""
    lowered = key(text).lstrip("♦•·▪►> ")
    words = WORD.findall(lowered)
    return len(words) <= edges.RELATED_HEADING_WORDS and (
        any(word in RELATED_WORDS for word in words) or lowered.startswith(ABOUT_LEADS)
    ) and line_kind(text) == "heading"


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(RELATED_PIECES), min_size=1, max_size=8).map("".join))
def test_related_heading_reads_as_every_word(text: str) -> None:
    lowered = key(text).lstrip("♦•·▪►> ")
    assert edges._related_heading(text, lowered) == _slow_related_heading(text)


# pieces of a contact block's text: place names of one to four words, other words, every separator the place
# words are read between (white space str.split reads and the pattern does not, too), a run longer than a word
PLACE_PIECES = ["Genève", "Geneva", "New", "York", "Burkina", "Faso", "Côte", "d'Ivoire", "République", "du", "Congo",
                "démocratique", "Port-au-Prince", "Genèvex", "OIM", "Tél.", " ", "  ", "/", ",", "(", ")", "\n", "\t",
                "\u00a0", "\u2028", "\x85", "\x1c", "x" * 61]


def _slow_places(text: str, start: int, end: int) -> tuple[list[int], list[str]]:
    """PlacesAlong as it read before: a match object a word, and a window of the last words."""
    names, last_words = places._names(), places._last_words()
    ends: list[int] = []
    codes: list[str] = []
    window: list[str] = []
    for word in places._PLACE_TOKEN.finditer(text, start, end):
        window = [*window[1 - places._LONGEST_NAME :], places._plain_word(word.group())]
        if window[-1] not in last_words:
            continue
        for size in range(len(window), 0, -1):
            code = names.get(" ".join(window[-size:]))
            if code:
                ends.append(word.end())
                codes.append(code)
                break
    return ends, codes


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PLACE_PIECES), max_size=12).map("".join), st.integers(0, 8), st.integers(0, 8))
def test_places_along_read_as_one_match_a_word(text: str, start: int, short: int) -> None:
    start, end = min(start, len(text)), max(min(start, len(text)), len(text) - short)
    found = places.PlacesAlong(text, start, end)
    assert (found.ends, found.codes) == _slow_places(text, start, end)
