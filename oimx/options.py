"""The options of the commands: their declarations and checks, and the shared ones every batch command takes.

:func:`batch_command` registers a command whose first parameter receives the options shared by
``extract``, ``contacts`` and ``stats`` (paths, --jobs, --glob, --lang…) checked, as an
:class:`oimx.run.Batch`: their declarations are written once here and added to each command's
signature. Flags show as flags in every help (:class:`Command`, :class:`Group`).
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import os
import sys
import types
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from typer.core import TyperCommand, TyperGroup

from oimx import output as writing
from oimx.run import Batch

if TYPE_CHECKING:
    import click

    from oimx.redact import Redactor


def flags_as_flags(command: click.Command, ctx: click.Context) -> None:
    """Show a flag (--quiet, --redact, --help…) without a value type in help: it takes no value."""
    for param in command.get_params(ctx):
        if getattr(param, "is_flag", False) and param.metavar is None:
            param.metavar = ""


# typer.rich_utils (help and usage errors) imports at its top rich.markdown (markdown-it) and
# rich.traceback (pygments, rich.pretty), ~70 ms of an `oimx --help`, for help written in Markdown
# (oimx's is rich markup) and pretty tracebacks (turned off): while it is imported, a stand-in takes
# each module's place, whose class imports the real one only if it is ever used.
_UNUSED_BY_HELP = {"rich.markdown": "Markdown", "rich.traceback": "Traceback"}


class _Deferred(type):
    """The type of a stand-in class: calling it or reading an attribute imports the real class."""

    def real(cls) -> type:
        found = getattr(importlib.import_module(cls.__module__), cls.__name__)
        if isinstance(found, _Deferred):
            raise ImportError(f"{cls.__module__} is still stood in for")
        return found

    def __call__(cls, *args: object, **kwargs: object) -> object:
        return cls.real()(*args, **kwargs)

    def __getattr__(cls, name: str) -> object:
        return getattr(cls.real(), name)


def import_rich_help() -> None:
    """Import typer.rich_utils, which renders help and usage errors, without what oimx's never use."""
    if "typer.rich_utils" in sys.modules:
        return
    stood_in = [module for module in _UNUSED_BY_HELP if module not in sys.modules]
    for module in stood_in:
        stand_in = types.ModuleType(module, "Stands in while typer.rich_utils is imported (oimx.options).")
        name = _UNUSED_BY_HELP[module]
        setattr(stand_in, name, _Deferred(name, (), {"__module__": module}))
        sys.modules[module] = stand_in
    try:
        importlib.import_module("typer.rich_utils")
    finally:
        for module in stood_in:  # the next import of one imports the real module
            del sys.modules[module]


class Command(TyperCommand):
    """A command whose help shows flags as flags."""

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        import_rich_help()
        flags_as_flags(self, ctx)
        super().format_help(ctx, formatter)


class Group(TyperGroup):
    """The ``oimx`` group, whose help shows flags as flags; its usage errors shown by typer's rich help."""

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        import_rich_help()
        flags_as_flags(self, ctx)
        super().format_help(ctx, formatter)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except typer.TyperException:  # a usage error, shown by typer.rich_utils
            import_rich_help()
            raise

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except typer.TyperException:  # a command's usage error (its options, or a check of oimx's)
            import_rich_help()
            raise


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
    bool, typer.Option("--text", help="Read files with NUL bytes as text anyway.", rich_help_panel=_INPUT)
]
MaxBytes = Annotated[int, typer.Option(min=1, help="Refuse inputs larger than this.", rich_help_panel=_INPUT)]
Timeout = Annotated[
    float, typer.Option(min=0, help="CPU seconds allowed per page (0: no limit).", rich_help_panel=_INPUT)
]
Learn = Annotated[
    bool,
    typer.Option(help="Learn the site furniture a batch repeats at the top of its pages.",
                 rich_help_panel=_INPUT),
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary.")]


def _stdout_dash(value: str | Path | None) -> str | Path | None:
    """``-o -`` is standard output, as ``-`` among the inputs is standard input."""
    return None if value is not None and os.fspath(value) == "-" else value


Output = Annotated[Path | None, typer.Option("--output", "-o", callback=_stdout_dash,
                                             help="Write to FILE (atomically) instead of stdout (-: stdout).")]
Redact = Annotated[
    bool, typer.Option("--redact", help="Replace e-mail addresses and phone numbers by stable hashes.")
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
    "--output", "-o", callback=_stdout_dash,
    help="Write to FILE (atomically) instead of stdout (-: stdout); --engine ray: a folder or URI of shards.")]
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


MAX_BYTES = 50 * 1024 * 1024
_MAX_TIMEOUT = 86_400  # a day of CPU time per page
# --reference-date: years far enough from the calendar's edges for every relative date to resolve
_REFERENCE_YEARS = (1000, 8999)
_SALT = "oimx"  # oimx.redact.DEFAULT_SALT, kept here so that --help imports nothing
# the parameters every batch command takes: name -> (annotation, default)
_BATCH_PARAMETERS: dict[str, tuple[object, object]] = {
    "paths": (Paths, None), "glob": (Glob, "*.txt"), "jobs": (Jobs, 0), "reference_date": (ReferenceDate, None),
    "lang": (Lang, None), "encoding": (Encoding, None), "text": (AsText, False), "max_bytes": (MaxBytes, MAX_BYTES),
    "timeout": (Timeout, 10.0), "learn": (Learn, True), "quiet": (Quiet, False),
}
_REDACT_PARAMETERS: dict[str, tuple[object, object]] = {"redact": (Redact, False), "redact_salt": (RedactSalt, _SALT)}


def _check_encoding(encoding: str | None) -> None:
    if encoding is None:
        return
    import codecs

    try:
        text = codecs.lookup(encoding)._is_text_encoding  # type: ignore[attr-defined]
        text = text and "a".encode(encoding).decode(encoding) == "a"  # "undefined" decodes nothing
    except (LookupError, UnicodeError):
        text = None
    if not text:
        raise typer.BadParameter(f"{encoding!r} is not a known text encoding", param_hint="--encoding")


def _check_timeout(timeout: float) -> None:
    if not 0 <= timeout <= _MAX_TIMEOUT:  # also refuses nan
        raise typer.BadParameter(f"{timeout:g}: give 0 (no limit) up to {_MAX_TIMEOUT} seconds", param_hint="--timeout")


def _check_stdin_once(paths: list[str] | None) -> None:
    """Standard input is read once: "-" named twice would give an empty second page."""
    if paths is not None and paths.count("-") > 1:
        raise typer.BadParameter("'-' (standard input) may be named once", param_hint="paths")


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


def checked_batch(paths: list[str] | None, glob: str, jobs: int, reference_date: str | None, lang: str | None,
                  encoding: str | None, text: bool, max_bytes: int, timeout: float, learn: bool, quiet: bool,
                  redact: bool = False, redact_salt: str = _SALT) -> Batch:
    """The shared options of a batch command, checked (a bad one is a usage error)."""
    _check_lang(lang)
    _check_encoding(encoding)
    _check_timeout(timeout)
    _check_glob(glob)
    _check_stdin_once(paths)
    return Batch(paths=paths, glob=glob, jobs=jobs, lang=lang, encoding=encoding, text=text, max_bytes=max_bytes,
                 timeout=timeout, learn=learn, quiet=quiet, reference=_parse_date(reference_date),
                 redactor=_redactor(redact, redact_salt))


def refuse_overwriting_an_input(run: Batch, target: str | None) -> None:
    """Usage error when ``-o`` names one of the inputs, or a file a walked folder would read."""
    from oimx import sources

    if target is not None and sources.covers(run.paths or [], run.glob, target):
        raise typer.BadParameter(f"{writing.printable(target)} is one of the inputs", param_hint="-o")


def batch_command(app: typer.Typer, epilog: str,
                  redacts: bool = False) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Register on ``app`` a command whose first parameter ``run`` gets the shared options as a :class:`Batch`.

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
            func(checked_batch(**{name: values.pop(name) for name in shared}), **values)  # type: ignore[arg-type]

        command.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
        command.__annotations__ = {p.name: p.annotation for p in parameters}
        command.__name__, command.__doc__, command.__module__ = func.__name__, func.__doc__, func.__module__
        return app.command(epilog=epilog, cls=Command)(command)

    return register


def _redactor(redact: bool, salt: str) -> Redactor | None:
    if not redact:
        return None
    from oimx.redact import Redactor

    try:
        return Redactor(salt)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--redact-salt") from error


