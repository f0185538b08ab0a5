"""How ``--jobs`` hands pages to its workers and what they send back (oimx.batch, oimx.run).

Workers take pages in chunks and return each page's output already made (lines, redacted
when asked): the output must stay that of ``--jobs 1``, byte for byte, for every output form.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from oimx import batch
from oimx.run import Lines, Prepare
from oimx.sources import STDIN, Source
from tests.conftest import FIXTURES

OIMX = [sys.executable, "-m", "oimx"]
WAIT = 300  # seconds a run may take before the test calls it hung

# (pages, workers, the sizes of the chunks they are handed in)
CHUNK_SIZES = [
    (3, 2, [1, 1, 1]),  # a few pages (or pipes that block) reach every worker at once
    (20, 2, [1, 1, 2, 2, 4, 4, 6]),
    (40, 2, [1, 1, 2, 2, 4, 4, 8, 8, 8, 2]),
    (12, 4, [1, 1, 1, 1, 2, 2, 2, 2]),
]


@pytest.mark.parametrize(("pages", "jobs", "sizes"), CHUNK_SIZES)
def test_chunks_grow_to_their_size(pages: int, jobs: int, sizes: list[int]) -> None:
    chunks = list(batch._chunks([Source(f"p{i}.txt") for i in range(pages)], jobs))
    assert [len(chunk) for chunk in chunks] == sizes
    assert [source.path for chunk in chunks for source in chunk] == [f"p{i}.txt" for i in range(pages)]


def test_standard_input_is_a_chunk_of_its_own() -> None:
    sources = [Source("a.txt"), Source("b.txt"), Source("c.txt"), Source(STDIN), Source("d.txt")]
    chunks = [[source.path for source in chunk] for chunk in batch._chunks(sources, 1)]
    assert chunks == [["a.txt"], ["b.txt", "c.txt"], [STDIN], ["d.txt"]]


class _FailingLines(Lines):
    """Lines that fail on every record but an error record."""

    def __call__(self, rec: dict) -> list[str] | list[bytes]:
        if rec.get("error"):
            return super().__call__(rec)
        raise ValueError("cannot write this record")


def test_a_failure_while_preparing_costs_its_page_an_error_record() -> None:
    page = next(iter(sorted((FIXTURES / "pages").glob("*.txt"))))
    outcome = batch._prepared(batch.process(Source(str(page)), batch.Options()), Prepare(None, _FailingLines()))
    assert outcome.failed and outcome.message == "internal error: ValueError: cannot write this record"
    assert outcome.record is None and len(outcome.lines) == 1 and b'"error":"internal error' in outcome.lines[0]


@pytest.mark.parametrize("form", [[], ["--redact"], ["--per", "item"], ["--format", "csv", "--redact"]],
                         ids=["jsonl", "redacted", "per-item", "csv-redacted"])
def test_every_output_form_is_the_same_under_every_jobs(form: list[str]) -> None:
    pages = str(FIXTURES / "pages")
    one, two = (subprocess.run([*OIMX, "extract", *form, "--jobs", jobs, pages], capture_output=True, timeout=WAIT)
                for jobs in ("1", "2"))
    assert one.returncode == two.returncode == 0 and one.stdout == two.stdout and one.stdout


def test_redacted_contacts_are_the_same_under_every_jobs() -> None:
    pages = str(FIXTURES / "pages")
    one, two = (subprocess.run([*OIMX, "contacts", "--redact", "--jobs", jobs, pages], capture_output=True,
                               timeout=WAIT) for jobs in ("1", "2"))
    assert one.returncode == two.returncode == 0 and one.stdout == two.stdout and b"email:" in one.stdout
