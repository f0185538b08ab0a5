"""Checks run on a range found step by step, before it is kept: a spaced dash after a bare day,
two consecutive months, two years in order."""

from __future__ import annotations

import regex

from oimx import rx
from oimx.extract.dates.names import in_name
from oimx.extract.dates.words import LOWER_CASE_MONTHS, MONTH_NUMBERS, TOKEN
from oimx.lexicon import dates as lex


def _dash_check(text: str, start: int, at: int, end: int, first: str, joined: regex.Match, last: int) -> bool:
    """"7 - 25/05/2015": a bare day number and a date joined by a dash spaced on both sides are a
    range only after an opening word (lex.SPACED_DASH_OPENERS: "du 7 - 9 mai"); else the number
    belongs to what comes before ("Canal 7 - 25/05/2015", "Situation report 2 – 31 January").  At the
    start of a line or after a label's colon ("QUAND: 17 – 19 octobre 2013") nothing comes before."""
    if first != "dayw" or not text[at].isdigit():
        return True
    dash = joined.group()
    if not (dash[:1].isspace() and dash[-1:].isspace()):
        return True
    lead = text[max(0, start - 20):start].rstrip(" \t\u00a0")
    if start == 0 or lead[-1:] in ("", "\n", ":", "("):
        return True
    before = _LAST_WORD.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).lower() in lex.SPACED_DASH_OPENERS


def _month_pair_check(text: str, start: int, at: int, end: int, first: str, joined: regex.Match, last: int) -> bool:
    """"octobre et novembre 2014", "julio y agosto": two consecutive months make one range;
    others stay two dates ("en août et décembre 2019"), and English months alone are capitalised."""
    second = joined.end()
    words = (text[at:end], TOKEN.match(text, second).group())
    months = [MONTH_NUMBERS.get(w.lower().rstrip(".")) for w in words]
    if None in months or (months[1] - months[0]) % 12 != 1:
        return False
    if any(w[0].islower() and w.lower() not in LOWER_CASE_MONTHS for w in words):
        return False
    return not in_name(text, at, end, "month")


def _two_months(text: str, at: int, end: int, joined: regex.Match, in_order: bool) -> bool:
    """The month at ``text[at:end]`` and the one after ``joined`` make one range: both months (English months alone
    capitalised), the second later in the year when ``in_order``, else another month; not part of a name."""
    words = (text[at:end], TOKEN.match(text, joined.end()).group())
    months = [MONTH_NUMBERS.get(w.lower().rstrip(".")) for w in words]
    if None in months or (months[1] <= months[0] if in_order else months[1] == months[0]):
        return False
    if any(w[0].islower() and w.lower() not in LOWER_CASE_MONTHS for w in words):
        return False
    return not in_name(text, at, end, "month")


def _month_dash_check(text: str, start: int, at: int, end: int, first: str, joined: regex.Match, last: int) -> bool:
    """"January–March 2024", "enero-marzo de 2024": two months joined by a dash, the second later in the year."""
    return _two_months(text, at, end, joined, in_order=True)


def _month_to_check(text: str, start: int, at: int, end: int, first: str, joined: regex.Match, last: int) -> bool:
    """"February to April 2023", "noviembre a febrero": two months joined by a range word, no opening word before
    them (a range across a year's end too)."""
    return _two_months(text, at, end, joined, in_order=False)


def _years_check(text: str, start: int, at: int, end: int, first: str, joined: regex.Match, last: int) -> bool:
    """"2016-2017", "2016-17": the second year comes after the first (not "2016-11", a month)."""
    first_year, tail = int(text[at:end]), text[joined.end():last]
    last_year = int(tail) if len(tail) == 4 else first_year // 100 * 100 + int(tail)
    return first_year < last_year <= first_year + YEARS_SPAN


def _later_day(text: str, start: int, at: int, end: int, first: str, joined: regex.Match, last: int) -> bool:
    """"June 12-14", "June 12 to 14": a day number alone closing a range opened by a month and its day is a later
    day of that month (not "June 12-4", nor a count: see "daylast")."""
    tail = text[joined.end():last]
    if not tail.isdigit():
        return True
    day = _DAY_OF.search(text, at, end)
    return day is not None and int(day.group()) < int(tail)


_DAY_OF = rx.compile(r"\d{1,2}(?!\d)")
_LAST_WORD = rx.compile(r"(\w+)[^\S\n]*\Z")
YEARS_SPAN = 100  # a range of years spans this many at most ("1991-2023", "1950-2050": climate periods)
SEQUENCE_CHECKS = {"dash": _dash_check, "monthpair": _month_pair_check, "monthdash": _month_dash_check,
                   "monthto": _month_to_check,
                   "years": _years_check, "yearsto": _years_check, "mddash": _later_day, "mdto": _later_day}
