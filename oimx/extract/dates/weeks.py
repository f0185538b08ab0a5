"""Weeks by their number: "la semaine 31", "week 31 of 2016", "semana 31 de 2020".  With its year
a week is its days (ISO week, Monday to Sunday); without, the relative ``week:31`` (resolved on the
reference's year).  Tried at the week noun only when a number follows it."""

from __future__ import annotations

import datetime

from oimx.extract.dates.words import SPACE, all_languages, alternatives
from oimx.lexicon import dates as lex

NOUNS = frozenset(all_languages(lex.WEEK_NUMBER_NOUNS))


def source(article: str, date_link: str, year: str, count_after: str, month: str) -> str:
    """The pattern: an article perhaps, the noun, the week number, perhaps its year."""
    return rf"""(?<!\w)(?P<weeknum>(?:{article})?{alternatives(NOUNS)}{SPACE}  # la semaine
         (?P<week_number>5[0-3]|[1-4]\d|0?[1-9])(?![\d/:h]|[.,]\d)(?!{count_after})  # 31, not "31 personnes"
         (?!{SPACE}(?:{date_link})?{month})  # a day before its month opens a date: "the week" / "24 September 2024"
         (?:,?{SPACE}(?:{date_link})?(?P<week_year>{year}))?)                 # de 2016"""


def words_ahead(words: list[str]) -> bool:
    """The noun then a number among the first words ("la semaine 31")."""
    return any(w in NOUNS and words[i + 1:i + 2] != [] and words[i + 1].isdigit() for i, w in enumerate(words[:2]))


def days(week: int, year: int) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    """First and last day of an ISO week, or None when the year has no such week."""
    try:
        first = datetime.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    last = first + datetime.timedelta(days=6)
    return (first.year, first.month, first.day), (last.year, last.month, last.day)


def resolve(key: str, reference: datetime.date) -> str | None:
    """``week:31`` -> the reference year's week 31 ("2016-W31"), None when the year has none."""
    week = int(key.partition(":")[2])
    return None if days(week, reference.year) is None else f"{reference.year:04d}-W{week:02d}"
