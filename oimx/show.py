"""A page as oimx understood it, as a rich renderable for ``oimx show``.

The raw page is cut along the record's ``spans``: the site navigation (folded into
one line unless ``full``), the title, the body (with the dateline) and the contact
block, each under a labelled rule; text oimx left out (page labels, captions, HTML
debris, separators) is dimmed. Every extracted item is highlighted in its kind's
colour over its ``start``/``end``, then a legend, a table of the items with their
normalised values (:func:`oimx.flat.rows`) and a table of the contact people follow.
Without colour (``NO_COLOR``, or output that is not a terminal) the same layout is
printed as plain text.
"""

from __future__ import annotations

import re

from oimx import flat
from oimx.kinds import KINDS

# row kind -> the style of its items (:attr:`oimx.kinds.Kind.style`)
STYLES = {kind.name: kind.style for kind in KINDS}
_DETAILS = {kind.name: kind.details for kind in KINDS}
DATELINE = "bold underline"
PERSON = "bold black on white"
LEFT_OUT = "dim"
RULE = "blue"
# rows of the items table at most: a page of 70,000 dates took minutes to lay out (rich measures
# every cell); the page text still shows every item highlighted, and ``oimx extract`` lists them all
TABLE_ROWS = 500


# control characters but line ends and tabs, lone surrogates, and the bidirectional marks and overrides that would
# turn the text shown around them (U+202E)
_UNSHOWN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _printable(text: str) -> str:
    """Control characters (ESC, CR…) and bidirectional overrides as spaces, one for one, so offsets still hold and
    no escape sequence of the page reaches the terminal."""
    return _UNSHOWN.sub(" ", text)


def _regions(record: dict, length: int) -> list[tuple[str, int, int]]:
    """(label, start, end) covering the whole page: the record's spans, and 'left out' between them."""
    spans = record["spans"] or {}
    named = [(label, *spans[label]) for label in ("navigation", "title", "body", "contact") if spans.get(label)]
    regions: list[tuple[str, int, int]] = []
    at = 0
    for label, start, end in sorted(named, key=lambda region: region[1]):
        if start > at:
            regions.append(("left out", at, start))
        if end > start:
            regions.append((label, max(start, at), end))
        at = max(at, end)
    if at < length:
        regions.append(("left out", at, length))
    return regions


def _dim_left_out(part: object, kept: str, start: int, end: int, page: str) -> None:
    """Dim the lines of ``page[start:end]`` whose text is not in ``kept`` (the cleaned part)."""
    kept_folded = " ".join(kept.split())
    offset = start
    for line in page[start:end].splitlines(keepends=True):
        words = " ".join(line.split())
        if words and words not in kept_folded:
            part.stylize(LEFT_OUT, offset - start, offset - start + len(line.rstrip()))  # type: ignore[attr-defined]
        offset += len(line)


def _region_text(page: str, record: dict, label: str, start: int, end: int):
    from rich.text import Text

    part = Text(page[start:end])
    if label == "title":
        part.stylize("bold")
    elif label == "left out":
        part.stylize(LEFT_OUT)
    elif label == "body":
        _dim_left_out(part, record["body"] or "", start, end, page)
        dateline = record["dateline"]
        if dateline and start <= dateline["start"] < end:
            part.stylize(DATELINE, dateline["start"] - start, min(dateline["end"], end) - start)
    elif label == "contact" and record["contact"]:
        _dim_left_out(part, record["contact"]["text"], start, end, page)
        _highlight_people(part, record["contact"]["people"], page[start:end])
    for kind in KINDS:
        for item in record[kind.field]:
            if item["start"] < end and start < item["end"]:
                part.stylize(kind.style, max(item["start"], start) - start, min(item["end"], end) - start)
    part.rstrip()
    return part


def _highlight_people(part: object, people: list[dict], block: str) -> None:
    """Highlight where each person's name is first written in the contact block (white space may differ)."""
    import regex

    for person in people:
        words = person["name"].split()
        found = regex.search(r"\s+".join(regex.escape(word) for word in words), block) if words else None
        if found:
            part.stylize(PERSON, found.start(), found.end())  # type: ignore[attr-defined]


def _folded(page: str, start: int, end: int):
    from rich.text import Text

    lines = len(page[start:end].splitlines())
    return Text(f"… {lines} lines ({end - start} characters) of site navigation folded; --full shows them",
                style=f"{LEFT_OUT} italic")


def legend():
    """One line naming each kind in its colour."""
    from rich.text import Text

    line = Text("items: ")
    for kind, style in STYLES.items():
        line.append(f" {kind} ", style=style)
        line.append(" ")
    line.append(" dateline ", style=DATELINE)
    line.append(" ")
    line.append(" person ", style=PERSON)
    line.append("  ")
    line.append("left out by oimx", style=LEFT_OUT)
    return line


def items_table(record: dict, limit: int = TABLE_ROWS):
    """A table of the record's items with their normalised values: the first ``limit`` of them,
    a caption telling how many more there are."""
    from itertools import islice

    from rich.table import Table
    from rich.text import Text

    count = sum(len(record[kind.field]) for kind in KINDS)
    caption = (f"the first {limit} of {count} items; oimx extract lists them all" if count > limit else None)
    table = Table(title="Items", title_justify="left", title_style="bold", header_style="bold", expand=False,
                  caption=caption, caption_justify="left")
    for column in ("kind", "text", "value", "section", "offsets", "details"):
        table.add_column(column, overflow="fold")
    for row in islice(flat.rows(record), limit):
        table.add_row(
            Text(row["kind"], style=STYLES.get(row["kind"], "")), row["text"], flat.csv_cell(row["value"]),
            row["section"] or "", f"{row['start']}–{row['end']}", details(row),
        )
    return table


def details(row: dict) -> str:
    """The kind-specific columns of an item row, in a few words (:attr:`oimx.kinds.Kind.details`)."""
    describe = _DETAILS.get(row["kind"])
    return ", ".join(word for word in describe(row) if word) if describe else ""


def people_table(record: dict):
    """A table of the contact block's people, or None."""
    from rich.table import Table

    people = (record["contact"] or {}).get("people") or []
    if not people:
        return None
    table = Table(title="Contact people", title_justify="left", title_style="bold", header_style="bold")
    for column in ("name", "office", "e-mails", "phones"):
        table.add_column(column, overflow="fold")
    for person in people:
        table.add_row(person["name"], person["office"] or "", "\n".join(person["emails"]), "\n".join(person["phones"]))
    return table


def render(page: str, record: dict, *, full: bool = False):
    """The page and what oimx found in it, as a rich renderable."""
    from rich.console import Group
    from rich.rule import Rule
    from rich.text import Text

    page = _printable(page)
    header = Text()
    header.append(record["source"] or "-", style="bold")
    header.append(f"  lang {record['lang']}  layout {record.get('layout')}  encoding {record['encoding']}", style="dim")
    parts: list[object] = [header]
    parts += [Text(f"warning: {warning}", style="yellow") for warning in record["warnings"]]
    for label, start, end in _regions(record, len(page)):
        if label == "left out" and not page[start:end].strip():
            continue
        parts.append(Rule(label, align="left", style=RULE if label != "left out" else LEFT_OUT))
        if label == "navigation" and not full:
            parts.append(_folded(page, start, end))
        else:
            parts.append(_region_text(page, record, label, start, end))
    parts += [Rule(style=RULE), legend(), Text()]
    if any(record[kind.field] for kind in KINDS):
        parts.append(items_table(record))
    else:
        parts.append(Text("no items found", style="dim"))
    people = people_table(record)
    if people is not None:
        parts += [Text(), people]
    return Group(*parts)
