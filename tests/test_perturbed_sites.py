"""Other pages of the same sites: ../shared/other-sites pages with one more line of site furniture.

The other sites' pages are a sample; their siblings carry the same furniture in other places. Each
case inserts one line the way a site might (a skip link above everything, a button such as
"Imprimer" or "Share" under the title) and checks that the title and both ends of the body do not
move. Skipped without ../shared.
"""

from __future__ import annotations

import pytest

from oimx import parse_page
from oimx.lexicon.boilerplate import BUTTON_LINES_BY_LANGUAGE
from tests.conftest import SHARED, needs_shared

pytestmark = needs_shared

PAGES = sorted((SHARED / "other-sites" / "pages").glob("*.txt"))
SKIP_LINKS = {"fr": "Aller au contenu principal", "en": "Skip to main content", "es": "Pasar al contenido principal"}


def read(path) -> tuple[str, dict]:
    text = path.read_text(encoding="utf-8")
    return text, parse_page(text)


def kept(original: dict, altered: dict) -> bool:
    """The same title, and a body that opens with the same paragraph and ends with the same words."""
    body, altered_body = original["body"] or "", altered["body"] or ""
    return (original["title"] == altered["title"] and altered_body.split("\n\n")[0] == body.split("\n\n")[0]
            and altered_body[-80:] == body[-80:])


@pytest.fixture(scope="module")
def pages() -> list[tuple[str, dict]]:
    return [read(path) for path in PAGES]


def test_a_skip_link_above_the_page_changes_nothing(pages) -> None:
    moved = []
    for text, record in pages:
        link = SKIP_LINKS.get(record["lang"], SKIP_LINKS["en"])
        if not kept(record, parse_page(f"{link}\n\n{text}")):
            moved.append(record["title"])
    assert moved == []


def test_a_button_under_the_title_changes_nothing(pages) -> None:
    moved = []
    for text, record in pages:
        if not record["title"] or record["lang"] not in BUTTON_LINES_BY_LANGUAGE:
            continue
        end = text.find("\n\n", record["spans"]["title"][1])  # under the heading's last line
        button = min(BUTTON_LINES_BY_LANGUAGE[record["lang"]]).capitalize()  # one of the page's language
        if end > 0 and not kept(record, parse_page(f"{text[:end]}\n{button}\n{text[end:]}")):
            moved.append(record["title"])
    assert moved == []
