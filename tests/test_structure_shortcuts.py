"""Shortcuts of the page-structure steps, each against the slow path it stands for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from oimx import edges
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
