"""Records flattened into item rows: one row per extracted item, for CSV, DuckDB and spreadsheets.

Every row has every column of :data:`COLUMNS`, in that order (null where a column does
not apply to the row's kind), so that ``read_json_auto`` and ``csv.DictReader`` see one
table. The columns after ``section`` and the ``value`` text are each kind's own
(:attr:`oimx.kinds.Kind.columns`, :attr:`~oimx.kinds.Kind.value`):

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

from oimx.kinds import KINDS, Kind

# the columns every row has, then each kind's own
COMMON = ("source", "kind", "text", "value", "start", "end", "section")
COLUMNS = tuple(dict.fromkeys((*COMMON, *(column for kind in KINDS for column in kind.columns))))


def _row(source: str | None, kind: Kind, item: dict) -> dict:
    row = dict.fromkeys(COLUMNS)
    row.update(
        source=source, kind=kind.name, text=item["text"], value=kind.value(item),
        start=item["start"], end=item["end"], section=item.get("section"),
    )
    row.update(kind.cells(item))
    return row


def rows(record: dict) -> Iterator[dict]:
    """The item rows of one record, in page order; an error record gives one ``error`` row."""
    if record.get("error"):
        yield {**dict.fromkeys(COLUMNS), "source": record["source"], "kind": "error", "text": record["error"]}
        return
    found = [(item["start"], item["end"], kind.name, kind, item) for kind in KINDS for item in record[kind.field]]
    for *_order, kind, item in sorted(found, key=lambda entry: entry[:3]):
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

    buffer = io.StringIO()  # a "\r\n" terminator makes the writer quote a field holding a lone "\r" too
    csv.writer(buffer, lineterminator="\r\n").writerow([csv_cell(value) for value in values])
    return buffer.getvalue()[:-2]
