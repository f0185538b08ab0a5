"""The run of a batch command (extract, contacts, stats): inputs to outcomes, each handed to a sink.

:meth:`Batch.stream` reads the inputs in order (on worker processes with ``--jobs``), tells
each input's message on stderr (``oimx: PATH: reason``), shows a progress bar when stderr is a
terminal the records do not go to, and ends the command the documented way: Ctrl-C 130,
SIGTERM 143 (after the pages taken so far), a closed pipe 0. A sink receives each outcome
(:class:`oimx.batch.Outcome`) as its :meth:`Sink.prepare` made it where the page was parsed (in
a worker with ``--jobs``): the lines to write, already redacted when asked, or the record to add to
totals. The parent process then only writes: its share of the work per page stays small.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import typer

from oimx import output as writing
from oimx.output import Terminated, say

if TYPE_CHECKING:
    from oimx.batch import Options, Outcome
    from oimx.redact import Redactor


class Sink:
    """What a command does with each outcome; ``pages`` counts the pages it has taken whole."""

    def __init__(self) -> None:
        self.pages = 0

    def prepare(self) -> Prepare | None:
        """What becomes of each outcome where its page is parsed, before :meth:`take` (None: nothing)."""
        return None

    def take(self, outcome: Outcome) -> None:
        """Handle one page's outcome (as :meth:`prepare` made it)."""
        raise NotImplementedError


@dataclass(frozen=True)
class Lines:
    """A record's output lines: one JSON line per page, or one line per item, JSON or CSV (:mod:`oimx.flat`).

    A JSON line comes UTF-8 encoded already (:func:`oimx.record.encoded`), a CSV line as text.
    """

    per_item: bool = False
    csv: bool = False

    def __call__(self, rec: dict) -> list[str] | list[bytes]:
        import oimx.record as record  # not `from oimx import`: that runs importlib's fromlist handling every page

        if not self.per_item:
            return [record.encoded(rec)]
        from oimx import flat

        if self.csv:
            return [flat.csv_line(list(row.values())) for row in flat.rows(rec)]
        return [record.encoded(row) for row in flat.rows(rec)]


@dataclass(frozen=True)
class Prepare:
    """An outcome's record redacted when asked, then turned into its output ``lines`` when given.

    It runs where the page was parsed (a worker process with ``--jobs``), so the parent
    receives a few strings rather than a record to rebuild, redact and serialise.
    """

    redactor: Redactor | None = None
    lines: Callable[[dict], list[str] | list[bytes]] | None = None

    def __call__(self, outcome: Outcome) -> Outcome:
        rec = outcome.record
        if rec is not None and self.redactor is not None:
            rec = self.redactor.record(rec)
        if self.lines is None:
            return outcome.made(rec)
        return outcome.made(None, [] if rec is None else self.lines(rec))


class LineSink(Sink):
    """Each page's lines to the output, a whole page at a time (a signal waits for the page's last line)."""

    def __init__(self, out: writing.Output, lines: Callable[[dict], list[str] | list[bytes]],
                 redactor: Redactor | None = None) -> None:
        super().__init__()
        self.out, self.made = out, Prepare(redactor, lines)

    def prepare(self) -> Prepare:
        return self.made

    def take(self, outcome: Outcome) -> None:
        with writing.signals.held():
            for line in outcome.lines or ():
                self.out.write(line)
            self.pages += 1


class RecordSink(Sink):
    """Each page's record (redacted when asked) to a function that keeps aggregates."""

    def __init__(self, add: Callable[[dict], None], redactor: Redactor | None = None) -> None:
        super().__init__()
        self.add, self.redactor = add, redactor

    def prepare(self) -> Prepare | None:
        return None if self.redactor is None else Prepare(self.redactor)

    def take(self, outcome: Outcome) -> None:
        if outcome.record is not None:
            self.add(outcome.record)
        self.pages += 1


@dataclass
class Batch:
    """The inputs and reading options that every batch command shares (checked by the CLI), and the run."""

    paths: list[str] | None
    glob: str
    jobs: int
    lang: str | None
    encoding: str | None
    text: bool
    max_bytes: int
    timeout: float
    learn: bool
    quiet: bool
    reference: dt.date | None = None
    redactor: Redactor | None = None

    def options(self) -> Options:
        """How to read and parse each page."""
        from oimx import batch

        return batch.Options(encoding=self.encoding, text=self.text, max_bytes=self.max_bytes, lang=self.lang,
                             reference=self.reference, timeout=self.timeout)

    def stream(self, label: str, sink: Sink, out: writing.Output | None = None) -> int:
        """Hand every input's outcome to ``sink``, in input order; the number of failed inputs.

        Messages go to stderr as ``oimx: PATH: reason``; Ctrl-C and SIGTERM end the command
        (130, 143) after the pages taken so far; a closed pipe ends it quietly (0).
        """
        from oimx import batch, sources

        writing.signals.install()
        options = self.options()
        paths = self.paths or [sources.STDIN]
        if sources.STDIN in paths and sys.stdin is not None and sys.stdin.isatty():
            say("reading standard input (Ctrl-D to end)")
        failed = total = 0
        progress = None
        started = time.monotonic()
        try:
            # two walks over the inputs rather than a list of them all: memory stays flat
            total, sample = batch.survey(sources.expand(paths, self.glob))
            if total == 0:
                say(f"{', '.join(paths)}: no file matches --glob {self.glob!r}")
                raise typer.Exit(1)
            for path in paths if len(paths) > 1 else ():  # a folder among other inputs that gives no page: a failure
                if sources.matches_nothing(path, self.glob):
                    say(f"{path}: no file matches --glob {self.glob!r}")
                    failed += 1
            if self.learn and total >= batch.LEARN_MIN_BATCH:
                options = replace(options, learned=batch.learn(sample, options))
            inputs = sources.expand(paths, self.glob)
            jobs = min(self.jobs or os.cpu_count() or 1, max(1, total))
            if jobs > 1:  # workers (multiprocessing) are imported only for a run that starts some
                from oimx import workers

                jobs = min(jobs, workers.max_jobs())
            # a bar only when the records do not go to the same terminal, nor come from it
            interactive = (not self.quiet and isatty(sys.stderr) and not isatty(sys.stdout)
                           and not (sources.STDIN in paths and isatty(sys.stdin)))
            if interactive:
                progress = Progress(total, label)
            prepare = sink.prepare() if isinstance(sink, Sink) else None
            for outcome in batch.run(inputs, options, jobs, prepare):
                writing.signals.check()
                if outcome.message:
                    say(f"{outcome.source}: {outcome.message}")
                sink.take(outcome)
                failed += outcome.failed
                if progress:
                    progress.advance(failed)
            writing.signals.check()
            if out is not None:
                out.commit()
        except (BrokenPipeError, writing.StdoutClosed):
            writing.silence_stdout()
            raise typer.Exit(0) from None
        except (KeyboardInterrupt, Terminated) as stop:
            writing.signals.acted_on()
            if progress:
                progress.stop()
            if out is not None:
                out.finish_interrupted()
            say(f"interrupted after {sink.pages} of {total} pages")
            raise typer.Exit(130 if isinstance(stop, KeyboardInterrupt) else 143) from None
        finally:
            if progress:
                progress.stop()
            if out is not None:
                out.abandon()
        if progress:
            seconds = time.monotonic() - started
            done = sink.pages
            say(f"{done} pages, {failed} failed, {seconds:.1f} s ({done / seconds if seconds else 0:.0f} pages/s)")
        return failed


def isatty(stream: object) -> bool:
    """Whether ``stream`` is a terminal (False for a closed or missing stream)."""
    try:
        return stream is not None and stream.isatty()  # type: ignore[attr-defined]
    except (OSError, ValueError):
        return False


class Progress:
    """A transient progress bar on stderr: pages done of ``total``, pages per second, errors, time left."""

    def __init__(self, total: int, label: str) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, ProgressColumn, TextColumn, TimeRemainingColumn
        from rich.progress import Progress as Bar
        from rich.text import Text

        class Speed(ProgressColumn):
            def render(self, task) -> Text:
                return Text(f"{task.speed or 0:>6,.0f} pages/s")

        self.bar = Bar(
            TextColumn(label), BarColumn(), MofNCompleteColumn(), Speed(),
            TextColumn("errors: {task.fields[errors]}"), TimeRemainingColumn(),
            console=Console(stderr=True), redirect_stdout=False, redirect_stderr=False, transient=True,
        )
        self.bar.start()
        self.task = self.bar.add_task(label, total=total, errors=0)

    def advance(self, errors: int) -> None:
        """One more page done; ``errors`` so far."""
        self.bar.update(self.task, advance=1, errors=errors)

    def stop(self) -> None:
        """Take the bar off the terminal (again: harmless)."""
        self.bar.stop()
