"""Resolved dates read with the dates around them: a date without its year in the sentence of a written year
(:func:`anchor_written_years`), "le lendemain" after a resolved day (:func:`anchor_event_days`)."""

from __future__ import annotations

import datetime

from oimx import rx
from oimx.extract.dates.resolve import DAY_OFFSETS, exists, tense
from oimx.extract.dates.sides import side
from oimx.lexicon import dates as lex

# what ends a sentence, or a paragraph: a year written before it tells nothing of the dates after it
_SENTENCE_BREAK = rx.compile(r"[.!?…](?=\s)|\n[^\S\n]*\n")


def _without_year(value: str | None) -> bool:
    return value is not None and value.startswith("XXXX-") and value[5:7] != "XX"


def anchor_written_years(items: list[dict], text: str, reference: datetime.date, lang: str) -> None:
    """A date or range without its year, in the sentence of a date whose year is written before it, is in that
    year, or the next when its month comes before that date's ("En 1962, les accords sont signés le 18 mars";
    "le 5 décembre 2023, … le 3 janvier"): the story's year, not the reference's. Its own side word wins
    ("le 15 mars dernier"), and a sentence speaking of the future is not held in a year before the reference's
    ("El programa, iniciado en 2018, concluirá el 31 de diciembre")."""
    anchor: tuple[int, int, int] | None = None  # the written date's end, year and month (0: none)
    for item in items:
        if anchor is not None and _SENTENCE_BREAK.search(text, anchor[0], item["start"]):
            anchor = None
        if item["type"] == "date" and item["relative"] is None and item["value"][:4].isdigit():
            month = item["value"][5:7]
            anchor = (item["end"], int(item["value"][:4]), int(month) if month.isdigit() else 0)
            continue
        if anchor is None or item["relative"] is not None or side(item):
            continue
        bounds = [item["value"]] if item["type"] == "date" else [item["from"], item["to"]] \
            if item["type"] == "range" else []
        if not bounds or not all(value is None or _without_year(value) for value in bounds) or not any(bounds):
            continue
        _, year, month = anchor
        if year < reference.year and tense(text, item["start"], item["end"], lang) > 0:
            continue
        first = next(value for value in bounds if value is not None)
        year += 0 < int(first[5:7]) < month  # "le 5 décembre 2023, … le 3 janvier": the January after
        values = [None if value is None else f"{year + (value[5:] < first[5:]):04d}{value[4:]}" for value in bounds]
        if not all(map(exists, (value.partition("T")[0] for value in values if value is not None))):
            continue
        item["resolved"] = values[0] if item["type"] == "date" else {"from": values[0], "to": values[1]}


def anchor_event_days(items: list[dict]) -> None:
    """"Le 3 mars, ... Le lendemain": the day after (or before) the last day resolved before it
    in the text; alone, the day after (or before) the reference."""
    last_day = None
    for item in items:
        if item["relative"] in lex.EVENT_DAY_KEYS and last_day is not None:
            shift = DAY_OFFSETS[item["relative"]]
            item["resolved"] = (datetime.date.fromisoformat(last_day) + datetime.timedelta(days=shift)).isoformat()
        resolved = item["resolved"]
        if isinstance(resolved, str) and len(resolved) >= 10 and resolved[4] == "-" and resolved[7] == "-":
            last_day = resolved[:10]
