"""How a record is written: orjson's bytes where they are json.dumps' text, json's own elsewhere (oimx.record)."""

from __future__ import annotations

import collections
import datetime as dt
import decimal
import enum
import json
import uuid

import pytest

from oimx import record
from oimx.output import escape_surrogates


class _Colour(enum.Enum):
    RED = 1


class _Level(enum.IntEnum):
    HIGH = 3


class _Text(str):
    pass


def _nested(depth: int) -> list:
    value: list = []
    for _ in range(depth):
        value = [value]
    return value


# values a record may hold, each written exactly as json.dumps(ensure_ascii=False, compact) writes it
SAME_AS_JSON = {
    "plain-fields": {"source": "a.txt", "title": "Titre é ü ‘’ 😀", "start": 3, "valid": True, "value": None},
    "escapes": {"text": "tab\there\nquote\" back\\ \x00\x1f\x7f \u2028\u2029 \ufeff"},
    "floats-without-exponent": {"amount": [0.5, -0.0, 0.0, 12.25, 0.0001, 9999999999999998.0, 1e15]},
    "float-with-exponent-large": {"amount": 1e16},
    "float-with-exponent-small": {"amount": 5e-05},
    "nan": {"amount": float("nan")},
    "infinity": {"amount": [float("inf"), float("-inf")]},
    "int-past-64-bits": {"amount": 2**70},
    "int-at-64-bits": {"amount": [2**64 - 1, -(2**63)]},
    "lone-surrogate": {"source": "caf\udce9.txt"},
    "int-key": {1: "one"},
    "tuple": {"span": (1, 2)},
    "str-subclass": {"lang": _Text("fr")},
    "int-enum": {"level": _Level.HIGH},
    "ordered-dict": {"people": collections.OrderedDict(name="A")},
    "deep": {"d": _nested(600)},
    "empty": {},
}
# values json refuses: a TypeError, as json raises it
NOT_JSON = {
    "enum": {"colour": _Colour.RED},
    "uuid": {"id": uuid.UUID(int=5)},
    "date": {"date": dt.date(2024, 5, 3)},
    "decimal": {"amount": decimal.Decimal("1.5")},
    "bytes": {"raw": b"x"},
}


@pytest.mark.parametrize("value", SAME_AS_JSON.values(), ids=SAME_AS_JSON.keys())
def test_a_record_is_written_as_json_writes_it(value: dict) -> None:
    expected = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    assert record.dumps(value) == expected
    assert record.encoded(value) == escape_surrogates(expected).encode("utf-8")  # a surrogate as a JSON escape


@pytest.mark.parametrize("value", NOT_JSON.values(), ids=NOT_JSON.keys())
def test_a_value_json_refuses_is_refused(value: dict) -> None:
    with pytest.raises(TypeError):
        record.dumps(value)
    with pytest.raises(TypeError):
        record.encoded(value)


def test_a_cycle_is_refused_as_json_refuses_it() -> None:
    looped: dict = {}
    looped["self"] = looped
    with pytest.raises(ValueError, match="Circular reference"):
        record.dumps(looped)
