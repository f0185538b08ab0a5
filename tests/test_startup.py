"""Start-up: what a one-page run loads (issue 15). Modules counted, never times."""

from __future__ import annotations

import functools
import json
import subprocess
import sys

from oimx.lexicon import places
from tests.conftest import FIXTURES

# run the CLI in a fresh interpreter, then print the top-level packages it imported
_LOADED = """
import runpy, sys
sys.argv = ["oimx", *sys.argv[1:]]
try:
    runpy.run_module("oimx", run_name="__main__")
except SystemExit:
    pass
sys.stdout.flush()
print("\\n" + __import__("json").dumps(sorted({name.split(".")[0] for name in sys.modules})))
"""


def loaded_by(*args: str) -> set[str]:
    result = subprocess.run([sys.executable, "-c", _LOADED, *args], capture_output=True, text=True, timeout=300)
    return set(json.loads(result.stdout.splitlines()[-1]))


def test_shipped_territory_names_are_babels() -> None:
    assert places.load_territories() == places.build_territories(), "rebuild it: python -m oimx.lexicon.places"


@functools.cache
def loaded_by_one_page() -> set[str]:
    page = next(iter(sorted((FIXTURES / "pages").glob("fr_*.txt"))))
    return loaded_by("extract", str(page))


def test_one_page_reads_country_names_without_babel() -> None:
    assert "babel" not in loaded_by_one_page()


def test_one_page_does_not_load_pydantic() -> None:
    """typer 0.29 pulls pydantic into every run (pyproject pins typer below it)."""
    assert "pydantic" not in loaded_by_one_page()
