"""The compiled-pattern cache (oimx.rx, issue 15): the same patterns, whether compiled or loaded.

Counts of patterns compiled and loaded are read, never times.
"""

from __future__ import annotations

import json
import marshal
import os
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

from oimx import rx
from tests.conftest import FIXTURES

SOURCE = r"(?P<day>\d{1,2})\s{1,3}\L<months>"
MONTHS = ["mars", "avril", "mai"]
SAMPLE = "le 3 mars, le 12 AVRIL et le 30 mai"


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Path]:
    """A cache of its own in ``tmp_path``; the session's cache is back afterwards."""
    rx.reset(tmp_path)
    yield tmp_path
    rx.reset(rx.cache_dir())


def run_again(folder: Path) -> regex.Pattern:
    """Save the cache as a run's end would, then compile SOURCE as a new run would."""
    rx._cache.save()
    rx.reset(folder)
    return rx.compile(SOURCE, regex.IGNORECASE, months=MONTHS)


def test_a_second_run_loads_what_the_first_compiled(cache: Path) -> None:
    first = rx.compile(SOURCE, regex.IGNORECASE, months=MONTHS)
    assert rx.counts() == (0, 1)
    again = run_again(cache)
    assert rx.counts() == (1, 0)
    assert again.groupindex == first.groupindex
    assert [m.span() for m in again.finditer(SAMPLE)] == [m.span() for m in first.finditer(SAMPLE)]
    assert len(again.findall(SAMPLE)) == 3


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(lambda: rx.compile(SOURCE, regex.IGNORECASE, months=[*MONTHS, "juin"]), id="other-named-list"),
        pytest.param(lambda: rx.compile(SOURCE, 0, months=MONTHS), id="other-flags"),
        pytest.param(lambda: rx.compile(SOURCE + "?", regex.IGNORECASE, months=MONTHS), id="other-source"),
    ],
)
def test_a_different_pattern_is_compiled_not_taken_for_the_stored_one(cache: Path, other) -> None:
    rx.compile(SOURCE, regex.IGNORECASE, months=MONTHS)
    run_again(cache)
    other()
    assert rx.counts() == (1, 1)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"\x00garbage\xff" * 10, id="garbage"),
        pytest.param(None, id="truncated"),
        pytest.param(marshal.dumps(["not", "a", "dict"]), id="wrong-shape"),
    ],
)
def test_a_damaged_cache_costs_a_compile_never_an_error(cache: Path, damage: bytes | None) -> None:
    rx.compile(SOURCE, regex.IGNORECASE, months=MONTHS)
    rx._cache.save()
    (stored,) = cache.iterdir()
    stored.write_bytes(stored.read_bytes()[:-7] if damage is None else damage)
    rx.reset(cache)
    assert len(rx.compile(SOURCE, regex.IGNORECASE, months=MONTHS).findall(SAMPLE)) == 3
    assert rx.counts() == (0, 1)
    assert len(run_again(cache).findall(SAMPLE)) == 3, "the damaged file is written anew"
    assert rx.counts() == (1, 0)


def _planted(target: Path) -> list[bytes]:
    """Hostile cache entries: a pickle of a call of ``os.mkdir``, and marshalled code that would make the folder."""

    class Planted:
        def __reduce__(self):
            return (os.mkdir, (str(target),))

    code = compile(f"import os; os.mkdir({str(target)!r})", "<planted>", "exec")
    return [pickle.dumps(Planted()), marshal.dumps(code), marshal.dumps((code,) * 10)]


@pytest.mark.parametrize("entry", range(3))
def test_an_entry_that_is_not_a_pattern_is_never_run(cache: Path, entry: int) -> None:
    rx.compile(SOURCE, regex.IGNORECASE, months=MONTHS)
    rx._cache.save()
    (stored,) = cache.iterdir()
    target = cache / "planted"
    entries = marshal.loads(stored.read_bytes())
    stored.write_bytes(marshal.dumps({key: _planted(target)[entry] for key in entries}))
    rx.reset(cache)
    assert len(rx.compile(SOURCE, regex.IGNORECASE, months=MONTHS).findall(SAMPLE)) == 3
    assert not target.exists()
    assert rx.counts() == (0, 1)


def test_the_named_lists_a_pattern_does_not_use_play_no_part(cache: Path) -> None:
    rx.compile(SOURCE, regex.IGNORECASE, months=MONTHS, days=["lundi"], ignore_unused=True)
    rx._cache.save()
    rx.reset(cache)
    again = rx.compile(SOURCE, regex.IGNORECASE, months=MONTHS, other=["x"], ignore_unused=True)
    assert rx.counts() == (1, 0)
    assert len(again.findall(SAMPLE)) == 3
    with pytest.raises(ValueError, match="unused"):  # as regex.compile: an unused list is an error unless ignored
        rx.compile(SOURCE, regex.IGNORECASE, months=MONTHS, other=["x"])


def test_an_empty_cache_dir_setting_turns_the_cache_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OIMX_CACHE_DIR", "")
    assert rx.cache_dir() is None
    monkeypatch.setenv("OIMX_CACHE_DIR", str(tmp_path / "here"))
    assert rx.cache_dir() == tmp_path / "here"
    monkeypatch.delenv("OIMX_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert rx.cache_dir() == tmp_path / "xdg" / "oimx"


def test_an_unwritable_cache_folder_only_costs_the_compile(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    rx.reset(blocker / "cache")
    try:
        assert len(rx.compile(SOURCE, regex.IGNORECASE, months=MONTHS).findall(SAMPLE)) == 3
        rx._cache.save()  # cannot make the folder: nothing raised
    finally:
        rx.reset(rx.cache_dir())


_COUNTS = "from oimx import rx; from oimx.pipeline import warm_up; warm_up(); print(*rx.counts())"


def oimx_run(args: list[str], cache: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "OIMX_CACHE_DIR": cache, "PYTHONHASHSEED": "random"}
    return subprocess.run(args, capture_output=True, text=True, timeout=600, env=env, check=True)


def test_every_pattern_of_oimx_is_built_the_same_on_every_run(tmp_path: Path) -> None:
    """The second process (another hash seed: sets iterate in another order) compiles nothing."""
    first = oimx_run([sys.executable, "-c", _COUNTS], str(tmp_path)).stdout.split()
    second = oimx_run([sys.executable, "-c", _COUNTS], str(tmp_path)).stdout.split()
    loaded, compiled = int(first[0]), int(first[1])
    assert loaded == 0 and compiled > 50
    assert second == [str(compiled), "0"]


def test_records_are_the_same_with_loaded_patterns_as_with_compiled_ones(tmp_path: Path) -> None:
    pages = [str(p) for p in sorted((FIXTURES / "pages").glob("*.txt"))]
    command = [sys.executable, "-m", "oimx", "extract", "--jobs", "1", *pages]
    compiled = oimx_run(command, "").stdout
    oimx_run(command, str(tmp_path))
    loaded = oimx_run(command, str(tmp_path)).stdout
    assert loaded == compiled
    assert len([json.loads(line) for line in loaded.splitlines()]) == len(pages)


def test_redaction_writes_no_page_text_into_the_cache(cache: Path) -> None:
    """--redact builds a pattern of each page's own addresses and numbers: never a cache entry."""
    from oimx.pipeline import parse_page
    from oimx.redact import Redactor

    record = parse_page("Titre\nÉcrire à amina.toure@iom.int ou appeler le +41 22 548 31 09.\n")
    before = rx.counts()
    redacted = Redactor().record(record)
    assert "amina.toure@iom.int" not in str(redacted)
    assert rx.counts() == before
    rx._cache.save()
    assert all(b"amina" not in path.read_bytes() for path in cache.iterdir())


_SOURCES_IN_ORDER = """
import json, sys
from oimx.extract.dates import patterns
names = sorted(patterns.SOURCES)
if sys.argv[1] == "reversed":
    names.reverse()
built = {name: patterns.SOURCES[name]() for name in names}
built.update({f"rel:{lang}": patterns.relative_source(lang) for lang in ("", "fr", "en", "es")})
print(json.dumps(built, sort_keys=True))
"""


def test_a_date_pattern_is_the_same_text_whichever_is_built_first() -> None:
    """Date patterns are built on first use, in the order pages need them: their word lists are named by
    their words, so a pattern's text (the cache's key) never depends on what was built before it."""
    forward, backward = (oimx_run([sys.executable, "-c", _SOURCES_IN_ORDER, order], "").stdout
                         for order in ("sorted", "reversed"))
    assert forward == backward
    assert len(json.loads(forward)) > 40


def test_identical_word_lists_share_one_name() -> None:
    from oimx.extract.dates.words import WORD_LISTS, alternatives, list_name

    name = list_name(frozenset({"mai", "juin"}))
    assert alternatives(["mai", "juin"]) == alternatives(("juin", "mai", "juin")) == rf"(?:(?=[jm])\L<{name}>)"
    assert WORD_LISTS[name] == {"mai", "juin"}
    assert list_name(frozenset({"mai"})) != list_name(frozenset({"juin"}))
