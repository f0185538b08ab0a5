"""--format parquet on one machine: columns derived from the record schema, and read back whole."""

from __future__ import annotations

import json

import pytest

from tests.cluster import need, oimx
from tests.conftest import FIXTURES

pa = need("pyarrow")
pq = need("pyarrow.parquet")

from oimx import parquet  # noqa: E402  (needs pyarrow)
from oimx.schema import record_schema  # noqa: E402

PAGES = str(FIXTURES / "pages")


def _schema() -> dict:
    return record_schema()


@pytest.fixture(scope="module")
def lines() -> list[str]:
    done = oimx("extract", PAGES, "-q")
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_every_record_field_is_a_column_in_order():
    assert parquet.arrow_schema().names == list(_schema()["properties"])


def test_arrays_of_objects_are_lists_of_structs():
    emails = parquet.arrow_schema().field("emails").type
    assert pa.types.is_list(emails) and pa.types.is_struct(emails.value_type)
    assert {"text", "start", "end", "section", "value"} <= {f.name for f in emails.value_type}
    people = parquet.arrow_schema().field("contact").type.field("people").type
    assert pa.types.is_struct(people.value_type) and pa.types.is_list(people.value_type.field("phones").type)


def test_a_value_of_several_kinds_is_kept_as_json_text():
    resolved = parquet.arrow_schema().field("dates").type.value_type.field("resolved")
    assert resolved.type == pa.string() and resolved.metadata == {b"oimx.json": b"1"}


def test_fields_added_to_the_schema_follow_without_an_edit():
    schema = _schema()
    schema["properties"]["layout"] = {"type": ["object", "null"], "properties": {
        "kind": {"enum": ["press", "news", None]}, "columns": {"type": "integer"}}}
    schema["$defs"]["money"]["properties"]["to"] = {"type": ["number", "null"]}
    schema["$defs"]["date"]["properties"]["time"] = {"type": ["string", "null"]}
    whole = parquet.shape(schema, schema["$defs"])
    fields = dict(whole.fields)
    assert fields["layout"].kind == "struct" and dict(fields["layout"].fields)["columns"].kind == "integer"
    assert dict(fields["money"].item.fields)["to"].kind == "number"
    assert dict(fields["dates"].item.fields)["time"].kind == "string"


def test_the_file_reads_back_as_the_json_lines(tmp_path, lines):
    out = tmp_path / "pages.parquet"
    done = oimx("extract", PAGES, "--format", "parquet", "-o", str(out), "-q")
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert parquet.records(out) == [json.loads(line) for line in lines]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_pandas_reads_nested_columns(tmp_path, lines):
    pandas = need("pandas")
    out = tmp_path / "pages.parquet"
    assert parquet.write(str(out), lines) == len(lines)
    frame = pandas.read_parquet(out)
    assert list(frame["source"]) == [json.loads(line)["source"] for line in lines]
    first = json.loads(lines[0])
    assert [e["value"] for e in frame["emails"][0]] == [e["value"] for e in first["emails"]]


def test_duckdb_reads_nested_columns(tmp_path, lines):
    duckdb = need("duckdb")
    out = tmp_path / "pages.parquet"
    parquet.write(str(out), lines)
    query = f"select count(*), sum(len(emails)) from read_parquet('{out}')"
    ((pages, emails),) = duckdb.sql(query).limit(1).fetchall()
    assert (pages, emails) == (len(lines), sum(len(json.loads(line)["emails"]) for line in lines))


def test_redacted_parquet_is_the_redacted_json_lines(tmp_path):
    out = tmp_path / "shared.parquet"
    done = oimx("extract", PAGES, "--format", "parquet", "--redact", "-o", str(out), "-q")
    assert done.returncode == 0, done.stderr
    redacted = oimx("extract", PAGES, "--redact", "-q").stdout.splitlines()
    assert parquet.records(out) == [json.loads(line) for line in redacted]


@pytest.mark.parametrize(("args", "hint"), [
    (("--format", "parquet"), "--output"),
    (("--format", "parquet", "--per", "item", "-o", "x.parquet"), "--per"),
])
def test_parquet_usage_errors_are_one_line(args, hint):
    done = oimx("extract", PAGES, *args)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and hint in done.stderr
