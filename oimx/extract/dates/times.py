"""Times of day: a clock time alone as an item of type "time", and a day joined to the time
written right after it ("le 4 mars à 14h30" -> "XXXX-03-04T14:30")."""

from __future__ import annotations

import regex

from oimx import rx
from oimx.extract.dates.words import TIME_WORDS, all_languages, key_of
from oimx.lexicon import dates as lex
from oimx.text import escape


def time_of_day(m: regex.Match, start: int, end: int, span: str, text: str) -> dict | None:
    """A clock time alone: type "time", value "T14:30" (precision minute) or "T10" (hour).  Forms
    that are also durations or counts ("20 heures", "14:30", "midi") need a cue before them
    (lex.TIME_CUES: "à 10 heures", "at 14:30"); "14h30", "8 a.m." and a zone ("10 h GMT") do not."""
    hour, minute, meridiem = m.group("hour"), m.group("minute"), m.group("meridiem")
    explicit = bool(meridiem or m.group("zone")
                    or (minute and m.group("hour_unit") and m.group("hour_unit").lower() == "h"))
    bare = hour is not None and not (minute or meridiem or m.group("hour_unit"))
    before = " " + key_of(text[max(0, start - 20):start].rsplit("\n", 1)[-1])
    cued = before.endswith(_TIME_CUES)
    if bare and not before.endswith(_BARE_HOUR_CUES):
        return None
    if not (explicit or cued):
        return None
    if m.group("time_word"):
        clock = TIME_WORDS[key_of(m.group("time_word"))]
    else:
        number = int(hour)
        if meridiem:
            if number > 12 or number == 0:
                return None
            number = number % 12 + (12 if key_of(meridiem) in _AFTERNOON else 0)
        clock = f"{number:02d}" + (f":{minute}" if minute else "")
    return {"text": span, "start": start, "end": end, "type": "time", "value": f"T{clock}", "from": None,
            "to": None, "precision": "minute" if ":" in clock else "hour", "relative": None, "resolved": None}


_TIME_CUES = tuple(f" {w}" for w in all_languages(lex.TIME_CUES))
_BARE_HOUR_CUES = tuple(f" {w}" for w in lex.BARE_HOUR_CUES)  # "a las 10"
_AFTERNOON = frozenset(key_of(w) for w in lex.AFTERNOON_MARKERS)


# relative keys that name one day ("demain", "lundi", "next Friday"): a time written after them is on that day
_DAY_KEYS = frozenset({"today", "tomorrow", "yesterday", "day_before_yesterday", "day_after_tomorrow"})
_WEEKDAY_HEADS = frozenset({"weekday", "this_weekday", "next_weekday", "last_weekday"})


def _names_a_day(item: dict) -> bool:
    """A date of a day, or a relative mention of one day."""
    if item["type"] == "date":
        return item["precision"] == "day"
    key = item["relative"]
    return item["type"] == "relative" and item["value"] is None and ".." not in key and (
        key in _DAY_KEYS or key.partition(":")[0] in _WEEKDAY_HEADS)


def join_times(items: list[dict], text: str) -> list[dict]:
    """A day followed by its time ("le 4 mars à 14h30", "March 4, 2024 at 8:30 a.m.") is one date
    item: value "XXXX-03-04T14:30", precision of the time. A relative day followed by its time ("lundi à
    9 heures", "demain à 10h") stays relative, its time as its value ("T09")."""
    out: list[dict] = []
    for item in items:
        previous = out[-1] if out else None
        if (item["type"] == "time" and previous is not None and _names_a_day(previous)
                and _TIME_LINK.fullmatch(text, previous["end"], item["start"]) is not None):
            previous.update(text=text[previous["start"]:item["end"]], end=item["end"],
                            value=(previous["value"] or "") + item["value"], precision=item["precision"])
            continue
        out.append(item)
    return out


_TIME_LINK = rx.compile(
    rf"[^\S\n]{{0,3}},?[^\S\n]{{0,3}}(?:(?:{'|'.join(escape(w) for w in all_languages(lex.TIME_CUES))})"
    r"[^\S\n]{1,3})?", regex.IGNORECASE)
