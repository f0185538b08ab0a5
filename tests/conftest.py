"""Shared test helpers: where the project's fixtures and the optional ../shared material live."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"

needs_shared = pytest.mark.skipif(
    not (SHARED / "corpus" / "pages").is_dir(), reason="../shared is not beside the checkout"
)


def spans_ok(text: str, items: list[dict]) -> bool:
    """Every item's text is exactly input[start:end]."""
    return all(text[item["start"] : item["end"]] == item["text"] for item in items)
