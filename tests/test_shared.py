"""The real pages of ../shared (skipped when it is absent): every page parses cleanly."""

from __future__ import annotations

import json

import jsonschema
import pytest

from oimx.batch import Options, process
from oimx.sources import Source
from tests.conftest import SHARED, needs_shared, spans_ok

pytestmark = needs_shared


@pytest.fixture(scope="module")
def corpus() -> list[tuple[str, dict]]:
    pages = sorted((SHARED / "corpus" / "pages").glob("*.txt")) + sorted((SHARED / "seeds").glob("*.txt"))
    return [
        (page.read_text(encoding="utf-8"), json.loads(process(Source(str(page)), Options()).line)) for page in pages
    ]


def test_every_page_has_a_title_and_no_error(corpus) -> None:
    assert len(corpus) >= 270
    for _, record in corpus:
        assert record["error"] is None and record["warnings"] == [], record["source"]
        assert record["title"], record["source"]


def test_every_span_indexes_the_input(corpus) -> None:
    for text, record in corpus:
        for kind in ("emails", "phones", "dates", "money"):
            assert spans_ok(text, record[kind]), record["source"]


def test_records_follow_the_schema(corpus) -> None:
    from oimx.schema import record_schema

    validator = jsonschema.Draft202012Validator(record_schema())
    for _, record in corpus:
        assert not list(validator.iter_errors(record)), record["source"]


def test_no_menu_line_survives(corpus) -> None:
    for _, record in corpus:
        assert "Qui sommes nous" not in record["body"] and "- 2030 AGENDA" not in record["body"], record["source"]
