"""The items a date mention becomes (see the module doc of :mod:`oimx.extract.dates`), from the
year, month and day written."""

from __future__ import annotations

Bound = tuple[int | None, int | None, int | None]  # year, month, day


def iso(bound: Bound | None) -> str | None:
    """ISO form at the precision written, "XXXX" for a missing year."""
    if bound is None:
        return None
    year, month, day = bound
    out = "XXXX" if year is None else f"{year:04d}"
    if month is not None or day is not None:
        out += "-XX" if month is None else f"-{month:02d}"
    if day is not None:
        out += f"-{day:02d}"
    return out


def _precision(bound: Bound | None) -> int:
    """0 year, 1 month, 2 day."""
    if bound is None:
        return 3
    return 2 if bound[2] is not None else 1 if bound[1] is not None else 0


_PRECISION = ("year", "month", "day")


def date_item(start: int, end: int, text: str, bound: Bound) -> dict:
    """A date mention."""
    return {"text": text, "start": start, "end": end, "type": "date", "value": iso(bound),
            "from": None, "to": None, "precision": _PRECISION[_precision(bound)], "relative": None,
            "resolved": None}


def range_item(start: int, end: int, text: str, first: Bound | None, last: Bound | None) -> dict:
    """A range mention, each bound perhaps open (None)."""
    coarse = min(_precision(first), _precision(last))
    return {"text": text, "start": start, "end": end, "type": "range", "value": None,
            "from": iso(first), "to": iso(last), "precision": _PRECISION[coarse], "relative": None,
            "resolved": None}


def relative_item(start: int, end: int, text: str, key: str) -> dict:
    """A relative mention with its key."""
    return {"text": text, "start": start, "end": end, "type": "relative", "value": None,
            "from": None, "to": None, "precision": None, "relative": key, "resolved": None}
