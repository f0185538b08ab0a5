"""Inputs: expanding paths into pages, and reading a page's bytes into text.

Folders are walked recursively in sorted order, keeping files whose name matches
the glob (``*.txt`` by default); ``-`` is standard input. Reading is BOM-aware:
UTF-8, UTF-32 or UTF-16 with a byte-order mark, then UTF-8, then cp1252 (or the
encoding the user names). A file with NUL bytes and no byte-order mark is binary:
skipped in folder walks, refused when named, read anyway with ``text=True``.
"""

from __future__ import annotations

import codecs
import errno
import fnmatch
import heapq
import os
import re
import select
import stat
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import chain

STDIN = "-"
# the temporary file of an output being written (oimx.output), kept here so that walks import nothing more
TEMP_PREFIX, TEMP_SUFFIX = ".oimx-", ".tmp"
DEFAULT_GLOB = "*.txt"
# refuse pages above this size unless told otherwise (a press release is a few KB)
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


class InputError(Exception):
    """An input that cannot be read; the message is the reason shown to the user."""


class BinaryInput(InputError):
    """An input of NUL bytes with no byte-order mark: binary, skipped when a folder walk meets it."""


@dataclass(frozen=True, init=False)
class Source:
    """One input: the path as the user will see it, and whether it was named explicitly."""

    path: str
    explicit: bool = True
    problem: str | None = None
    skip: bool = False  # a walk found it but does not read it (``problem`` says why)

    def __init__(self, path: str, explicit: bool = True, problem: str | None = None, skip: bool = False) -> None:
        # the fields straight into the instance's dict: a frozen dataclass's own __init__ sets each one through
        # object.__setattr__, and a run makes two Sources a page (its two walks)
        fields = self.__dict__
        fields["path"], fields["explicit"], fields["problem"], fields["skip"] = path, explicit, problem, skip


def _reason(error: OSError) -> str:
    """Why a path could not be read, one wording wherever it shows (a walk, a named path)."""
    if error.errno == errno.ELOOP:
        return "symlink loop"
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


def matches_nothing(path: str, glob: str = DEFAULT_GLOB) -> bool:
    """Whether ``path`` is a folder in which no file matches ``glob`` (walked up to its first match only)."""
    return path != STDIN and os.path.isdir(path) and next(_walk(path, glob), None) is None


def glob_problem(glob: str) -> str | None:
    """Why ``glob`` is not a pattern oimx can use, or None."""
    if not glob:
        return "empty pattern"
    at = 0
    while (at := glob.find("[", at)) >= 0:
        close = glob.find("]", at + 2)  # ']' right after '[' (or '[!') belongs to the set
        if glob[at + 1 : at + 2] == "!":
            close = glob.find("]", at + 3)
        if close < 0:
            return "'[' opens a set of characters that no ']' closes"
        at = close + 1
    if glob.startswith("/"):
        return "a pattern is matched inside the folders given: drop the leading '/'"
    return None


def _matches(parts: list[str], pattern: list[str]) -> bool:
    """Whether the path ``parts`` match the ``pattern`` parts ('**' stands for any number of folders)."""
    if not pattern:
        return not parts
    if pattern[0] == "**":
        return any(_matches(parts[skip:], pattern[1:]) for skip in range(len(parts) + 1))
    return bool(parts) and fnmatch.fnmatchcase(parts[0], pattern[0]) and _matches(parts[1:], pattern[1:])


def _matcher(glob: str) -> Callable[[list[str], str], bool]:
    """A test of a file met in a walk, ``(folders, name)`` relative to the walked folder: its name against
    the glob, or its whole relative path when the glob has a '/' (``sub/*.txt``, ``**/*.txt``)."""
    name_match = _name_match(glob)
    if name_match is not None:
        return lambda _folders, name: name_match(name) is not None
    pattern = [part for part in glob.split("/") if part]
    return lambda folders, name: _matches([*folders, name], pattern)


def _name_match(glob: str) -> Callable[[str], re.Match[str] | None] | None:
    """For a glob without '/': fnmatch.fnmatch's own test of a name (a match or None), its pattern compiled
    once rather than looked up in fnmatch's cache for every file; None for a glob with '/'."""
    if "/" in glob:
        return None
    match = re.compile(fnmatch.translate(os.path.normcase(glob))).match
    if os.path.normcase("A") == "A":  # POSIX: a name as it is
        return match
    return lambda name: match(os.path.normcase(name))


def _same_file(target: str, stream: object) -> bool:
    """Whether ``target`` names the file ``stream`` reads (a redirected standard input), or the stream itself."""
    try:
        read = os.fstat(stream.fileno())  # type: ignore[attr-defined]
        named = os.stat(target)
    except (OSError, ValueError, AttributeError):
        return False
    return (read.st_dev, read.st_ino) == (named.st_dev, named.st_ino)


def covers(paths: list[str], glob: str, target: str) -> bool:
    """Whether ``target`` is one of the inputs, or a file that a folder among ``paths`` would read."""
    real = os.path.realpath(target)
    for path in paths:
        if path == STDIN:
            if _same_file(target, sys.stdin):  # "- -o page.txt < page.txt", "-o /dev/stdin"
                return True
            continue
        if os.path.isdir(path):
            folder = os.path.realpath(path)
            relative = os.path.relpath(real, folder)
            if not relative.startswith(os.pardir):
                *folders, name = relative.split(os.sep)
                if _matcher(glob)(folders, name):
                    return True
        elif os.path.realpath(path) == real:
            return True
    return False


def _walk(folder: str, glob: str) -> Iterator[Source]:
    """The sources below ``folder``, depth first in sorted order, with a stack of the folders being read rather
    than recursion (a tree nested thousands deep is read as any other). A folder reached again through a link is
    read once: a loop when it is one of the folders being read, else already read through another path."""
    seen: set[tuple[int, int]] = set()
    matches = _matcher(glob)
    stack: list[tuple[str, list[str], Iterator[tuple[str, str]], tuple[int, int]]] = []

    def enter(current: str, relative: list[str]) -> Source | None:
        """Push ``current`` on the stack to be read; else the source telling why it is not (None: read already)."""
        try:
            info = os.stat(current)
            key = (info.st_dev, info.st_ino)
            if key in seen:
                return Source(current, explicit=False, problem="symlink loop") \
                    if any(frame[3] == key for frame in stack) else None
            seen.add(key)
            entries = _listing(current)
        except OSError as error:
            return Source(current, explicit=False, problem=_reason(error))
        stack.append((current if current.endswith("/") else current + "/", relative, iter(entries), key))
        return None

    problem = enter(folder, [])
    if problem is not None:
        yield problem
    while stack:
        prefix, relative, entries, _ = stack[-1]
        for name, kind in entries:
            if kind == _FOLDER:
                depth = len(stack)
                problem = enter(prefix + name, [*relative, name])
                if problem is not None:
                    yield problem
                if len(stack) > depth:
                    break  # read the folder entered first, then come back to this one's next entries
            elif kind != _FILE and kind != _REGULAR:  # an entry that could not be told (a link looping on itself)
                if matches(relative, name):  # one the glob would take: said; another one is no input
                    yield Source(prefix + name, explicit=False, problem=kind)
            elif name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX):
                continue  # an output file oimx is writing (-o): never a page
            elif matches(relative, name):
                yield Source(prefix + name, explicit=False) if kind == _REGULAR else _walked(prefix + name)
        else:
            stack.pop()


# what a listing notes of an entry beside its name (any other note is why the entry could not be told):
# a folder, a regular file that is no link (its kind read from the listing: no stat), any other file
_FOLDER, _REGULAR, _FILE = "\x01d", "\x01r", "\x01f"
# entries sorted and packed into one string at a time while a folder is listed, and unpacked at a time
_PACK, _UNPACK = 1024, 64


def _listing(folder: str) -> Iterator[tuple[str, str]]:
    """``(name, kind)`` of each entry of ``folder``, sorted by name.

    Sorted order needs the whole listing first: it is held packed, each run of ``_PACK``
    entries sorted and joined into one string (about one byte a character, no object per
    entry), and the runs are merged as the walk goes on.
    """
    runs: list[str] = []
    run: list[tuple[str, str]] = []
    with os.scandir(folder) as listing:
        for entry in listing:
            try:
                kind = _REGULAR if entry.is_file(follow_symlinks=False) else _FOLDER if entry.is_dir() else _FILE
            except OSError as error:
                kind = _reason(error)
            run.append((entry.name, kind))
            if len(run) == _PACK:
                runs.append(_pack(run))
                run = []
    if run:
        runs.append(_pack(run))
    if len(runs) == 1:
        return _unpack(runs[0])
    return heapq.merge(*(_unpack(packed) for packed in runs))


def _pack(run: list[tuple[str, str]]) -> str:
    return "\0".join(chain.from_iterable(sorted(run)))  # a name never holds a NUL


def _unpack(packed: str) -> Iterator[tuple[str, str]]:
    """The entries of a packed run, ``_UNPACK`` at a time split out of it (the rest stays packed)."""
    while packed:
        fields = packed.split("\0", 2 * _UNPACK)
        packed = fields.pop() if len(fields) > 2 * _UNPACK else ""
        pairs = iter(fields)
        yield from zip(pairs, pairs, strict=True)


def _walked(path: str) -> Source:
    """A file met in a walk: a page, a broken link, or a special file skipped (a FIFO would block the run)."""
    try:
        info = os.stat(path)
    except OSError as error:
        if os.path.islink(path) and not os.path.exists(path):
            return Source(path, explicit=False, problem="broken symbolic link")
        return Source(path, explicit=False, problem=_reason(error))
    if not stat.S_ISREG(info.st_mode):
        return Source(path, explicit=False, problem=f"skipped: not a regular file ({_kind(info.st_mode)})", skip=True)
    return Source(path, explicit=False)


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "FIFO"), (stat.S_ISSOCK, "socket"), (stat.S_ISCHR, "character device"),
                       (stat.S_ISBLK, "block device")):
        if test(mode):
            return name
    return "special file"


def read_bytes(source: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The raw bytes of ``source``, or :class:`InputError` with the reason."""
    if source.problem:
        raise InputError(source.problem)
    try:
        data = _read_stdin(max_bytes) if source.path == STDIN else _read_file(source.path, max_bytes,
                                                                               walked=not source.explicit)
    except OSError as error:
        if error.errno == errno.ENOENT and os.path.islink(source.path):
            raise InputError("broken symbolic link") from error
        raise InputError(_reason(error)) from error
    if len(data) > max_bytes:
        raise InputError(f"larger than --max-bytes ({max_bytes} bytes)")
    return data


def _read_file(path: str, max_bytes: int, walked: bool = False) -> bytes:
    """The bytes of the file at ``path``, read with the descriptor's own calls (a buffered file object costs
    more than the read); a file that tells no size (a pipe, a device, /proc) is read as a stream. A ``walked`` file
    is opened without waiting and must still be a regular file (a FIFO put in its place would block the run)."""
    fd = os.open(path, os.O_RDONLY | (os.O_NONBLOCK if walked else 0))
    try:
        if walked:
            if not stat.S_ISREG(mode := os.fstat(fd).st_mode):
                raise InputError(f"no longer a regular file ({_kind(mode)})")
            os.set_blocking(fd, True)
        # a read of max_bytes would allocate that much up front: ask the size first (a seek to the end
        # tells it without fstat's stat_result; a pipe cannot seek, and tells no size either way)
        try:
            size = os.lseek(fd, 0, os.SEEK_END)
            os.lseek(fd, 0, os.SEEK_SET)
        except OSError:
            size = 0
        if size > max_bytes:
            if stat.S_ISDIR(os.fstat(fd).st_mode):  # a folder's end is no size (ext4 answers 2**63 - 1)
                raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
            raise InputError(f"larger than --max-bytes ({max_bytes} bytes)")
        if size == 0:
            return _read_pipe(fd, max_bytes)
        data = os.read(fd, size + 1)
        while more := os.read(fd, 1 << 16):  # to the end: a file that grew since the seek has more
            data += more
        return data
    finally:
        os.close(fd)


def _read_stdin(max_bytes: int) -> bytes:
    """Up to ``max_bytes + 1`` bytes of standard input (``-``): from its descriptor when it has one."""
    try:
        fd = sys.stdin.buffer.fileno()
    except (AttributeError, OSError, ValueError):  # a stand-in for stdin without a descriptor
        return _read_stream(sys.stdin.buffer, max_bytes)
    return _read_pipe(fd, max_bytes)


def _read_stream(stream, max_bytes: int) -> bytes:
    """Up to ``max_bytes + 1`` bytes of a file object without a descriptor, in chunks (no buffer of that size
    up front)."""
    chunks, size = [], 0
    while size <= max_bytes:
        wanted = min(1 << 20, max_bytes + 1 - size)
        chunk = stream.read(wanted)
        chunks.append(chunk)
        size += len(chunk)
        if len(chunk) < wanted:  # a buffered read is short only at the end
            break
    return b"".join(chunks)


# how long a wait for a pipe's next bytes lasts before Python looks at the signals again
_PIPE_WAKE_MS = 200


def _read_pipe(fd: int, max_bytes: int) -> bytes:
    """Up to ``max_bytes + 1`` bytes of a descriptor that tells no size (a pipe, a FIFO, a terminal, a device), to
    its end, in chunks.

    Each read waits for bytes in a ``poll`` that wakes every _PIPE_WAKE_MS: a SIGTERM or Ctrl-C that lands just
    before a blocking ``read`` (after Python last looked at the signals) would otherwise wait as long as the
    writer does, its handler run only once the read returns.
    """
    waiting = select.poll()
    waiting.register(fd, select.POLLIN)
    chunks, size = [], 0
    while size <= max_bytes:
        while not waiting.poll(_PIPE_WAKE_MS):
            pass  # the loop's jump back runs any signal handler pending
        chunk = os.read(fd, min(1 << 20, max_bytes + 1 - size))
        if not chunk:  # the end (a writer closed, or one Ctrl-D on a terminal)
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # UTF-32 LE's opens as UTF-16 LE's does
_BOM_STARTS = tuple(bom for bom, _ in _BOMS)


@cache
def _utf8_sequence() -> re.Pattern[bytes]:
    """A well-formed multi-byte UTF-8 sequence: rare by chance in cp1252 text (compiled for a page that is not
    valid UTF-8 only)."""
    return re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def decode(data: bytes, encoding: str | None = None, *, text: bool = False) -> tuple[str, str]:
    """Text and the name of the encoding used; :class:`InputError` for binary data."""
    content, name, _ = decode_noting(data, encoding, text=text)
    return content, name


def decode_noting(data: bytes, encoding: str | None = None, *, text: bool = False) -> tuple[str, str, str | None]:
    """Like :func:`decode`, plus a warning when bytes had to be replaced.

    UTF-8 with a few stray bytes (a Latin-1 ``é`` pasted into a UTF-8 page) stays UTF-8,
    each bad byte replaced by U+FFFD: when the page holds at least as many well-formed
    multi-byte sequences as bad bytes, it was written in UTF-8, not in cp1252.
    """
    if encoding:
        try:
            return data.decode(encoding), encoding, None
        except (UnicodeDecodeError, LookupError) as error:
            raise InputError(f"cannot decode as {encoding}: {error}") from error
    for bom, name in _BOMS if data.startswith(_BOM_STARTS) else ():
        if data.startswith(bom):
            try:
                return data.decode(name), name, None  # "utf-8-sig": the offsets count no BOM, as that codec reads
            except UnicodeDecodeError as error:
                raise InputError(f"invalid {name} text: {error.reason}") from error
    if b"\x00" in data and not text:
        raise BinaryInput("binary file (NUL bytes); use --text to read it anyway")
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError as error:
        first = error.start
    content = data.decode("utf-8", errors="replace")
    bad = content.count("\ufffd") - data.count("\ufffd".encode())
    if len(_utf8_sequence().findall(data)) >= bad:
        return content, "utf-8", f"invalid UTF-8 at byte {first} ({bad} replaced by U+FFFD)"
    return data.decode("cp1252", errors="replace"), "cp1252", None
