"""Shared test helpers: where the project's fixtures and the optional ../shared material live."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"

# the compiled-pattern cache of this test session (and of the oimx processes it starts): never the user's own
if "OIMX_CACHE_DIR" not in os.environ:
    os.environ["OIMX_CACHE_DIR"] = tempfile.mkdtemp(prefix="oimx-test-patterns-")
    atexit.register(shutil.rmtree, os.environ["OIMX_CACHE_DIR"], True)

# CI draws the same examples every run (a red build names a change, never a lucky draw); a developer's
# run draws new ones, and the fuzz target keeps searching. A case either finds is kept as an @example.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

needs_shared = pytest.mark.skipif(
    not (SHARED / "corpus" / "pages").is_dir(), reason="../shared is not beside the checkout"
)


def spans_ok(text: str, items: list[dict]) -> bool:
    """Every item's text is exactly input[start:end]."""
    return all(text[item["start"] : item["end"]] == item["text"] for item in items)


@pytest.fixture
def batch_folder(tmp_path: Path) -> Path:
    """1,500 small pages: a run long enough to be interrupted, signalled or killed in the middle."""
    folder = tmp_path / "batch"
    folder.mkdir()
    text = "\n".join(f"Ligne {i} du corps, le {i % 28 + 1} mars 2020." for i in range(60))
    for i in range(1500):
        (folder / f"p{i:05d}.txt").write_text(f"Titre {i}\n{text}\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def address():
    """The address of the session's local Ray cluster (started on first use, stopped at the end)."""
    from tests import cluster

    yield cluster.ray_address()
    cluster.stop()
