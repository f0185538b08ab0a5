"""The shortcuts the page-structure code takes for speed find what the plain way finds.

Each table holds texts where the shortcut could go wrong; the plain way (one pattern, one call per
line) is written out here and compared with the module's answer.
"""

from __future__ import annotations

import pytest
import regex

from oimx import segment

# the debris kinds in one alternation: what segment._debris must find, kind by kind
ONE_ALTERNATION = regex.compile("|".join(f"(?:{kind.pattern})" for kind in segment._DEBRIS_KINDS), regex.VERBOSE)

DEBRIS = [
    pytest.param('Voir <a href="mailto:ana@iom.int" target="_blank">Ana</a>.', id="mailto-inside-a-tag"),
    pytest.param('"mailto:ana@iom.int" title="x">Ana', id="mailto-before-attributes"),
    pytest.param('alt="" border="0" src=\n"/x.gif" width="3"> Le texte', id="attributes-over-a-line-end"),
    pytest.param('data-x="a>b" <p class="c">', id="a-quote-holding-a-tag-end"),
    pytest.param('a "b" c="d" "e">', id="quote-then-attribute-then-quote"),
    pytest.param('[block:views=abc] x=1 "y">', id="block-holding-an-equals-sign"),
    pytest.param('x-y-z-long-attribute-name-over-twenty="v">', id="attribute-name-past-twenty"),
    pytest.param('src=\nLa suite', id="attribute-losing-its-value"),
    pytest.param("Le prix = 5 < 6 > 4, rien d'autre.", id="signs-without-debris"),
    pytest.param('<<b>>"q"/> "r" s="t"', id="overlapping-candidates"),
    pytest.param('Ecrire "mailto:x >"/> ici', id="two-kinds-from-one-quote"),  # the first kind listed wins
]


@pytest.mark.parametrize("text", DEBRIS)
def test_debris_kinds_find_what_one_alternation_finds(text: str) -> None:
    expected = [match.span() for match in ONE_ALTERNATION.finditer(text)]
    assert [match.span() for match in segment._debris(text, 0, len(text))] == expected
    assert segment.clean_line(text) == segment.fold(ONE_ALTERNATION.sub(" ", text))


def test_mask_debris_keeps_offsets_and_line_ends() -> None:
    page = 'Titre\nalt="" src=\n"/x.gif" Le texte.\r\nFin <br/>'
    masked = segment.mask_debris(page, 5)
    assert len(masked) == len(page)
    assert masked.splitlines() == ["Titre", " " * 11, " " * 9 + "Le texte.", "Fin      "]


def test_mask_debris_reads_only_from_start() -> None:
    page = '<p>Titre</p>\n<p>Le texte.</p>'
    assert segment.mask_debris(page, page.index("\n")) == "<p>Titre</p>\n   Le texte.    "
