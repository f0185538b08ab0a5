"""Periods counted inside a month or a year: the nth day, week, fortnight or weekday ("la première
semaine d'octobre 2014", "le dernier jour d'octobre", "le premier vendredi de juillet", "la
troisième semaine de 2027"), and quarters or halves written as codes ("Q1 2016", "2016H2")."""

from __future__ import annotations

import calendar
import datetime

from oimx.extract.dates.words import WEEKDAYS, key_of
from oimx.lexicon import dates as lex

NTH = {w: n for table in lex.NTH_WORDS.values() for w, n in table.items()}
NTH_UNITS = {**{w: u for table in lex.NTH_UNITS.values() for w, u in table.items()}, **WEEKDAYS}
_WEEKDAY_INDEX = {name: i for i, name in enumerate(calendar.day_name[i].lower() for i in range(7))}

Days = tuple[datetime.date, datetime.date]  # first and last day


def nth_period(n: int, unit: str, year: int, month: int | None) -> Days | None:
    """The first and last day of the nth (-1: last) ``unit`` ("day", "week", "fortnight" or an
    English weekday name) of the month, or of the year when ``month`` is None.  Weeks of a month
    are its full weeks, Monday to Sunday; weeks of a year are ISO weeks."""
    if month is None:
        return _of_year(n, unit, year)
    days = calendar.monthrange(year, month)[1]
    if unit == "fortnight":  # 1-14, then 15 to the end
        return None if n not in (1, 2, -1) else (
            (datetime.date(year, month, 1), datetime.date(year, month, 14)) if n == 1
            else (datetime.date(year, month, 15), datetime.date(year, month, days)))
    if unit == "day":
        starts = list(range(1, days + 1))
    elif unit == "week":
        starts = [d for d in range(1, days - 5) if datetime.date(year, month, d).weekday() == 0]
    else:
        starts = [d for d in range(1, days + 1) if datetime.date(year, month, d).weekday() == _WEEKDAY_INDEX[unit]]
    if not starts or n > len(starts):
        return None
    first = datetime.date(year, month, starts[n - 1 if n > 0 else -1])
    return first, first + datetime.timedelta(days=6 if unit == "week" else 0)


def _of_year(n: int, unit: str, year: int) -> Days | None:
    if unit == "day":
        day = datetime.date(year, 1, 1) + datetime.timedelta(days=n - 1) if n > 0 else datetime.date(year, 12, 31)
        return (day, day) if day.year == year else None
    if unit != "week":
        return None
    weeks = datetime.date(year, 12, 28).isocalendar()[1]
    if n > weeks:
        return None
    monday = datetime.date.fromisocalendar(year, n if n > 0 else weeks, 1)
    return monday, monday + datetime.timedelta(days=6)


def nth_parts(ordinal: str, unit: str) -> tuple[int, str]:
    """The count (-1 for the last) and the unit key of a match: ("première", "semaine") -> (1, "week")."""
    return NTH[key_of(ordinal)], NTH_UNITS[key_of(unit)]


def month_length(month: int) -> int | None:
    """Days in a month whose year is not written (None for February)."""
    return None if month == 2 else calendar.monthrange(2001, month)[1]


def code_months(code: str, number: str) -> tuple[int, int] | None:
    """First and last month of "Q3", "T2", "H1"."""
    length, index = lex.PERIOD_CODES[code.upper()], int(number)
    if index > 12 // length:
        return None
    return (index - 1) * length + 1, index * length
