"""--engine ray on a real local Ray cluster (2 CPUs, loopback): same records as one machine, faults, resume."""

from __future__ import annotations

import json
import os
import shutil
import signal
import threading
import time
from pathlib import Path

import pytest

from tests.cluster import manifest, need, oimx, shard_lines
from tests.conftest import FIXTURES


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> Path:
    """The fixture pages in a folder and a subfolder, and a broken link (an error record)."""
    folder = tmp_path_factory.mktemp("pages")
    for n, page in enumerate(sorted((FIXTURES / "pages").glob("*.txt"))):
        target = folder / ("sub" if n % 3 == 0 else "") / page.name
        target.parent.mkdir(exist_ok=True)
        shutil.copy(page, target)
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    return folder


@pytest.fixture(scope="module")
def one_machine(pages) -> list[str]:
    done = oimx("extract", str(pages), "--jobs", "2", "-q")
    assert done.returncode == 1, done.stderr  # the broken link
    return sorted(done.stdout.splitlines())


@pytest.fixture(scope="module")
def jsonl_job(address, pages, tmp_path_factory):
    out = tmp_path_factory.mktemp("job") / "out"
    done = oimx("extract", str(pages), "--engine", "ray", "--address", address, "-o", str(out))
    return out, done


def test_shards_hold_the_records_of_one_machine(jsonl_job, one_machine):
    out, done = jsonl_job
    assert done.returncode == 1, done.stderr
    assert done.stdout == ""
    assert "gone.txt: broken symbolic link" in done.stderr and "Traceback" not in done.stderr
    assert shard_lines(out) == one_machine


def test_the_manifest_tells_the_job(jsonl_job, one_machine, pages):
    from oimx import batch, shards, sources

    out, _ = jsonl_job
    told = manifest(out)
    assert told["pages"] == told["records"] == len(one_machine)
    assert told["errors"] == 1 and told["inputs"] == [str(pages)]
    assert sorted(told["shards"]) == sorted(p.name for p in out.glob("part-*.jsonl"))
    _, sample = batch.survey(sources.expand([str(pages)]))
    learned = batch.learn(sample, batch.Options())
    assert learned and told["learned"] == {"lines": len(learned), "sha256": shards.learned_hash(learned)}


def test_parquet_shards_hold_the_same_records(address, pages, one_machine, tmp_path):
    need("pyarrow")
    from oimx import parquet

    out = tmp_path / "out"
    done = oimx("extract", str(pages), "--engine", "ray", "--address", address, "-o", str(out),
                "--format", "parquet", "-q")
    assert done.returncode == 1, done.stderr
    found = [rec for part in sorted(out.glob("part-*.parquet")) for rec in parquet.records(part)]
    assert sorted(found, key=lambda rec: rec["source"]) == [json.loads(line) for line in one_machine]


def test_a_rerun_redoes_only_the_missing_shards(address, jsonl_job, pages, one_machine, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(jsonl_job[0], out)
    parts = sorted(out.glob("part-*.jsonl"))
    lost = parts[1]
    lost.unlink()
    (out / f"_{lost.name}.json").unlink()  # the run stopped before this shard was done
    (out / "_SUCCESS.json").unlink()
    kept = {p.name: p.stat().st_mtime_ns for p in parts if p != lost}
    done = oimx("extract", str(pages), "--engine", "ray", "--address", address, "-o", str(out), "-q")
    assert done.returncode == 1, done.stderr
    assert {p.name: p.stat().st_mtime_ns for p in parts if p != lost} == kept
    assert lost.exists() and shard_lines(out) == one_machine
    assert manifest(out) == manifest(jsonl_job[0])


def test_another_job_in_the_same_folder_is_refused(address, jsonl_job, pages):
    from oimx import batch, storage
    from oimx import ray as engine

    with pytest.raises(storage.StorageError, match="holds the output of another job"):
        engine.run([str(pages)], str(jsonl_job[0]), batch.Options(lang="en"))


def _blocked_shard_writers() -> list[int]:
    """Ray workers of this test's job waiting for a writer on a named pipe."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if b"ShardWriter" not in (entry / "cmdline").read_bytes():
                continue
            threads = (entry / "task").iterdir()
            if any((thread / "wchan").read_text() == "wait_for_partner" for thread in threads):
                found.append(int(entry.name))
        except (OSError, ValueError):
            continue
    return found


def _wait_for(condition, what: str):
    for _ in range(3000):  # a generous bound for a loaded machine; each round is short
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    pytest.fail(f"gave up waiting for {what}")


def test_a_killed_worker_costs_no_page(address, tmp_path):
    """A page behind a named pipe holds its worker; killing it, Ray retries the shard elsewhere.

    Walks skip FIFOs, so the pipe is named as an input of its own (read like ``cat`` would).
    """
    from oimx import batch
    from oimx import ray as engine

    folder = tmp_path / "pages"
    shutil.copytree(FIXTURES / "pages", folder)
    content = (FIXTURES / "pages" / sorted(os.listdir(FIXTURES / "pages"))[0]).read_bytes()
    pipe = folder / "zz_held.txt"
    os.mkfifo(pipe)
    out, result = tmp_path / "out", {}
    job = threading.Thread(target=lambda: result.update(engine.run([str(folder), str(pipe)], str(out), batch.Options(),
                                                                   learn_lines=False)))
    job.start()
    victim = _wait_for(_blocked_shard_writers, "a worker reading the pipe")[0]
    os.kill(victim, signal.SIGKILL)
    _wait_for(lambda: [pid for pid in _blocked_shard_writers() if pid != victim], "the shard's retry")
    with open(pipe, "wb") as writer:
        writer.write(content)
    job.join(timeout=600)
    assert not job.is_alive() and result["errors"] == 0
    pipe.unlink()
    pipe.write_bytes(content)
    expected = oimx("extract", str(folder), "--no-learn", "-q").stdout.splitlines()
    assert shard_lines(out) == sorted(expected)


def test_the_library_stage_parses_a_dataset(address):
    ray_data = need("ray.data")
    from oimx import batch, sources
    from oimx import ray as engine

    pages = sorted(str(p) for p in (FIXTURES / "pages").glob("*.txt"))
    texts = [sources.decode(Path(p).read_bytes())[0] for p in pages]
    learned = batch.learn(pages, batch.Options())
    ds = ray_data.from_items([{"source": p, "text": t} for p, t in zip(pages, texts, strict=True)])
    rows = engine.extract(ds, learned=learned).take_all()
    got = {row["source"]: json.loads(row["record"]) for row in rows}
    done = oimx("extract", *pages, "-q")
    for line in done.stdout.splitlines():
        want = json.loads(line)
        assert got[want["source"]] == {**want, "encoding": None}


def test_a_missing_input_is_one_line():
    done = oimx("extract", "no/such/folder", "--engine", "ray", "-o", "/tmp/oimx-never")
    assert done.returncode == 2
    assert done.stderr == "oimx: no/such/folder: no such file or directory\n"


def test_the_time_budget_holds_on_ray_workers(address, tmp_path):
    """--timeout means the same on a Ray worker (off the main thread) as on one machine: an error record."""
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(FIXTURES / "pages" / "fr_main_wrapped_contact.txt", folder / "a_good.txt")
    (folder / "b_runaway.txt").write_text("Titre\n" + "le 3 mai 2024, " * 40_000, encoding="utf-8")
    out = tmp_path / "out"
    done = oimx("extract", str(folder), "--engine", "ray", "--address", address, "--timeout", "0.2",
                "--no-learn", "-o", str(out))
    assert done.returncode == 1, done.stderr
    records = {Path(r["source"]).name: r for r in map(json.loads, shard_lines(out))}
    assert "time budget" in records["b_runaway.txt"]["error"]
    assert records["a_good.txt"]["title"] and records["a_good.txt"]["error"] is None
