"""A summary of a batch of records, kept as running totals (memory does not grow with the batch).

:meth:`Stats.summary` gives a JSON-ready dict:

- ``pages``, ``errors`` (pages that could not be read), ``warnings`` (pages with a warning),
  ``languages`` (pages per language);
- ``items``: per kind (``emails``, ``phones``, ``dates``, ``money``: :data:`oimx.kinds.KINDS`) the
  number of items and of pages with at least one;
- ``money``: per currency, the sum of the amounts mentioned and the number of mentions (an
  amount written twice counts twice);
- ``years``: dates per year, from a date's value, a range's first bound (else its last), a
  relative date's resolved value (with ``--reference-date``); dates without a year are left out;
- ``places``: the most frequent dateline places with their number of pages; the names of one place
  in several languages count as one (``Genève``, ``Geneva``), shown as most often written.
"""

from __future__ import annotations

from collections import Counter

from oimx import kinds
from oimx.lexicon.places import place_key

# the record fields counted under ``items`` (:data:`oimx.kinds.KINDS`)
KINDS = tuple(kind.field for kind in kinds.KINDS)
TOP_PLACES = 10


def year_of(date: dict) -> int | None:
    """The year a date item speaks of, or None."""
    if date["type"] == "date":
        value = date["value"]
    elif date["type"] == "range":
        value = date["from"] or date["to"]
    else:
        resolved = date["resolved"]
        value = (resolved.get("from") or resolved.get("to")) if isinstance(resolved, dict) else resolved
    if isinstance(value, str) and value[:4].isdigit():
        return int(value[:4])
    return None


class Stats:
    """Running totals over records: :meth:`add` each, then :meth:`summary`."""

    def __init__(self) -> None:
        self.pages = self.errors = self.warnings = 0
        self.languages: Counter[str] = Counter()
        self.items: Counter[str] = Counter()
        self.pages_with: Counter[str] = Counter()
        self.amounts: dict[str, float] = {}
        self.mentions: Counter[str] = Counter()
        self.years: Counter[int] = Counter()
        self.places: Counter[str] = Counter()  # pages per place key (Genève and Geneva are one place)
        self.place_names: dict[str, Counter[str]] = {}  # the names each place was written with

    def add(self, record: dict) -> None:
        """Count one record."""
        self.pages += 1
        if record.get("error"):
            self.errors += 1
            return
        self.warnings += bool(record["warnings"])
        self.languages[record["lang"] or "unknown"] += 1
        for kind in KINDS:
            self.items[kind] += len(record[kind])
            self.pages_with[kind] += bool(record[kind])
        for money in record["money"]:
            self.amounts[money["currency"]] = self.amounts.get(money["currency"], 0) + money["amount"]
            self.mentions[money["currency"]] += 1
        for date in record["dates"]:
            year = year_of(date)
            if year is not None:
                self.years[year] += 1
        if record["dateline"]:
            for key, name in {place_key(place): place for place in record["dateline"]["places"]}.items():
                self.places[key] += 1
                self.place_names.setdefault(key, Counter())[name] += 1

    def _name_of(self, key: str) -> str:
        """The name a place was most often written with (the first in sorted order on a tie)."""
        names = self.place_names[key]
        return min(names, key=lambda name: (-names[name], name))

    def summary(self) -> dict:
        """The totals as a JSON-ready dict (see the module's docstring)."""

        def number(value: float) -> float | int:
            return int(value) if float(value).is_integer() else round(value, 2)

        return {
            "pages": self.pages,
            "errors": self.errors,
            "warnings": self.warnings,
            "languages": dict(sorted(self.languages.items())),
            "items": {kind: {"items": self.items[kind], "pages": self.pages_with[kind]} for kind in KINDS},
            "money": {
                currency: {"total": number(self.amounts[currency]), "mentions": self.mentions[currency]}
                for currency in sorted(self.amounts)
            },
            "years": {str(year): self.years[year] for year in sorted(self.years)},
            "places": sorted(
                ({"place": self._name_of(key), "pages": count} for key, count in self.places.items()),
                key=lambda entry: (-entry["pages"], entry["place"]),
            )[:TOP_PLACES],
        }


def bar(count: int, most: int, width: int = 30) -> str:
    """A bar of block characters, ``width`` long for ``most``, at least one block for a count > 0."""
    if most <= 0 or count <= 0:
        return ""
    eighths = round(count / most * width * 8)
    full, rest = divmod(max(eighths, 1), 8)
    return "█" * full + (" ▏▎▍▌▋▊▉"[rest] if rest else "")


def render(summary: dict):
    """A rich renderable of a summary: tables and a bar chart of dates per year."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    def table(title: str, *columns: str) -> Table:
        grid = Table(title=title, title_justify="left", title_style="bold", box=None, pad_edge=False)
        for index, column in enumerate(columns):
            grid.add_column(column, justify="left" if index == 0 else "right", header_style="dim")
        return grid

    pages = table("Pages", "", "pages")
    pages.add_row("read", str(summary["pages"] - summary["errors"]))
    pages.add_row("with errors", str(summary["errors"]))
    pages.add_row("with warnings", str(summary["warnings"]))
    for lang, count in summary["languages"].items():
        pages.add_row(f"language {lang}", str(count))
    items = table("Items", "kind", "items", "pages")
    for kind, counts in summary["items"].items():
        items.add_row(kind, str(counts["items"]), str(counts["pages"]))
    parts: list[object] = [pages, Text(), items]
    if summary["money"]:
        money = table("Money mentioned", "currency", "total", "mentions")
        for currency, value in summary["money"].items():
            money.add_row(currency, f"{value['total']:,}", str(value["mentions"]))
        parts += [Text(), money]
    if summary["years"]:
        years = table("Dates by year", "year", "dates", "")
        most = max(summary["years"].values())
        for year, count in summary["years"].items():
            years.add_row(year, str(count), Text(bar(count, most), style="cyan"))
        years.columns[2].justify = "left"
        parts += [Text(), years]
    if summary["places"]:
        places = table("Dateline places", "place", "pages")
        for entry in summary["places"]:
            places.add_row(entry["place"], str(entry["pages"]))
        parts += [Text(), places]
    return Group(*parts)
