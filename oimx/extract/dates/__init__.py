"""Find the date mentions of a piece of page text (French, English, Spanish).

Candidates are found with verbose patterns built at import from the vocabulary
of :mod:`oimx.lexicon.dates`, tried only near cheap anchors (a day or year
number, a month or weekday name, a relative word) and at the opening words
before them (du, depuis, entre, since, hasta...); they are then normalised from
that same vocabulary, so no date library is imported.  ``find`` returns, sorted
by start and never overlapping, one dict per mention::

    text       the mention as written (== text[start:end]; may hold a line break)
    start/end  half-open code-point offsets into the given text
    type       "date", "range", "relative" or "time" (a time of day alone: "à 14h30")
    value      for a date, ISO at the precision written: "2024-05-27", "2024-05",
               "2024", "XXXX-03-11" (year not written), "XXXX-09", with its time when
               written ("2024-03-04T14:30", "XXXX-03-04T10"); for a time "T14:30"; else None
    from/to    for a range, each bound as a date value or None when open
    precision  "minute", "hour", "day", "month" or "year" (of the value, or the coarser
               bound); None for relative
    relative   for a relative mention, a stable key (below); for a range of days in a relative
               month ("du 4 au 23 du mois prochain": from "XXXX-XX-04", to "XXXX-XX-23"), the
               month's key; for a month or day in a relative year ("March last year": "XXXX-03"),
               the year's key; else None
    resolved   None unless ``reference`` is given: relative keys and dates without a
               year resolved against it (ranges: {"from": ..., "to": ...})

Relative keys: today, yesterday, tomorrow, day_before_yesterday, day_after_tomorrow,
this_morning, this_afternoon, this_evening, tonight, last_night, yesterday_morning,
yesterday_afternoon, tomorrow_morning, this_week, last_week, next_week, week_after_next, week_before_last,
early_this_week,
late_this_week, earlier_this_week, later_this_week, this_weekend, last_weekend,
next_weekend, the_weekend ("over the weekend": the latest one in a past sentence),
this_month, last_month, next_month, earlier_this_month, later_this_month,
this_quarter, last_quarter, next_quarter, this_year, last_year, next_year, year_after_next, year_before_last,
earlier_this_year, later_this_year, that_year, that_month, that_week ("la même année": the year
of the events told, resolved to the reference's), this_/last_/next_ + summer, winter,
autumn, spring; ``weekday:<name>``, ``last_weekday:<name>``, ``next_weekday:<name>``,
``this_weekday:<name>`` ("ce jeudi": that day of the reference's week; name in English); ``next:MM`` / ``last:MM`` /
``this:MM`` ("septembre prochain" -> next:09); first_/second_half_this_year (and _last_, _next_);
``ago:N:unit`` ("il y a deux ans" -> ago:2:year; N is 0 for "quelques"); ``in:N:unit``
("dans deux mois"); ``last_n:N:unit`` / ``next_n:N:unit`` ("les trois derniers mois", resolved
to a range of units); ``holiday:easter+N`` (Easter and the feasts counted from it, resolved on
the reference's year); this_/last_/next_decade, early_/late_this_month and _year,
recent_days / _weeks / _months / _years (resolved to None); next_day / previous_day ("le
lendemain", "la veille": the day after or before the last day resolved before it in the text, else
the reference's); ``weekday+N:<name>`` ("lundi en huit": the coming Monday, N weeks later);
``KEY..KEY`` (two relative days joined: "aujourd'hui jusqu'à demain" -> today..tomorrow, resolved to
{"from", "to"}); ``since:KEY`` / ``until:KEY`` ("depuis l'an dernier" -> since:last_year, resolved to an
open range from the start of KEY, or to its end); ``nth:N:unit:MM`` ("le premier vendredi de juillet",
"la deuxième semaine de mars": N is -1 for the last; resolved on the year closest to the reference).
Parts of this, the last or the next week, month or year (early_/mid_/late_ + this_/last_/next_ + week, month,
year: "au début du mois", "the end of last year", "a mediados del próximo mes") resolve to their days or months
({"from", "to"}: Monday-Tuesday, Wednesday-Thursday, Thursday-Sunday; days 1-10, 11-20 and 21-end;
January-February, June-July and November-December), seasons to their months.

Parts: :mod:`.words` (shared pieces and the lexicon merged over languages), :mod:`.names` (dates
that are part of a name or a count), :mod:`.patterns` (the patterns), :mod:`.order` (what is
tried where, and the ranges read step by step), :mod:`.scan` (anchors, then patterns at them),
:mod:`.items` (the item dicts),
:mod:`.normalise` (from a match to an item), :mod:`.context` (dates read with the ones before them),
:mod:`.periods` (nth days and weeks of a month or year, quarter codes), :mod:`.times` (times of day),
:mod:`.spelled` (years in words), :mod:`.relranges` (ranges of relative mentions), :mod:`.resolve`
(against a reference date), :mod:`.anchors` (resolved with the dates around them), :mod:`.holidays` (holidays by
their names), :mod:`.sides` (a date without its year and its "dernier", "próximo").

Example::

    >>> [(d["text"], d["type"], d["from"], d["to"]) for d in find("Du 27 au 30 mai 2024 à Genève")]
    [('Du 27 au 30 mai 2024', 'range', '2024-05-27', '2024-05-30')]
"""

from __future__ import annotations

import datetime
import re

from oimx.extract.dates import fallback
from oimx.extract.dates.anchors import anchor_event_days, anchor_written_years
from oimx.extract.dates.context import context
from oimx.extract.dates.normalise import candidate
from oimx.extract.dates.relranges import join_relative_ranges
from oimx.extract.dates.resolve import resolve
from oimx.extract.dates.scan import matches
from oimx.extract.dates.sides import join_month_names, join_onwards, join_period_sides, join_sides, join_years
from oimx.extract.dates.times import join_times
from oimx.lexicon.languages import LANGUAGES, require

# line ends other than LF and CRLF: a lone CR, a vertical tab, a form feed, the file, group and record separators,
# NEL, and the line and paragraph separators (str.splitlines' own), read as LF (the patterns' line end)
_LINE_END_CHARS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_OTHER_LINE_ENDS = re.compile(rf"\r(?!\n)|[{_LINE_END_CHARS[1:]}]")


def _other_line_ends(text: str) -> bool:
    """Whether ``text`` has a line end other than LF and CRLF (most pages have none: a C scan a character, ten
    times the speed of one class searched)."""
    return any(end in text for end in _LINE_END_CHARS) and _OTHER_LINE_ENDS.search(text) is not None


def find(text: str, *, lang: str = "fr", reference: datetime.date | None = None) -> list[dict]:
    """The date mentions of ``text``, sorted by start and never overlapping (see the module doc)."""
    if _other_line_ends(text):  # read with LF line ends, one character for one: the offsets hold
        items = find(_OTHER_LINE_ENDS.sub("\n", text), lang=lang, reference=reference)
        for item in items:
            item["text"] = text[item["start"] : item["end"]]
        return items
    lang = require(lang, "dates") if lang in LANGUAGES else lang  # dates read lexicon.dates only
    if lang in LANGUAGES or not fallback.has_month_names(lang):
        items = [item for m in matches(text, lang) if (item := candidate(m, text, lang)) is not None]
        items = join_onwards(join_sides(join_times(context(items, text), text), text), text)
        items = join_relative_ranges(join_period_sides(items, text), text)
        items = join_years(join_month_names(items, text), text)
    else:  # a language without vocabulary tables: candidates normalised by dateparser
        items = fallback.find(text, lang)
    if reference is not None:
        for item in items:
            try:
                resolve(item, reference, text, lang)
            except (OverflowError, ValueError):  # past the calendar's edge (year 1, 9999): left unresolved
                item["resolved"] = None
        anchor_written_years(items, text, reference, lang)
        anchor_event_days(items)
    return items

