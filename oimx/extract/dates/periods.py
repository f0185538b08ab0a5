"""Periods counted inside a month or a year: the nth day, week, fortnight or weekday ("la première
semaine d'octobre 2014", "le dernier jour d'octobre", "le premier vendredi de juillet", "la
troisième semaine de 2027"), the first or last N months or days ("the first six months of 2023"),
and quarters or halves written as codes ("Q1 2016", "2016H2")."""

from __future__ import annotations

import calendar
import datetime

import regex

from oimx.extract.dates.items import date_item, range_item, relative_item
from oimx.extract.dates.words import MONTH_NUMBERS, NUMBER_WORDS, WEEKDAYS, key_of
from oimx.lexicon import dates as lex

NTH = {w: n for table in lex.NTH_WORDS.values() for w, n in table.items()}
NTH_UNITS = {**{w: u for table in lex.NTH_UNITS.values() for w, u in table.items()}, **WEEKDAYS}
FIRST_N_SIDES = {w: side for table in lex.FIRST_N_SIDES.values() for w, side in table.items()}  # "premiers": "first"
FIRST_N_UNITS = {w: unit for table in lex.FIRST_N_UNITS.values() for w, unit in table.items()}  # "mois": "month"
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


def _nth_parts(ordinal: str, unit: str) -> tuple[int, str]:
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


def nth_item(m: regex.Match, start: int, end: int, span: str) -> dict | None:
    """"la première semaine d'octobre 2014" -> its days; without the year a day or a fortnight
    keeps its month ("le 3e jour d'octobre" -> XXXX-10-03), a week or a weekday is relative
    (``nth:N:unit:MM``, resolved on the year closest to the reference)."""
    n, unit = _nth_parts(m.group("nth_ordinal"), m.group("nth_unit"))
    month = MONTH_NUMBERS.get(key_of(m.group("nth_month")).rstrip(".")) if m.group("nth_month") else None
    if m.group("nth_year"):
        days = nth_period(n, unit, int(m.group("nth_year")), month)
        if days is None:
            return None
        first, last = ((d.year, d.month, d.day) for d in days)
        return date_item(start, end, span, first) if first == last else range_item(start, end, span, first, last)
    if month is None:  # the pattern writes a month where it writes no year
        return None
    if unit in ("day", "fortnight"):
        length = month_length(month)
        if length is None or n > (length if unit == "day" else 2):
            return None
        if unit == "day":
            return date_item(start, end, span, (None, month, n if n > 0 else length))
        first_day, last_day = (1, 14) if n == 1 else (15, length)
        return range_item(start, end, span, (None, month, first_day), (None, month, last_day))
    return relative_item(start, end, span, f"nth:{n}:{unit}:{month:02d}")


def first_n_item(m: regex.Match, start: int, end: int, span: str) -> dict | None:
    """"the first six months of 2023" -> 2023-01..2023-06, "les 10 derniers jours de mars" -> 22..31 March,
    "the first three quarters of 2023" -> 2023-01..2023-09: the first or last N months or quarters of a year, or
    days of a month."""
    count = m.group("fn_count")
    n = int(count) if count.isdigit() else NUMBER_WORDS.get(key_of(count))
    side, unit = FIRST_N_SIDES[key_of(m.group("fn_side"))], FIRST_N_UNITS[key_of(m.group("fn_unit"))]
    year = int(m.group("fn_year")) if m.group("fn_year") else None
    month = MONTH_NUMBERS.get(key_of(m.group("fn_month")).rstrip(".")) if m.group("fn_month") else None
    if unit in ("month", "quarter"):
        months = n * 3 if unit == "quarter" and n else n  # "the first three quarters": nine months
        if month is not None or year is None or not months or not 1 < months < 12:
            return None  # months of a month, or one month (a "first month" is nth's), or the whole year
        first, last = (1, months) if side == "first" else (13 - months, 12)
        return range_item(start, end, span, (year, first, None), (year, last, None))
    length = (calendar.monthrange(year, month)[1] if year else month_length(month)) if month else None
    if length is None or not n or not 1 < n < length:
        return None  # days of a year, of February without its year
    first, last = (1, n) if side == "first" else (length - n + 1, length)
    return range_item(start, end, span, (year, month, first), (year, month, last))
