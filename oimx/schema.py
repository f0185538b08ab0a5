"""The JSON Schema of a record (``oimx schema``): the fields every record has, and one per kind.

``oimx/schema.json`` holds the fields that are not items (source, title, dateline, contact…) and
the shared definitions (``offset``, ``span``, ``section``, ``iso``, ``item``); each kind of
:data:`oimx.kinds.KINDS` adds its array field and the definition of its item.
"""

from __future__ import annotations

import json
from importlib.resources import files

from oimx.kinds import KINDS
from oimx.record import FIELDS


def record_schema() -> dict:
    """The JSON Schema (draft 2020-12) of one record, its properties in the record's order."""
    schema = json.loads(files("oimx").joinpath("schema.json").read_text(encoding="utf-8"))
    schema.pop("$comment", None)  # it speaks of the file
    defined = schema["properties"]
    for kind in KINDS:
        defined[kind.field] = {"type": "array", "items": {"$ref": f"#/$defs/{kind.name}"}}
        schema["$defs"][kind.name] = kind.schema
    ordered: dict = {}
    for key, value in schema.items():
        if key == "properties":
            ordered["required"] = list(FIELDS)
            value = {name: defined[name] for name in FIELDS}
        ordered[key] = value
    return ordered


def text() -> str:
    """The schema as ``oimx schema`` prints it."""
    return json.dumps(record_schema(), ensure_ascii=False, indent=2)
