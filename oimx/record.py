"""The output record: its fields, in a fixed order, and how it is written.

One field per kind of item (:data:`oimx.kinds.KINDS`) sits between ``contact`` and ``spans``.
``oimx schema`` prints the record's JSON Schema (:mod:`oimx.schema`).

A record is written by orjson when orjson's bytes are exactly ``json.dumps``' text (compact,
UTF-8 kept as is): ten times faster, the largest share of a page's work outside parsing. Any
other record (a float that ``repr`` writes with an exponent or is not finite, a type that is not
JSON's own, a lone surrogate, an integer past 64 bits) is written by ``json`` as before.
"""

from __future__ import annotations

import gc
import json

import orjson

from oimx.kinds import KINDS

FIELDS = (
    "source", "encoding", "lang", "layout", "title", "dateline", "body", "contact",
    *(kind.field for kind in KINDS), "spans", "warnings", "error",
)

# subclasses of str/int/dict/list, dataclasses and dates go to orjson's (absent) default: TypeError, as in json
_ORJSON_STRICT = orjson.OPT_PASSTHROUGH_SUBCLASS | orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME
# the types whose values orjson writes as json.dumps does (floats are checked one by one)
_SCALARS = frozenset({str, int, bool, type(None)})
_CONTAINERS = frozenset({dict, list})
_SHAPES = _SCALARS | _CONTAINERS


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
    data = _orjson_bytes(rec)
    return _json_text(rec) if data is None else data.decode("utf-8")


def encoded(rec: dict) -> bytes:
    """:func:`dumps` as UTF-8 bytes, a lone surrogate (a byte of a file name that is not UTF-8) as a JSON
    escape ``\\udcff`` (the output's own rule: :func:`oimx.output.escape_surrogates`)."""
    data = _orjson_bytes(rec)
    if data is not None:
        return data
    text = _json_text(rec)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        from oimx.output import escape_surrogates

        return escape_surrogates(text).encode("utf-8", "surrogatepass")


def _json_text(rec: dict) -> str:
    return json.dumps(rec, ensure_ascii=False, separators=(",", ":"))


def _orjson_bytes(rec: dict) -> bytes | None:
    """orjson's bytes for ``rec`` when they are exactly :func:`_json_text`'s, else None.

    orjson runs first: it refuses a cycle (a recursion limit) before :func:`_plain` walks the record.
    """
    try:
        data = orjson.dumps(rec, option=_ORJSON_STRICT)
    except TypeError:  # orjson.JSONEncodeError: a surrogate, a key that is not a string, an integer past 64 bits
        return None
    return data if _plain(rec) else None


def _plain(rec: dict) -> bool:
    """Whether every value under ``rec`` is a dict, list, string, integer, boolean, None, or a float that
    ``repr`` writes without an exponent (orjson writes ``1e16`` where json writes ``1e+16``, null for NaN).

    One level of the record at a time: ``gc.get_referents`` lists the values of every container of a
    level at once (it passes over strings and numbers, which hold nothing), then their types are told
    in one pass. The record has no cycle: orjson refused it before.
    """
    values: list = [rec]
    while True:
        values = gc.get_referents(*values)
        kinds = set(map(type, values))
        if not kinds <= _SHAPES:
            if kinds - _SHAPES != {float}:
                return False
            if not all(value == 0 or 1e-4 <= abs(value) < 1e16 for value in values if type(value) is float):
                return False
        if kinds.isdisjoint(_CONTAINERS):
            return True
