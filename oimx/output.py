"""Where the commands write: whole lines to stdout or a file, messages on stderr, signals held meanwhile.

``-o PATH`` replaces a regular file (or creates one) atomically: a temporary file beside
it, then a rename, keeping the old file's mode (a new one gets the umask's). Anything
else at PATH (a symbolic link, a FIFO, a device) is written through, as ``>`` would.
Every failure to write is an :class:`OutputError` naming the path and the reason.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import signal
import stat
import sys
from collections.abc import Iterable
from functools import cache

from oimx.sources import TEMP_PREFIX, TEMP_SUFFIX

STDOUT = "standard output"


@cache
def _unprintable() -> re.Pattern[str]:
    """What must not reach a terminal raw: control characters, lone surrogates, bidirectional overrides
    (compiled when first needed: a run with no message and no terminal never needs it)."""
    return re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@cache
def _surrogate() -> re.Pattern[str]:
    """A lone surrogate (a byte of a file name that is not UTF-8); only such a line needs it."""
    return re.compile(r"[\ud800-\udfff]")


class OutputError(Exception):
    """Output cannot be written: ``where`` (a path or 'standard output') and why."""

    def __init__(self, where: str, error: OSError) -> None:
        self.where = where
        self.reason = error.strerror or str(error)
        super().__init__(f"{where}: {self.reason}")


class Terminated(BaseException):
    """SIGTERM (or SIGHUP) arrived."""


class _GuardedStdout:
    """``sys.stdout`` whose failures to write are told apart from the command's errors: a closed pipe is
    :class:`StdoutClosed` (exit 0), not the OSError that click turns into exit 1 (``oimx --help | true``),
    and any other failure an :class:`OutputError` (``> /dev/full``: one line, exit 1), not a traceback."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as error:
            raise _stdout_error(error) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as error:
            raise _stdout_error(error) from None

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


class StdoutClosed(BaseException):
    """The reader of standard output went away: the command ends quietly (exit 0). Not an OSError, which
    click would catch and end with exit 1."""


def _stdout_error(error: OSError) -> BaseException:
    return StdoutClosed() if isinstance(error, BrokenPipeError) else OutputError(STDOUT, error)


def printable(text: str) -> str:
    """``text`` with every control character, lone surrogate and bidi override escaped (``\\x1b``, ``\\udcff``)."""
    return _unprintable().sub(lambda m: m[0].encode("unicode_escape", "backslashreplace").decode("ascii"), text)


def escape_surrogates(line: str) -> str:
    """A line whose lone surrogates (bytes of a file name that is not UTF-8) become JSON escapes ``\\udcff``.

    ``json.loads`` gives the surrogate back, and ``os.fsencode`` the original byte.
    """
    return _surrogate().sub(lambda m: f"\\u{ord(m[0]):04x}", line)


def for_terminal(line: str) -> str:
    """An output line bound for a terminal, nothing in it able to drive the terminal: a JSON line
    keeps valid JSON (``\\u001b``, ``\\u202e``), any other line (CSV) gets the escapes of the
    messages on stderr (``\\x1b``). Lines to a file or a pipe are written as they are."""
    if line.startswith("{"):
        return _unprintable().sub(lambda m: f"\\u{ord(m[0]):04x}", line)
    return printable(line)


def say(message: str) -> None:
    """One diagnostic line on stderr (``oimx: message``), escaped for the terminal."""
    try:
        sys.stderr.write(f"oimx: {printable(message)}\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        pass


class Signals:
    """Ctrl-C and SIGTERM stop the run, but never in the middle of writing a line.

    Python runs signal handlers in the main thread, whichever thread the signal hit,
    so a flag is enough: inside :meth:`held` a signal is only noted, and acted on at its end.
    The handler's exception can land where Python ignores exceptions (a ``__del__``): the
    signal stays noted in :attr:`received` until :meth:`check` raises it again.
    """

    def __init__(self) -> None:
        self.depth = 0  # nested held() blocks
        self.pending: int | None = None
        self.received: int | None = None  # the stop signal not yet acted on
        self._hold = _Hold(self)

    def install(self) -> None:
        signal.signal(signal.SIGINT, self._handle)
        signal.signal(signal.SIGTERM, self._handle)
        signal.signal(signal.SIGHUP, self._handle)  # the terminal closed: stop as SIGTERM does, no temp file left
        if getattr(sys.unraisablehook, "quiet_stops", False):
            return
        hook = sys.unraisablehook

        def quiet(unraisable) -> None:  # a stop Python ignored in a __del__: check() raises it again
            if unraisable.exc_type not in (KeyboardInterrupt, Terminated):
                hook(unraisable)

        quiet.quiet_stops = True  # type: ignore[attr-defined]
        sys.unraisablehook = quiet

    def _handle(self, signum: int, _frame: object) -> None:
        self.received = signum
        if self.depth > 0:
            self.pending = signum
            return
        self._raise(signum)

    def check(self) -> None:
        """Raise the stop signal received whose exception was lost (outside :meth:`held`)."""
        if self.received is not None and self.depth == 0:
            self._raise(self.received)

    def acted_on(self) -> None:
        """The stop has been handled: forget it."""
        self.received = self.pending = None

    @staticmethod
    def _raise(signum: int) -> None:
        raise KeyboardInterrupt if signum == signal.SIGINT else Terminated

    def held(self) -> _Hold:
        """A context in which a stop signal is only noted (nestable; one object serves every use)."""
        return self._hold


class _Hold:
    """:meth:`Signals.held`: built once, not a class per call (it is entered for every line written)."""

    def __init__(self, signals: Signals) -> None:
        self.signals = signals

    def __enter__(self) -> None:
        self.signals.depth += 1

    def __exit__(self, *_exc: object) -> None:
        signals = self.signals
        signals.depth -= 1
        if signals.depth == 0 and signals.pending is not None:
            signum, signals.pending = signals.pending, None
            signals._raise(signum)


signals = Signals()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class Output:
    """Complete lines to stdout or to ``path`` (see the module's docstring for how a path is written)."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.where = STDOUT if path is None else path
        self.temp: str | None = None
        self.mode: int | None = None
        self.pending: list[bytes] = []
        self.size = 0
        self.written = 0  # lines out of the process (pending ones are not)
        try:
            self.fd = self._open(path)
        except OSError as error:
            raise OutputError(self.where, error) from None
        self.interactive = path is None and os.isatty(self.fd)

    def _open(self, path: str | None) -> int:
        if path is None:
            return sys.stdout.fileno() if sys.stdout is not None else 1
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            info = None
        if info is not None and stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
        if info is not None and not stat.S_ISREG(info.st_mode):  # a link, a FIFO, a device: write through
            return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        self.mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask()
        folder, name = os.path.split(os.path.abspath(path))
        import tempfile  # only for -o: a run on stdout or --help never needs it

        fd, self.temp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{name}.", suffix=TEMP_SUFFIX, dir=folder)
        return fd

    @property
    def lines(self) -> int:
        """Lines written or about to be: a flush writes all of them."""
        return self.written + len(self.pending)

    def write(self, line: str | bytes) -> None:
        """One line; bytes are a line encoded already (:func:`oimx.record.encoded`), written as they are."""
        if isinstance(line, bytes) and not self.interactive:
            data = line + b"\n"
        else:
            if isinstance(line, bytes):
                line = line.decode("utf-8")
            if self.interactive:
                line = for_terminal(line)
            try:
                data = line.encode("utf-8") + b"\n"
            except UnicodeEncodeError:
                data = escape_surrogates(line).encode("utf-8", "surrogatepass") + b"\n"
        with signals.held():
            self.pending.append(data)
            self.size += len(data)
        if self.interactive or self.size >= 1 << 16:
            self.flush()

    def flush(self) -> None:
        """Write the pending lines; Ctrl-C and SIGTERM wait until they are all out."""
        if not self.pending:
            return
        with signals.held():
            view = memoryview(b"".join(self.pending))
            count = len(self.pending)
            self.pending, self.size = [], 0
            try:
                while view:
                    written = os.write(self.fd, view)
                    view = view[written:]
            except BrokenPipeError:
                raise StdoutClosed() from None  # the reader went away: the command ends quietly
            except OSError as error:
                raise OutputError(self.where, error) from None
            self.written += count

    def commit(self) -> None:
        """Everything written; a temporary file becomes ``path``."""
        self.flush()
        if self.path is None:
            return
        try:
            if self.temp is not None:
                os.fchmod(self.fd, self.mode if self.mode is not None else 0o644)
                os.fsync(self.fd)
            os.close(self.fd)
            self.fd = -1
            if self.temp is not None:
                os.replace(self.temp, self.path)
                self.temp = None
        except OSError as error:
            raise OutputError(self.where, error) from None

    def abandon(self) -> None:
        """Give up a temporary file (nothing of it is left); close a written-through file."""
        if self.path is None or self.fd < 0:
            return
        with contextlib.suppress(OSError):
            os.close(self.fd)
        self.fd = -1
        if self.temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.temp)
            self.temp = None

    def finish_interrupted(self) -> None:
        """After Ctrl-C or SIGTERM: the lines already made go out to stdout or a written-through file."""
        signals.depth += 1  # a second Ctrl-C must not cut the last flush
        try:
            if self.temp is None:
                self.flush()
        except (OSError, OutputError):
            pass


def silence_stdout() -> None:
    """After the reader closed the pipe: no more writes, no error at interpreter exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
    except OSError:
        pass


def guard_standard_streams() -> None:
    """Make closed standard streams (``<&-``, ``>&-``) fail as a bad file descriptor rather than crash.

    A closed descriptor 0, 1 or 2 is reopened on /dev/null in the wrong direction, so that a
    file opened later cannot take its number and every use of it fails with EBADF.
    """
    for fd, flags, name in ((0, os.O_WRONLY, "stdin"), (1, os.O_RDONLY, "stdout"), (2, os.O_RDWR, "stderr")):
        try:
            os.fstat(fd)
            continue
        except OSError:
            pass
        opened = os.open(os.devnull, flags)
        if opened != fd:
            os.dup2(opened, fd)
            os.close(opened)
        if getattr(sys, name) is None:
            mode = "r" if fd == 0 else "w"
            setattr(sys, name, open(fd, mode, encoding="utf-8", errors="backslashreplace", closefd=False))  # noqa: SIM115
    if sys.stdout is not None and not isinstance(sys.stdout, _GuardedStdout):
        sys.stdout = _GuardedStdout(sys.stdout)


def flush_stdout() -> None:
    """Flush Python's stdout buffer; a failure is an :class:`OutputError`, a closed pipe :class:`StdoutClosed`."""
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except OSError as error:
        raise _stdout_error(error) from None


def write_lines(out: Output, lines: Iterable[str]) -> None:
    """Write lines, then commit (a file replaces its path atomically)."""
    try:
        for line in lines:
            out.write(line)
        out.commit()
    finally:
        out.abandon()


def show(renderable: object, out: Output | None = None, *, wide: bool = False) -> None:
    """A rich renderable to the terminal (colour unless NO_COLOR), else as plain text to ``out`` or stdout.

    Not on a terminal, a ``wide`` renderable (a table of addresses) gets all the width it
    needs: a pipe has no width, and cutting values there would break them.
    """
    from rich.console import Console

    terminal = Console(highlight=False, emoji=False, markup=False)
    if out is None and terminal.is_terminal:
        try:
            terminal.print(renderable)
            flush_stdout()
        except OSError as error:
            raise OutputError(STDOUT, error) from None
        return
    width = 10_000 if wide else 120 if out is not None else terminal.width
    console = Console(record=True, file=io.StringIO(), width=width, color_system=None, highlight=False)
    console.print(renderable)
    write_lines(out or Output(None), (line.rstrip() for line in console.export_text(styles=False).splitlines()))
