"""Dates of a page in a language without vocabulary tables (``de``, ``it``, …), through dateparser.

Candidates first: a precise, language-neutral pattern (a day, a month name, a year; a month
name and a year; a numeric date) whose month names are dateparser's data for that language.
Each candidate alone is then normalised by dateparser, never a whole page; what the candidate
does not write stays unknown (``XXXX-03-05`` for ``5. März``). dateparser is imported on the
first such page only, so ``oimx --help`` and pages in the vocabulary languages never load it.
"""

from __future__ import annotations

import datetime
import functools
import importlib

import regex

from oimx import rx
from oimx.text import longest_first, phrase_pattern

_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")  # fmt: skip
_SPACE = r"[^\S\n]{1,3}"
_DAY = r"(?P<day>0?[1-9]|[12]\d|3[01])(?:\.|º|°)?"  # 5, 05, 5. (German), 1º (Italian)
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?!\d)"
# numeric dates: 05.03.2024, 5/3/2024, 2024-03-05 (language-neutral; day first outside ISO)
_NUMERIC = r"""
    (?P<nday>0?[1-9]|[12]\d|3[01])(?P<sep>[./])(?P<nmonth>0?[1-9]|1[0-2])(?P=sep)(?P<nyear>(?:1[89]|20)\d\d)(?!\d)
  | (?P<iyear>(?:1[89]|20)\d\d)-(?P<imonth>0[1-9]|1[0-2])-(?P<iday>0[1-9]|[12]\d|3[01])(?!\d)
"""


def has_month_names(lang: str) -> bool:
    """True when dateparser has month names for ``lang`` (imports dateparser's data for it)."""
    return _month_names(lang) is not None


@functools.cache
def _month_names(lang: str) -> tuple[list[str], list[str]] | None:
    """dateparser's month names for ``lang``: the full ones, and the abbreviations (a dot may follow)."""
    try:
        info = importlib.import_module(f"dateparser.data.date_translation_data.{lang}").info
    except (ImportError, ValueError):
        return None
    full: set[str] = set()
    short: set[str] = set()
    for key in _MONTH_KEYS:
        names = {name.casefold() for name in info.get(key, ()) if name.isalpha()}
        for name in names:  # an abbreviation begins a longer name of its month ("okt", "oktober")
            (short if any(other != name and other.startswith(name) for other in names) else full).add(name)
    return (longest_first(full), longest_first(short)) if len(full) >= 12 else None


@functools.cache
def _candidates(lang: str) -> regex.Pattern:
    """The candidate pattern of ``lang``: its month names in a day-month-year frame."""
    full, short = _month_names(lang) or ([], [])
    month = (rf"(?P<month>{'|'.join(map(phrase_pattern, full))}"
             rf"|(?:{'|'.join(map(phrase_pattern, short))})(?:\.(?!\d))?)(?!\w)")
    return rx.compile(
        rf"""(?<![\w.\-/])(?:
              {_DAY}{_SPACE}{month}(?:{_SPACE}{_YEAR})?   # 5. März 2024, 12 aprile, 1º maggio 2024
            | {month}{_SPACE}{_YEAR}                      # März 2024
            | {_NUMERIC}                                  # 05.03.2024, 2024-03-05
        )""",
        regex.IGNORECASE | regex.VERBOSE,
    )


@functools.cache
def _parser(lang: str):
    from dateparser.date import DateDataParser

    return DateDataParser(languages=[lang], settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"})


def _value(m: regex.Match, lang: str) -> tuple[str, str] | None:
    """The candidate's ISO value at the precision written, and that precision; None if not a date."""
    if m.group("nyear") or m.group("iyear"):
        day, month, year = (m.group("nday") or m.group("iday"), m.group("nmonth") or m.group("imonth"),
                            m.group("nyear") or m.group("iyear"))
        try:
            datetime.date(int(year), int(month), int(day))
        except ValueError:
            return None
        return f"{year}-{int(month):02d}-{int(day):02d}", "day"
    day, year = m.group("day"), m.group("year")
    # dateparser reads the month word (its own data); the day and year are the digits as written
    data = _parser(lang).get_date_data(f"{day or 1} {m.group('month')} {year or 2000}")
    if data.date_obj is None:
        return None
    month = f"{data.date_obj.month:02d}"
    head = year or "XXXX"
    if day is None:
        return f"{head}-{month}", "month"
    try:
        datetime.date(int(year or 2000), int(month), int(day))
    except ValueError:
        return None
    return f"{head}-{month}-{int(day):02d}", "day"


def find(text: str, lang: str) -> list[dict]:
    """The date mentions of ``text`` in ``lang``: numeric dates and dates with a month name."""
    if _month_names(lang) is None:
        return []
    items = []
    for m in _candidates(lang).finditer(text):
        found = _value(m, lang)
        if found is not None:
            value, precision = found
            items.append({"text": m.group(), "start": m.start(), "end": m.end(), "type": "date", "value": value,
                          "from": None, "to": None, "precision": precision, "relative": None, "resolved": None})
    return items
