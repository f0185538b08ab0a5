"""The ``oimx`` command: its commands, parsed and called.

The options are declared and checked in :mod:`oimx.options`, a batch command runs through
:mod:`oimx.run` (messages, progress, signals), output goes through :mod:`oimx.output`, and
the work is in :mod:`oimx.batch`.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from oimx import __version__, startup
from oimx import output as writing
from oimx.options import (
    MAX_BYTES,
    AddressOption,
    AsText,
    Command,
    ContactsFormat,
    DirectoryFormat,
    Encoding,
    Engine,
    EngineOption,
    ExtractFormat,
    ExtractOutput,
    Group,
    Lang,
    MaxBytes,
    Output,
    PageFormat,
    Per,
    PerOption,
    ReferenceDate,
    Timeout,
    batch_command,
    checked_batch,
    refuse_overwriting_an_input,
)
from oimx.output import OutputError, StdoutClosed, Terminated, say
from oimx.run import Batch, Lines, LineSink, RecordSink

MAIN_EXAMPLES = """
[b]Examples[/b]

  oimx extract pages/ > pages.jsonl      [dim]# one JSON object per page[/dim]
  oimx show page.txt                     [dim]# what oimx read in one page[/dim]
  oimx contacts pages/ --format table    [dim]# the people of the contact blocks[/dim]
  oimx stats pages/                      [dim]# a summary of a batch[/dim]
  oimx extract --help                    [dim]# a command's options and examples[/dim]
"""

app = typer.Typer(
    cls=Group,
    epilog=MAIN_EXAMPLES,
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

Exit status: 0 shown, 1 the page could not be read or ran out of time (--timeout), 2 usage error.
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


def _version(value: bool) -> None:
    if value:
        typer.echo(f"oimx {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = None,
) -> None:
    """Turn saved IOM/OIM press-release pages into JSON lines."""


def _open(path: str | Path | None) -> writing.Output:
    """The output of a command: stdout, or ``path`` (see :mod:`oimx.output`)."""
    return writing.Output(None if path is None else os.fspath(path))


# --- commands -------------------------------------------------------------------------------------------


@batch_command(app, EXTRACT_EXAMPLES, redacts=True)
def extract(
    run: Batch,
    output: ExtractOutput = None,
    format: ExtractFormat = PageFormat.jsonl,
    per: PerOption = None,
    engine: EngineOption = Engine.local,
    address: AddressOption = None,
) -> None:
    """Extract one JSON object per page (JSON lines) on stdout, or one row per item (--per item, CSV)."""
    from oimx import flat

    per = per or (Per.item if format is PageFormat.csv else Per.page)
    if format is PageFormat.csv and per is Per.page:
        raise typer.BadParameter("CSV has one row per item: drop --per page", param_hint="--per")
    if engine is Engine.ray or format is PageFormat.parquet:
        from oimx import engine as engines

        raise typer.Exit(engines.extract(run, output, format.value, per.value, engine.value, address, say))
    output = output or None

    refuse_overwriting_an_input(run, output)
    out = _open(output)
    if format is PageFormat.csv:
        out.write(flat.csv_line(flat.COLUMNS))
    lines = Lines(per_item=per is Per.item, csv=format is PageFormat.csv)
    failed = run.stream("extract", LineSink(out, lines, run.redactor), out)
    raise typer.Exit(1 if failed else 0)


@batch_command(app, CONTACTS_EXAMPLES, redacts=True)
def contacts(
    run: Batch,
    output: Output = None,
    format: ContactsFormat = DirectoryFormat.jsonl,
) -> None:
    """A directory of the people named in contact blocks, merged by e-mail (else by name)."""
    from oimx import directory, flat, record

    refuse_overwriting_an_input(run, None if output is None else os.fspath(output))
    out = _open(output)  # opened first: an output that cannot be written fails before the reading
    people = directory.Directory()
    try:
        failed = run.stream("contacts", RecordSink(people.add, run.redactor))
    except BaseException:
        out.abandon()
        raise
    entries = people.entries()
    if format is DirectoryFormat.jsonl:
        writing.write_lines(out, (record.dumps(entry) for entry in entries))
    elif format is DirectoryFormat.csv:
        rows = directory.table_rows(entries)
        writing.write_lines(out, (flat.csv_line(row) for row in (directory.COLUMNS, *rows)))
    else:
        writing.show(_directory_table(entries), out, wide=True)
    raise typer.Exit(1 if failed else 0)


def _directory_table(entries: list[dict]) -> object:
    from rich.table import Table
    from rich.text import Text

    def cell(text: str) -> Text:  # as written, escaped: no markup read, no control character sent
        return Text(writing.printable(text))

    table = Table(title=f"{len(entries)} people", title_justify="left", header_style="bold")
    for column in ("name", "offices", "e-mails", "phones", "pages", "first / last page"):
        table.add_column(column, overflow="fold", justify="right" if column == "pages" else "left",
                         no_wrap=column in {"phones", "pages"})
    for entry in entries:
        variants = [name for name in entry["names"] if name != entry["name"]]
        name = entry["name"] + "".join(f"\n({variant})" for variant in variants)
        seen = [os.path.basename(entry["first"])]
        if entry["last"] != entry["first"]:
            seen.append(os.path.basename(entry["last"]))
        table.add_row(*(Text("\n").join(map(cell, lines)) for lines in (
            name.split("\n"), entry["offices"], entry["emails"], entry["phones"])), str(entry["pages"]),
            Text("\n").join(map(cell, seen)))
    return table


@batch_command(app, STATS_EXAMPLES)
def stats(
    run: Batch,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object for scripts instead of tables.")] = False,
) -> None:
    """A summary of a batch: pages, errors, items per kind, money by currency, dates by year, places."""
    from oimx import stats as summary

    totals = summary.Stats()
    failed = run.stream("stats", RecordSink(totals.add))
    result = totals.summary()
    if as_json:
        import json

        writing.write_lines(_open(None), [json.dumps(result, ensure_ascii=False, indent=2)])
    else:
        writing.show(summary.render(result))
    raise typer.Exit(1 if failed else 0)


@app.command(epilog=SHOW_EXAMPLES, cls=Command)
def show(
    page: Annotated[str, typer.Argument(help="One page file; '-' reads stdin.")] = "-",
    full: Annotated[bool, typer.Option("--full", help="Show the site navigation instead of folding it.")] = False,
    reference_date: ReferenceDate = None,
    lang: Lang = None,
    encoding: Encoding = None,
    text: AsText = False,
    max_bytes: MaxBytes = MAX_BYTES,
    timeout: Timeout = 10.0,
) -> None:
    """Show a page as oimx understood it: its parts labelled, the items highlighted, a table of values."""
    from oimx import batch, sources
    from oimx.show import render

    run = checked_batch([page], "*", 1, reference_date, lang, encoding, text, max_bytes, timeout,
                        learn=False, quiet=True)
    # the page goes the way of `oimx extract PAGE`: same reading, time budget and error record
    outcome, content = batch.process_keeping_text(sources.Source(page), run.options())
    if outcome.message:
        say(f"{page}: {outcome.message}")
    if outcome.failed or outcome.record is None or content is None:
        raise typer.Exit(1)
    writing.show(render(content, {**outcome.record, "source": writing.printable(page)}, full=full))


@app.command(epilog="[b]Examples[/b]\n\n  oimx schema > record.schema.json\n  oimx schema | jq '.properties | keys'",
             cls=Command)
def schema() -> None:
    """Print the JSON Schema of an output record."""
    from oimx import schema as record_schema

    writing.write_lines(_open(None), record_schema.text().splitlines())


def main() -> None:
    """Entry point of the ``oimx`` console script."""
    try:
        _main()
    except SystemExit as done:
        if "oimx.ray" in sys.modules:  # a Ray job ran here: ended without the interpreter's finalisation
            sys.modules["oimx.ray"].leave(done.code)
        raise
    if "oimx.ray" in sys.modules:
        sys.modules["oimx.ray"].leave(0)


def _main() -> None:
    startup.hold()  # until the first page is done (oimx.batch.run) or the command ends
    writing.guard_standard_streams()
    try:
        try:
            app()
        finally:
            writing.flush_stdout()
    except OutputError as error:
        say(str(error))
        if error.where == writing.STDOUT:
            writing.silence_stdout()  # what stdout still holds goes nowhere, not into a second error at exit
        sys.exit(1)
    except (BrokenPipeError, StdoutClosed):
        writing.silence_stdout()
        sys.exit(0)
    except KeyboardInterrupt:
        say("interrupted")
        sys.exit(130)
    except Terminated:
        say("terminated")
        sys.exit(143)
    finally:
        startup.release()
        # The command is done: what it built (modules, patterns, tables) lives until the process
        # ends, and the interpreter's last collection at exit would walk it all to find no cycle
        # to free (some 40 M instructions, a fifth of a one-page run). Frozen, it is skipped.
        gc.freeze()
