"""oimx on a Ray cluster (Ray Data): the ``--engine ray`` job and a stage for existing pipelines.

The job runs in two distributed phases. First the learning sample: each block of inputs keeps
its lowest-hash paths (:func:`oimx.batch.survey`), the driver keeps the lowest of those (a
top-k over the cluster, so the same sample as one machine), the workers read them, and
:func:`oimx.batch.learn` learns the furniture lines. Then the shards: an actor pool (patterns
compiled once per actor) reads, parses and writes each shard with the learned lines broadcast
to it; Ray restarts a killed actor and retries its shard, and a shard is written whole or not
at all, so every page is written exactly once. Needs ``pip install 'oimx[ray]'``.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import asdict
from typing import Any, NoReturn

from oimx import batch, shards, storage
from oimx.sources import Source


class ClusterError(Exception):
    """Ray is missing or the cluster cannot be reached; the message says which."""


def connect(address: str | None = None, num_cpus: int | None = None) -> None:
    """Join the cluster at ``address`` (``auto``, ``ray://HOST:10001``), or start a local one."""
    try:
        import ray
        import ray.data
    except ImportError as error:
        raise ClusterError(f"Ray is not installed ({error.name}); pip install 'oimx[ray]'") from None
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.ERROR)
    if ray.is_initialized():
        return
    settings: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                                "logging_level": logging.ERROR}
    # the workers read and write with the driver's object-store settings and credentials
    forwarded = {k: v for k, v in os.environ.items() if k.startswith(("AWS_", "GOOGLE_", "GCS_", "FSSPEC_"))}
    if forwarded:
        settings["runtime_env"] = {"env_vars": forwarded}
    if address is None:
        settings.update(num_cpus=num_cpus or os.cpu_count(), _node_ip_address="127.0.0.1")
    try:
        ray.init(address=address, **settings)
    except Exception as error:  # Ray raises ConnectionError, ValueError or RuntimeError here
        raise ClusterError(f"cannot reach the Ray cluster: {str(error).strip().splitlines()[0]}") from None


def leave(status: object) -> NoReturn:
    """End a process that ran a Ray job with ``status`` (a ``SystemExit`` code), skipping the interpreter's
    finalisation: the exit hooks run first (``ray.shutdown``, the pattern cache's write-back) and the
    standard streams are flushed. Once the driver's core worker was shut down and destructed, finalising
    the interpreter under Ray's remaining threads crashed once (SIGSEGV, exit -11, CI on a loaded
    2-core machine; the class of ray-project/ray#18857, which Ray's own workers avoid with ``os._exit``)."""
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):  # closed, or None: nothing more to say
            stream.flush()
    if status is None or isinstance(status, int):
        os._exit((status or 0) & 0xFF)
    print(status, file=sys.stderr, flush=True)  # as Python does with a SystemExit that is not a number
    os._exit(1)


def _rows(sources: list[Source]) -> list[dict]:
    return [{"path": s.path, "explicit": s.explicit, "problem": s.problem} for s in sources]


def _source(row: dict) -> Source:
    problem = row["problem"]
    return Source(str(row["path"]), bool(row["explicit"]), problem if isinstance(problem, str) else None)


def _lowest(rows: list[dict]) -> list[str]:
    """A chunk's learning candidates: its lowest-hash readable paths."""
    return batch.survey(_source(row) for row in rows)[1]


def _fetch(paths: list[str], max_bytes: int) -> list[bytes | None]:
    """The bytes of sample pages (an unreadable one as None: learning skips it)."""
    data: list[bytes | None] = []
    for path in paths:
        try:
            data.append(storage.read_bytes(Source(path), max_bytes))
        except Exception:
            data.append(None)
    return data


def _chunks(items: list, count: int) -> list[list]:
    size = max(1, -(-len(items) // count))
    return [items[start:start + size] for start in range(0, len(items), size)]


def learn(sources: list[Source], options: batch.Options) -> frozenset[str]:
    """The furniture lines of a batch, learned on the cluster from the one-machine sample.

    Each task keeps the lowest-hash paths of its chunk of inputs; the lowest of those are the
    sample of :func:`oimx.batch.survey` (a top-k of top-ks); tasks read them, and
    :func:`oimx.batch.learn` learns from what they read.
    """
    import ray

    if len(sources) < batch.LEARN_MIN_BATCH:
        return frozenset()
    tasks = max(1, int(_cpus()))
    lowest, fetch = ray.remote(_lowest), ray.remote(_fetch)
    chunks = _chunks(_rows(sources), tasks * 4)
    candidates = [path for found in ray.get([lowest.remote(chunk) for chunk in chunks]) for path in found]
    sample = batch.survey(Source(path) for path in candidates)[1]
    parts = _chunks(sample, tasks)
    fetched = dict(zip(sample, (data for got in ray.get([fetch.remote(part, options.max_bytes) for part in parts])
                                for data in got), strict=True))

    def read(source: Source, _limit: int) -> bytes:
        data = fetched.get(source.path)
        if data is None:
            return storage.read_bytes(source, options.max_bytes)  # raises the reason
        return data

    return batch.learn(sample, options, read=read)


class ShardWriter:
    """A Ray actor that turns shards of inputs into shard files (patterns compiled once)."""

    def __init__(self, options: batch.Options, folder: str, fmt: str, transform: Callable | None = None) -> None:
        from oimx.pipeline import warm_up

        warm_up()
        self.options, self.fmt, self.transform = options, fmt, transform
        self.folder = storage.Folder(folder)

    def __call__(self, block: dict) -> dict:
        out: dict[str, list] = {"tally": [], "messages": []}
        for number, encoded in zip(block["shard"], block["sources"], strict=True):
            shard = shards.Shard(int(number), tuple(_source(row) for row in json.loads(encoded)))
            lines, messages = [], []
            for source in shard.sources:
                outcome = batch.process(source, self.options, read=storage.read_bytes)
                if outcome.message:
                    messages.append(f"{outcome.source}: {outcome.message}")
                if outcome.record is not None:
                    lines.append(self._line(outcome.record))
            out["tally"].append(json.dumps(asdict(shards.save(self.folder, shard, self.fmt, lines))))
            out["messages"].append(json.dumps(messages))
        return out

    def _line(self, rec: dict) -> str:
        from oimx import record

        return record.dumps(rec if self.transform is None else self.transform(rec))


def run(paths: list[str], output: str, options: batch.Options, *, fmt: str = "jsonl", glob: str = "*.txt",
        learn_lines: bool = True, workers: int = 0, transform: Callable | None = None, address: str | None = None,
        say: Callable[[str], None] = lambda _message: None) -> dict:
    """Extract every page of ``paths`` into shards in the folder ``output``; the manifest.

    Joins the cluster at ``address`` (or starts a local one) unless Ray is running already.
    Raises :class:`oimx.storage.StorageError` for an unusable URI, :class:`ClusterError`.
    """
    sources = []
    for source in storage.expand_all(paths, glob):
        if source.skip:  # a FIFO or device met in a walk: said, not read, as on one machine
            say(f"{source.path}: {source.problem}")
        else:
            sources.append(source)
    folder = storage.Folder(output)
    folder.prepare()
    connect(address)
    import ray
    import ray.data
    learned = learn(sources, options) if learn_lines else frozenset()
    options = batch.Options(**{**options.__dict__, "learned": learned})
    settings = {"format": fmt, "glob": glob, "learned": shards.learned_hash(learned),
                "options": {k: str(v) for k, v in options.__dict__.items() if k != "learned"},
                "redacted": transform is not None}
    job = shards.plan(sources, settings)
    plan = shards.cut(sources)
    done = shards.start(folder, job, plan, fmt)
    todo = [shard for shard in plan if shard.number not in done]
    tallies = list(done.values())
    if todo:
        workers = workers or int(ray.cluster_resources().get("CPU", 1))
        items = [{"shard": s.number, "sources": json.dumps(_rows(list(s.sources)))} for s in todo]
        results = ray.data.from_items(items, override_num_blocks=len(items)).map_batches(
            ShardWriter, batch_size=1, batch_format="numpy", num_cpus=1,
            compute=ray.data.ActorPoolStrategy(size=max(1, min(workers, len(todo)))),
            fn_constructor_kwargs={"options": options, "folder": folder.uri, "fmt": fmt, "transform": transform})
        for row in results.iter_rows():
            tallies.append(json.loads(row["tally"]))
            for message in json.loads(row["messages"]):
                say(message)
    return shards.finish(folder, job, tallies, learned, paths)


class _PageParser:
    """The library stage's actor: parse each row's text (patterns compiled once)."""

    def __init__(self, text_column: str, source_column: str, options: batch.Options) -> None:
        from oimx.pipeline import warm_up

        warm_up()
        self.text_column, self.source_column, self.options = text_column, source_column, options

    def __call__(self, block: dict) -> dict:
        from oimx import record
        from oimx.pipeline import parse_page

        lines = []
        for text, source in zip(block[self.text_column], block[self.source_column], strict=True):
            try:
                rec = parse_page(str(text), str(source), lang=self.options.lang, reference=self.options.reference,
                                 learned=self.options.learned)
            except Exception as error:  # a bug must cost one row, never the pipeline
                rec = record.error_record(str(source), f"internal error: {type(error).__name__}: {error}")
            lines.append(record.dumps(rec))
        return {**block, "record": lines}


def extract(ds: Any, *, text_column: str = "text", source_column: str = "source",
            learned: frozenset[str] = frozenset(), lang: str | None = None, reference: Any = None,
            concurrency: int | None = None) -> Any:
    """A Ray Data stage: ``ds`` with a ``record`` column, the JSON line of each row's page.

    ``learned`` are furniture lines to strip (e.g. from :func:`oimx.batch.learn`); ``reference``
    a ``datetime.date`` for relative dates. Rows keep their other columns.
    """
    from ray.data import ActorPoolStrategy

    options = batch.Options(lang=lang, reference=reference, learned=frozenset(learned))
    workers = concurrency or max(1, int(_cpus()))
    return ds.map_batches(_PageParser, batch_format="numpy", compute=ActorPoolStrategy(size=workers), num_cpus=1,
                          fn_constructor_kwargs={"text_column": text_column, "source_column": source_column,
                                                 "options": options})


def _cpus() -> float:
    import ray

    return ray.cluster_resources().get("CPU", 1) if ray.is_initialized() else os.cpu_count() or 1
