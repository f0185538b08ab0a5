"""The year or month a value written without them takes: the one that puts it closest to the reference, on the
side its sentence gives, and where a written weekday falls ("mardi 18 mars", "mercredi 13")."""

from __future__ import annotations

import calendar
import datetime
from datetime import MAXYEAR, MINYEAR

from oimx.extract.dates.patterns import pattern
from oimx.extract.dates.words import TOKEN, key_of
from oimx.lexicon import dates as lex

WEEKDAY_INDEX = {name: i for i, name in enumerate(calendar.day_name[i].lower() for i in range(7))}


def closest(value: str, reference: datetime.date, direction: int = 0, weekday: int | None = None) -> str:
    """A value without year, given the year that puts it closest to the reference; with
    ``direction`` -1 the closest on or before it, +1 on or after it. A day written with its
    ``weekday`` ("mardi 18 mars") takes a year within one of the reference's where it falls on it, if any."""
    parts = value.split("-")
    if parts[1] == "XX":  # "le 27": the month that puts that day closest to the reference
        return _closest_month_day(int(parts[2]), reference, direction, weekday)
    month = int(parts[1])
    day = int(parts[2]) if len(parts) > 2 else None

    def when(year: int) -> tuple[datetime.date, datetime.date]:  # first and last day meant (a year that has it)
        if day is not None:
            at = datetime.date(year, month, day)
            return at, at
        return datetime.date(year, month, 1), datetime.date(year, month, calendar.monthrange(year, month)[1])

    def distance(year: int) -> int:
        first, last = when(year)
        if (direction < 0 and first > reference) or (direction > 0 and last < reference):
            return 1 << 20  # on the wrong side of the reference
        middle = first + (last - first) / 2
        return abs((middle - reference).days)

    # the years around the reference where the day exists: 29 February looks as far as the leap years
    years = [year for year in range(reference.year - 4, reference.year + 5)
             if MINYEAR <= year <= MAXYEAR and (day is None or day <= calendar.monthrange(year, month)[1])]
    if not years:  # past the calendar's edge, or a day no month has
        return f"{reference.year:04d}" + value[4:]
    if weekday is not None and day is not None:
        fitting = [year for year in years if abs(year - reference.year) <= 1 and when(year)[0].weekday() == weekday]
        if fitting and distance(best := min(fitting, key=distance)) < 1 << 20:
            return f"{best:04d}" + value[4:]
    return f"{min(years, key=distance):04d}" + value[4:]


def _closest_month_day(day: int, reference: datetime.date, direction: int, weekday: int | None = None) -> str:
    """A day of a month not written: in the month before, of or after the reference that puts it
    closest, on the side that ``direction`` gives; written with its ``weekday`` ("mercredi 13"), in
    the closest month within a year where it falls on that weekday, if any."""
    shifts = (-1, 0, 1) if weekday is None else range(-12, 13)
    best = None
    for shift in shifts:
        year, month = divmod(reference.year * 12 + reference.month - 1 + shift, 12)
        if not MINYEAR <= year <= MAXYEAR or day > calendar.monthrange(year, month + 1)[1]:
            continue
        at = datetime.date(year, month + 1, day)
        if (direction < 0 and at > reference) or (direction > 0 and at < reference):
            continue
        if weekday is not None and at.weekday() != weekday:
            continue
        if best is None or abs((at - reference).days) < abs((best - reference).days):
            best = at
    if best is None and weekday is not None:  # no such month on that side: the weekday is set aside
        return _closest_month_day(day, reference, direction)
    return (best or reference.replace(day=min(day, 28))).isoformat()


_WEEKDAY_OF_WORD = {**{w: day for table in lex.WEEKDAY_ABBREVIATIONS.values() for w, day in table.items()},
                    **{w: day for table in lex.WEEKDAYS.values() for w, day in table.items()},
                    **{w: day for table in lex.WEEKDAY_SHORT_NAMES.values() for w, day in table.items()}}


def written_weekday(text: str) -> int | None:
    """The weekday (0 = Monday) a date's text opens with ("mardi 18 mars", "Tue, 3 May"), or None."""
    # the first word when no weekday pattern reads it alone: a short name ("quarta (18)") read in its context already
    written = pattern("weekdayname").match(text) or TOKEN.match(text)
    day = _WEEKDAY_OF_WORD.get(key_of(written.group().rstrip("."))) if written else None
    return None if day is None else WEEKDAY_INDEX[day]
