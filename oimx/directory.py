"""A directory of the people named in contact blocks across many records.

People are merged by e-mail address: two people who share an address are one entry
(an entry can gather several addresses). A person without an address joins the entry
that has the same name (compared without case, accents and extra spaces) when exactly
one entry has it, else forms an entry of its own with the others of that name. The
result does not depend on the order of the records: ``first`` and ``last`` are the
smallest and largest ``source`` in sorted order, and ``name`` is the most frequent
variant (ties: the first in sorted order).

Memory holds only the entries: per entry its names, offices, e-mails, phones and the
numbers of the pages it was seen on.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

COLUMNS = ("name", "names", "offices", "emails", "phones", "pages", "first", "last")


def name_key(name: str) -> str:
    """A name compared without case, accents and extra spaces."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


@dataclass
class Entry:
    """One person of the directory, as gathered so far."""

    names: Counter[str] = field(default_factory=Counter)
    offices: set[str] = field(default_factory=set)
    emails: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)
    pages: set[int] = field(default_factory=set)
    first: str = ""
    last: str = ""

    def see(self, person: dict, page: int, source: str) -> None:
        """Add one sighting of a person on a page."""
        self.names[person["name"]] += 1
        if person["office"]:
            self.offices.add(person["office"])
        self.emails.update(person["emails"])
        self.phones.update(person["phones"])
        self.pages.add(page)
        self.first = min(self.first, source) if self.first else source
        self.last = max(self.last, source)

    def absorb(self, other: Entry) -> None:
        """Take in everything another entry gathered."""
        self.names.update(other.names)
        self.offices |= other.offices
        self.emails |= other.emails
        self.phones |= other.phones
        self.pages |= other.pages
        self.first = min(filter(None, (self.first, other.first)), default="")
        self.last = max(self.last, other.last)

    def as_dict(self) -> dict:
        """The entry as a directory line (see :data:`COLUMNS`)."""
        top = max(self.names.values())
        return {
            "name": min(name for name, count in self.names.items() if count == top),
            "names": sorted(self.names),
            "offices": sorted(self.offices),
            "emails": sorted(self.emails),
            "phones": sorted(self.phones),
            "pages": len(self.pages),
            "first": self.first,
            "last": self.last,
        }


class Directory:
    """People merged across records: :meth:`add` each record, then :meth:`entries`."""

    def __init__(self) -> None:
        self.by_email: dict[str, Entry] = {}
        self.by_name: dict[str, Entry] = {}  # people seen without any e-mail address
        self.pages = 0

    def add(self, record: dict) -> None:
        """Add the people of one record's contact block."""
        page, self.pages = self.pages, self.pages + 1
        contact = record.get("contact")
        if not contact:
            return
        source = record["source"] or "-"
        for person in contact["people"]:
            if person["emails"]:
                self._with_emails(person["emails"]).see(person, page, source)
            else:
                self.by_name.setdefault(name_key(person["name"]), Entry()).see(person, page, source)

    def _with_emails(self, emails: list[str]) -> Entry:
        """The entry holding any of these addresses, merging entries that now share a person."""
        found: list[Entry] = []
        for email in emails:
            entry = self.by_email.get(email)
            if entry is not None and all(entry is not seen for seen in found):
                found.append(entry)
        entry = found[0] if found else Entry()
        for other in found[1:]:
            entry.absorb(other)
            for email in other.emails:
                self.by_email[email] = entry
        for email in emails:
            self.by_email[email] = entry
        return entry

    def entries(self) -> list[dict]:
        """Every person, sorted by name then first e-mail address."""
        unique = {id(entry): entry for entry in self.by_email.values()}
        by_key: dict[str, list[Entry]] = {}
        for entry in unique.values():
            for name in entry.names:
                holders = by_key.setdefault(name_key(name), [])
                if all(held is not entry for held in holders):
                    holders.append(entry)
        alone = []
        for key, entry in self.by_name.items():
            holders = by_key.get(key, [])
            if len(holders) == 1:
                holders[0].absorb(entry)
            else:
                alone.append(entry)
        result = [entry.as_dict() for entry in (*unique.values(), *alone)]
        return sorted(result, key=lambda e: (name_key(e["name"]), e["name"], e["emails"], e["first"]))


def table_rows(entries: list[dict]) -> Iterator[list[object]]:
    """Entries as rows of :data:`COLUMNS`, lists joined with ``; ``."""
    for entry in entries:
        yield ["; ".join(v) if isinstance(v, list) else v for v in (entry[c] for c in COLUMNS)]
