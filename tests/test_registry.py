"""The registry of kinds (oimx.kinds): every kind declares every piece, and a new kind needs nothing else.

The first tests check each registered kind against real records; the last ones add a toy kind
(hashtags) the way a developer would, as its module plus its registry entry, and find it in the
record, the schema, CSV rows, stats and ``show`` without an edit anywhere else.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from rich.errors import StyleSyntaxError
from rich.style import Style

from oimx import flat, kinds, record, show, stats
from oimx.kinds import KINDS, Kind
from oimx.pipeline import parse_page
from oimx.schema import record_schema
from tests.conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted((FIXTURES / "pages").glob("*.txt"))
_SHARED_DEFS = {"offset", "span", "section", "iso", "item"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [parse_page(page.read_text(encoding="utf-8"), page.name) for page in PAGES]


def problems(kind: Kind, records: list[dict]) -> list[str]:
    """What is missing or inconsistent in one kind's entry, checked on the items of ``records``."""
    found: list[str] = []
    if not (kind.field and kind.name and kind.field.isidentifier() and kind.name.isidentifier()):
        found.append("field and name must be identifiers")
    if kind.name in _SHARED_DEFS:
        found.append(f"name {kind.name!r} is a shared schema definition")
    if set(kind.columns) & set(flat.COMMON):
        found.append(f"columns repeat common ones: {sorted(set(kind.columns) & set(flat.COMMON))}")
    try:
        if not kind.style or Style.parse(kind.style).bgcolor is None:
            found.append("style needs a background colour")
    except StyleSyntaxError as error:
        found.append(f"style: {error}")
    try:
        jsonschema.Draft202012Validator.check_schema(kind.schema)
    except jsonschema.SchemaError as error:
        found.append(f"schema: {error.message}")
    if {"$ref": "#/$defs/item"} not in kind.schema.get("allOf", []):
        found.append("schema does not extend #/$defs/item")
    items = [item for rec in records for item in rec.get(kind.field, [])]
    if not items:
        found.append(f"no {kind.field} found in the fixtures")
    for item in items:
        cells = kind.cells(item)
        if set(cells) != set(kind.columns):
            found.append(f"cells give {sorted(cells)}, columns are {sorted(kind.columns)}")
        value = kind.value(item)
        if not (value is None or isinstance(value, str)):
            found.append(f"value is a {type(value).__name__}")
        row = next(row for row in flat.rows({"source": "x", "error": None, **{k.field: [] for k in KINDS},
                                             kind.field: [item]}))
        if not all(isinstance(word, str) for word in kind.details(row)):
            found.append("details are not words")
    return found


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.field)
def test_every_kind_declares_every_piece(kind: Kind, records: list[dict]) -> None:
    assert problems(kind, records) == []


@pytest.mark.parametrize(("change", "problem"), [
    pytest.param({"style": ""}, "style needs a background colour", id="no-style"),
    pytest.param({"style": "bold on nowhere"}, "style: ", id="bad-style"),
    pytest.param({"schema": {}}, "schema does not extend #/$defs/item", id="no-schema"),
    pytest.param({"columns": ("amount",)}, "cells give ['amount', 'currency', 'note'], columns are ['amount']",
                 id="cells-and-columns-disagree"),
    pytest.param({"columns": ("amount", "currency", "note", "value")}, "columns repeat common ones: ['value']",
                 id="column-clash"),
    pytest.param({"name": "item"}, "name 'item' is a shared schema definition", id="name-clash"),
])
def test_a_missing_or_wrong_piece_is_told(change: dict, problem: str, records: list[dict]) -> None:
    assert any(found.startswith(problem) for found in problems(replace(kinds.MONEY, **change), records))


def test_kinds_are_distinct() -> None:
    for attribute in ("field", "name", "priority", "style"):
        values = [getattr(kind, attribute) for kind in KINDS]
        assert len(set(values)) == len(values), attribute


def test_every_view_is_derived_from_the_registry() -> None:
    fields = [kind.field for kind in KINDS]
    assert [name for name in record.FIELDS if name in fields] == fields
    assert all(record.build()[field] == [] for field in fields)
    schema = record_schema()
    assert list(schema["properties"]) == list(record.FIELDS) == schema["required"]
    assert all(schema["properties"][kind.field]["items"] == {"$ref": f"#/$defs/{kind.name}"} for kind in KINDS)
    assert all(set(kind.columns) <= set(flat.COLUMNS) for kind in KINDS)
    assert tuple(fields) == stats.KINDS
    assert {kind.name: kind.style for kind in KINDS} == show.STYLES


def test_the_schema_is_a_valid_json_schema(records: list[dict]) -> None:
    schema = record_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for rec in records:
        assert not list(validator.iter_errors({**rec, "encoding": "utf-8"})), rec["source"]


# --- a toy kind: its module and its registry entry, nothing else ------------------------------------------

TOY_MODULE = '''
"""Hashtags (#word): a toy extractor, shaped like every other."""
import regex

_TAG = regex.compile(r"(?<![\\w#])\\#(?P<tag>\\p{L}[\\p{L}\\d_]{0,60})")


def find(text):
    return [{"text": m[0], "start": m.start(), "end": m.end(), "tag": m["tag"].casefold()}
            for m in _TAG.finditer(text)]
'''

# what a developer writes into oimx/kinds.py: the entry (here appended from outside, before oimx loads)
TOY_ENTRY = '''
import sys

sys.path.insert(0, sys.argv.pop(1))
import hashtags
from oimx import kinds

kinds.KINDS += (kinds.Kind(
    field="hashtags", name="hashtag", priority=4,
    scans=lambda page: [(hashtags.find, page.article, page.contact)],
    columns=("tag",), cells=lambda item: {"tag": item["tag"]}, value=lambda item: "#" + item["tag"],
    style="bold white on red", details=lambda row: [row["tag"]],
    schema=kinds.item_schema(["tag"], {"tag": {"type": "string"}}),
),)

from oimx.cli import main

main()
'''

TOY_PAGE = """Ouganda : l’OIM lance la campagne #MigrationSûre

Kampala, 11 mars 2024 – L’Organisation internationale pour les migrations (OIM) a lancé hier la campagne
#MigrationSûre, dotée de 5 millions de dollars, avec les partenaires du programme.

Pour plus d’informations, veuillez contacter :
Awa Diallo, OIM Kampala, Tél : +256 312 000 111, Email : adiallo@iom.int
"""


@pytest.fixture(scope="module")
def toy(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("toy")
    (folder / "hashtags.py").write_text(textwrap.dedent(TOY_MODULE), encoding="utf-8")
    (folder / "oimx_with_hashtags.py").write_text(TOY_ENTRY, encoding="utf-8")
    page = folder / "page.txt"
    page.write_text(TOY_PAGE, encoding="utf-8")
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "160", "PYTHONPATH": str(ROOT)}

    def run(*args: str) -> str:
        done = subprocess.run([sys.executable, str(folder / "oimx_with_hashtags.py"), str(folder), *args],
                              capture_output=True, text=True, env=env, cwd=folder, timeout=300)
        assert done.returncode == 0 and not done.stderr, done.stderr
        return done.stdout

    return run, str(page)


def test_a_new_kind_reaches_the_record_and_its_schema(toy) -> None:
    run, page = toy
    first, second = run("extract", page, page, "--jobs", "2").splitlines()  # the workers know the kind too
    rec = json.loads(first)
    assert second == first
    assert [(item["text"], item["tag"], item["section"]) for item in rec["hashtags"]] == [
        ("#MigrationSûre", "migrationsûre", "title"), ("#MigrationSûre", "migrationsûre", "body")]
    assert list(rec).index("hashtags") == list(rec).index("money") + 1
    assert [m["amount"] for m in rec["money"]] == [5_000_000]
    schema = json.loads(run("schema"))
    assert schema["$defs"]["hashtag"]["required"] == ["tag"] and "hashtags" in schema["required"]
    assert not list(jsonschema.Draft202012Validator(schema).iter_errors(rec))


def test_a_new_kind_reaches_csv_stats_and_show(toy) -> None:
    run, page = toy
    rows = list(csv.DictReader(io.StringIO(run("extract", page, "--format", "csv"))))
    assert [(row["kind"], row["value"], row["tag"]) for row in rows if row["kind"] == "hashtag"] == [
        ("hashtag", "#migrationsûre", "migrationsûre")] * 2
    assert json.loads(run("stats", page, "--json"))["items"]["hashtags"] == {"items": 2, "pages": 1}
    shown = run("show", page)
    assert " hashtag " in shown and "migrationsûre" in shown.split("Items", 1)[1]
