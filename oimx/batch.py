"""Batch runs: read and parse many pages, in order, on one or more workers.

``run`` yields one :class:`Outcome` per input in input order, whatever the number
of workers, so the output of ``--jobs 1`` and ``--jobs N`` is byte-identical.
Memory stays flat: pages are handed to workers in windows and each result is
written out before the next window starts. Boilerplate learning reads a fixed
sample of the sorted inputs first (:func:`learn`), so it depends neither on the
order of the inputs nor on the number of workers. Each page is parsed within its
time budget (:mod:`oimx.budget`).
"""

from __future__ import annotations

import datetime as dt
import heapq
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial

from oimx import boilerplate, budget, record, startup
from oimx.budget import PageTimeout, within_budget
from oimx.sources import (
    DEFAULT_MAX_BYTES,
    STDIN,
    BinaryInput,
    InputError,
    Source,
    decode,
    decode_noting,
    read_bytes,
)

# pages read to learn a batch's repeated top lines
LEARN_SAMPLE = 400
# a batch smaller than this learns nothing (too few pages to tell furniture from text)
LEARN_MIN_BATCH = 8
# pages handed to the workers at a time, per worker
WINDOW_PER_JOB = 128
# pages a worker takes in one message (and sends back in one): a page costs ~2 ms, a message
# a wake-up of this process and a few system calls
CHUNK = 8


@dataclass(frozen=True)
class Options:
    """How to read and parse each page."""

    encoding: str | None = None
    text: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    lang: str | None = None
    reference: dt.date | None = None
    timeout: float = 10.0
    learned: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True, init=False)
class Outcome:
    """What became of one input: its record (None when skipped) and a message for stderr.

    ``lines`` are the output lines made of the record where the page was parsed (the
    record is then dropped: see :class:`oimx.run.Prepare`).
    """

    source: str
    record: dict | None
    failed: bool = False
    message: str | None = None
    lines: list[str] | list[bytes] | None = None

    def __init__(self, source: str, record: dict | None, failed: bool = False, message: str | None = None,
                 lines: list[str] | list[bytes] | None = None) -> None:
        # straight into the instance's dict, as Source does (a frozen dataclass's __init__ costs three times more)
        fields = self.__dict__
        fields["source"], fields["record"], fields["failed"], fields["message"], fields["lines"] = (
            source, record, failed, message, lines)

    @property
    def line(self) -> str | None:
        """The record as one JSON line."""
        return None if self.record is None else record.dumps(self.record)

    def made(self, rec: dict | None, lines: list[str] | list[bytes] | None = None) -> Outcome:
        """This outcome with ``rec`` and ``lines`` in place of its own (what :class:`oimx.run.Prepare` makes)."""
        return Outcome(self.source, rec, self.failed, self.message, lines)


_loaded = False  # whether this process has loaded every extractor (forked workers inherit it)


def load_extractors() -> None:
    """Import the extractors and compile their patterns, once per process (:func:`oimx.pipeline.warm_up`)."""
    global _loaded
    if not _loaded:
        from oimx.pipeline import warm_up

        warm_up()
        _loaded = True


def _parse_with_budget(text: str, source: str, options: Options) -> dict:
    """Parse within ``options.timeout`` seconds of CPU time (:mod:`oimx.budget`).

    Loading the extractors is no page's work: a page that runs out of time before they were
    loaded is parsed once more after loading them, so a short budget does not fail the first page.
    """
    # not `from oimx.pipeline import parse_page`: on a module (not a package) that looks up its __path__,
    # whose absence costs a formatted AttributeError every page
    import oimx.pipeline as pipeline

    def parse() -> dict:
        return pipeline.parse_page(text, source, lang=options.lang, reference=options.reference,
                                   learned=options.learned)

    if options.timeout <= 0:
        return parse()
    try:
        return within_budget(parse, options.timeout)
    except PageTimeout:
        if _loaded:
            raise
    load_extractors()
    return within_budget(parse, options.timeout)


def process(source: Source, options: Options, read: Callable[[Source, int], bytes] = read_bytes) -> Outcome:
    """Read (with ``read``), decode and parse one input; every failure becomes an error record."""
    return process_keeping_text(source, options, read)[0]


def process_keeping_text(source: Source, options: Options,
                         read: Callable[[Source, int], bytes] = read_bytes) -> tuple[Outcome, str | None]:
    """:func:`process`, and the input's text as decoded (None when it could not be)."""
    encoding = text = None
    if source.skip:
        return Outcome(source.path, None, message=source.problem), None
    try:
        data = read(source, options.max_bytes)
        try:
            text, encoding, warning = decode_noting(data, options.encoding, text=options.text)
        except BinaryInput as error:
            if not source.explicit:
                return Outcome(source.path, None, message=f"skipped: {error}"), None
            raise
        rec = _parse_with_budget(text, source.path, options)
        rec["encoding"] = encoding
        if warning:
            rec["warnings"].insert(0, warning)
        return Outcome(source.path, rec, message=warning), text
    except InputError as error:
        reason = str(error)
    except PageTimeout:
        reason = f"gave up after {options.timeout:g} s (time budget per page)"
    except RecursionError:
        reason = "page too deeply nested to parse"
    except MemoryError:
        reason = "out of memory while parsing"
    except Exception as error:  # a bug must cost one page, never the batch
        reason = f"internal error: {type(error).__name__}: {error}"
    return Outcome(source.path, record.error_record(source.path, reason, encoding), True, reason), text


def _rank(path: str) -> int:
    import hashlib  # only a batch of more than LEARN_SAMPLE pages, or one that learns, hashes

    return int.from_bytes(hashlib.blake2b(path.encode("utf-8", "surrogateescape"), digest_size=8).digest(), "big")


def _special(path: str) -> bool:
    """A local pipe or device (an object store's path, or one that cannot be seen, is not)."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def survey(sources: Iterable[Source]) -> tuple[int, list[str]]:
    """How many inputs there are, and the sample to learn from.

    The sample is the ``LEARN_SAMPLE`` readable paths of lowest hash: the same
    whatever the order of the inputs, and found in one pass with bounded memory.
    """
    total = 0
    firsts: dict[str, None] = {}  # the paths, in order, while there are no more than LEARN_SAMPLE: all are the sample
    lowest: list[tuple[int, str]] = []  # then a max-heap of (-rank, path)
    seen: set[str] = set()
    for source in sources:
        total += 1
        if source.problem or source.path == "-" or (source.explicit and _special(source.path)):
            continue  # a pipe or device is read once, by its page: learning would take its content (a walk
            # has told its own: they come with a problem)
        if len(firsts) <= LEARN_SAMPLE:
            firsts[source.path] = None
            if len(firsts) <= LEARN_SAMPLE:
                continue  # not ranked (nor hashlib imported) unless a sample must be chosen
            for path in firsts:
                _keep_lowest(lowest, seen, path)
            continue
        _keep_lowest(lowest, seen, source.path)
    return total, sorted(firsts if len(firsts) <= LEARN_SAMPLE else (path for _, path in lowest))


def _keep_lowest(lowest: list[tuple[int, str]], seen: set[str], path: str) -> None:
    """Push ``path`` on the heap of the LEARN_SAMPLE paths of lowest rank, ``seen`` their set."""
    rank = _rank(path)
    if len(lowest) < LEARN_SAMPLE:
        if path not in seen:
            heapq.heappush(lowest, (-rank, path))
            seen.add(path)
    elif -rank > lowest[0][0] and path not in seen:
        seen.discard(heapq.heappushpop(lowest, (-rank, path))[1])
        seen.add(path)


def learn(paths: list[str], options: Options, read: Callable[[Source, int], bytes] = read_bytes) -> frozenset[str]:
    """Top lines repeated across the sample ``paths`` of a batch (identical pages counted once)."""
    if len(paths) < LEARN_MIN_BATCH:
        return frozenset()
    import hashlib

    texts: dict[str, str] = {}
    for path in paths:
        try:
            text, _ = decode(read(Source(path), options.max_bytes), options.encoding, text=options.text)
        except InputError:
            continue
        texts.setdefault(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest(), text)
    return boilerplate.learn(texts.values())


def _prepared(outcome: Outcome, prepare: Callable[[Outcome], Outcome] | None) -> Outcome:
    """``prepare(outcome)``; a failure there costs its page an error record, like one while parsing."""
    if prepare is None:
        return outcome
    try:
        return prepare(outcome)
    except Exception as error:  # a bug must cost one page, never the batch (nor a worker)
        reason = f"internal error: {type(error).__name__}: {error}"
        return prepare(Outcome(outcome.source, record.error_record(outcome.source, reason), True, reason))


def _process_in_worker(chunk: list[Source], options: Options,
                       prepare: Callable[[Outcome], Outcome] | None) -> list[Outcome]:
    """:func:`process` of each source of ``chunk`` in a worker process, whose budget handler is
    installed at its first page and stands; each outcome as ``prepare`` makes it."""
    import multiprocessing  # loaded already in a worker (oimx.workers); a one-page run never needs it

    if multiprocessing.parent_process() is not None:
        budget.stand_in_worker()
    return [_prepared(process(source, options), prepare) for source in chunk]


def _chunks(sources: Iterable[Source], jobs: int) -> Iterator[list[Source]]:
    """Runs of sources for ``jobs`` workers, standard input alone in its own (it is read in this process).

    The first runs are single pages, then each round of ``jobs`` runs doubles their length up to
    ``CHUNK``: a few pages (or pipes that block) still go to every worker at once.
    """
    chunk: list[Source] = []
    made, size = 0, 1
    for source in sources:
        if source.path == STDIN:
            if chunk:
                yield chunk
            yield [source]
            chunk = []
            continue
        chunk.append(source)
        if len(chunk) >= size:
            yield chunk
            chunk, made = [], made + 1
            size = min(CHUNK, 1 << min(made // jobs, CHUNK.bit_length()))
    if chunk:
        yield chunk


def run(sources: Iterable[Source], options: Options, jobs: int = 1,
        prepare: Callable[[Outcome], Outcome] | None = None) -> Iterator[Outcome]:
    """One outcome per source, in order, as ``prepare`` makes it; ``jobs`` > 1 parses in worker processes.

    Workers take pages ``CHUNK`` at a time (one message each way per chunk, not per page), and
    prepare them there (:class:`oimx.run.Prepare`). Standard input is read and parsed here, never
    in a worker: it belongs to this process.
    """
    if jobs <= 1:
        with budget.page_budgets():
            for source in sources:
                yield _prepared(process(source, options), prepare)
                startup.release()  # the first page has built what the run keeps
        return
    import multiprocessing

    from oimx import workers

    jobs = min(jobs, workers.max_jobs())
    if "fork" in multiprocessing.get_all_start_methods():  # compile the patterns once: the workers inherit them
        load_extractors()
    startup.release()  # before the workers start: forked ones share what start-up made, frozen

    def lost(chunk: list[Source], reason: str) -> list[Outcome]:  # the outcomes of pages whose worker died
        return [_prepared(Outcome(source.path, record.error_record(source.path, reason), True, reason), prepare)
                for source in chunk]

    for outcomes in workers.imap(
        partial(_process_in_worker, options=options, prepare=prepare), _chunks(sources, jobs),
        jobs, lost=lost, local=lambda chunk: chunk[0].path == STDIN,
        window=WINDOW_PER_JOB * jobs // CHUNK,
    ):
        yield from outcomes
