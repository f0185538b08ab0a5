"""The output record: its fields, in a fixed order, and how it is written.

The JSON Schema of a record ships in ``oimx/schema.json`` (``oimx schema``).
"""

from __future__ import annotations

import json

FIELDS = (
    "source", "encoding", "lang", "layout", "title", "dateline", "body", "contact",
    "emails", "phones", "dates", "money", "spans", "warnings", "error",
)


def build(**fields: object) -> dict:
    """A record with every field present, in the documented order (missing ones null or empty)."""
    empty: dict[str, object] = {"emails": [], "phones": [], "dates": [], "money": [], "warnings": [], "body": ""}
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
