"""The ``oimx`` command: argument parsing and I/O only; the work is in :mod:`oimx.batch`."""

from __future__ import annotations

import datetime as dt
import inspect
import io
import json
import os
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from oimx import __version__
from oimx import output as writing
from oimx.output import OutputError, Terminated

if TYPE_CHECKING:
    from rich.console import Console

    from oimx.batch import Outcome
    from oimx.redact import Redactor

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
  oimx extract pages/ --per item > items.jsonl   [dim]# a line per item[/dim]
  oimx extract pages/ --format csv -o items.csv  [dim]# a row per item[/dim]
  oimx extract pages/ --redact > shared.jsonl    [dim]# hashed contacts[/dim]
  oimx extract pages/ --format parquet -o pages.parquet
  oimx extract s3://bucket/pages --engine ray --address auto -o s3://bucket/out  [dim]# shards[/dim]

Exit status: 0 all inputs read, 1 some inputs failed (error records written), no input matched
or the output could not be written, 2 usage error, 130 interrupted, 143 terminated.
"""

_EXIT = """
Exit status: 0 all inputs read, 1 some inputs failed (told on stderr) or output failed, 2 usage error,
130 interrupted, 143 terminated.
"""

SHOW_EXAMPLES = """
[b]Examples[/b]

  oimx show page.txt                 [dim]# parts labelled, items in colour, then a table[/dim]
  oimx show page.txt --full | less -R [dim]# with the site navigation, paged[/dim]
  NO_COLOR=1 oimx show page.txt      [dim]# no colour[/dim]
  oimx show page.txt > page.view.txt [dim]# plain text when not on a terminal[/dim]

Exit status: 0 shown, 1 the page could not be read, 2 usage error.
"""

CONTACTS_EXAMPLES = """
[b]Examples[/b]

  oimx contacts pages/                           [dim]# one JSON object per person[/dim]
  oimx contacts pages/ --format table            [dim]# for reading[/dim]
  oimx contacts pages/ --format csv -o people.csv
  oimx contacts pages/ | jq -r 'select(.pages > 1) | .name'
  oimx contacts pages/ --redact --redact-salt "$SECRET"  [dim]# e-mails and phones hashed[/dim]
""" + _EXIT

STATS_EXAMPLES = """
[b]Examples[/b]

  oimx stats pages/                   [dim]# tables and a bar chart of dates per year[/dim]
  oimx stats pages/ --json | jq .money
  oimx stats pages/ --jobs 4 --quiet
""" + _EXIT


_signals = writing.signals
_say = writing.say


def _version(value: bool) -> None:
    if value:
        typer.echo(f"oimx {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool | None,
        typer.Option("--version", metavar="", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = None,
) -> None:
    """Turn saved IOM/OIM press-release pages into JSON lines."""


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        date = dt.date.fromisoformat(value)
    except ValueError as error:
        raise typer.BadParameter(f"{value!r} is not a date as YYYY-MM-DD", param_hint="--reference-date") from error
    first, last = _REFERENCE_YEARS
    if not first <= date.year <= last:
        raise typer.BadParameter(f"{value}: give a year from {first} to {last}", param_hint="--reference-date")
    return date


# --- options shared by the commands ---------------------------------------------------------------------

_INPUT = "Input"
Paths = Annotated[list[str] | None, typer.Argument(help="Files or folders; '-' or nothing reads stdin.")]
Glob = Annotated[
    str,
    typer.Option(help="Which files of a folder to read: a name pattern, or a path one with / and **.",
                 rich_help_panel=_INPUT),
]
Jobs = Annotated[int, typer.Option("--jobs", "-j", min=0, help="Worker processes (0: one per CPU; at most 4 per CPU).")]
ReferenceDate = Annotated[
    str | None,
    typer.Option(
        help="YYYY-MM-DD: resolve relative dates and missing years against this date.", rich_help_panel=_INPUT
    ),
]
Lang = Annotated[
    str | None, typer.Option(help="Force the language (fr, en, es, pt) rather than detect it.", rich_help_panel=_INPUT)
]
Encoding = Annotated[
    str | None, typer.Option(help="Read inputs in this encoding instead of guessing.", rich_help_panel=_INPUT)
]
AsText = Annotated[
    bool, typer.Option("--text", metavar="", help="Read files with NUL bytes as text anyway.", rich_help_panel=_INPUT)
]
MaxBytes = Annotated[int, typer.Option(min=1, help="Refuse inputs larger than this.", rich_help_panel=_INPUT)]
Timeout = Annotated[
    float, typer.Option(min=0, help="CPU seconds allowed per page (0: no limit).", rich_help_panel=_INPUT)
]
Learn = Annotated[
    bool,
    typer.Option(metavar="", help="Learn the site furniture a batch repeats at the top of its pages.",
                 rich_help_panel=_INPUT),
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", metavar="", help="No progress bar, no summary.")]
Output = Annotated[Path | None, typer.Option("--output", "-o", help="Write to FILE (atomically) instead of stdout.")]
Redact = Annotated[
    bool, typer.Option("--redact", metavar="", help="Replace e-mail addresses and phone numbers by stable hashes.")
]
RedactSalt = Annotated[
    str, typer.Option(help="Key of the --redact hashes; a secret one stops look-ups of known addresses.")
]

class PageFormat(str, Enum):
    """Output formats of ``extract``."""

    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class Engine(str, Enum):
    """Where ``extract`` runs: this machine, or a Ray cluster (see oimx.engine)."""

    local = "local"
    ray = "ray"


class Per(str, Enum):
    """What one line of ``extract`` holds."""

    page = "page"
    item = "item"


class DirectoryFormat(str, Enum):
    """Output formats of ``contacts``."""

    jsonl = "jsonl"
    table = "table"
    csv = "csv"


ExtractFormat = Annotated[
    PageFormat, typer.Option("--format", "-f", help="jsonl, csv (one row per item, with a header) or parquet (-o).")
]
ExtractOutput = Annotated[str | None, typer.Option(
    "--output", "-o", help="Write to FILE (atomically) instead of stdout; --engine ray: a folder or URI of shards.")]
EngineOption = Annotated[Engine, typer.Option(
    help="local: this machine (--jobs); ray: a Ray cluster (pip install 'oimx\\[ray]').")]
AddressOption = Annotated[str | None, typer.Option(
    help="With --engine ray: the cluster (auto, ray://HOST:10001); none starts a local Ray.")]
PerOption = Annotated[
    Per | None, typer.Option("--per", help="One line per page (JSON lines default) or per item (csv default).")
]
ContactsFormat = Annotated[
    DirectoryFormat, typer.Option("--format", "-f", help="jsonl, table (for reading) or csv.")
]


_MAX_BYTES = 50 * 1024 * 1024
_MAX_TIMEOUT = 86_400  # a day of CPU time per page
# --reference-date: years far enough from the calendar's edges for every relative date to resolve
_REFERENCE_YEARS = (1000, 8999)
_SALT = "oimx"  # oimx.redact.DEFAULT_SALT, kept here so that --help imports nothing
# the parameters every batch command takes: name -> (annotation, default)
_BATCH_PARAMETERS: dict[str, tuple[object, object]] = {
    "paths": (Paths, None), "glob": (Glob, "*.txt"), "jobs": (Jobs, 0), "reference_date": (ReferenceDate, None),
    "lang": (Lang, None), "encoding": (Encoding, None), "text": (AsText, False), "max_bytes": (MaxBytes, _MAX_BYTES),
    "timeout": (Timeout, 10.0), "learn": (Learn, True), "quiet": (Quiet, False),
}
_REDACT_PARAMETERS: dict[str, tuple[object, object]] = {"redact": (Redact, False), "redact_salt": (RedactSalt, _SALT)}


def _check_encoding(encoding: str | None) -> None:
    if encoding is None:
        return
    import codecs

    try:
        text = codecs.lookup(encoding)._is_text_encoding  # type: ignore[attr-defined]
    except LookupError:
        text = None
    if not text:
        raise typer.BadParameter(f"{encoding!r} is not a known text encoding", param_hint="--encoding")


def _check_timeout(timeout: float) -> None:
    if not 0 <= timeout <= _MAX_TIMEOUT:  # also refuses nan
        raise typer.BadParameter(f"{timeout:g}: give 0 (no limit) up to {_MAX_TIMEOUT} seconds", param_hint="--timeout")


def _check_glob(glob: str) -> None:
    from oimx import sources

    problem = sources.glob_problem(glob)
    if problem:
        raise typer.BadParameter(f"{glob!r}: {problem}", param_hint="--glob")


def _check_lang(lang: str | None) -> str | None:
    from oimx.lexicon.languages import LANGUAGES, readable

    if lang is not None and not readable(lang):
        raise typer.BadParameter(f"{lang!r}: choose {', '.join(LANGUAGES)} or a code dateparser reads",
                                 param_hint="--lang")
    return lang


class _Sink:
    """What a command does with each outcome; ``pages`` counts the pages it has taken whole."""

    def __init__(self) -> None:
        self.pages = 0

    def take(self, outcome: Outcome) -> None:
        """Handle one page's outcome."""
        raise NotImplementedError


class _LineSink(_Sink):
    """Each page's lines to the output, a whole page at a time (a signal waits for the page's last line)."""

    def __init__(self, out: writing.Output, lines: Callable[[Outcome], list[str]]) -> None:
        super().__init__()
        self.out, self.lines = out, lines

    def take(self, outcome: Outcome) -> None:
        lines = self.lines(outcome)
        with _signals.held():
            for line in lines:
                self.out.write(line)
            self.pages += 1


class _RecordSink(_Sink):
    """Each page's record (redacted when asked) to a function that keeps aggregates."""

    def __init__(self, add: Callable[[dict], None], redactor: Redactor | None = None) -> None:
        super().__init__()
        self.add, self.redactor = add, redactor

    def take(self, outcome: Outcome) -> None:
        rec = _record_of(outcome, self.redactor)
        if rec is not None:
            self.add(rec)
        self.pages += 1


def _record_of(outcome: Outcome, redactor: Redactor | None) -> dict | None:
    """The outcome's record, redacted when asked; None for a skipped input."""
    if outcome.line is None:
        return None
    rec = json.loads(outcome.line)
    return redactor.record(rec) if redactor is not None else rec


@dataclass
class _Batch:
    """The inputs and reading options that every batch command shares, and the run over them."""

    paths: list[str] | None
    glob: str
    jobs: int
    reference_date: str | None
    lang: str | None
    encoding: str | None
    text: bool
    max_bytes: int
    timeout: float
    learn: bool
    quiet: bool
    redact: bool = False
    redact_salt: str = _SALT

    def __post_init__(self) -> None:
        _check_lang(self.lang)
        _check_encoding(self.encoding)
        _check_timeout(self.timeout)
        _check_glob(self.glob)
        self.reference = _parse_date(self.reference_date)
        self.redactor = _redactor(self.redact, self.redact_salt)

    def refuse_overwriting_an_input(self, target: str | None) -> None:
        """Usage error when ``-o`` names one of the inputs, or a file a walked folder would read."""
        from oimx import sources

        if target is not None and sources.covers(self.paths or [], self.glob, target):
            raise typer.BadParameter(f"{writing.printable(target)} is one of the inputs", param_hint="-o")

    def stream(self, label: str, sink: _Sink, out: writing.Output | None = None) -> int:
        """Hand every input's outcome to ``sink``, in input order; the number of failed inputs.

        Messages go to stderr as ``oimx: PATH: reason``; Ctrl-C and SIGTERM end the command
        (130, 143) after the pages taken so far; a closed pipe ends it quietly (0).
        """
        from oimx import batch, sources, workers

        _signals.install()
        options = batch.Options(
            encoding=self.encoding, text=self.text, max_bytes=self.max_bytes, lang=self.lang,
            reference=self.reference, timeout=self.timeout,
        )
        paths = self.paths or [sources.STDIN]
        if sources.STDIN in paths and sys.stdin is not None and sys.stdin.isatty():
            _say("reading standard input (Ctrl-D to end)")
        failed = total = 0
        progress = None
        started = time.monotonic()
        try:
            # two walks over the inputs rather than a list of them all: memory stays flat
            total, sample = batch.survey(sources.expand(paths, self.glob))
            if total == 0:
                _say(f"{', '.join(paths)}: no file matches --glob {self.glob!r}")
                raise typer.Exit(1)
            if self.learn and total >= batch.LEARN_MIN_BATCH:
                options = replace(options, learned=batch.learn(sample, options))
            inputs = sources.expand(paths, self.glob)
            jobs = min(self.jobs or os.cpu_count() or 1, max(1, total), workers.max_jobs())
            # a bar only when the records do not go to the same terminal, nor come from it
            interactive = (not self.quiet and _isatty(sys.stderr) and not _isatty(sys.stdout)
                           and not (sources.STDIN in paths and _isatty(sys.stdin)))
            if interactive:
                progress = _progress(total, label)
            for outcome in batch.run(inputs, options, jobs):
                if outcome.message:
                    _say(f"{outcome.source}: {outcome.message}")
                sink.take(outcome)
                failed += outcome.failed
                if progress:
                    progress[0].update(progress[1], advance=1, errors=failed)
            if out is not None:
                out.commit()
        except BrokenPipeError:
            writing.silence_stdout()
            raise typer.Exit(0) from None
        except (KeyboardInterrupt, Terminated) as stop:
            _stop_progress(progress)
            if out is not None:
                out.finish_interrupted()
            _say(f"interrupted after {sink.pages} of {total} pages")
            raise typer.Exit(130 if isinstance(stop, KeyboardInterrupt) else 143) from None
        finally:
            _stop_progress(progress)
            if out is not None:
                out.abandon()
        if progress:
            seconds = time.monotonic() - started
            done = sink.pages
            _say(f"{done} pages, {failed} failed, {seconds:.1f} s ({done / seconds if seconds else 0:.0f} pages/s)")
        return failed


def _isatty(stream: object) -> bool:
    try:
        return stream is not None and stream.isatty()  # type: ignore[attr-defined]
    except (OSError, ValueError):
        return False


def _batch_command(epilog: str, redacts: bool = False) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Register a command whose first parameter ``run`` receives the shared options as a :class:`_Batch`.

    The command's own options come first in its help, then --redact and --redact-salt (with
    ``redacts``), then the shared ones (paths, --jobs, --glob…).
    """
    keyword = inspect.Parameter.KEYWORD_ONLY

    def declared(table: dict[str, tuple[object, object]]) -> list[inspect.Parameter]:
        return [inspect.Parameter(name, keyword, annotation=hint, default=default)
                for name, (hint, default) in table.items()]

    paths, *reading = declared(_BATCH_PARAMETERS)
    redaction = declared(_REDACT_PARAMETERS) if redacts else []

    def register(func: Callable[..., None]) -> Callable[..., None]:
        own = [p.replace(kind=keyword) for p in inspect.signature(func, eval_str=True).parameters.values()][1:]
        parameters = [paths, *own, *redaction, *reading]
        shared = [p.name for p in (paths, *redaction, *reading)]

        def command(**values: object) -> None:
            func(_Batch(**{name: values.pop(name) for name in shared}), **values)

        command.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
        command.__annotations__ = {p.name: p.annotation for p in parameters}
        command.__name__, command.__doc__, command.__module__ = func.__name__, func.__doc__, func.__module__
        return app.command(epilog=epilog)(command)

    return register


def _redactor(redact: bool, salt: str) -> Redactor | None:
    if not redact:
        return None
    from oimx.redact import Redactor

    try:
        return Redactor(salt)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--redact-salt") from error


def _console() -> Console:
    """A rich console on stdout: colour on a terminal, plain text elsewhere, none with NO_COLOR."""
    from rich.console import Console

    return Console(highlight=False, emoji=False, markup=False)


def _open(path: Path | None) -> writing.Output:
    """The output of a command: stdout, or ``path`` (see :mod:`oimx.output`)."""
    return writing.Output(None if path is None else os.fspath(path))


def _write_lines(out: writing.Output, lines: Iterable[str]) -> None:
    """Write lines, then commit (a file replaces its path atomically)."""
    try:
        for line in lines:
            out.write(line)
        out.commit()
    finally:
        out.abandon()


# --- commands -------------------------------------------------------------------------------------------


@_batch_command(EXTRACT_EXAMPLES, redacts=True)
def extract(
    run: _Batch,
    output: ExtractOutput = None,
    format: ExtractFormat = PageFormat.jsonl,
    per: PerOption = None,
    engine: EngineOption = Engine.local,
    address: AddressOption = None,
) -> None:
    """Extract one JSON object per page (JSON lines) on stdout, or one row per item (--per item, CSV)."""
    from oimx import flat, record

    per = per or (Per.item if format is PageFormat.csv else Per.page)
    if format is PageFormat.csv and per is Per.page:
        raise typer.BadParameter("CSV has one row per item: drop --per page", param_hint="--per")
    redactor = run.redactor
    if engine is Engine.ray or format is PageFormat.parquet:
        from oimx import engine as engines

        raise typer.Exit(engines.extract(run, output, format.value, per.value, engine.value, address, _say))
    output = Path(output) if output else None

    def lines(outcome: Outcome) -> list[str]:
        if per is Per.page and redactor is None:
            return [] if outcome.line is None else [outcome.line]
        rec = _record_of(outcome, redactor)
        if rec is None:
            return []
        if per is Per.page:
            return [record.dumps(rec)]
        if format is PageFormat.csv:
            return [flat.csv_line(list(row.values())) for row in flat.rows(rec)]
        return [record.dumps(row) for row in flat.rows(rec)]

    run.refuse_overwriting_an_input(None if output is None else os.fspath(output))
    out = _open(output)
    if format is PageFormat.csv:
        out.write(flat.csv_line(flat.COLUMNS))
    failed = run.stream("extract", _LineSink(out, lines), out)
    raise typer.Exit(1 if failed else 0)


@_batch_command(CONTACTS_EXAMPLES, redacts=True)
def contacts(
    run: _Batch,
    output: Output = None,
    format: ContactsFormat = DirectoryFormat.jsonl,
) -> None:
    """A directory of the people named in contact blocks, merged by e-mail (else by name)."""
    from oimx import directory, flat, record

    run.refuse_overwriting_an_input(None if output is None else os.fspath(output))
    out = _open(output)  # opened first: an output that cannot be written fails before the reading
    people = directory.Directory()
    try:
        failed = run.stream("contacts", _RecordSink(people.add, run.redactor))
    except BaseException:
        out.abandon()
        raise
    entries = people.entries()
    if format is DirectoryFormat.jsonl:
        _write_lines(out, (record.dumps(entry) for entry in entries))
    elif format is DirectoryFormat.csv:
        rows = directory.table_rows(entries)
        _write_lines(out, (flat.csv_line(row) for row in (directory.COLUMNS, *rows)))
    else:
        _print(_directory_table(entries), out, wide=True)
    raise typer.Exit(1 if failed else 0)


def _directory_table(entries: list[dict]) -> object:
    from rich.table import Table

    table = Table(title=f"{len(entries)} people", title_justify="left", header_style="bold")
    for column in ("name", "offices", "e-mails", "phones", "pages", "first / last page"):
        table.add_column(column, overflow="fold", justify="right" if column == "pages" else "left",
                         no_wrap=column in {"phones", "pages"})
    for entry in entries:
        variants = [name for name in entry["names"] if name != entry["name"]]
        name = entry["name"] + "".join(f"\n({variant})" for variant in variants)
        seen = os.path.basename(entry["first"])
        if entry["last"] != entry["first"]:
            seen += f"\n{os.path.basename(entry['last'])}"
        table.add_row(name, "\n".join(entry["offices"]), "\n".join(entry["emails"]), "\n".join(entry["phones"]),
                      str(entry["pages"]), seen)
    return table


def _print(renderable: object, out: writing.Output | None = None, *, wide: bool = False) -> None:
    """A rich renderable to the terminal, else as plain text to ``out`` or stdout.

    Not on a terminal, a ``wide`` renderable (a table of addresses) gets all the width it
    needs: a pipe has no width, and cutting values there would break them.
    """
    terminal = _console()
    if out is None and terminal.is_terminal:
        try:
            terminal.print(renderable)
            writing.flush_stdout()
        except OSError as error:
            raise writing.OutputError(writing.STDOUT, error) from None
        return
    from rich.console import Console

    width = 10_000 if wide else 120 if out is not None else terminal.width
    console = Console(record=True, file=io.StringIO(), width=width, color_system=None, highlight=False)
    console.print(renderable)
    _write_lines(out or _open(None), (line.rstrip() for line in console.export_text(styles=False).splitlines()))


@_batch_command(STATS_EXAMPLES)
def stats(
    run: _Batch,
    as_json: Annotated[
        bool, typer.Option("--json", metavar="", help="One JSON object for scripts instead of tables.")
    ] = False,
) -> None:
    """A summary of a batch: pages, errors, items per kind, money by currency, dates by year, places."""
    from oimx import stats as summary

    totals = summary.Stats()
    failed = run.stream("stats", _RecordSink(totals.add))
    result = totals.summary()
    if as_json:
        _write_lines(_open(None), [json.dumps(result, ensure_ascii=False, indent=2)])
    else:
        _print(summary.render(result))
    raise typer.Exit(1 if failed else 0)


@app.command(epilog=SHOW_EXAMPLES)
def show(
    page: Annotated[str, typer.Argument(help="One page file; '-' reads stdin.")] = "-",
    full: Annotated[
        bool, typer.Option("--full", metavar="", help="Show the site navigation instead of folding it.")
    ] = False,
    reference_date: ReferenceDate = None,
    lang: Lang = None,
    encoding: Encoding = None,
    text: AsText = False,
    max_bytes: MaxBytes = _MAX_BYTES,
) -> None:
    """Show a page as oimx understood it: its parts labelled, the items highlighted, a table of values."""
    from oimx import sources
    from oimx.pipeline import parse_page
    from oimx.show import render

    lang, reference = _check_lang(lang), _parse_date(reference_date)
    try:
        content, used = sources.decode(sources.read_bytes(sources.Source(page), max_bytes), encoding, text=text)
    except sources.InputError as error:
        _say(f"{page}: {error}")
        raise typer.Exit(1) from None
    rec = parse_page(content, writing.printable(page), lang=lang, reference=reference)
    rec["encoding"] = used
    _print(render(content, rec, full=full))


def _progress(total: int, label: str):
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
        TextColumn(label), BarColumn(), MofNCompleteColumn(), Speed(),
        TextColumn("errors: {task.fields[errors]}"), TimeRemainingColumn(),
        console=Console(stderr=True), redirect_stdout=False, redirect_stderr=False, transient=True,
    )
    progress.start()
    return progress, progress.add_task(label, total=total, errors=0)


def _stop_progress(progress) -> None:
    if progress:
        progress[0].stop()


@app.command(epilog="[b]Examples[/b]\n\n  oimx schema > record.schema.json\n  oimx schema | jq '.properties | keys'")
def schema() -> None:
    """Print the JSON Schema of an output record."""
    from importlib.resources import files

    _write_lines(_open(None), files("oimx").joinpath("schema.json").read_text(encoding="utf-8").splitlines())


def main() -> None:
    """Entry point of the ``oimx`` console script."""
    writing.guard_standard_streams()
    try:
        try:
            app()
        finally:
            writing.flush_stdout()
    except OutputError as error:
        _say(str(error))
        sys.exit(1)
    except BrokenPipeError:
        writing.silence_stdout()
        sys.exit(0)
    except KeyboardInterrupt:
        _say("interrupted")
        sys.exit(130)
    except Terminated:
        _say("terminated")
        sys.exit(143)
