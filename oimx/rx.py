"""Compiled patterns, kept on disk between runs (issue 15: start-up).

The ``regex`` module parses and optimises a pattern in pure Python: oimx's hundred-odd
patterns cost more to compile than everything else a one-page run does (0.5-0.8 s on a
2-core machine, the dates patterns alone ~0.25 s). A compiled ``regex`` pattern pickles as
the data its C engine runs (opcodes, group names, named lists), not as its source, so
loading it back skips the parser: 109 patterns load in ~15 ms.

``compile(pattern, flags, **named_lists)`` is ``regex.compile`` with that cache in front, for the
patterns oimx builds from its code and vocabulary tables only: a pattern built from a page's text
(``redact``'s known addresses) would write that text to disk, and grow the cache with every page.
The cache is one file per ``regex`` and Python version under ``$OIMX_CACHE_DIR``, else
``$XDG_CACHE_HOME/oimx``, else ``~/.cache/oimx``; ``OIMX_CACHE_DIR=`` (empty) turns it off.
Patterns compiled by a run are written back when it ends, atomically; a missing, unreadable
or damaged cache only costs the compile time (never an error), and unpickling admits only
``regex``'s own pattern constructor, so the file cannot run other code.
"""

from __future__ import annotations

import atexit
import hashlib
import io
import marshal
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

import regex

_KEEP = 1000  # entries a cache file keeps at most: those this run used first, then older ones
_FILE = f"patterns-regex{regex.__version__}-py{sys.version_info[0]}{sys.version_info[1]}.marshal"



class _PatternsOnly(pickle.Unpickler):
    """Unpickles a compiled pattern and nothing else."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("regex._regex", "compile"):
            return regex._regex.compile
        raise pickle.UnpicklingError(f"{module}.{name} is not a compiled pattern")


def cache_dir() -> Path | None:
    """The folder of the pattern cache, or None when ``OIMX_CACHE_DIR`` is set empty."""
    chosen = os.environ.get("OIMX_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "oimx"


class _Cache:
    """The stored patterns (pickled, unpickled on first use) and what this run compiled or used."""

    def __init__(self) -> None:
        self.stored: dict[bytes, bytes] | None = None  # read on the first compile
        self.used: dict[bytes, bytes] = {}
        self.compiled = 0  # patterns this run had to compile (a miss, or the cache off)
        self.loaded = 0  # patterns this run took from the cache
        self.folder = cache_dir()

    def _read(self) -> dict[bytes, bytes]:
        if self.folder is None:
            return {}
        try:
            stored = marshal.loads((self.folder / _FILE).read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        return stored if isinstance(stored, dict) else {}

    def get(self, key: bytes, pattern: str) -> regex.Pattern | None:
        if self.stored is None:
            self.stored = self._read()
        data = self.stored.get(key)
        if not isinstance(data, bytes):
            return None
        try:
            compiled = _PatternsOnly(io.BytesIO(data)).load()
        except Exception:  # a damaged entry: compiled again
            return None
        if not isinstance(compiled, regex.Pattern) or compiled.pattern != pattern:
            return None
        self.used[key] = data
        self.loaded += 1
        return compiled

    def put(self, key: bytes, compiled: regex.Pattern) -> None:
        self.compiled += 1
        if self.folder is not None:
            self.used[key] = pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL)

    def save(self) -> None:
        """Write the used patterns back, then older ones up to ``_KEEP``, if this run compiled any."""
        if self.folder is None or not self.compiled or not self.used:
            return
        kept = dict(self.used)
        for key, data in (self.stored or {}).items():
            if len(kept) >= _KEEP:
                break
            kept.setdefault(key, data)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".patterns-", suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(marshal.dumps(kept))
                os.replace(temporary, self.folder / _FILE)
            except BaseException:
                os.unlink(temporary)
                raise
        except OSError:  # a read-only or full disk: the next run compiles again
            return


_cache = _Cache()
atexit.register(lambda: _cache.save())


def compile(pattern: str, flags: int = 0, **named_lists: Any) -> regex.Pattern:
    """``regex.compile(pattern, flags, **named_lists)``, taken from the cache when it is there."""
    ignore_unused = bool(named_lists.pop("ignore_unused", False))
    flags = int(flags)  # regex's flag enums make its parser ~25% slower (cf. CPython bpo-31671)
    lists = sorted((name, sorted(words)) for name, words in named_lists.items())
    key = hashlib.blake2b(repr((pattern, flags, lists)).encode("utf-8", "surrogatepass"), digest_size=16).digest()
    compiled = _cache.get(key, pattern)
    if compiled is None:
        compiled = regex.compile(pattern, flags, ignore_unused=ignore_unused, **named_lists)
        _cache.put(key, compiled)
    return compiled


def counts() -> tuple[int, int]:
    """Patterns this process took from the cache and patterns it compiled."""
    return _cache.loaded, _cache.compiled


def reset(folder: Path | None) -> None:
    """Start over with the cache in ``folder`` (None: off), saving nothing of the current one (tests)."""
    global _cache
    _cache = _Cache()
    _cache.folder = folder
