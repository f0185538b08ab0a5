"""Records as Parquet: an Arrow schema derived from the record's JSON Schema, and the way back.

The columns follow the record schema (:mod:`oimx.schema`) programmatically, so a field added there shows up
here without an edit: objects become structs, arrays lists, strings/integers/booleans their
Arrow types, ``number`` float64 (read back as an int when whole, as oimx writes amounts).
A value that can be of several non-null kinds (``resolved``: a string or an object) has no
Parquet type; it is kept as its JSON text, and the field's metadata says so (``oimx.json``).
Needs pyarrow (the ``ray`` extra); imported only with ``--format parquet`` or ``--engine ray``.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from oimx import record
from oimx.output import Output, OutputError, escape_surrogates, signals
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
    if type(value) is str and not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate (a byte of a file name that is not UTF-8): its escape
            return escape_surrogates(value)
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


class _Descriptor:
    """The file-like end pyarrow writes to: the bytes go to an :class:`oimx.output.Output`'s descriptor (a
    temporary file, or a FIFO or device written through: nothing is seeked), a failure is an OutputError."""

    def __init__(self, out: Output) -> None:
        self.out, self.position, self.closed = out, 0, False

    def write(self, data: bytes) -> int:
        view = memoryview(data)
        try:
            while view:
                view = view[os.write(self.out.fd, view) :]
        except OSError as error:
            raise OutputError(self.out.where, error) from None
        self.position += len(data)
        return len(data)

    def tell(self) -> int:
        return self.position

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False


class ParquetOutput:
    """One Parquet file at ``path``, written as the command's text output is (:class:`oimx.output.Output`): a
    regular file through a temporary file beside it, renamed at commit with the old file's mode (a new one
    follows the umask); a link, a FIFO or a device written through. Takes outcomes like the command's other
    sinks (``take``, ``pages``) and is committed or abandoned like its text output."""

    def __init__(self, path: str | os.PathLike, transform=None) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.out = Output(os.fspath(path))  # OutputError: a folder, a missing folder, no permission
        self.transform = transform
        self.writer: Any = None  # made with the first row group: nothing is written before the run reads pages
        self._new_writer = lambda: pq.ParquetWriter(pa.PythonFile(_Descriptor(self.out), mode="w"), arrow_schema(),
                                                    compression="zstd")
        self.pending: list[dict] = []
        self.pages = 0
        self.closed = False

    def take(self, outcome) -> None:
        """Add one page's record (none for a skipped input)."""
        rec = outcome.record
        self.pages += 1
        if rec is not None:
            self.pending.append(self.transform(rec) if self.transform else rec)
            if len(self.pending) >= ROW_GROUP:
                self.flush()

    def flush(self) -> None:
        """Write the buffered rows as a row group."""
        if self.pending and not self.closed:
            rows = table(self.pending)
            with signals.held():  # Ctrl-C and SIGTERM wait until the row group is whole
                if self.writer is None:
                    self.writer = self._new_writer()
                self.writer.write_table(rows)
                self.pending = []

    def _close(self) -> None:
        """Write the rows left and the file's footer (a file of no row has its schema)."""
        if self.closed:
            return
        self.closed = True
        rows = table(self.pending) if self.pending else None
        with signals.held():  # the last rows and the footer go out whole
            writer = self.writer or self._new_writer()
            if rows is not None:
                writer.write_table(rows)
            self.pending = []
            self.writer = None
            writer.close()

    def commit(self) -> None:
        """Close the file: a temporary file takes its name."""
        self._close()
        self.out.commit()

    def finish_interrupted(self) -> None:
        """After Ctrl-C or SIGTERM: a file written through gets the rows made so far and its footer (whole and
        readable); a temporary file is left to :meth:`abandon`, the old file kept."""
        if self.out.temp is None:
            with contextlib.suppress(OSError, OutputError):
                self._close()

    def abandon(self) -> None:
        """Drop the temporary file (after an error or an interruption); close a written-through one."""
        with contextlib.suppress(Exception):  # cleaning up after a failure: the writer may be what failed
            self._close()
        self.out.abandon()
