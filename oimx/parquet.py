"""Records as Parquet: an Arrow schema derived from the record's JSON Schema, and the way back.

The columns follow the record schema (:mod:`oimx.schema`) programmatically, so a field added there shows up
here without an edit: objects become structs, arrays lists, strings/integers/booleans their
Arrow types, ``number`` float64 (read back as an int when whole, as oimx writes amounts).
A value that can be of several non-null kinds (``resolved``: a string or an object) has no
Parquet type; it is kept as its JSON text, and the field's metadata says so (``oimx.json``).
Needs pyarrow (the ``ray`` extra); imported only with ``--format parquet`` or ``--engine ray``.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from oimx import record
from oimx.schema import record_schema

# rows buffered before a row group is written
ROW_GROUP = 2000
_JSON_MARK = {b"oimx.json": b"1"}


@dataclass(frozen=True)
class Shape:
    """How one JSON Schema node is stored: its kind and, for containers, what it holds."""

    kind: str  # string, integer, number, boolean, struct, list, json
    fields: tuple[tuple[str, Shape], ...] = field(default=())
    item: Shape | None = None


def _resolve(node: dict, defs: dict) -> dict:
    while "$ref" in node:
        node = {**defs[node["$ref"].rsplit("/", 1)[-1]], **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def _merged(node: dict, defs: dict) -> dict:
    """``node`` with its ``$ref`` and ``allOf`` parts folded in (their properties first)."""
    node = _resolve(node, defs)
    if "allOf" not in node:
        return node
    properties: dict[str, Any] = {}
    merged: dict[str, Any] = {}
    for part in (*node["allOf"], {k: v for k, v in node.items() if k != "allOf"}):
        part = _merged(part, defs)
        merged.update({k: v for k, v in part.items() if k != "properties"})
        properties.update(part.get("properties", {}))
    return {**merged, "properties": properties}


def _kinds(node: dict, defs: dict) -> list[dict]:
    """The non-null alternatives of a node (``oneOf``/``anyOf``/type lists/enums)."""
    node = _merged(node, defs)
    alternatives = node.get("oneOf") or node.get("anyOf")
    if alternatives:
        return [kind for part in alternatives for kind in _kinds(part, defs)]
    if "enum" in node or "const" in node:
        values = [v for v in node.get("enum", [node.get("const")]) if v is not None]
        names = {type(v).__name__ for v in values}
        return [{"type": {"str": "string", "int": "integer", "float": "number", "bool": "boolean"}.get(n, "json")}
                for n in sorted(names)]
    types = node.get("type")
    if isinstance(types, list):
        return [{**node, "type": t} for t in types if t != "null"]
    if types == "null":
        return []
    return [node]


def shape(node: dict, defs: dict) -> Shape:
    """The storage shape of a JSON Schema node."""
    kinds = _kinds(node, defs)
    if len(kinds) != 1 and len({k.get("type") for k in kinds}) != 1:
        return Shape("json")
    kind = kinds[0]
    name = kind.get("type")
    if name == "object" and kind.get("properties"):
        return Shape("struct", tuple((key, shape(sub, defs)) for key, sub in kind["properties"].items()))
    if name == "array" and "items" in kind and not isinstance(kind["items"], list):
        return Shape("list", item=shape(kind["items"], defs))
    if name in {"string", "integer", "number", "boolean"}:
        return Shape(name)
    return Shape("json")


@cache
def record_shape() -> Shape:
    """The shape of a whole record, from the schema that ships with oimx."""
    schema = record_schema()
    return shape(schema, schema.get("$defs", {}))


def arrow_type(of: Shape):
    """The Arrow type that stores ``of``."""
    import pyarrow as pa

    simple = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_(),
              "json": pa.string()}
    if of.kind == "struct":
        return pa.struct([_arrow_field(name, sub) for name, sub in of.fields])
    if of.kind == "list":
        assert of.item is not None
        return pa.list_(_arrow_field("element", of.item))
    return simple[of.kind]


def _arrow_field(name: str, of: Shape):
    import pyarrow as pa

    return pa.field(name, arrow_type(of), metadata=_JSON_MARK if of.kind == "json" else None)


@cache
def arrow_schema():
    """The Arrow schema of a table of records: one column per top-level field."""
    import pyarrow as pa

    return pa.schema([_arrow_field(name, sub) for name, sub in record_shape().fields])


def _to_arrow(of: Shape, value: Any) -> Any:
    if value is None:
        return None
    if of.kind == "json":
        return record.dumps(value)
    if of.kind == "struct":
        return {name: _to_arrow(sub, value.get(name)) for name, sub in of.fields}
    if of.kind == "list":
        assert of.item is not None
        return [_to_arrow(of.item, v) for v in value]
    if of.kind == "number":
        return float(value)
    return value


def _from_arrow(of: Shape, value: Any) -> Any:
    if value is None:
        return None
    if of.kind == "json":
        return json.loads(value)
    if of.kind == "struct":
        return {name: _from_arrow(sub, value.get(name)) for name, sub in of.fields}
    if of.kind == "list":
        assert of.item is not None
        return [_from_arrow(of.item, v) for v in value]
    if of.kind == "number" and float(value).is_integer():
        return int(value)
    return value


def table(records: Iterable[dict]):
    """An Arrow table of ``records``."""
    import pyarrow as pa

    whole = record_shape()
    return pa.Table.from_pylist([_to_arrow(whole, rec) for rec in records], schema=arrow_schema())


def records(data) -> list[dict]:
    """The records of an Arrow table (or of a Parquet file's path), as oimx wrote them."""
    import pyarrow.parquet as pq

    if isinstance(data, str | os.PathLike):
        data = pq.read_table(data)
    whole = record_shape()
    return [_from_arrow(whole, row) for row in data.to_pylist()]


def write(sink, lines: Iterable[str]) -> int:
    """Write the JSON ``lines`` of records as Parquet to ``sink`` (a path or a writable file); rows written."""
    import pyarrow.parquet as pq

    count = 0
    with pq.ParquetWriter(sink, arrow_schema(), compression="zstd") as writer:
        chunk: list[dict] = []
        for line in lines:
            chunk.append(json.loads(line))
            if len(chunk) == ROW_GROUP:
                writer.write_table(table(chunk))
                count, chunk = count + len(chunk), []
        if chunk:
            writer.write_table(table(chunk))
            count += len(chunk)
    return count


class ParquetOutput:
    """One Parquet file written atomically: rows to a temporary file beside it, renamed at commit.

    Takes outcomes like the command's other sinks (``take``, ``pages``) and is committed or
    abandoned like its text output (``commit``, ``abandon``, ``flush``, ``temp``).
    """

    def __init__(self, path: str | os.PathLike, transform=None) -> None:
        import pyarrow.parquet as pq

        self.path = os.fspath(path)
        self.transform = transform
        directory = os.path.dirname(os.path.abspath(self.path))
        fd, self.temp = tempfile.mkstemp(prefix=f".{os.path.basename(self.path)}.", suffix=".tmp", dir=directory)
        os.close(fd)
        self.writer: Any = pq.ParquetWriter(self.temp, arrow_schema(), compression="zstd")
        self.pending: list[dict] = []
        self.pages = 0

    def take(self, outcome) -> None:
        """Add one page's record (none for a skipped input)."""
        rec = outcome.record
        if rec is not None:
            self.pending.append(self.transform(rec) if self.transform else rec)
            if len(self.pending) >= ROW_GROUP:
                self.flush()
        self.pages += 1

    def flush(self) -> None:
        """Write the buffered rows as a row group."""
        if self.pending and self.writer is not None:
            self.writer.write_table(table(self.pending))
            self.pending = []

    def commit(self) -> None:
        """Close the file and move it to its name."""
        if self.temp is None:
            return
        self.flush()
        self.writer.close()
        self.writer = None
        os.replace(self.temp, self.path)
        self.temp = None

    def abandon(self) -> None:
        """Drop the temporary file (after an error or an interruption)."""
        if self.temp is not None:
            if self.writer is not None:
                self.writer.close()
                self.writer = None
            os.unlink(self.temp)
            self.temp = None
