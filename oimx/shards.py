"""A job's output folder: its plan, its shards and their tallies, and the closing manifest.

Pages are cut into shards of consecutive inputs (the inputs in their one-machine order), so a
shard's content depends only on the inputs and options. ``_PLAN.json`` names them by a hash:
a rerun with the same ``-o`` and the same plan keeps the shards whose tally exists (a tally is
written only after its shard), redoes the others, and another job is refused. ``_SUCCESS.json``
comes last: shards, pages, error records, warnings, oimx version, learned lines, inputs.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from oimx import __version__, record
from oimx.sources import Source
from oimx.storage import Folder, StorageError

PLAN = "_PLAN.json"
MANIFEST = "_SUCCESS.json"
# at most this many pages in a shard
SHARD_PAGES = 1000
# and, for small jobs, about this many shards (so that every worker gets some)
SHARD_COUNT = 64


@dataclass(frozen=True)
class Shard:
    """Consecutive inputs written together as ``part-NNNNN.EXT``."""

    number: int
    sources: tuple[Source, ...]

    def name(self, ext: str) -> str:
        return f"part-{self.number:05d}.{ext}"


def cut(sources: list[Source]) -> list[Shard]:
    """The shards of a job: a size that depends on the page count alone."""
    size = max(1, min(SHARD_PAGES, -(-len(sources) // SHARD_COUNT)))
    return [Shard(n, tuple(sources[start:start + size])) for n, start in enumerate(range(0, len(sources), size))]


def learned_hash(learned: Iterable[str]) -> str:
    """A stable name for a set of learned lines."""
    return hashlib.sha256("\n".join(sorted(learned)).encode("utf-8", "surrogatepass")).hexdigest()


def plan(sources: list[Source], settings: dict) -> dict:
    """What a job is: its settings and the hash of its inputs (same plan, same shards)."""
    digest = hashlib.sha256()
    for source in sources:
        digest.update(json.dumps([source.path, source.explicit, source.problem]).encode("utf-8", "surrogatepass"))
    return {"oimx": __version__, **settings, "pages": len(sources), "inputs_sha256": digest.hexdigest()}


def _tally_name(shard_name: str) -> str:
    return f"_{shard_name}.json"


def start(folder: Folder, job: dict, shards: list[Shard], ext: str) -> dict[int, dict]:
    """Claim ``folder`` for ``job``; the tallies of the shards a previous run finished."""
    folder.prepare()
    text = json.dumps(job, sort_keys=True, ensure_ascii=False, indent=1).encode("utf-8", "surrogatepass")
    if folder.exists(PLAN):
        if json.loads(folder.read(PLAN)) != json.loads(text):
            raise StorageError(folder.uri, "holds the output of another job (other inputs or options); "
                               "choose another -o or empty it")
    else:
        if any(name.startswith("part-") for name in folder.names()):
            raise StorageError(folder.uri, "already holds shards of an unknown job; choose another -o or empty it")
        folder.write(PLAN, text)
    present = set(folder.names("_part-"))
    done: dict[int, dict] = {}
    for shard in shards:
        tally = _tally_name(shard.name(ext))
        if tally in present:
            done[shard.number] = json.loads(folder.read(tally))
    return done


@dataclass(frozen=True)
class Tally:
    """What one shard holds."""

    shard: str
    pages: int
    records: int
    errors: int
    warnings: int


def tally(name: str, lines: list[str], pages: int) -> Tally:
    """Count a shard's records, error records and warnings."""
    errors = warnings = 0
    for line in lines:
        rec = json.loads(line)
        errors += rec.get("error") is not None
        warnings += len(rec.get("warnings") or [])
    return Tally(name, pages, len(lines), errors, warnings)


def encode(lines: list[str], fmt: str) -> bytes:
    """A shard's bytes: JSON lines, or a Parquet file."""
    if fmt == "jsonl":
        return "".join(f"{line}\n" for line in lines).encode("utf-8", "surrogateescape")
    import pyarrow as pa

    from oimx import parquet

    sink = pa.BufferOutputStream()
    parquet.write(sink, lines)
    return sink.getvalue().to_pybytes()


def save(folder: Folder, shard: Shard, fmt: str, lines: list[str]) -> Tally:
    """Write a shard, then its tally (a shard without a tally is redone by a rerun)."""
    name = shard.name(fmt)
    folder.write(name, encode(lines, fmt))
    counts = tally(name, lines, len(shard.sources))
    folder.write(_tally_name(name), record.dumps(asdict(counts)).encode("utf-8"))
    return counts


def finish(folder: Folder, job: dict, tallies: list[dict], learned: frozenset[str], inputs: list[str]) -> dict:
    """Write the manifest ``_SUCCESS.json`` and return it."""
    tallies = sorted(tallies, key=lambda t: t["shard"])
    manifest = {
        "oimx": __version__,
        "format": job["format"],
        "shards": [t["shard"] for t in tallies],
        "pages": sum(t["pages"] for t in tallies),
        "records": sum(t["records"] for t in tallies),
        "errors": sum(t["errors"] for t in tallies),
        "warnings": sum(t["warnings"] for t in tallies),
        "learned": {"lines": len(learned), "sha256": learned_hash(learned)},
        "inputs": inputs,
        "plan": job["inputs_sha256"],
    }
    folder.write(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8", "surrogatepass"))
    return manifest
