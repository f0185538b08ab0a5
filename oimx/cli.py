"""The ``oimx`` command: argument parsing and I/O only; the work is in :mod:`oimx.batch`."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
import tempfile
import time
from pathlib import Path
from typing import Annotated

import typer

from oimx import __version__

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    help="Turn saved IOM/OIM press-release pages into JSON lines: title, dateline, body, contacts, "
    "e-mails, phones, dates and money.",
    context_settings={"help_option_names": ["-h", "--help"]},
)

EXTRACT_EXAMPLES = """
[b]Examples[/b]

  oimx extract page.txt                          [dim]# one JSON object on stdout[/dim]
  oimx extract pages/ > pages.jsonl              [dim]# a folder, recursively, *.txt[/dim]
  cat page.txt | oimx extract -                  [dim]# standard input[/dim]
  oimx extract pages/ | jq -c '{source, emails: [.emails[].value]}'
  oimx extract pages/ --jobs 4 -o pages.jsonl    [dim]# parallel, written atomically[/dim]
  oimx extract old/ --glob '*.htm.txt' --encoding cp1252

Exit status: 0 all inputs read, 1 some inputs failed (error records written), 2 usage error,
130 interrupted, 143 terminated.
"""


class Terminated(BaseException):
    """SIGTERM arrived."""


class _Signals:
    """Ctrl-C and SIGTERM stop the run, but never in the middle of writing a line.

    Python runs signal handlers in the main thread, whichever thread the signal hit,
    so a flag is enough: inside :meth:`held` a signal is only noted, and acted on at its end.
    """

    def __init__(self) -> None:
        self.holding = False
        self.pending: int | None = None

    def install(self) -> None:
        signal.signal(signal.SIGINT, self._handle)
        signal.signal(signal.SIGTERM, self._handle)

    def _handle(self, signum: int, _frame: object) -> None:
        if self.holding:
            self.pending = signum
            return
        self._raise(signum)

    @staticmethod
    def _raise(signum: int) -> None:
        raise KeyboardInterrupt if signum == signal.SIGINT else Terminated

    def held(self):
        signals = self

        class Hold:
            def __enter__(self) -> None:
                signals.holding = True

            def __exit__(self, *_exc: object) -> None:
                signals.holding = False
                if signals.pending is not None:
                    signum, signals.pending = signals.pending, None
                    signals._raise(signum)

        return Hold()


_signals = _Signals()


def _say(message: str) -> None:
    """One diagnostic line on stderr, never through rich markup."""
    try:
        sys.stderr.write(f"oimx: {message}\n")
        sys.stderr.flush()
    except (BrokenPipeError, OSError):
        pass


def _version(value: bool) -> None:
    if value:
        typer.echo(f"oimx {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool | None, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = None,
) -> None:
    """Turn saved IOM/OIM press-release pages into JSON lines."""


class _Output:
    """Complete JSON lines to stdout or to a file written atomically (temp file + rename)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.temp: str | None = None
        if path is None:
            self.fd = sys.stdout.fileno()
            self.interactive = sys.stdout.isatty()
        else:
            directory = os.path.dirname(os.path.abspath(path))
            self.fd, self.temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
            self.interactive = False
        self.pending: list[bytes] = []
        self.size = 0
        self.written = 0  # lines out of the process (pending ones are not)

    @property
    def lines(self) -> int:
        """Lines written or about to be: a flush writes all of them."""
        return self.written + len(self.pending)

    def write(self, line: str) -> None:
        data = line.encode("utf-8", "surrogateescape") + b"\n"
        with _signals.held():
            self.pending.append(data)
            self.size += len(data)
        if self.interactive or self.size >= 1 << 16:
            self.flush()

    def flush(self) -> None:
        """Write the pending lines; Ctrl-C and SIGTERM wait until they are all out."""
        if not self.pending:
            return
        with _signals.held():
            view = memoryview(b"".join(self.pending))
            count = len(self.pending)
            self.pending, self.size = [], 0
            while view:
                written = os.write(self.fd, view)
                view = view[written:]
            self.written += count

    def commit(self) -> None:
        self.flush()
        if self.temp is not None and self.path is not None:
            os.fsync(self.fd)
            os.close(self.fd)
            os.replace(self.temp, self.path)
            self.temp = None

    def abandon(self) -> None:
        if self.temp is not None:
            os.close(self.fd)
            os.unlink(self.temp)
            self.temp = None


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise typer.BadParameter(f"{value!r} is not a date as YYYY-MM-DD") from error


@app.command(epilog=EXTRACT_EXAMPLES)
def extract(
    paths: Annotated[list[str] | None, typer.Argument(help="Files or folders; '-' or nothing reads stdin.")] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to FILE (atomically) instead of stdout.")
    ] = None,
    glob: Annotated[str, typer.Option(help="Which files of a folder to read.")] = "*.txt",
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=0, help="Worker processes (0: one per CPU).")
    ] = 0,
    reference_date: Annotated[
        str | None,
        typer.Option(help="YYYY-MM-DD: resolve relative dates and missing years against this date."),
    ] = None,
    lang: Annotated[str | None, typer.Option(help="Force the language (fr, en, es) instead of detecting it.")] = None,
    encoding: Annotated[str | None, typer.Option(help="Read inputs in this encoding instead of guessing.")] = None,
    text: Annotated[bool, typer.Option("--text", help="Read files with NUL bytes as text anyway.")] = False,
    max_bytes: Annotated[int, typer.Option(min=1, help="Refuse inputs larger than this.")] = 50 * 1024 * 1024,
    timeout: Annotated[float, typer.Option(min=0, help="Seconds allowed per page (0: no limit).")] = 10.0,
    learn: Annotated[
        bool, typer.Option(help="Learn the site furniture a batch repeats at the top of its pages.")
    ] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary.")] = False,
) -> None:
    """Extract one JSON object per page (JSON lines) on stdout."""
    from oimx import batch, sources

    if lang is not None and lang not in {"fr", "en", "es"}:
        raise typer.BadParameter(f"{lang!r}: choose fr, en or es", param_hint="--lang")
    options = batch.Options(
        encoding=encoding, text=text, max_bytes=max_bytes, lang=lang,
        reference=_parse_date(reference_date), timeout=timeout,
    )
    inputs = list(sources.expand(paths or [], glob))
    if learn:
        options = batch.Options(**{**options.__dict__, "learned": batch.learn(inputs, options)})
    workers = min(jobs or os.cpu_count() or 1, max(1, len(inputs)))
    interactive = sys.stderr.isatty() and not quiet
    _signals.install()
    out = _Output(output)
    skipped = failed = 0
    started = time.monotonic()
    progress = None
    try:
        if interactive:
            progress = _progress(len(inputs))
        for outcome in batch.run(inputs, options, workers):
            if outcome.message:
                _say(f"{outcome.source}: {outcome.message}")
            if outcome.line is not None:
                out.write(outcome.line)
            else:
                skipped += 1
            failed += outcome.failed
            if progress:
                progress[0].update(progress[1], advance=1, errors=failed)
        out.commit()
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(0) from None
    except (KeyboardInterrupt, Terminated) as stop:
        _stop_progress(progress)
        _finish_interrupted(out)
        _say(f"interrupted after {out.lines + skipped} of {len(inputs)} pages")
        raise typer.Exit(130 if isinstance(stop, KeyboardInterrupt) else 143) from None
    finally:
        _stop_progress(progress)
        out.abandon()
    if interactive:
        seconds = time.monotonic() - started
        done = out.lines + skipped
        _say(f"{done} pages, {failed} failed, {seconds:.1f} s ({done / seconds if seconds else 0:.0f} pages/s)")
    raise typer.Exit(1 if failed else 0)


def _finish_interrupted(out: _Output) -> None:
    _signals.holding = True  # a second Ctrl-C must not cut the last flush
    try:
        if out.temp is None:
            out.flush()
    except OSError:
        pass


def _silence_stdout() -> None:
    """After the reader closed the pipe: no more writes, no error at interpreter exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _progress(total: int):
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class Speed(ProgressColumn):
        def render(self, task) -> Text:
            return Text(f"{task.speed or 0:>6,.0f} pages/s")

    progress = Progress(
        TextColumn("extract"), BarColumn(), MofNCompleteColumn(), Speed(),
        TextColumn("errors: {task.fields[errors]}"), TimeRemainingColumn(),
        console=Console(stderr=True), redirect_stdout=False, redirect_stderr=False, transient=True,
    )
    progress.start()
    return progress, progress.add_task("extract", total=total, errors=0)


def _stop_progress(progress) -> None:
    if progress:
        progress[0].stop()


@app.command(epilog="[b]Examples[/b]\n\n  oimx schema > record.schema.json\n  oimx schema | jq '.properties | keys'")
def schema() -> None:
    """Print the JSON Schema of an output record."""
    from importlib.resources import files

    typer.echo(files("oimx").joinpath("schema.json").read_text(encoding="utf-8"), nl=False)


def main() -> None:
    """Entry point of the ``oimx`` console script."""
    try:
        app()
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(0)
    except KeyboardInterrupt:
        _say("interrupted")
        sys.exit(130)
