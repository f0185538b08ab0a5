"""HTML entities left in a page's text: the extractors read them decoded, the items keep the page's offsets.

Scrapers leave entities inside sentences, numeric ones often without their ";" ("aujourd&#39hui"):
an item's text is still ``page[start:end]`` as written, its value read from the decoded words.
"""

from __future__ import annotations

import html

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from oimx import parse_page
from oimx.debris import Unescaped

TITLE = "Le Fonds central débloque des millions pour les crises oubliées\n\n"

# (sentence of the body, kind, text of the item as written, a field of the item, its value)
ENTITY_ITEMS = [
    pytest.param("Le Coordonnateur a débloqué aujourd&#39hui une aide d'urgence pour seize pays.", "dates",
                 "aujourd&#39hui", "relative", "today", id="numeric-apostrophe-without-semicolon"),
    pytest.param("Le Coordonnateur a débloqué aujourd&#039;hui une aide d'urgence pour seize pays.", "dates",
                 "aujourd&#039;hui", "relative", "today", id="numeric-apostrophe-zero-padded"),
    pytest.param("La mission restera sur place jusqu&rsquo;au 30 juin 2025, selon le plan adopté.", "dates",
                 "jusqu&rsquo;au 30 juin 2025", "to", "2025-06-30", id="named-right-quote"),
    pytest.param("Le plan adopté le 3&nbsp;mai 2024 couvre les besoins de 40 000 personnes déplacées.", "dates",
                 "3&nbsp;mai 2024", "value", "2024-05-03", id="named-no-break-space"),
    pytest.param("Le Fonds a alloué 5 millions d&#39euros aux opérations dans la région du Sahel.", "money",
                 "5 millions d&#39euros", "currency", "EUR", id="apostrophe-before-the-currency"),
    pytest.param("Pour tout renseignement, écrire à claire.martin&#64;example.org avant vendredi.", "emails",
                 "claire.martin&#64;example.org", "value", "claire.martin@example.org", id="numeric-at-sign"),
]


@pytest.mark.parametrize(("sentence", "kind", "written", "field", "value"), ENTITY_ITEMS)
def test_an_item_is_read_through_its_entities(sentence: str, kind: str, written: str, field: str, value: str) -> None:
    page = TITLE + sentence + "\n"
    found = [item for item in parse_page(page)[kind] if item["text"] == written]
    assert found, parse_page(page)[kind]
    assert page[found[0]["start"] : found[0]["end"]] == written
    assert found[0][field] == value


# text that is no entity stays as it is: "&" alone, an unknown name, a name without its ";"
NOT_ENTITIES = ["AT&T", "R&D 2024", "&unknownname;", "&nbsp without its end", "& #39;", "&#;"]


@pytest.mark.parametrize("text", NOT_ENTITIES)
def test_what_is_no_entity_is_read_as_written(text: str) -> None:
    view = Unescaped(text)
    assert not view
    assert view.text == text


_PIECES = st.sampled_from(["&#39", "&#39;", "&#039;", "&amp;", "&nbsp;", "&rsquo;", "&#x27;", "&#64;", "&lt;",
                           "&", "#39", ";", "a", "é", "hui", " ", "3", "\n"])


@given(st.lists(_PIECES, max_size=30).map("".join), st.floats(0, 1), st.floats(0, 1))
@example("aujourd&#39hui", 0.3, 1.0)
def test_every_span_of_the_decoded_text_maps_back_to_whole_entities(text: str, first: float, last: float) -> None:
    view = Unescaped(text)
    size = len(view.text)
    start, end = sorted((round(first * size), round(last * size)))
    source_start, source_end = view.span(start, end)
    assert 0 <= source_start <= source_end <= len(text)
    assert Unescaped(text[source_start:source_end]).text == view.text[start:end]
    for at, char in enumerate(view.text):  # each character read is itself, or an entity that decodes to it
        written = text.__getitem__(slice(*view.span(at, at + 1)))
        assert written == char or html.unescape(written) == char
