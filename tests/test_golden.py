"""Golden files: each fixture page and its expected record, pretty-printed with sorted keys.

Regenerate with ``OIMX_REGEN=1 pytest tests/test_golden.py`` and review the diff.
"""

from __future__ import annotations

import json
import os

import pytest

from oimx.batch import Options, process
from oimx.sources import Source
from tests.conftest import FIXTURES, ROOT

PAGES = sorted((FIXTURES / "pages").glob("*.txt"))
EXPECTED = FIXTURES / "expected"


def render(page) -> str:
    outcome = process(Source(str(page.relative_to(ROOT))), Options())
    assert outcome.line is not None
    return json.dumps(json.loads(outcome.line), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_page_matches_its_golden_file(page, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    got = render(page)
    golden = EXPECTED / f"{page.stem}.json"
    if os.environ.get("OIMX_REGEN"):
        EXPECTED.mkdir(exist_ok=True)
        golden.write_text(got, encoding="utf-8")
    assert golden.exists(), f"no golden file for {page.name}: run OIMX_REGEN=1 pytest {__file__}"
    assert got == golden.read_text(encoding="utf-8")


def test_every_golden_file_has_its_page() -> None:
    stems = {page.stem for page in PAGES}
    assert {golden.stem for golden in EXPECTED.glob("*.json")} <= stems
    assert len(PAGES) >= 10
