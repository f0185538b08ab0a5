"""The kinds of item oimx extracts (e-mails, phones, dates, money): one registry, read by every view.

Each :class:`Kind` declares everything the rest of oimx needs to know about it: the record field
that holds its items, where on the page its extractor runs (:attr:`Kind.scans`), which kind keeps
its span when two overlap, its columns and value text in item rows (:mod:`oimx.flat`, CSV), its
colour and details in ``oimx show``, and the JSON Schema of one item (``oimx schema``). The
pipeline, the record, the schema, ``flat``, ``stats`` and ``show`` are derived from :data:`KINDS`:
adding a kind is its extractor module plus its entry here (see the README, "Adding a kind").

Nothing heavy is imported here: the extractors load when a page is first parsed.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from oimx.lexicon.places import CountriesOfPage

# a finder over a fragment of the page, and the fragment [start, end) it reads
Scan = tuple[Callable[[str], Iterable[dict]], int, int]


@dataclass(frozen=True)
class Page:
    """What a kind's :attr:`Kind.scans` may read of the page being parsed."""

    text: str
    article: int  # where the article starts (its title)
    contact: int  # where the contact block starts (the page's length when it has none)
    article_end: int  # where the article's own text ends: its contact block, its footer or the page's end
    lang: str  # the language whose vocabulary is read
    reference: dt.date | None  # --reference-date
    region: str | None  # ISO 3166 country of the dateline's place
    country: str | Callable[[], str | None] | None  # the dateline's country, else the contact block's, else how
    # to read the site header's (a function, called only when a currency needs a country)
    elsewhere: CountriesOfPage  # the countries the page names, for numbers invalid in ``region``


@dataclass(frozen=True)
class Kind:
    """One kind of extracted item and everything the views need to show it."""

    field: str  # the record field holding the items ("emails")
    name: str  # one item: its row kind in CSV, its label in ``show``, its schema definition ("email")
    priority: int  # when items of two kinds overlap, the lower priority keeps its span
    scans: Callable[[Page], list[Scan]]  # the extractor calls over the page
    columns: tuple[str, ...]  # item-row columns of this kind, after the common ones (source, kind, text…)
    cells: Callable[[dict], dict]  # an item -> its values in ``columns``
    value: Callable[[dict], str | None]  # an item's normalised value as one string (the ``value`` column)
    style: str  # the rich style items are highlighted with in ``oimx show``
    details: Callable[[dict], list[str]]  # an item row -> a few words for ``show``'s table
    schema: dict[str, Any]  # the JSON Schema of one item (extends ``#/$defs/item``)
    distinct: Callable[[dict], object] | None = None  # items with the same key are kept once (the first)


def item_schema(required: list[str], properties: dict[str, Any]) -> dict[str, Any]:
    """The JSON Schema of an item: the common fields (text, start, end, section) and ``properties``."""
    return {
        "allOf": [{"$ref": "#/$defs/item"}],
        "required": required,
        "properties": properties,
        "unevaluatedProperties": False,
    }


def number(amount: float | int | None) -> float | int | None:
    """An integral float as an int (1500000.0 -> 1500000), so that CSV shows no '.0'."""
    if isinstance(amount, float) and amount.is_integer():
        return int(amount)
    return amount


def interval(start: str | None, end: str | None) -> str:
    """``FROM/TO``, ``..`` for an open end."""
    return f"{start or '..'}/{end or '..'}"


def resolved_text(resolved: object) -> str | None:
    """A relative date's resolved value as one string (``FROM/TO`` for a range)."""
    if isinstance(resolved, dict):
        return interval(resolved.get("from"), resolved.get("to"))
    return resolved if isinstance(resolved, str) else None


# --- e-mails ---------------------------------------------------------------------------------------------

def _email_scans(page: Page) -> list[Scan]:
    from oimx.extract import emails

    # the contact block read apart: an address the body gave first is still its person's (a repeat there)
    return [(emails.find, page.article, page.contact), (emails.find, page.contact, len(page.text))]


EMAILS = Kind(
    field="emails", name="email", priority=0, scans=_email_scans, distinct=lambda item: item["value"],
    columns=(), cells=lambda _item: {}, value=lambda item: item["value"],
    style="bold black on cyan", details=lambda _row: [],
    schema=item_schema(["value"], {
        "value": {"type": "string", "description": "The address, lower-case, obfuscation undone."},
    }),
)


# --- phones ----------------------------------------------------------------------------------------------

def _region_before(page: Page) -> Callable[[int], str | None]:
    """For a number at an offset of the contact block: the country of the nearer of the office (a place) named before
    it and the number written with its country code before it ("à l'OIM Niamey, pour le Niger et le Mali, Tél : +227
    20 75 23 25, Mobile : 96 88 41 27": Niger), else the page's."""
    from oimx.extract.phones import country_codes_along
    from oimx.lexicon.places import PlacesAlong

    read: list[tuple[PlacesAlong, list[tuple[int, str]]]] = []  # read once, on the first number: stays linear

    def region_at(offset: int) -> str | None:
        if not read:
            read.append((PlacesAlong(page.text, page.contact), country_codes_along(page.text, page.contact)))
        places, codes = read[0]
        at = page.contact + offset
        place = places.last_before(at)
        index = bisect.bisect_right(codes, (at, "")) - 1
        code = codes[index] if index >= 0 and codes[index][0] < at else None
        nearest = max((cue for cue in (place, code) if cue is not None), default=None)
        return nearest[1] if nearest else page.region

    return region_at


def _phone_scans(page: Page) -> list[Scan]:
    from oimx.extract import phones

    return [
        (partial(phones.finditer, region=page.region, fallbacks=page.elsewhere), page.article, page.contact),
        (partial(phones.finditer, region=_region_before(page), fallbacks=page.elsewhere, contact=True),
         page.contact, len(page.text)),
    ]


def _phone_details(row: dict) -> list[str]:
    return [f"ext. {row['extension']}" if row["extension"] else "", row["region"] or "",
            "valid" if row["valid"] else "invalid", "" if row["phone_kind"] == "phone" else row["phone_kind"]]


PHONES = Kind(
    field="phones", name="phone", priority=1, scans=_phone_scans,
    columns=("extension", "region", "valid", "phone_kind"),
    cells=lambda item: {"extension": item["extension"], "region": item["region"], "valid": item["valid"],
                        "phone_kind": item["kind"]},
    value=lambda item: item["value"],
    style="bold black on magenta", details=_phone_details,
    schema=item_schema(["value", "extension", "region", "valid", "kind"], {
        "value": {"type": ["string", "null"], "pattern": "^\\+[0-9]{4,17}$",
                  "description": "E.164; null when the number has no country code and no country of its context, "
                                 "of the page or of its language validates it."},
        "extension": {"type": ["string", "null"]},
        "region": {"type": ["string", "null"], "description": "ISO 3166 alpha-2 of the number, per libphonenumber."},
        "valid": {"type": "boolean",
                  "description": "libphonenumber's verdict; invalid numbers written in the page are kept."},
        "kind": {"enum": ["phone", "mobile", "fax"]},
    }),
    distinct=lambda item: (item["value"] or item["text"], item["extension"]),
)


# --- dates -----------------------------------------------------------------------------------------------

def _date_scans(page: Page) -> list[Scan]:
    from oimx.extract import dates

    return [(partial(dates.find, lang=page.lang, reference=page.reference), page.article, page.article_end)]


def _date_value(item: dict) -> str | None:
    if item["type"] == "range":
        return interval(item["from"], item["to"])
    if item["type"] == "relative":
        return resolved_text(item["resolved"])
    return item["value"]


_ISO_OR_NULL = {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/iso"}]}

DATES = Kind(
    field="dates", name="date", priority=3, scans=_date_scans,
    columns=("type", "from", "to", "precision", "relative", "resolved"),
    cells=lambda item: {**{name: item[name] for name in ("type", "from", "to", "precision", "relative")},
                        "resolved": resolved_text(item["resolved"])},
    value=_date_value,
    style="bold black on green",
    details=lambda row: [row["type"], row["precision"] or "", row["relative"] or ""],
    schema=item_schema(["type", "value", "from", "to", "precision", "relative", "resolved"], {
        "type": {"enum": ["date", "range", "relative", "time"]},
        "value": {**_ISO_OR_NULL,
                  "description": "For type date: the value at the precision written, with its time when written "
                                 "(2024-03-04T14:30); for type time (a time of day alone): T14:30; for type "
                                 "relative, a day and its time (lundi à 9 heures): the time, T09."},
        "from": {**_ISO_OR_NULL, "description": "For type range: the first bound, null when open."},
        "to": {**_ISO_OR_NULL, "description": "For type range: the last bound, null when open."},
        "precision": {"enum": ["minute", "hour", "day", "month", "year", None]},
        "relative": {"type": ["string", "null"],
                     "description": "For type relative: a stable key such as today, yesterday, this_week, "
                                    "next_year, next:09, weekday:thursday, in:2:month, last_n:3:month, "
                                    "holiday:easter+1, since:last_year; for a date or range whose month is "
                                    "written in a relative month or year (du 4 au 23 du mois prochain, March "
                                    "last year): that key."},
        "resolved": {
            "description": "With --reference-date: the mention resolved against it (an ISO value, or {from, to} "
                           "for a range); else null.",
            "oneOf": [
                {"type": "null"},
                {"type": "string"},
                {"type": "object", "properties": {"from": {"type": ["string", "null"]},
                                                  "to": {"type": ["string", "null"]}},
                 "additionalProperties": False},
            ],
        },
    }),
)


# --- money -----------------------------------------------------------------------------------------------

def _money_scans(page: Page) -> list[Scan]:
    from oimx.extract import money

    return [(partial(money.find, lang=page.lang, country=page.country), page.article, page.article_end)]


MONEY = Kind(
    field="money", name="money", priority=2, scans=_money_scans,
    columns=("amount", "currency", "note"),
    cells=lambda item: {"amount": number(item["amount"]), "currency": item["currency"], "note": item["note"]},
    value=lambda item: f"{number(item['amount'])} {item['currency']}",
    style="bold black on yellow", details=lambda row: [row["note"] or ""],
    schema=item_schema(["amount", "currency", "note"], {
        "amount": {"type": "number", "description": "The amount in units: '23 millions' is 23000000."},
        "currency": {"type": "string", "pattern": "^[A-Z]{3}$",
                     "description": "ISO 4217; XXX (ISO's 'no currency') when the text names a unit shared by "
                                    "several currencies and nothing tells which: bare 'francs' or 'rupees', "
                                    "'cents' alone."},
        "note": {"type": ["string", "null"],
                 "description": "How a value was guessed: the CFA franc zone when the page does not tell it; the "
                                "country named nearest in the text for a noun shared by several currencies "
                                "('currency of TN, named in the text'); the word when the currency is not told "
                                "(XXX). A range of amounts ('entre 2 et 3 "
                                "millions de dollars') is two items, the first bound taking the second's "
                                "magnitude and currency."},
    }),
)


# every kind, in the order of the record's fields
KINDS: tuple[Kind, ...] = (EMAILS, PHONES, DATES, MONEY)
