"""Ranges read from relative mentions found first: days in a relative month ("4 au 23 mois
prochain", "entre le 4 et le 22 de ce mois": a range of those days, keeping the month's relative
key), and two relative days or numbered weeks joined by "jusqu'à", "au", "to" ("aujourd'hui
jusqu'à demain": one relative mention keyed "today..tomorrow"; "de la semaine 31 à la semaine
35").  Their patterns are compiled on the first relative month or pair of relative mentions met."""

from __future__ import annotations

import functools

import regex

from oimx import rx
from oimx.extract.dates.words import SPACE, TOKEN, WORD_LISTS, all_languages, alternatives
from oimx.lexicon import dates as lex

DAY_KEYS = frozenset({"today", "yesterday", "tomorrow", "day_before_yesterday", "day_after_tomorrow",
                      "next_day", "previous_day"})  # relative days a relative range may join
_OPENERS = [w for pairs in (lex.RANGE_FROM_TO, lex.RANGE_BETWEEN) for pair in pairs.values() for w in pair[0]]
_JOINS = [w for pairs in (lex.RANGE_FROM_TO, lex.RANGE_BETWEEN) for pair in pairs.values() for w in pair[1]]
_TO_WORDS = [w for pair in lex.RANGE_FROM_TO.values() for w in pair[1]]
_DASH = r"[^\S\n]{0,2}[-–][^\S\n]{0,2}"
_DAY = rf"(?<![\d.,/])(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:{alternatives(lex.DAY_ORDINALS)})?(?!\w)"


@functools.cache
def _days_before() -> regex.Pattern:
    """Two days ending right before a relative month: "du 4 au 23 du ", "4-23 "."""
    article = rf"(?:{alternatives(lex.ARTICLES)}{SPACE})?"
    counts = alternatives([*all_languages(lex.IN_BEFORE), *all_languages(lex.YEAR_BLOCK_QUANTIFIERS)])
    return rx.compile(rf"""(?<!\w)(?<!(?<!\w){counts}{SPACE})                 # not "dans 4 à 6 mois"
        (?:{alternatives(_OPENERS)}{SPACE})?                                        # du, entre
        {article}(?P<first>{_DAY})                                                  # 4
        (?:{_DASH}|{SPACE}{alternatives(_JOINS)}{SPACE})                            # au, et, -
        {article}(?P<last>{_DAY})                                                   # 23
        (?:{SPACE}{alternatives(all_languages(lex.RELATIVE_MONTH_LINKS))})?{SPACE}\Z  # du""",
                          regex.IGNORECASE | regex.VERBOSE, ignore_unused=True, **WORD_LISTS)


@functools.cache
def _joins() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    """The words between two relative days or weeks of a range (" jusqu'à ", " au "; " et " after
    "entre"), and a between-opener ending a text."""
    def compiled(source: str) -> regex.Pattern:
        return rx.compile(source, regex.IGNORECASE, ignore_unused=True, **WORD_LISTS)

    between = [w for pair in lex.RANGE_BETWEEN.values() for w in pair[0]]
    ands = [w for pair in lex.RANGE_BETWEEN.values() for w in pair[1]]
    return (compiled(rf"{SPACE}{alternatives(_TO_WORDS)}{SPACE}\Z"), compiled(rf"{SPACE}{alternatives(ands)}{SPACE}\Z"),
            compiled(rf"(?<!\w){alternatives(between)}{SPACE}\Z"))


def _joined(previous: dict | None, item: dict, text: str) -> bool:
    """Two relative days ("aujourd'hui jusqu'à demain") or numbered weeks ("entre la semaine 31 et
    la semaine 35") joined into a range."""
    if previous is None or _family(previous["relative"]) is None:
        return False
    if _family(previous["relative"]) != _family(item["relative"]):
        return False
    to_words, and_words, between = _joins()
    return bool(to_words.match(text, previous["end"], item["start"]) or (
        and_words.match(text, previous["end"], item["start"])
        and between.search(text, max(0, previous["start"] - 12), previous["start"])))


@functools.cache
def _from_before() -> regex.Pattern:
    """A closed range's opener right before its first relative mention: "de ", "from "."""
    froms = [w for pair in lex.RANGE_FROM_TO.values() for w in pair[0]]
    return rx.compile(rf"(?<!\w){alternatives(froms)}{SPACE}\Z", regex.IGNORECASE, ignore_unused=True, **WORD_LISTS)


_FROM_REACH = 16  # characters of a range's opener before its first relative mention


@functools.cache
def _open_range_word() -> regex.Pattern:
    """An open range's word ending right before a relative mention, with its filler: "since ", "depuis le ",
    "jusqu'à la fin de ", "hasta "."""
    def side(words: dict, fillers: dict) -> str:
        fillers = alternatives([*all_languages(fillers), *lex.ARTICLES])
        return rf"{alternatives(all_languages(words))}(?:{SPACE}{fillers})?"

    return rx.compile(rf"""(?<!\w)(?:(?P<since>{side(lex.SINCE, lex.SINCE_FILLERS)})
                                  | (?P<until>{side(lex.UNTIL, lex.UNTIL_FILLERS)}))(?:{SPACE}|(?<=['’]))\Z""",
                      regex.IGNORECASE | regex.VERBOSE, ignore_unused=True, **WORD_LISTS)


def _open_range(item: dict, text: str, low: int) -> dict:
    """A relative mention after "since", "depuis", "until", "d'ici": an open range from it or to it
    ("since last year" -> since:last_year, "jusqu'à la semaine prochaine" -> until:next_week)."""
    if item["relative"].startswith(_SPANS_TO_NOW):
        return item  # "après 11 mois passés": a span already, ending now
    before = _WORD_BEFORE.search(text, max(low, item["start"] - _WORD_REACH), item["start"])
    if before is None or before.group(1).casefold() not in _open_range_last_words():
        return item  # the word right before is none an open range's words end with: no search
    found = _open_range_word().search(text, max(low, item["start"] - _OPEN_RANGE_REACH), item["start"])
    if found is None:
        return item
    side = "since" if found.group("since") else "until"
    return {**item, "text": text[found.start():item["end"]], "start": found.start(),
            "relative": f"{side}:{item['relative']}"}


_OPEN_RANGE_REACH = 40  # characters of an open range's word and filler before its relative mention
_WORD_BEFORE = rx.compile(r"(\w+)['’]?[^\S\n]*\Z")
_WORD_REACH = 24  # characters read back for the word right before a relative mention


@functools.cache
def _open_range_last_words() -> frozenset[str]:
    """The words an open range's word, filler or article ends with ("depuis", "partir de" -> "de", "la")."""
    phrases = (*all_languages(lex.SINCE), *all_languages(lex.UNTIL), *all_languages(lex.SINCE_FILLERS),
               *all_languages(lex.UNTIL_FILLERS), *lex.ARTICLES)
    return frozenset(words[-1].casefold() for phrase in phrases if (words := TOKEN.findall(phrase)))


_SPANS_TO_NOW = ("last_n:", "next_n:", "recent_")  # keys of spans reaching the reference: no open range


def join_relative_ranges(items: list[dict], text: str) -> list[dict]:
    """Items with the ranges of days in a relative month and the ranges of two relative days joined,
    and relative mentions opened by "since" or "until" read as open ranges."""
    out: list[dict] = []
    for item in items:
        key = item["relative"]
        previous = out[-1] if out else None
        if item["type"] == "relative" and not _joined(previous, item, text):
            item = _open_range(item, text, previous["end"] if previous else 0)
            key = item["relative"]
        if key in lex.RELATIVE_MONTH_KEYS:
            low = previous["end"] if previous else 0
            days = _days_before().search(text, max(low, item["start"] - 50), item["start"])
            if days is not None and _number(days.group("first")) < _number(days.group("last")):
                item = {**item, "text": text[days.start():item["end"]], "start": days.start(), "type": "range",
                        "from": f"XXXX-XX-{_number(days.group('first')):02d}",
                        "to": f"XXXX-XX-{_number(days.group('last')):02d}", "precision": "day"}
        elif _joined(previous, item, text):  # "depuis aujourd'hui jusqu'à demain": one range, from its first word
            start = previous["start"]
            opener = _from_before().search(text, max(0, start - _FROM_REACH), start)
            start = opener.start() if opener is not None and _family(key) == "weekday" else start  # "de lundi à"
            out[-1] = {**previous, "text": text[start:item["end"]], "start": start, "end": item["end"],
                       "relative": f"{previous['relative'].removeprefix('since:')}..{key}"}
            continue
        out.append(item)
    return out


def _family(key: str | None) -> str | None:
    """What a relative range may join: "day" (today, tomorrow...), "week" (week:31), "weekday" (lundi, next
    Friday) or None."""
    key = key.removeprefix("since:") if key is not None else None  # "depuis aujourd'hui" opens the range
    if key in DAY_KEYS:
        return "day"
    if key is not None and key.partition(":")[0] in WEEKDAY_HEADS:
        return "weekday"
    return "week" if key is not None and key.startswith("week:") else None


WEEKDAY_HEADS = frozenset({"weekday", "this_weekday", "next_weekday", "last_weekday"})


def _number(day: str) -> int:
    return int("".join(c for c in day if c.isdigit()))
