"""The output record: its fields, in a fixed order, and how it is written.

One field per kind of item (:data:`oimx.kinds.KINDS`) sits between ``contact`` and ``spans``.
``oimx schema`` prints the record's JSON Schema (:mod:`oimx.schema`).
"""

from __future__ import annotations

import json

from oimx.kinds import KINDS

FIELDS = (
    "source", "encoding", "lang", "layout", "title", "dateline", "body", "contact",
    *(kind.field for kind in KINDS), "spans", "warnings", "error",
)


def build(**fields: object) -> dict:
    """A record with every field present, in the documented order (missing ones null or empty)."""
    empty: dict[str, object] = {**{kind.field: [] for kind in KINDS}, "warnings": [], "body": ""}
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise TypeError(f"unknown record fields: {sorted(unknown)}")
    return {name: fields.get(name, empty.get(name)) for name in FIELDS}


def error_record(source: str, reason: str, encoding: str | None = None) -> dict:
    """The record of an input that could not be read: its source and why."""
    return build(source=source, encoding=encoding, error=reason, body=None)


def dumps(rec: dict) -> str:
    """One compact JSON line (no trailing newline), UTF-8 text kept as is."""
    return json.dumps(rec, ensure_ascii=False, separators=(",", ":"))
