"""Compiled patterns, kept on disk between runs (issue 15: start-up).

The ``regex`` module parses and optimises a pattern in pure Python: oimx's hundred-odd
patterns cost more to compile than everything else a one-page run does (0.5-0.8 s on a
2-core machine, the dates patterns alone ~0.25 s). A compiled ``regex`` pattern reduces (its
``copyreg`` pickler) to a call of its C constructor with plain data: the opcodes, group names
and named lists it runs, not its source's parse. The cache keeps that data with ``marshal``
and calls the constructor itself, so loading skips the parser, and ``pickle`` is not needed.

``compile(pattern, flags, **named_lists)`` is ``regex.compile`` with that cache in front, for the
patterns oimx builds from its code and vocabulary tables only: a pattern built from a page's text
(``redact``'s known addresses) would write that text to disk, and grow the cache with every page.
The cache is one file per ``regex`` and Python version under ``$OIMX_CACHE_DIR``, else
``$XDG_CACHE_HOME/oimx``, else ``~/.cache/oimx``; ``OIMX_CACHE_DIR=`` (empty) turns it off.
Patterns compiled by a run are written back when it ends, atomically; a missing, unreadable
or damaged cache only costs the compile time (never an error). ``marshal`` builds data and runs
none, and the only call made with it is ``regex``'s own pattern constructor, so the file cannot
run other code.

An entry is found by its source and flags, and taken only when the named lists it was compiled
with equal those given now: the lists a pattern does not use play no part (a pattern compiled
with every word list of a family, ``ignore_unused``, is not hashed with all of them).
"""

from __future__ import annotations

import atexit
import copyreg
import marshal
import os
import sys
from pathlib import Path
from typing import Any

import regex

_KEEP = 1000  # entries a cache file keeps at most: those this run used first, then older ones
_FILE = f"patterns-v2-regex{regex.__version__}-py{sys.version_info[0]}{sys.version_info[1]}.marshal"
# What ``regex._regex.compile`` takes (regex's ``_compile`` calls it so): the source, then
# flags, code, group_index, index_group, named_lists, named_list_indexes, req_offset,
# req_chars, req_flags, group_count. An entry keeps all but the source, its key.
_ARGUMENTS = 11
_NAMED_LISTS = 5  # the index of named_lists, {name: frozenset of words}, among them


def cache_dir() -> Path | None:
    """The folder of the pattern cache, or None when ``OIMX_CACHE_DIR`` is set empty."""
    chosen = os.environ.get("OIMX_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "oimx"


def _arguments(compiled: regex.Pattern) -> tuple | None:
    """The constructor's arguments a compiled pattern reduces to (as it pickles), or None."""
    constructor, arguments = copyreg.dispatch_table[type(compiled)](compiled)
    if constructor is not regex._regex.compile or len(arguments) != _ARGUMENTS:
        return None
    return arguments


class _Cache:
    """The stored patterns (marshalled, each read on first use) and what this run compiled or used."""

    def __init__(self) -> None:
        self.stored: dict[tuple[str, int], bytes] | None = None  # read on the first compile
        self.used: dict[tuple[str, int], bytes] = {}
        self.compiled = 0  # patterns this run had to compile (a miss, or the cache off)
        self.loaded = 0  # patterns this run took from the cache
        self.folder = cache_dir()

    def _read(self) -> dict[tuple[str, int], bytes]:
        if self.folder is None:
            return {}
        try:
            stored = marshal.loads((self.folder / _FILE).read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        return stored if isinstance(stored, dict) else {}

    def get(self, key: tuple[str, int], named_lists: dict[str, Any], ignore_unused: bool) -> regex.Pattern | None:
        if self.stored is None:
            self.stored = self._read()
        data = self.stored.get(key)
        if not isinstance(data, bytes):
            return None
        try:
            rest = marshal.loads(data)
            lists = rest[_NAMED_LISTS - 1]
            if not all(name in named_lists and frozenset(named_lists[name]) == words
                       for name, words in lists.items()):
                return None  # compiled with other words
            if not ignore_unused and lists.keys() != named_lists.keys():
                return None  # compiling tells which list is unused
            compiled = regex._regex.compile(key[0], *rest)
        except Exception:  # a damaged entry: compiled again
            return None
        self.used[key] = data
        self.loaded += 1
        return compiled

    def put(self, key: tuple[str, int], compiled: regex.Pattern) -> None:
        self.compiled += 1
        if self.folder is None:
            return
        arguments = _arguments(compiled)
        if arguments is not None and arguments[0] == key[0]:
            try:
                self.used[key] = marshal.dumps(arguments[1:])
            except ValueError:  # data marshal cannot write (none in this regex version): not kept
                return

    def save(self) -> None:
        """Write the used patterns back, then older ones up to ``_KEEP``, if this run compiled any."""
        if self.folder is None or not self.compiled or not self.used:
            return
        import tempfile  # only a run that compiled writes the cache

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
    key = (pattern, flags)
    compiled = _cache.get(key, named_lists, ignore_unused)
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
