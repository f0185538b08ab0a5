"""The real entry point, in a subprocess: streams, files, folders, exit codes, messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import FIXTURES

PAGE = "Un titre inventé\nDakar – Contact : amina.toure@iom.int, le 3 mai 2024.\n"


def oimx(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "oimx", *args], input=stdin, capture_output=True, cwd=cwd, env=env, timeout=120
    )


def records(out: bytes) -> list[dict]:
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "b.txt").write_text(PAGE.replace("Dakar", "Genève"), encoding="utf-8")
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a page", encoding="utf-8")
    return tmp_path


def test_stdin_by_dash_and_by_default() -> None:
    for args in (["extract", "-"], ["extract"]):
        result = oimx(*args, stdin=PAGE.encode())
        assert result.returncode == 0, result.stderr
        (record,) = records(result.stdout)
        assert record["source"] == "-"
        assert record["title"] == "Un titre inventé"
        assert [e["value"] for e in record["emails"]] == ["amina.toure@iom.int"]
        assert result.stderr == b""


def test_stdin_is_named_once_and_is_no_output(tmp_path: Path) -> None:
    """'-' twice gave an empty second page; '-o' naming the file standard input reads truncated it first."""
    assert oimx("extract", "-", "-", stdin=PAGE.encode()).returncode == 2
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    with page.open("rb") as source:
        result = subprocess.run([sys.executable, "-m", "oimx", "extract", "-", "-o", str(page)], stdin=source,
                                capture_output=True, timeout=120)
    assert (result.returncode, page.read_text(encoding="utf-8")) == (2, PAGE)


def test_folder_is_walked_sorted_recursive_and_globbed(folder: Path) -> None:
    result = oimx("extract", str(folder))
    assert result.returncode == 0
    assert [Path(r["source"]).relative_to(folder).as_posix() for r in records(result.stdout)] == [
        "a.txt", "b.txt", "sub/c.txt"
    ]
    result = oimx("extract", str(folder), "--glob", "*.md")
    assert [Path(r["source"]).name for r in records(result.stdout)] == ["notes.md"]


def test_output_file_is_written_whole(folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    result = oimx("extract", str(folder), "-o", str(target))
    assert result.returncode == 0 and result.stdout == b""
    assert len(records(target.read_bytes())) == 3
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_missing_file_gets_a_message_an_error_record_and_exit_1(folder: Path) -> None:
    missing = folder / "nope.txt"
    result = oimx("extract", str(folder / "a.txt"), str(missing), str(folder / "b.txt"))
    assert result.returncode == 1
    got = records(result.stdout)
    assert [Path(r["source"]).name for r in got] == ["a.txt", "nope.txt", "b.txt"]
    assert got[1]["error"] == "no such file or directory"
    assert result.stderr.decode() == f"oimx: {missing}: no such file or directory\n"


def test_usage_error_exits_2() -> None:
    assert oimx("extract", "--jobs", "-3").returncode == 2
    assert oimx("extract", "--reference-date", "yesterday", "-", stdin=b"x").returncode == 2
    assert oimx("nonsense").returncode == 2


def test_jobs_do_not_change_the_output(folder: Path) -> None:
    pages = FIXTURES / "pages"
    one = oimx("extract", str(pages), str(folder), "--jobs", "1")
    two = oimx("extract", str(pages), str(folder), "--jobs", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout


def test_reader_closing_the_pipe_is_silent() -> None:
    pages = FIXTURES / "pages"
    shell = f"{sys.executable} -m oimx extract {pages} {pages} {pages} --jobs 1 | head -n 1"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", shell], capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    assert len(result.stdout.splitlines()) == 1


def test_help_ends_with_examples() -> None:
    result = oimx("extract", "--help")
    assert result.returncode == 0
    assert b"Examples" in result.stdout and b"jq" in result.stdout


def test_schema_validates_real_output() -> None:
    schema = json.loads(oimx("schema").stdout)
    validator = jsonschema.Draft202012Validator(schema)
    result = oimx("extract", str(FIXTURES / "pages"), "--reference-date", "2024-06-01")
    for record in records(result.stdout):
        assert not list(validator.iter_errors(record)), record["source"]
    assert list(validator.iter_errors({"source": "x"}))


def test_version() -> None:
    result = oimx("--version")
    assert result.returncode == 0 and result.stdout.startswith(b"oimx ")


def test_file_order_changes_only_the_order_of_records() -> None:
    pages = sorted(str(p) for p in (FIXTURES / "pages").glob("*.txt"))
    forward = oimx("extract", *pages).stdout.decode().splitlines()
    backward = oimx("extract", *reversed(pages)).stdout.decode().splitlines()
    assert sorted(forward) == sorted(backward) and forward != backward


def test_learning_sample_does_not_depend_on_order() -> None:
    from oimx.batch import survey
    from oimx.sources import Source

    sources = [Source(f"p{i:05d}.txt") for i in range(2000)]
    assert survey(sources) == survey(list(reversed(sources)))
    total, sample = survey(sources)
    assert total == 2000 and len(sample) == 400 and sample == sorted(sample)


# --- the per-page time budget: CPU time, on a page slow by construction ------------------------------------

# a page whose parse costs seconds of CPU time (measured: 4,000 sentences take ~5 s), read with a
# budget of 0.2 s: a margin of tens of times, and CPU time does not grow on a busy machine
SLOW = "Titre\n" + "le 3 mai 2024 et 5 millions de dollars, " * 20_000
GAVE_UP = "gave up after 0.2 s (time budget per page)"


def test_timeout_gives_an_error_record_and_exit_1_for_every_jobs(folder: Path) -> None:
    (folder / "slow.txt").write_text(SLOW, encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        result = oimx("extract", str(folder), "--timeout", "0.2", "--jobs", jobs, "-q")
        assert result.returncode == 1
        assert result.stderr.decode() == f"oimx: {folder / 'slow.txt'}: {GAVE_UP}\n"
        outputs.append(result.stdout)
    slow = [rec for rec in records(outputs[0]) if rec["source"].endswith("slow.txt")]
    assert [(rec["error"], rec["body"], rec["dates"]) for rec in slow] == [(GAVE_UP, None, [])]
    assert len(records(outputs[0])) == 4 and outputs[1] == outputs[0]


def test_show_keeps_the_time_budget(tmp_path: Path) -> None:
    page = tmp_path / "slow.txt"
    page.write_text(SLOW, encoding="utf-8")
    result = oimx("show", str(page), "--timeout", "0.2")
    assert (result.returncode, result.stdout) == (1, b"")
    assert result.stderr.decode() == f"oimx: {page}: {GAVE_UP}\n"
