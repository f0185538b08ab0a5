"""Resolving items against a reference date: relative keys, dates without a year (past- or
future-leaning by the tense of their sentence), open and closed ranges."""

from __future__ import annotations

import calendar
import datetime

from oimx.extract.dates import weeks
from oimx.extract.dates.closest import WEEKDAY_INDEX, closest, written_weekday
from oimx.extract.dates.holidays import easter_day
from oimx.extract.dates.periods import nth_period
from oimx.extract.dates.sides import side
from oimx.extract.dates.words import TOKEN, key_of
from oimx.lexicon import dates as lex


def _shift_month(reference: datetime.date, months: int) -> str:
    index = reference.year * 12 + reference.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _weekend(day: datetime.date) -> dict:
    """The Saturday and Sunday of ``day``'s week."""
    saturday = day + datetime.timedelta(days=5 - day.weekday())
    return {"from": saturday.isoformat(), "to": (saturday + datetime.timedelta(days=1)).isoformat()}


def _week(day: datetime.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


DAY_OFFSETS = {"today": 0, "yesterday": -1, "tomorrow": 1, "day_before_yesterday": -2,
                "day_after_tomorrow": 2, "this_morning": 0, "this_afternoon": 0, "this_evening": 0,
                "tonight": 0, "last_night": -1, "yesterday_morning": -1, "yesterday_afternoon": -1,
                "tomorrow_morning": 1, "next_day": 1, "previous_day": -1}
_WEEK_OFFSETS = {"this_week": 0, "mid_this_week": 0, "early_this_week": 0, "late_this_week": 0, "earlier_this_week": 0,
                 "later_this_week": 0, "that_week": 0, "this_weekend": 0, "last_week": -1, "last_weekend": -1,
                 "next_week": 1, "next_weekend": 1, "week_after_next": 2, "week_before_last": -2}
_MONTH_OFFSETS = {"this_month": 0, "early_this_month": 0, "late_this_month": 0, "earlier_this_month": 0,
                  "later_this_month": 0, "that_month": 0, "last_month": -1, "next_month": 1,
                  "early_last_month": -1, "late_last_month": -1, "early_next_month": 1, "late_next_month": 1}
_YEAR_OFFSETS = {"this_year": 0, "early_this_year": 0, "late_this_year": 0, "earlier_this_year": 0,
                 "later_this_year": 0, "that_year": 0, "last_year": -1, "next_year": 1,
                 "early_last_year": -1, "late_last_year": -1, "early_next_year": 1, "late_next_year": 1,
                 "year_after_next": 2, "year_before_last": -2}
_DECADE_OFFSETS = {"this_decade": 0, "last_decade": -1, "next_decade": 1}
_QUARTER_OFFSETS = {"this_quarter": 0, "last_quarter": -1, "next_quarter": 1}
_HALVES = {"first": 1, "second": 7}  # a half-year's first month


_SINCE_BEGUN = frozenset(word for words in lex.SINCE_BEGUN.values() for word in words)


def _shifted(reference: datetime.date, count: int, unit: str) -> str | None:
    """The ``unit`` that lies ``count`` units from the reference, at that unit's precision (a day,
    an ISO week; a month; a year; a decade's year)."""
    if unit in ("day", "week"):
        day = reference + datetime.timedelta(days=count * (7 if unit == "week" else 1))
        return day.isoformat() if unit == "day" else _week(day)
    if unit == "month":
        return _shift_month(reference, count)
    if unit in ("year", "decade"):
        return f"{reference.year + count * (10 if unit == 'decade' else 1):04d}"
    return None


def _day_shifted(reference: datetime.date, count: int, unit: str) -> str | None:
    """The day ``count`` units from the reference ("dans deux mois" on 12 February -> 12 April;
    the 31st of a shorter month is its last day)."""
    if unit in ("day", "week", "hour"):  # "il y a 48 heures": the day two days back
        days = count * 7 if unit == "week" else count if unit == "day" else int(count / 24)
        return (reference + datetime.timedelta(days=days)).isoformat()
    months = count * {"month": 1, "year": 12, "decade": 120}[unit]
    index = reference.year * 12 + reference.month - 1 + months
    year, month = divmod(index, 12)
    return datetime.date(year, month + 1, min(reference.day, calendar.monthrange(year, month + 1)[1])).isoformat()


# The part of a week (days from Monday), month (days) or year (months) that "en début de semaine",
# "en fin de mois", "au début de l'année", "late last year" mean: keys <part>_<this|last|next>_<unit>.
_PARTS = {("early", "week"): (0, 1), ("mid", "week"): (2, 3), ("late", "week"): (3, 6),
          ("early", "month"): (1, 10), ("mid", "month"): (11, 20), ("late", "month"): (21, 31),
          ("early", "year"): (1, 2), ("mid", "year"): (6, 7), ("late", "year"): (11, 12)}
_SHIFTS = {"this": 0, "last": -1, "next": 1}


def _part_of(key: str) -> tuple[str, int, int, int] | None:
    """(unit, shift, first, last) of a part key ("late_last_year" -> year, -1, 11, 12), else None."""
    part, _, rest = key.partition("_")
    which, _, unit = rest.partition("_")
    if (part, unit) not in _PARTS or which not in _SHIFTS:
        return None
    return (unit, _SHIFTS[which], *_PARTS[(part, unit)])


def _part(unit: str, shift: int, first: int, last: int, reference: datetime.date) -> dict:
    """The days (or months) of a part of the reference's week, month or year, ``shift`` of them away."""
    if unit == "week":
        monday = reference - datetime.timedelta(days=reference.weekday()) + datetime.timedelta(weeks=shift)
        days = (monday + datetime.timedelta(days=first), monday + datetime.timedelta(days=last))
        return {"from": days[0].isoformat(), "to": days[1].isoformat()}
    if unit == "month":
        year, month = divmod(reference.year * 12 + reference.month - 1 + shift, 12)
        length = calendar.monthrange(year, month + 1)[1]
        return {"from": f"{year:04d}-{month + 1:02d}-{first:02d}",
                "to": f"{year:04d}-{month + 1:02d}-{min(last, length):02d}"}
    year = reference.year + shift
    return {"from": f"{year:04d}-{first:02d}", "to": f"{year:04d}-{last:02d}"}


_SEASON_SIDES = {"this": 0, "last": -1, "next": 1}


def _season(key: str, reference: datetime.date) -> dict:
    """"cet été", "l'hiver dernier": the months of that season; this one is the season the reference falls in,
    else the one of the reference's year; the last one has ended by the reference's month ("l'été dernier" said in
    October is this year's), the next one has not begun."""
    which, season = key.split("_", 1)
    first, last = lex.SEASON_MONTHS[season]
    wraps = last < first  # winter: December to February
    now = (reference.year, reference.month)
    if which == "this":
        year = reference.year - (wraps and reference.month <= last)
    elif which == "last":  # the latest whose last month is before the reference's
        year = max(y for y in range(reference.year - 2, reference.year + 1) if (y + wraps, last) < now)
    else:  # the earliest whose first month is after the reference's
        year = min(y for y in range(reference.year, reference.year + 3) if (y, first) > now)
    return {"from": f"{year:04d}-{first:02d}", "to": f"{year + wraps:04d}-{last:02d}"}


def _resolve_relative(key: str, reference: datetime.date) -> str | dict | None:
    """The date, week, month or year a relative key points to, seen from the reference."""
    part = _part_of(key)
    if part is not None:
        return _part(*part, reference)
    if key.startswith("week:"):  # "la semaine 31"
        return weeks.resolve(key, reference)
    if key in DAY_OFFSETS:
        return (reference + datetime.timedelta(days=DAY_OFFSETS[key])).isoformat()
    if key in _WEEK_OFFSETS:
        day = reference + datetime.timedelta(weeks=_WEEK_OFFSETS[key])
        return _weekend(day) if key.endswith("weekend") else _week(day)  # "ce week-end": its two days
    if key in _MONTH_OFFSETS:
        return _shift_month(reference, _MONTH_OFFSETS[key])
    if key in _YEAR_OFFSETS:
        return f"{reference.year + _YEAR_OFFSETS[key]:04d}"
    if key in _DECADE_OFFSETS:
        first = reference.year // 10 * 10 + 10 * _DECADE_OFFSETS[key]
        return {"from": f"{first:04d}", "to": f"{first + 9:04d}"}
    if key in _QUARTER_OFFSETS:
        index = reference.year * 4 + (reference.month - 1) // 3 + _QUARTER_OFFSETS[key]
        year, first = index // 4, index % 4 * 3 + 1  # its months, as a written quarter's ("Q2 2013")
        return {"from": f"{year:04d}-{first:02d}", "to": f"{year:04d}-{first + 2:02d}"}
    half, _, year_key = key.partition("_half_")  # "second_half_this_year": July to December
    if half in _HALVES and year_key in ("this_year", "last_year", "next_year"):
        year, first = reference.year + _YEAR_OFFSETS[year_key], _HALVES[half]
        return {"from": f"{year:04d}-{first:02d}", "to": f"{year:04d}-{first + 5:02d}"}
    which, _, season = key.partition("_")
    if which in _SEASON_SIDES and season in lex.SEASON_MONTHS:  # "l'été prochain"; not "since:next_summer"
        return _season(key, reference)
    head, _, tail = key.partition(":")
    if head in ("since", "until"):  # "since last year": an open range from (or to) what it names
        if tail.startswith("weekday:"):  # "depuis mercredi": the last one; "jusqu'à vendredi": the next one
            tail = ("last_" if head == "since" else "next_") + tail
        inner = _resolve_relative(tail, reference)
        if inner is None:
            return None
        first, last = (inner, inner) if isinstance(inner, str) else (inner["from"], inner["to"])
        return {"from": first, "to": None} if head == "since" else {"from": None, "to": last}
    if head in _WEEK_OFFSETS:  # "lundi de la semaine prochaine": that day of that week
        monday = reference - datetime.timedelta(days=reference.weekday())
        return (monday + datetime.timedelta(weeks=_WEEK_OFFSETS[head], days=WEEKDAY_INDEX[tail])).isoformat()
    if head.startswith("weekday+"):  # "lundi en huit": the coming Monday (or today), a week later
        delta = (WEEKDAY_INDEX[tail] - reference.weekday()) % 7 + 7 * int(head[8:])
        return (reference + datetime.timedelta(days=delta)).isoformat()
    if head.endswith("weekday"):
        delta = WEEKDAY_INDEX[tail] - reference.weekday()
        if head.startswith("last"):
            delta = delta - 7 if delta >= 0 else delta
        elif head.startswith("next"):
            delta = delta + 7 if delta <= 0 else delta
        elif head.startswith("this"):
            pass  # "this Friday", "ce vendredi": that day of the reference's week (Monday to Sunday)
        else:
            delta = (delta + 3) % 7 - 3  # the closest such day, news style
        return (reference + datetime.timedelta(days=delta)).isoformat()
    if head in ("next", "last", "this"):  # "this March": the reference's year
        month = int(tail)
        year = reference.year
        if head == "next" and month <= reference.month:
            year += 1
        if head == "last" and month >= reference.month:
            year -= 1
        return f"{year:04d}-{month:02d}"
    if head in ("ago", "in"):  # "il y a deux ans", "dans trois semaines": the day that far away
        count, unit = tail.split(":")
        return _day_shifted(reference, int(count) * (-1 if head == "ago" else 1), unit)
    if head in ("last_n", "next_n"):  # "les trois derniers mois": the units just before (or after) the reference
        count, unit = tail.split(":")
        if unit == "hour":  # "the past 72 hours", "les 48 prochaines heures": the days they reach, today's included
            days = -(-int(count) // 24)
            far = reference + datetime.timedelta(days=-days if head == "last_n" else days)
            near = reference.isoformat()
            return {"from": far.isoformat(), "to": near} if head == "last_n" else {"from": near, "to": far.isoformat()}
        if head == "last_n":
            return {"from": _shifted(reference, -int(count), unit), "to": _shifted(reference, -1, unit)}
        return {"from": _shifted(reference, 1, unit), "to": _shifted(reference, int(count), unit)}
    if head == "nth":  # "la deuxième semaine de mars": in the year that puts that month closest
        n, unit, month = tail.split(":")
        days = nth_period(int(n), unit, int(closest(f"XXXX-{month}", reference)[:4]), int(month))
        if days is None:
            return None
        return days[0].isoformat() if days[0] == days[1] else {"from": days[0].isoformat(), "to": days[1].isoformat()}
    if head == "holiday":  # "Pâques", "Easter Monday": on the reference's year
        year, month, day = easter_day(reference.year, int(tail[6:]))
        return datetime.date(year, month, day).isoformat()
    return None


def tense(text: str, start: int, end: int, lang: str) -> int:
    """+1 when the sentence around text[start:end] speaks of the future (lex.FUTURE_WORDS,
    lex.FUTURE_ENDINGS), -1 of the past (lex.PAST_WORDS, lex.PAST_ENDINGS), else 0.

    The clause of the mention is read first, between the commas, semicolons, brackets or dashes around it: a
    relative or an apposition has its own tense ("The report, released on 12 March, will be presented …",
    "The team, which arrived on 2 April, will leave …"); a clause that tells none ("On 12 March, the minister
    will …") takes its sentence's."""
    left = max(max(0, start - 300) - 1, *(text.rfind(mark, max(0, start - 300), start) for mark in ".!?\n"))
    ends = [at for mark in ".!?\n" if (at := text.find(mark, end, end + 300)) >= 0]
    right = min(ends, default=min(len(text), end + 300))
    langs = (lang,) if lang in lex.LANGS else lex.LANGS
    opening = max(left, *(text.rfind(mark, left + 1, start) for mark in _CLAUSE_MARKS))
    closing = min((at for mark in _CLAUSE_MARKS if (at := text.find(mark, end, right)) >= 0), default=right)
    if (opening, closing) != (left, right):
        told = _tense_of(text[opening + 1:closing].lower(), langs)
        if told:
            return told
    return _tense_of(text[left + 1:right].lower(), langs)


# what sets a clause off within its sentence: a relative, an apposition, a bracket
_CLAUSE_MARKS = (",", ";", "(", ")", " – ", " — ")


def _tense_of(words: str, langs: tuple[str, ...]) -> int:
    """+1 when ``words`` (lower case) hold a future's word or ending, else -1 when they hold a past's, else 0."""
    past = False
    before = ""
    for word in TOKEN.findall(words):
        for code in langs:
            if word in lex.FUTURE_WORDS[code] or (len(word) >= 5 and word.endswith(lex.FUTURE_ENDINGS[code])):
                return 1
            past = past or word in lex.PAST_WORDS[code] or (
                len(word) >= lex.PAST_ENDING_LETTERS[code] and word.endswith(lex.PAST_ENDINGS[code])
                and before not in lex.PAST_ENDING_NOT_AFTER[code])
        before = word
    return -1 if past else 0


def _first_words(table: dict[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    """Each language's words of ``table`` by their first word, lower case ("dentro de" -> "dentro")."""
    return {lang: frozenset(TOKEN.match(w).group() for w in words) for lang, words in table.items()}


_AHEAD_ONLY = _first_words(lex.IN_BEFORE_IF_AHEAD)
_IN_WORDS = {lang: words | _AHEAD_ONLY[lang] for lang, words in _first_words(lex.IN_BEFORE).items()}
_UNLESS_PAST = _first_words(lex.IN_BEFORE_UNLESS_PAST)
_ANY_IN_WORD = frozenset().union(*_IN_WORDS.values())


def count_ahead(text: str, start: int, lang: str) -> bool:
    """A count after "in", "en", "em" at ``start`` is a point ahead when its word does so in the page's language
    ("en deux ans" in French is a span): "in", "within" (lex.IN_BEFORE_UNLESS_PAST) unless its sentence speaks of
    the past ("They finished it in two weeks"), "en", "em" (lex.IN_BEFORE_IF_AHEAD) only when it speaks of the
    future ("lo terminaremos en dos semanas"); "dans", "dentro de" always."""
    opener = TOKEN.match(text, start)
    word = opener.group().lower() if opener else ""
    langs = (lang,) if lang in lex.LANGS else lex.LANGS
    if word in _ANY_IN_WORD and not any(word in _IN_WORDS[code] for code in langs):
        return False  # another language's word (a count written first, "deux semaines plus tard", is not asked)
    if any(word in _AHEAD_ONLY[code] for code in langs):
        return tense(text, start, start + len(word), lang) > 0
    return not any(word in _UNLESS_PAST[code] for code in langs) or tense(text, start, start + len(word), lang) >= 0


_WEEKDAY_HEADS = frozenset({"weekday", "this_weekday", "next_weekday", "last_weekday"})


def _weekday_day(key: str, reference: datetime.date, direction: int) -> datetime.date:
    """The day of a weekday key: a bare weekday the latest on or before the reference in a sentence of the past
    (``direction`` < 0), the first on or after it in one of the future (> 0), else the closest (the reference's own
    weekday is its day, three days ahead is closer than four back); last_/next_/this_ as their keys say."""
    if not key.startswith("weekday:"):
        return datetime.date.fromisoformat(_resolve_relative(key, reference))
    wanted = WEEKDAY_INDEX[key.partition(":")[2]]
    if direction > 0 or (direction == 0 and (wanted - reference.weekday()) % 7 <= 3):
        return reference + datetime.timedelta(days=(wanted - reference.weekday()) % 7)
    return reference - datetime.timedelta(days=(reference.weekday() - wanted) % 7)


def resolve(item: dict, reference: datetime.date, text: str, lang: str) -> None:
    """Fill item["resolved"] against the reference date.

    A bare weekday is the latest such day on or before the reference in a sentence of the past
    ("ont adopté vendredi"), the first such day on or after it when its sentence speaks of the future
    (tense: "se réunira vendredi", "will meet on Friday"), else the closest ("The summit takes place
    Thursday" said on a Wednesday: the next day).
    A month or day without its year takes the year that puts it closest to the reference,
    on the reference's side that the sentence gives (tense): on or after it in a future
    sentence, on or before it in a past one and as the start of "depuis", "since", "desde";
    either side when the sentence says neither, except the start of an open range ("à partir du
    8", "après le 1er novembre"), then read forward.  A day without its month ("le 27") takes the
    month that puts it closest, by the same rule."""
    if item["type"] == "relative" and ".." in item["relative"]:  # "aujourd'hui jusqu'à demain", "de lundi à mercredi"
        keys = item["relative"].split("..")
        if all(key.partition(":")[0] in _WEEKDAY_HEADS for key in keys):  # the last day on or after the first
            first = _weekday_day(keys[0], reference, tense(text, item["start"], item["end"], lang))
            days = (WEEKDAY_INDEX[keys[1].partition(":")[2]] - first.weekday()) % 7
            item["resolved"] = {"from": first.isoformat(), "to": (first + datetime.timedelta(days=days)).isoformat()}
            return
        first, last = (_resolve_relative(key, reference) for key in keys)
        item["resolved"] = {"from": first, "to": last}
        return
    if item["type"] == "date" and item["relative"] is not None:  # "March last year": the year its key gives
        year = _resolve_relative(item["relative"], reference)
        item["resolved"] = year + item["value"][4:] if exists(year + item["value"][4:]) else None
        return
    if item["type"] == "range" and item["relative"] is not None:  # "du 4 au 23 du mois prochain", "de marzo a
        head = _resolve_relative(item["relative"], reference)  # junio del año pasado": the month or year its key gives
        bounds = [None if value is None else head + value[len(head):] for value in (item["from"], item["to"])]
        item["resolved"] = {"from": bounds[0], "to": bounds[1]} if all(map(exists, bounds)) else None
        return
    if item["type"] == "relative":
        key = item["relative"]
        if key == "the_weekend":  # the weekend just past, or the coming one in a future sentence
            back = reference.weekday() < 5 and tense(text, item["start"], item["end"], lang) <= 0
            item["resolved"] = _weekend(reference - datetime.timedelta(weeks=back))
            return
        if key.startswith("weekday:"):
            item["resolved"] = _weekday_day(key, reference, tense(text, item["start"], item["end"], lang)).isoformat()
        else:
            item["resolved"] = _resolve_relative(key, reference)
        if item["value"] is not None:  # "lundi à 9 heures": that day at that time
            item["resolved"] += item["value"]
        return
    if item["type"] == "time":  # a time alone: on the reference day
        item["resolved"] = reference.isoformat() + item["value"]
        return
    direction = side(item) or tense(text, item["start"], item["end"], lang)  # "le 15 mars prochain": its own side
    if item["type"] == "date":
        value, clock = item["value"].partition("T")[::2]
        if value.startswith("XXXX-"):
            value = closest(value, reference, direction, written_weekday(item["text"]))
        item["resolved"] = value + (f"T{clock}" if clock else "")
        return
    first, last = item["from"], item["to"]
    if last is None:  # "depuis la mi-août": begun by the reference; "à partir du 8 mars": by the tense,
        opener = TOKEN.match(item["text"])  # and forward when the sentence says neither
        if opener is not None and key_of(opener.group()) in _SINCE_BEGUN:
            direction = -1
        elif direction == 0:
            direction = 1
        item["resolved"] = {"from": closest(first, reference, direction) if first.startswith("XXXX-") else first,
                            "to": None}
        return
    if last.startswith("XXXX-"):
        last = closest(last, reference, direction)
    if first is not None and first.startswith("XXXX-XX-"):  # "du 13 au 18": the month of the end, or the one before
        end = datetime.date.fromisoformat(last[:10])
        start = end.replace(day=1) - datetime.timedelta(days=1) if int(first[8:]) > end.day else end
        first = f"{start.year:04d}-{start.month:02d}-{first[8:]}"
    if first is not None and first.startswith("XXXX-"):  # the year of the end, or the one before
        year = int(last[:4]) - (first[5:] > last[5:] if len(first) == len(last) else first[5:7] > last[5:7])
        first = f"{year:04d}" + first[4:]
    # a day that month or year has not ("du 29 février au 3 mars" in 2023, "du 31 au 3" after 30 days): none
    item["resolved"] = {"from": first, "to": last} if exists(first) and exists(last) else None


def exists(value: str | None) -> bool:
    """False for a resolved day the calendar has not ("2023-02-29"); a month or a year always exists."""
    return value is None or len(value) < 10 or value[4] != "-" or _is_day(value[:10])


def _is_day(value: str) -> bool:
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True
