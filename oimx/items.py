"""A page's items: every kind's extractors read in the order of priority, what is not kept dropped as it comes.

An item is dropped when it overlaps an item of a kind with higher priority
(:attr:`oimx.kinds.Kind.priority`), and for a kind with a :attr:`~oimx.kinds.Kind.distinct` key
when an item with its key was kept already; nothing is held per item dropped but its span (8 bytes),
and equal strings of the items are one object.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Callable, Iterable, Iterator
from itertools import accumulate, pairwise
from operator import attrgetter

from oimx.debris import Unescaped, has_format_characters, hides_characters
from oimx.kinds import KINDS, Kind, Page


class Taken:
    """The spans kept so far, one table per kind: starts sorted, with the furthest end among those up to each.

    A span overlaps those of a table exactly when the furthest end among those starting before
    its end lies past its start (a binary search per item and table, not a look at every span).
    Arrays of machine integers (8 bytes a span on a page of less than 4 G characters), no tuple per span.
    """

    def __init__(self, size: int) -> None:
        self.code = "I" if size < 2**32 else "q"  # the arrays' type, for offsets up to ``size``
        self._tables: list[tuple[array, array]] = []

    def add(self, starts: array, ends: array) -> None:
        """Take the spans ``[starts[i], ends[i])``."""
        if any(later < earlier for earlier, later in pairwise(starts)):
            order = sorted(range(len(starts)), key=starts.__getitem__)
            starts, ends = array(self.code, (starts[i] for i in order)), array(self.code, (ends[i] for i in order))
        self._tables.append((starts, array(self.code, accumulate(ends, max))))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a span taken."""
        for starts, furthest in self._tables:
            before = bisect.bisect_left(starts, end)
            if before and furthest[before - 1] > start:
                return True
        return False


# how many distinct strings of a page's items are shared at most (a page of unique addresses fills it once)
_SHARED_STRINGS = 1024


def _share_strings(item: dict, strings: dict[str, str]) -> None:
    """Equal strings of a page's items as one object, values equal to the item's text as that text.

    A dense line writes the same date or amount thousands of times: one string for all their
    texts and one for their values, not two per item (a date's item costs 0.5 KB, each string 60 B).
    """
    for field, value in item.items():
        if type(value) is not str:
            continue
        shared = strings.get(value)
        if shared is None:
            shared = item["text"] if value == item["text"] else value
            if len(strings) < _SHARED_STRINGS:
                strings[shared] = shared
        item[field] = shared


class Repeats:
    """The repeats of a distinct kind's key a reading kept aside: their spans and the item each repeats, 24 bytes
    a repeat, not a dict (a contact block of repeated numbers is issue 9's long page); read as light items."""

    def __init__(self, code: str) -> None:
        self._starts, self._ends = array(code), array(code)
        self._of: list[dict] = []

    def add(self, item: dict, first: dict) -> None:
        """Keep aside ``item``, a repeat of ``first``."""
        self._starts.append(item["start"])
        self._ends.append(item["end"])
        self._of.append(first)

    def __len__(self) -> int:
        return len(self._of)

    def __iter__(self) -> Iterator[dict]:
        """Each repeat with its own span and the value and text of the item it repeats."""
        for start, end, first in zip(self._starts, self._ends, self._of, strict=True):
            yield {"start": start, "end": end, "value": first["value"], "text": first["text"]}


class _Reading:
    """One kind's items as its extractors give them, dropped as they come when not kept.

    An item is dropped when it overlaps a span of a kind with higher priority
    (:attr:`oimx.kinds.Kind.priority`); else its span is taken, and for a kind with a
    :attr:`~oimx.kinds.Kind.distinct` key it is dropped when an item with its key was kept
    already. A finder that yields its items one by one (phones) never holds its repeats.
    """

    def __init__(self, kind: Kind, taken: Taken, strings: dict[str, str], repeats_from: int | None = None) -> None:
        self.kind, self.taken, self.strings = kind, taken, strings
        self.items: list[dict] = []
        # repeats of a distinct key from this offset on (the contact block: "jdoe@iom.int" in the body and in the
        # block is one item, but the person of the block has the address too)
        self.repeats_from, self.repeats = repeats_from, Repeats(taken.code)
        self.warnings: list[str] = []
        self._starts, self._ends = array(taken.code), array(taken.code)  # the spans this kind takes
        self._first: dict[object, dict] = {}  # distinct key -> the item kept with it

    def read(self, finder: Callable[[str], Iterable[dict]], text: str, start: int, end: int,
             formats: bool = True) -> None:
        """The items of one extractor over ``text[start:end]`` (read with its HTML entities decoded), offsets
        made absolute; none if it fails. ``formats`` False: ``text`` holds no invisible format character."""
        if start >= end:
            return
        kept: list[dict] = []
        starts, ends = array(self.taken.code), array(self.taken.code)
        firsts: dict[object, dict] = {}
        distinct = self.kind.distinct
        piece = text[start:end]
        # read with its entities decoded ("aujourd&#39hui") and its invisible characters left out
        view = Unescaped(piece) if hides_characters(piece, formats) else None
        try:
            for item in finder(piece if view is None else view.text):
                if view:  # back to the page's offsets and text
                    item["start"], item["end"] = view.span(item["start"], item["end"])
                    item["text"] = piece[item["start"] : item["end"]]
                item["start"] += start
                item["end"] += start
                if self.taken.overlaps(item["start"], item["end"]):
                    continue
                starts.append(item["start"])
                ends.append(item["end"])
                if distinct is not None:
                    key = distinct(item)
                    first = self._first.get(key) or firsts.get(key)
                    if first is not None:
                        if self.repeats_from is not None and item["start"] >= self.repeats_from:
                            self.repeats.add(item, first)
                        continue
                    firsts[key] = item
                _share_strings(item, self.strings)
                kept.append(item)
        except Exception as error:  # an extractor must never sink the page
            self.warnings.append(f"{self.kind.field}: {type(error).__name__}: {error}")
            return
        self.items += kept
        self._starts += starts
        self._ends += ends
        self._first |= firsts

    def finish(self) -> None:
        """Take this kind's spans: the kinds read after it do not keep an item that overlaps one."""
        self.taken.add(self._starts, self._ends)
        self._starts = self._ends = array(self.taken.code)


def items_of(page: Page, warnings: list[str],
             repeats: dict[str, Repeats] | None = None) -> dict[str, list[dict]]:
    """Every kind's items, the kinds read in the order of priority (warnings in the order of :data:`KINDS`).

    With ``repeats``, the items a distinct kind drops as repeats in the contact block (from ``page.contact`` on) are
    put there by field: the people of the block are read with them."""
    taken = Taken(len(page.text))
    strings: dict[str, str] = {}
    readings: dict[str, _Reading] = {}
    formats = has_format_characters(page.text)  # once a page, not once a piece
    for kind in sorted(KINDS, key=attrgetter("priority")):
        reading = readings[kind.field] = _Reading(kind, taken, strings, page.contact if repeats is not None else None)
        for finder, begin, end in kind.scans(page):
            reading.read(finder, page.text, begin, end, formats)
        reading.finish()
        if repeats is not None and reading.repeats:
            repeats[kind.field] = reading.repeats
    warnings.extend(warning for kind in KINDS for warning in readings[kind.field].warnings)
    return {kind.field: readings[kind.field].items for kind in KINDS}
