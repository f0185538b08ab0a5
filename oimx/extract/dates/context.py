"""Dates read with the ones before them: a bare day takes its month from the date before ("le
30 octobre ... le 31"), coordinated dates share a year ("en août et en décembre 2019"), and a range's end takes
the year of its start ("du 1er janvier 2021 au 31 août")."""

from __future__ import annotations

import calendar
import itertools

from oimx.extract.dates.items import Bound, date_item, iso
from oimx.extract.dates.patterns import pattern
from oimx.extract.dates.words import TOKEN


def _bound_of(item: dict) -> Bound | None:
    """The written day, month and year of a date item (its end for a range)."""
    value = item["value"] if item["type"] == "date" else item["to"] or item["from"]
    if value is None:
        return None
    parts = value.split("-")
    year = None if parts[0] == "XXXX" else int(parts[0])
    month = int(parts[1]) if len(parts) > 1 and parts[1] != "XX" else None
    day = int(parts[2]) if len(parts) > 2 else None
    return year, month, day


def _day_ends_clause(item: dict, text: str) -> bool:
    """The day of a date without its month, after its words ("le 27", "la semaine du 18", "le trente
    et un"), ends its clause."""
    for word in TOKEN.finditer(item["text"]):
        day = pattern("dayend").match(text, item["start"] + word.start())
        if day is not None and day.end() == item["end"]:
            return True
    return False


def _day_list(item: dict, text: str) -> list[dict] | None:
    """"les 9 et 14 février": two days joined by "et" that do not follow each other are two dates,
    not the days between them ("les 28 et 29 octobre" stays a range)."""
    if item["type"] != "range" or item["from"] is None or item["to"] is None:
        return None
    digits = len(item["text"]) - len(item["text"].lstrip("0123456789"))
    join = pattern("pairjoin").match(text, item["start"] + digits) if 1 <= digits <= 2 else None
    first, last = _bound_of({"type": "date", "value": item["from"]}), _bound_of({"type": "date", "value": item["to"]})
    if join is None or first is None or last is None or None in (first[2], last[2]) or first[1] != last[1]:
        return None
    if last[2] - first[2] <= 1:
        return None
    day_end = item["start"] + digits
    return [date_item(item["start"], day_end, text[item["start"]:day_end], first),
            date_item(join.end(), item["end"], text[join.end():item["end"]], last)]


def _year_written(value: str | None) -> bool:
    return value is not None and value[:4].isdigit()


def _names_the_day_before(previous: dict, item: dict, text: str) -> bool:
    """A holiday set after a comma beside the date it falls on names that day: "El 1 de mayo de 2022, Día del
    Trabajo," is one mention."""
    return (item["type"] == "date" and previous["type"] == "date" and item["value"] is not None
            and previous["value"] is not None and item["value"][4:] == previous["value"][4:10]
            and len(previous["value"]) == 10 and text[previous["end"]:item["start"]].strip() == ",")


def context(items: list[dict], text: str) -> list[dict]:
    """Bare days take their month from the date before; coordinated dates share a year."""
    items = [part for item in items for part in (_day_list(item, text) or [item])]
    out: list[dict] = []
    for item in items:
        previous = out[-1] if out else None
        if item["type"] == "date" and item["value"].startswith("XXXX-XX"):
            bound = _bound_of(previous) if previous else None
            gap = text[previous["end"]:item["start"]] if previous else "\n"
            if bound is None or bound[1] is None or bound[2] is None or "\n" in gap or len(gap) > 80:
                if _day_ends_clause(item, text) or pattern("weekdayname").match(text, item["start"]) \
                        or pattern("daynoun").match(item["text"]):
                    out.append(item)  # "je suis rentré pour le 27.", "mardi 18 à Dakar", "el día 24": no month
                continue
            day = int(item["value"][-2:])
            month = bound[1] + 1 if day < bound[2] else bound[1]
            year = bound[0]
            if month == 13:
                month, year = 1, None if year is None else year + 1
            if day > calendar.monthrange(year or 2000, month)[1]:
                continue
            item["value"] = iso((year, month, day))
        out.append(item)
    for item in out:  # "du 1er janvier 2021 au 31 août": the end takes the start's year, or the next one
        if item["type"] == "range" and item["relative"] is None and _year_written(item["from"]) \
                and item["to"] is not None and item["to"].startswith("XXXX-") and item["to"][5:7] != "XX":
            year = int(item["from"][:4]) + (item["to"][4:] < item["from"][4:len(item["to"])])
            item["to"] = f"{year:04d}" + item["to"][4:]
    out = [item for n, item in enumerate(out) if not (n and _names_the_day_before(out[n - 1], item, text))]
    for first, second in itertools.pairwise(out):
        if (first["type"] == second["type"] == "date" and first["value"].startswith("XXXX")
                and not second["value"].startswith("XXXX")
                and pattern("coord").match(text[first["end"]:second["start"]])):
            first["value"] = second["value"][:4] + first["value"][4:]
    return out
