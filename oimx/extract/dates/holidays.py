"""Holidays read from their names: a fixed day ("Noël" -> XXXX-12-25), a day counted from Easter (computed for a
written year, else keyed "holiday:easter+N" and resolved on the reference's year), or the nth weekday of a month
("Thanksgiving": "nth:4:thursday:11")."""

from __future__ import annotations

import datetime

import regex

from oimx import rx
from oimx.extract.dates.items import Bound
from oimx.extract.dates.items import date_item as _date
from oimx.extract.dates.items import relative_item as _relative
from oimx.extract.dates.names import in_name
from oimx.extract.dates.periods import nth_period
from oimx.extract.dates.words import HOLIDAYS, key_of
from oimx.lexicon import dates as lex
from oimx.text import all_languages, alternation

# a link word then a capitalised word after a holiday's name: the day of that place, not the one of the table
_OF_A_PLACE = rx.compile(rf"[^\S\n]{{1,3}}(?:{alternation(all_languages(lex.HOLIDAY_OWNER_LINKS))})"
                         r"(?:[^\S\n]{1,3}|(?<=['’]))(?:(?:la|le|el|the|l['’])[^\S\n]{1,3})?\p{Lu}")


def holiday(m: regex.Match, start: int, end: int, span: str, text: str) -> dict | None:
    """A holiday: its day when fixed ("Noël" -> XXXX-12-25, "Noël 2019" -> 2019-12-25), Easter's
    day computed for a written year, else a relative key ("easter+1") resolved on the reference's
    year.  A name written in lower case that is a common word, or followed by a capitalised word
    ("Noël Martin"), is not a holiday."""
    name = m.group("holiday_name")
    if key_of(name) in lex.HOLIDAYS_CAPITALISED_ONLY and not name[0].isupper():
        return None
    if in_name(text, start, start + len(name), "month") and not m.group("holiday_year"):
        return None
    if not m.group("holiday_year") and _OF_A_PLACE.match(text, start + len(name)):
        return None  # another place's day: "la Fête nationale du Québec", "National Day of Qatar"
    day, year = HOLIDAYS[key_of(name)], m.group("holiday_year")
    if day.startswith("nth:"):  # "Thanksgiving": the fourth Thursday of November
        if year is None:
            return _relative(start, end, span, day)
        n, weekday, month = day.split(":")[1:]
        days = nth_period(int(n), weekday, int(year), int(month))
        return None if days is None else _date(start, end, span, (days[0].year, days[0].month, days[0].day))
    if day.startswith("easter"):
        if year is None:
            return _relative(start, end, span, f"holiday:{day}")
        return _date(start, end, span, easter_day(int(year), int(day[6:])))
    month, day_of_month = (int(part) for part in day.split("-"))
    return _date(start, end, span, (int(year) if year else None, month, day_of_month))


def easter_day(year: int, offset: int = 0) -> Bound:
    """Easter Sunday of ``year`` (Gregorian computus, Meeus/Jones/Butcher) plus ``offset`` days."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    sunday = datetime.date(year, month, day + 1) + datetime.timedelta(days=offset)
    return sunday.year, sunday.month, sunday.day
