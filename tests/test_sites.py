"""Held-out pages of other UN-system sites (fixtures/sites): title, body, dateline, contact block, footer.

The pages are invented in the shapes these sites use (breadcrumbs, labels and date lines between
title and body, captions and credits, related lists, "À propos de …" footers, press contacts) and
were written without looking at oimx's output; fixtures/sites/expected/*.json hold the values read
by hand. Nothing in oimx may name these pages: they measure how general the page structure is.
"""

from __future__ import annotations

import json

import pytest

from oimx import parse_page
from oimx.text import key
from tests.conftest import FIXTURES

SITES = FIXTURES / "sites"
PAGES = sorted((SITES / "pages").glob("*.txt"))
FIELDS = ("title", "body_start", "body_end", "dateline", "contact", "footer")
# (page, field) pairs still missed: strict, so that a fix shows up as an XPASS to remove
KNOWN_MISSES: set[tuple[str, str]] = set()


def expected(page) -> dict:
    return json.loads((SITES / "expected" / f"{page.stem}.json").read_text(encoding="utf-8"))


def misses(record: dict, want: dict) -> list[str]:
    """The fields of ``record`` that differ from ``want`` (empty when all agree)."""
    found = []
    if key(record["title"] or "") != key(want["title"]):
        found.append("title")
    body = key(record["body"] or "")
    if not body.startswith(key(want["body_start"])):
        found.append("body_start")
    if not body.endswith(key(want["body_end"])):
        found.append("body_end")
    line = record["dateline"] or {}
    got_line = {"places": line.get("places") or [], "date": (line.get("date") or {}).get("value")}
    want_line = want["dateline"] or {"places": [], "date": None}
    if got_line != want_line:
        found.append("dateline")
    contact = record["contact"]
    if want["contact"] is None:
        if contact is not None:
            found.append("contact")
    elif contact is None or not key(contact["text"]).startswith(key(want["contact"]["starts"])) or [
        person["name"] for person in contact["people"]
    ] != want["contact"]["people"]:
        found.append("contact")
    read = [key(item["text"]) for kind in ("dates", "money") for item in record[kind]]
    if any(key(text) in item for text in want["not_extracted"] for item in read):
        found.append("footer")
    return found


@pytest.mark.parametrize(
    ("page", "field"),
    [
        pytest.param(page, field, id=f"{page.stem}-{field}",
                     marks=[pytest.mark.xfail(strict=True)] if (page.stem, field) in KNOWN_MISSES else [])
        for page in PAGES
        for field in FIELDS
    ],
)
def test_held_out_page_field(page, field) -> None:
    record = parse_page(page.read_text(encoding="utf-8"), source=page.name)
    assert field not in misses(record, expected(page))


def test_every_held_out_page_has_its_expected_values() -> None:
    assert len(PAGES) >= 8
    assert {p.stem for p in (SITES / "expected").glob("*.json")} == {page.stem for page in PAGES}
