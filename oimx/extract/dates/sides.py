"""A date without its year read with the word that gives its side of the reference: "le 1er octobre
dernier", "el 3 de marzo pasado" (after it, lex.MONTH_LAST_NEXT), "el próximo 15 de abril" (before it,
lex.BEFORE_LAST_NEXT); or with the relative year it is in ("March last year", lex.RELATIVE_YEAR_LINKS).

The word joins the item (its text and span); :func:`side` reads it back when the item is resolved,
before the tense of the sentence: "le 15 mars prochain" is the coming 15 March in any sentence.
"""

from __future__ import annotations

import regex

from oimx import rx
from oimx.extract.dates.items import relative_item
from oimx.extract.dates.words import LAST_NEXT, key_of
from oimx.lexicon import dates as lex
from oimx.text import all_languages, alternation

_SIDES = {"last": -1, "next": 1}
# the side words written after a date, and before it ("this": no side, left out)
_AFTER_WORDS = [w for w in all_languages(lex.MONTH_LAST_NEXT) if LAST_NEXT[w] in _SIDES]
_BEFORE_WORDS = [w for w in all_languages(lex.BEFORE_LAST_NEXT) if LAST_NEXT[w] in _SIDES]
# spaces on the line between the date and its side word
_GAP = r"[^\S\r\n]{1,3}"
_AFTER = rx.compile(rf"{_GAP}(?:{alternation(_AFTER_WORDS, _GAP)})(?!\w)", regex.IGNORECASE)
_BEFORE = rx.compile(rf"(?<!\w)(?:{alternation(_BEFORE_WORDS, _GAP)}){_GAP}\Z", regex.IGNORECASE)
# how far before a date its side word may start
_BEFORE_REACH = 3 + max(map(len, _BEFORE_WORDS), default=0)


def _yearless(item: dict) -> bool:
    """A day, or a range of days, whose year (and no month) is left out: "1er octobre", "du 3 au 5 mars",
    "depuis le 1er octobre"."""
    if item["type"] == "date":
        values = [item["value"]]
    elif item["type"] == "range" and item["relative"] is None:
        values = [value for value in (item["from"], item["to"]) if value is not None]
    else:
        return False
    return values != [] and all(value.startswith("XXXX-") and value[5:7] != "XX" and len(value) >= 10
                                for value in values)


def join_sides(items: list[dict], text: str) -> list[dict]:
    """Each date without its year takes the side word written right after it, else right before it,
    on its line: its text and span grow over it (a mention never overlaps the next one)."""
    for i, item in enumerate(items):
        if not _yearless(item):
            continue
        after = _AFTER.match(text, item["end"])
        following = items[i + 1]["start"] if i + 1 < len(items) else len(text)
        if after is not None and after.end() <= following:
            item.update(end=after.end(), text=text[item["start"] : after.end()])
            continue
        preceding = items[i - 1]["end"] if i else 0
        before = _BEFORE.search(text, max(preceding, item["start"] - _BEFORE_REACH), item["start"])
        if before is not None:
            item.update(start=before.start(), text=text[before.start() : item["end"]])
    return items


_ONWARDS = rx.compile(rf"{_GAP}(?:{alternation(all_languages(lex.ONWARDS), _GAP)})(?!\w)", regex.IGNORECASE)
_ONWARDS_INITIALS = frozenset(w[0] for w in all_languages(lex.ONWARDS))
_FROM_WORDS = [w for pair in lex.RANGE_FROM_TO.values() for w in pair[0]]
_FROM = rx.compile(rf"(?<!\w)(?:{alternation(_FROM_WORDS, _GAP)}){_GAP}\Z", regex.IGNORECASE)
_FROM_REACH = 3 + max(map(len, _FROM_WORDS))


def join_onwards(items: list[dict], text: str) -> list[dict]:
    """A date followed by "onwards", "en adelante" opens a range, with the "from" before it: "from April
    onwards" -> from XXXX-04, to null; the word joins an open range's text ("a partir de abril en adelante")."""
    for i, item in enumerate(items):
        if item["type"] not in ("date", "range") or (item["type"] == "range" and item["to"] is not None):
            continue
        if text[item["end"]:item["end"] + 4].lstrip()[:1].lower() not in _ONWARDS_INITIALS:
            continue  # no "onwards" word next: no pattern tried
        onwards = _ONWARDS.match(text, item["end"])
        following = items[i + 1]["start"] if i + 1 < len(items) else len(text)
        if onwards is None or onwards.end() > following or (item["type"] == "date" and "T" in item["value"]):
            continue
        start = item["start"]
        if item["type"] == "date":
            preceding = items[i - 1]["end"] if i else 0
            opener = _FROM.search(text, max(preceding, start - _FROM_REACH), start)
            start = opener.start() if opener is not None else start
            item.update(type="range", **{"from": item["value"], "to": None, "value": None})
        item.update(start=start, end=onwards.end(), text=text[start:onwards.end()])
    return items


# the relative years a month or day may be placed in ("March last year"), and the words between them
_YEAR_KEYS = frozenset({"last_year", "this_year", "next_year", "that_year"})
_YEAR_LINK = rx.compile(rf"{_GAP}(?:(?:{alternation(all_languages(lex.RELATIVE_YEAR_LINKS))}){_GAP})?",
                        regex.IGNORECASE)


def _month_without_year(item: dict) -> bool:
    """A month, a day, or a range of them, whose year is left out: "mars", "11 mars", "de marzo a junio"."""
    if item["relative"] is not None:
        return False
    if item["type"] not in ("date", "range"):
        return False
    values = [item["value"]] if item["type"] == "date" else [item["from"], item["to"]]
    return any(values) and all(value is None or (value.startswith("XXXX-") and value[5:7] != "XX" and "T" not in value)
                               for value in values)


# the relative months that a month written after them names, and the side it is on: a part of this month is that
# month ("fin du mois de mars"; a month's part is not told, as "fin mars" is March)
_MONTH_KEYS = {"last_month": "last", "this_month": "this", "next_month": "next", "early_this_month": "this",
               "mid_this_month": "this", "late_this_month": "this"}
_MONTH_LINK = rx.compile(rf"{_GAP}(?:{alternation(all_languages(lex.PERIOD_MONTH_LINKS))})(?:{_GAP}|(?<=['’]))",
                         regex.IGNORECASE)


def join_month_names(items: list[dict], text: str) -> list[dict]:
    """The next or last month followed by the month it names ("el próximo mes de julio", "no próximo mês de
    julho"): one mention, that month on that side ("next:07"), not the month after the reference and a month."""
    joined: list[dict] = []
    for item in items:
        previous = joined[-1] if joined else None
        if (previous is not None and previous["type"] == "relative" and previous["relative"] in _MONTH_KEYS
                and item["type"] == "date" and item["relative"] is None and item["value"].startswith("XXXX-")
                and len(item["value"]) == 7 and _MONTH_LINK.fullmatch(text, previous["end"], item["start"])
                and previous["end"] < item["start"]):
            key = f"{_MONTH_KEYS[previous['relative']]}:{item['value'][5:]}"
            joined[-1] = relative_item(previous["start"], item["end"], text[previous["start"] : item["end"]], key)
            continue
        joined.append(item)
    return joined


def join_years(items: list[dict], text: str) -> list[dict]:
    """A month or day without its year followed by the relative year it is in ("March last year", "junio del
    próximo año", "mars de l'année dernière") makes one mention: the date keeps its value as written and takes
    the year's key as its ``relative``, which resolves its year."""
    joined: list[dict] = []
    for item in items:
        previous = joined[-1] if joined else None
        if (item["type"] == "relative" and item["relative"] in _YEAR_KEYS and previous is not None
                and _month_without_year(previous) and _YEAR_LINK.fullmatch(text, previous["end"], item["start"])):
            previous.update(end=item["end"], text=text[previous["start"] : item["end"]], relative=item["relative"])
            continue
        joined.append(item)
    return joined


# a part of this week, month or year ("à la fin de l'année"), that a side word after it puts on its side
_THIS_PERIOD = regex.compile(r"(?:(?:early|mid|late)_)?this_(?:week|month|year)")
_PERIOD_SIDES = {w: side for table in lex.PERIOD_LAST_NEXT.values() for w, side in table.items()}
_PERIOD_SIDE = rx.compile(rf"{_GAP}({alternation(_PERIOD_SIDES, _GAP)})(?!\w)", regex.IGNORECASE)


def join_period_sides(items: list[dict], text: str) -> list[dict]:
    """A part of this week, month or year followed by a side word ("à la fin de l'année dernière", "al final del
    año pasado") is that part of the last or next one: the word joins the mention, whose key takes its side."""
    for i, item in enumerate(items):
        if item["type"] != "relative" or not _THIS_PERIOD.fullmatch(item["relative"]):
            continue
        after = _PERIOD_SIDE.match(text, item["end"])
        following = items[i + 1]["start"] if i + 1 < len(items) else len(text)
        if after is None or after.end() > following:
            continue
        key = item["relative"].replace("this", _PERIOD_SIDES[key_of(after.group(1))], 1)
        items[i] = relative_item(item["start"], after.end(), text[item["start"] : after.end()], key)
    return items


_TO_THE_PRESENT = rx.compile(rf"(?:{alternation(all_languages(lex.PRESENT_ENDS), _GAP)})\Z", regex.IGNORECASE)


def side(item: dict) -> int:
    """-1 when the item's own words put it before the reference ("octobre dernier", a range to the present: "du 3
    mars à aujourd'hui"), +1 after it ("el próximo 15 de abril"), else 0."""
    if item["type"] == "range" and item["to"] is None and _TO_THE_PRESENT.search(item["text"]):
        return -1
    words = item["text"].split()
    for phrase in (words[-1:], words[:2], words[:1]):
        direction = _SIDES.get(LAST_NEXT.get(key_of(" ".join(phrase)), ""), 0)
        if direction:
            return direction
    return 0
