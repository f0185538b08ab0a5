"""Records flattened into item rows: one row per extracted item, for CSV, DuckDB and spreadsheets.

Every row has every column of :data:`COLUMNS`, in that order (null where a column does
not apply to the row's kind), so that ``read_json_auto`` and ``csv.DictReader`` see one
table:

=============  ==================================================================================
``source``     the page the item comes from
``kind``       ``email``, ``phone``, ``date``, ``money`` (or ``error`` for a page that could not
               be read: ``text`` then holds the reason)
``text``       the item as written (``input[start:end]``, except after ``--redact``)
``value``      the normalised value as a string: the address, the E.164 number, the ISO date,
               ``FROM/TO`` for a range (``..`` for an open end), the resolved value of a relative
               date (with ``--reference-date``), ``AMOUNT CURRENCY`` for money
``start``      offsets in the page, half-open code points
``end``
``section``    ``title``, ``dateline``, ``body`` or ``contact``
``extension``  phones: the extension; ``region``: ISO 3166 country; ``valid``: libphonenumber's
               verdict; ``phone_kind``: ``phone``, ``mobile`` or ``fax``
``type``       dates: ``date``, ``range``, ``relative`` or ``time`` (a time of day alone); ``from``,
               ``to``, ``precision``, ``relative`` (a key such as ``yesterday``), ``resolved`` (a
               string; ``FROM/TO``)
``amount``     money: the amount in units (a number); ``currency`` (ISO 4217); ``note``
=============  ==================================================================================

Rows of a page follow the order of the page (by ``start``).
"""

from __future__ import annotations

from collections.abc import Iterator

COLUMNS = (
    "source", "kind", "text", "value", "start", "end", "section",
    "extension", "region", "valid", "phone_kind",
    "type", "from", "to", "precision", "relative", "resolved",
    "amount", "currency", "note",
)
# record field -> row kind
KINDS = {"emails": "email", "phones": "phone", "dates": "date", "money": "money"}


def _number(amount: float | int | None) -> float | int | None:
    """An integral float as an int (1500000.0 -> 1500000), so that CSV shows no '.0'."""
    if isinstance(amount, float) and amount.is_integer():
        return int(amount)
    return amount


def _interval(start: str | None, end: str | None) -> str:
    return f"{start or '..'}/{end or '..'}"


def _resolved(resolved: object) -> str | None:
    if isinstance(resolved, dict):
        return _interval(resolved.get("from"), resolved.get("to"))
    return resolved if isinstance(resolved, str) else None


def value_of(kind: str, item: dict) -> str | None:
    """One item's normalised value as a string (see the module's table)."""
    if kind == "money":
        return f"{_number(item['amount'])} {item['currency']}"
    if kind == "date":
        if item["type"] == "range":
            return _interval(item["from"], item["to"])
        if item["type"] == "relative":
            return _resolved(item["resolved"])
    return item.get("value")


def _row(source: str | None, kind: str, item: dict) -> dict:
    row = dict.fromkeys(COLUMNS)
    row.update(
        source=source, kind=kind, text=item["text"], value=value_of(kind, item),
        start=item["start"], end=item["end"], section=item.get("section"),
    )
    if kind == "phone":
        row.update(extension=item["extension"], region=item["region"], valid=item["valid"], phone_kind=item["kind"])
    elif kind == "date":
        row.update({name: item[name] for name in ("type", "from", "to", "precision", "relative")})
        row["resolved"] = _resolved(item["resolved"])
    elif kind == "money":
        row.update(amount=_number(item["amount"]), currency=item["currency"], note=item["note"])
    return row


def rows(record: dict) -> Iterator[dict]:
    """The item rows of one record, in page order; an error record gives one ``error`` row."""
    if record.get("error"):
        yield {**dict.fromkeys(COLUMNS), "source": record["source"], "kind": "error", "text": record["error"]}
        return
    found = [(item["start"], item["end"], kind, item) for field, kind in KINDS.items() for item in record[field]]
    for _start, _end, kind, item in sorted(found, key=lambda entry: entry[:3]):
        yield _row(record["source"], kind, item)


def csv_cell(value: object) -> str:
    """A cell as CSV text: empty for null, ``true``/``false`` for booleans."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def csv_line(values: list[object] | tuple[object, ...]) -> str:
    """One CSV record (RFC 4180 quoting) without its line terminator."""
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow([csv_cell(value) for value in values])
    return buffer.getvalue()[:-1]
