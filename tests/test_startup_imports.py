"""Start-up (issue 15): what ``--help``, usage errors and a one-page run import, and that help and errors
read the same whether typer's unused rich modules are stood in for or not. Modules counted, never times."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from oimx import batch
from oimx.batch import LEARN_SAMPLE
from oimx.sources import Source
from tests.conftest import FIXTURES

# run the CLI in a fresh interpreter, after importing the modules of argv[2], then list what it imported in argv[1]
_RUN = """
import importlib, json, sys
for name in json.loads(sys.argv[2]):
    importlib.import_module(name)
modules, sys.argv = sys.argv[1], ["oimx", *sys.argv[3:]]
from oimx.cli import main
try:
    main()
finally:
    with open(modules, "w") as out:
        json.dump(sorted(sys.modules), out)
"""

HELP_AND_ERRORS = [
    ("--help",), ("extract", "--help"), ("contacts", "--help"), ("stats", "--help"), ("show", "--help"),
    ("schema", "--help"), (), ("extract", "--bogus"), ("extract", "--jobs", "x"), ("extract", "--lang", "zz", "p"),
    ("nothing",),
]


def run(tmp_path: Path, *args: str, preload: tuple[str, ...] = ()) -> tuple[int, str, str, set[str]]:
    """Exit status, stdout, stderr and the modules imported of ``oimx ARGS`` in a fresh interpreter."""
    listed = tmp_path / f"modules-{len(list(tmp_path.iterdir()))}.json"
    result = subprocess.run([sys.executable, "-c", _RUN, str(listed), json.dumps(preload), *args],
                            capture_output=True, text=True, timeout=300)
    return result.returncode, result.stdout, result.stderr, set(json.loads(listed.read_text()))


@pytest.mark.parametrize("args", HELP_AND_ERRORS, ids=" ".join)
def test_help_and_usage_errors_read_the_same_as_with_the_real_modules(tmp_path: Path, args: tuple[str, ...]) -> None:
    *stood_in, modules = run(tmp_path, *args)
    *real, _ = run(tmp_path, *args, preload=("rich.markdown", "rich.traceback"))
    assert stood_in == real
    assert stood_in[1] or stood_in[2]
    assert "Traceback" not in stood_in[2]
    assert not {"markdown_it", "pygments", "rich.markdown", "rich.traceback"} & modules


def test_the_stand_ins_hand_over_to_the_real_classes_when_used() -> None:
    code = """
import sys
from oimx.options import import_rich_help
import_rich_help()
import typer.rich_utils as help
assert "rich.markdown" not in sys.modules and "rich.traceback" not in sys.modules
text = help._make_rich_text(text="**bold**", markup_mode="markdown")  # typer's Markdown mode
from rich.markdown import Markdown
assert type(text) is Markdown, type(text)
try:
    raise ValueError("x")
except ValueError as error:
    trace = help.Traceback.from_exception(type(error), error, error.__traceback__)
from rich.traceback import Traceback
assert type(trace) is Traceback
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr


def test_one_page_imports_no_worker_machinery_nor_help(tmp_path: Path) -> None:
    page = str(next(iter(sorted((FIXTURES / "pages").glob("fr_*.txt")))))
    code, out, _, modules = run(tmp_path, "extract", page)
    assert code == 0 and json.loads(out)["source"] == page
    assert not {"multiprocessing", "oimx.workers", "ctypes", "typer.rich_utils", "rich"} & modules


def test_two_jobs_still_start_workers(tmp_path: Path) -> None:
    pages = [str(page) for page in sorted((FIXTURES / "pages").glob("*.txt"))[:4]]
    code, out, _, modules = run(tmp_path, "extract", "--jobs", "2", "--quiet", *pages)
    assert code == 0
    assert [json.loads(line)["source"] for line in out.splitlines()] == pages
    assert "oimx.workers" in modules


def test_one_page_hashes_nothing_nor_pickles(tmp_path: Path) -> None:
    """The learning sample is chosen by hash only when there are more pages than it holds; the pattern
    cache is read with marshal."""
    page = str(next(iter(sorted((FIXTURES / "pages").glob("en_*.txt")))))
    code, out, _, modules = run(tmp_path, "extract", page)
    assert code == 0 and json.loads(out)["source"] == page
    assert not {"hashlib", "pickle", "tempfile"} & modules


@pytest.mark.parametrize("count", [1, 7, LEARN_SAMPLE, LEARN_SAMPLE + 1, 3 * LEARN_SAMPLE])
def test_the_learning_sample_is_the_lowest_ranks_in_any_order(count: int) -> None:
    paths = [f"/nowhere/page-{n}.txt" for n in range(count)]
    lowest = sorted(sorted(set(paths), key=batch._rank)[:LEARN_SAMPLE])
    for order in (paths, paths[::-1], [*paths[1::2], *paths[::2], *paths[:5]]):  # the last with repeats
        assert batch.survey(Source(path) for path in order) == (len(order), lowest)


def test_collection_is_held_off_until_the_first_page_is_done(tmp_path: Path) -> None:
    """``oimx extract`` runs its start-up without garbage collection, then collects as usual."""
    code = f"""
import gc, sys
from oimx import batch, startup
from oimx.sources import Source
startup.hold()
assert not gc.isenabled()
pages = batch.run([Source(p) for p in {[str(p) for p in sorted((FIXTURES / "pages").glob("*.txt"))[:2]]!r}],
                  batch.Options())
next(pages)
assert not gc.isenabled(), "the first page is still start-up"
next(pages)
assert gc.isenabled() and gc.get_freeze_count() > 0
gc.disable()
startup.hold()
startup.release()
assert not gc.isenabled(), "a caller's own setting is kept"
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
