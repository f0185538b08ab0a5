"""``oimx extract`` beyond JSON lines on one machine: Parquet output, and the Ray engine.

Called by the command with its parsed options; returns the exit status. Parquet on one machine
goes through the command's usual run (same order, same signals), into one file written
atomically; ``--engine ray`` writes a folder of shards (see :mod:`oimx.ray`).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from typing import Any


def _usage(message: str, hint: str) -> None:
    import typer

    raise typer.BadParameter(message, param_hint=hint)


def extract(run: Any, output: str | None, fmt: str, per: str, engine: str, address: str | None,
            say: Callable[[str], None]) -> int:
    """Run ``oimx extract`` with ``--format parquet`` or ``--engine ray``; the exit status."""
    if fmt == "csv" or per == "item":
        _usage("--engine ray and --format parquet write one record per page", "--per/--format")
    if output is None:
        _usage("needs -o: a .parquet file, or with --engine ray a folder or URI", "--output")
    if engine == "ray":
        return _on_ray(run, output, fmt, address, say)
    if importlib.util.find_spec("pyarrow") is None:
        say("--format parquet needs pyarrow: pip install 'oimx[ray]'")
        return 2
    from oimx.parquet import ParquetOutput

    if "://" in output:
        _usage("on one machine -o is a local file; use --engine ray for a URI", "--output")
    out = ParquetOutput(output, run.redactor.record if run.redactor else None)
    failed = run.stream("extract", out, out)
    return 1 if failed else 0


def _on_ray(run: Any, output: str, fmt: str, address: str | None, say: Callable[[str], None]) -> int:
    from oimx import batch, storage

    if not run.paths or "-" in run.paths:
        _usage("--engine ray reads files, folders or URIs, not standard input", "PATHS")
    try:
        from oimx import ray as cluster
    except ImportError as error:
        say(f"--engine ray needs {error.name}: pip install 'oimx[ray]'")
        return 2
    options = batch.Options(encoding=run.encoding, text=run.text, max_bytes=run.max_bytes, lang=run.lang,
                            reference=run.reference, timeout=run.timeout)
    try:
        manifest = cluster.run(run.paths, output, options, fmt=fmt, glob=run.glob, learn_lines=run.learn,
                               workers=run.jobs, transform=run.redactor.record if run.redactor else None,
                               address=address, say=say)
    except storage.StorageError as error:
        say(str(error))
        return 2
    except cluster.ClusterError as error:
        say(f"{address or 'local Ray'}: {error}")
        return 2
    except Exception as error:  # a failed Ray job: one line; a rerun with the same -o resumes it
        reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
        say(f"{output}: the job failed ({reason}); run the same command again to resume")
        return 2
    if not run.quiet:
        say(f"{manifest['pages']} pages, {manifest['errors']} failed, {len(manifest['shards'])} shards in {output}")
    return 1 if manifest["errors"] else 0
