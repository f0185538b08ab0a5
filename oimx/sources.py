"""Inputs: expanding paths into pages, and reading a page's bytes into text.

Folders are walked recursively in sorted order, keeping files whose name matches
the glob (``*.txt`` by default); ``-`` is standard input. Reading is BOM-aware:
UTF-8 or UTF-16 with a byte-order mark, then UTF-8, then cp1252 (or the encoding
the user names). A file with NUL bytes is binary: skipped in folder walks,
refused when named, read anyway with ``text=True``.
"""

from __future__ import annotations

import codecs
import errno
import fnmatch
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass

STDIN = "-"
DEFAULT_GLOB = "*.txt"
# refuse pages above this size unless told otherwise (a press release is a few KB)
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


class InputError(Exception):
    """An input that cannot be read; the message is the reason shown to the user."""


@dataclass(frozen=True)
class Source:
    """One input: the path as the user will see it, and whether it was named explicitly."""

    path: str
    explicit: bool = True
    problem: str | None = None


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower() if error.strerror else str(error)


def expand(paths: list[str], glob: str = DEFAULT_GLOB) -> Iterator[Source]:
    """The pages that ``paths`` name: files as given, folders walked (sorted, recursive)."""
    for path in paths or [STDIN]:
        if path == STDIN:
            yield Source(STDIN)
        elif os.path.isdir(path):
            yield from _walk(path, glob)
        else:
            yield Source(path)


def _walk(folder: str, glob: str) -> Iterator[Source]:
    seen: set[tuple[int, int]] = set()

    def visit(current: str) -> Iterator[Source]:
        try:
            info = os.stat(current)
            if (info.st_dev, info.st_ino) in seen:
                yield Source(current, explicit=False, problem="symlink loop")
                return
            seen.add((info.st_dev, info.st_ino))
            with os.scandir(current) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            yield Source(current, explicit=False, problem=_reason(error))
            return
        for entry in entries:
            path = entry.path
            try:
                is_dir = entry.is_dir()
            except OSError as error:
                yield Source(path, explicit=False, problem=_reason(error))
                continue
            if is_dir:
                yield from visit(path)
            elif fnmatch.fnmatch(entry.name, glob):
                if entry.is_symlink() and not os.path.exists(path):
                    yield Source(path, explicit=False, problem="broken symbolic link")
                else:
                    yield Source(path, explicit=False)

    yield from visit(folder)


def read_bytes(source: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The raw bytes of ``source``, or :class:`InputError` with the reason."""
    if source.problem:
        raise InputError(source.problem)
    try:
        if source.path == STDIN:
            data = _read_stream(sys.stdin.buffer, max_bytes)
        else:
            with open(source.path, "rb") as handle:
                # read(n) would allocate n bytes up front: ask the size first
                size = os.fstat(handle.fileno()).st_size
                if size > max_bytes:
                    raise InputError(f"larger than --max-bytes ({max_bytes} bytes)")
                data = _read_stream(handle, max_bytes) if size == 0 else handle.read()
    except OSError as error:
        if error.errno == errno.ENOENT and os.path.islink(source.path):
            raise InputError("broken symbolic link") from error
        if error.errno == errno.ELOOP:
            raise InputError("symlink loop") from error
        raise InputError(_reason(error)) from error
    if len(data) > max_bytes:
        raise InputError(f"larger than --max-bytes ({max_bytes} bytes)")
    return data


def _read_stream(stream, max_bytes: int) -> bytes:
    """Up to ``max_bytes + 1`` bytes of a pipe, in chunks (no buffer of that size up front)."""
    chunks, size = [], 0
    while size <= max_bytes:
        chunk = stream.read(min(1 << 20, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, encoding: str | None = None, *, text: bool = False) -> tuple[str, str]:
    """Text and the name of the encoding used; :class:`InputError` for binary data."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as error:
            raise InputError(f"cannot decode as {encoding}: {error}") from error
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name.replace("-sig", "")
            except UnicodeDecodeError as error:
                raise InputError(f"invalid {name} text: {error.reason}") from error
    if b"\x00" in data and not text:
        raise InputError("binary file (NUL bytes); use --text to read it anyway")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"
