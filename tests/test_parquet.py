"""--format parquet on one machine: columns derived from the record schema, and read back whole."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import threading

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


def test_an_existing_file_keeps_its_mode(tmp_path):
    out = tmp_path / "pages.parquet"
    out.write_bytes(b"old")
    out.chmod(0o664)
    done = oimx("extract", PAGES, "--format", "parquet", "-o", str(out), "-q")
    assert done.returncode == 0, done.stderr
    assert out.stat().st_mode & 0o777 == 0o664
    assert parquet.records(out)


def test_a_fifo_is_written_through_not_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    read: list[bytes] = []
    reader = threading.Thread(target=lambda: read.append(fifo.read_bytes()))
    reader.start()
    done = oimx("extract", PAGES, "--format", "parquet", "-o", str(fifo), "-q")
    reader.join(60)
    assert done.returncode == 0, done.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    copy = tmp_path / "copy.parquet"
    copy.write_bytes(read[0])
    assert len(parquet.records(copy)) == len(list((FIXTURES / "pages").glob("*.txt")))


def test_a_symlink_is_written_through(tmp_path):
    link = tmp_path / "link.parquet"
    link.symlink_to(tmp_path / "target.parquet")
    done = oimx("extract", PAGES, "--format", "parquet", "-o", str(link), "-q")
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and parquet.records(tmp_path / "target.parquet")


@pytest.mark.parametrize(("target", "reason"), [("folder", "Is a directory"), ("missing/x.parquet", "No such file")])
def test_an_output_that_cannot_be_written_is_one_line(tmp_path, target, reason):
    (tmp_path / "folder").mkdir()
    done = oimx("extract", PAGES, "--format", "parquet", "-o", str(tmp_path / target), "-q")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and reason in done.stderr and "Traceback" not in done.stderr


def test_a_file_name_that_is_not_utf8_is_kept_as_its_escape(tmp_path):
    name = os.fsdecode(b"bad\xffname.txt")
    (tmp_path / name).write_text("Un titre\n\nLe texte de la page.\n", encoding="utf-8")
    out = tmp_path / "out.parquet"
    done = oimx("extract", str(tmp_path / name), "--format", "parquet", "-o", str(out), "-q")
    assert done.returncode == 0, done.stderr
    assert [r["source"] for r in parquet.records(out)] == [str(tmp_path / "bad\\udcffname.txt")]


@pytest.fixture(scope="module")
def long_batch(tmp_path_factory):
    """More pages than a row group and 1,500 more: a file written through shows its first bytes mid-run."""
    folder = tmp_path_factory.mktemp("long")
    for i in range(parquet.ROW_GROUP + 1500):
        (folder / f"p{i:05d}.txt").write_text(f"Titre {i}\nLe corps de la page {i}.\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_an_interrupted_run_closes_a_written_through_file_whole(long_batch, tmp_path, signum, code):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    process = subprocess.Popen([sys.executable, "-m", "oimx", "extract", "--format", "parquet", "-o", str(fifo),
                                "--jobs", "1", str(long_batch)], stderr=subprocess.PIPE)
    with fifo.open("rb") as pipe:
        head = pipe.read(4)  # the first row group is out: the run is under way, 1,500 pages to go
        process.send_signal(signum)
        data = head + pipe.read()
    err = process.communicate(timeout=300)[1].decode()
    assert process.returncode == code, err
    assert "Traceback" not in err
    done = int(err.splitlines()[-1].split("interrupted after ")[1].split()[0])
    copy = tmp_path / "copy.parquet"
    copy.write_bytes(data)
    assert parquet.ROW_GROUP <= len(parquet.records(copy)) == done
