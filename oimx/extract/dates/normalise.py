"""From a match to an item: the value at the precision written, ranges completed from their
last bound, names and counts set aside, bare days given their month by context."""

from __future__ import annotations

import calendar
import re

import regex

from oimx import rx
from oimx.extract.dates import spelled, weeks
from oimx.extract.dates.centuries import years as century_years
from oimx.extract.dates.holidays import holiday
from oimx.extract.dates.items import Bound
from oimx.extract.dates.items import date_item as _date
from oimx.extract.dates.items import range_item as _range
from oimx.extract.dates.items import relative_item as _relative
from oimx.extract.dates.names import SENTENCE_END, after_number_label, for_plan, in_name
from oimx.extract.dates.patterns import pattern
from oimx.extract.dates.periods import code_months, first_n_item, nth_item
from oimx.extract.dates.resolve import count_ahead
from oimx.extract.dates.scan import kind_of
from oimx.extract.dates.times import time_of_day
from oimx.extract.dates.words import (
    CAPITALISED_WEEKDAYS,
    COUNT_DIRECTIONS,
    DAY_WORDS,
    DECADE_WORDS,
    LAST_NEXT,
    LOWER_CASE_MONTHS,
    MONTH_NUMBERS,
    MONTHS_ALONE,
    NUMBER_WORDS,
    PERIOD_MONTHS,
    QUARTER_WORDS,
    RELATIVE,
    RELATIVE_LANGS,
    SEASONS,
    SPELLED_DAYS,
    TIME_UNITS,
    TOKEN,
    WEEKDAYS,
    all_languages,
    key_of,
    phrase,
)
from oimx.lexicon import dates as lex
from oimx.text import alternation, longest_first

_NUMERIC = re.compile(  # day, separator, month, year or comma and year | year, separator, month, day
    r"(\d{1,2})([/. -])(\d{1,2})(?:\2(\d{4}|\d\d)|,[^\S\n]?(\d{4}|\d\d))?$"
    r"|(\d{4})[^\S\n]{0,2}([-/.])[^\S\n]{0,2}(\d{1,2})(?:\7(\d{1,2}))?$")
_NUMERIC_MONTH_YEAR = re.compile(r"(?<![\d/])(\d{1,2})\s*[/-]\s*(\d{4})$")
_PIECES = re.compile(r"\d+|[^\W\d_]+")

_DAY_WORDS = "|".join(phrase(w) for w in longest_first(SPELLED_DAYS))
_DAY_WORD_ALONE = rx.compile(rf"(?:{_DAY_WORDS})", regex.IGNORECASE)  # "vingt-deux"
_DAY_WORD = rx.compile(rf"(?<!\w)(?:{_DAY_WORDS})(?=[^\S\n]{{1,3}}\p{{L}})", regex.IGNORECASE)  # "deux mars"


def _year(text: str) -> int:
    """A written year; two digits are read in 1950-2049."""
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 50 else 1900
    return year


def _parts(text: str) -> Bound | None:
    """Year, month and day of one date as found (None where not written)."""
    year: int | None
    month: int | None
    day: int | None
    m = _NUMERIC.search(text)
    month_year = _NUMERIC_MONTH_YEAR.search(text) if m is None else None
    if month_year is not None:
        year, month, day = int(month_year.group(2)), int(month_year.group(1)), None
    elif m is not None:
        if m.group(6):
            year, month, day = int(m.group(6)), int(m.group(8)), int(m.group(9)) if m.group(9) else None
        else:
            day, month = int(m.group(1)), int(m.group(3))
            year = _year(m.group(4) or m.group(5)) if m.group(4) or m.group(5) else None
            if month > 12 >= day:  # "02/22/2016": the month first
                day, month = month, day
    else:
        year = month = day = None
        spelled = _DAY_WORD_ALONE.fullmatch(text) or _day_word_last(text) or _DAY_WORD.search(text)
        if spelled is not None:  # "le vingt-deux", "vingt-deux mars" (not "sept" of "3 sept")
            day = SPELLED_DAYS[key_of(spelled.group())]
            text = text[:spelled.start()] + " " + text[spelled.end():]
        for piece in _PIECES.findall(text):
            if piece.isdigit():
                if len(piece) == 4:
                    year = int(piece)
                elif day is None:
                    day = int(piece)
                elif month is not None and year is None and len(piece) == 2:  # "31 octobre 74"
                    year = _year(piece)
            elif month is None:
                month = MONTH_NUMBERS.get(piece.lower())
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and month is not None and day > calendar.monthrange(year or 2000, month)[1]:
        return None
    return year, month, day


def _day_word_last(text: str) -> regex.Match | None:
    """A day in words after its month, in a date without digits ("Mai vingt et un", "Aout seconde")."""
    first = TOKEN.match(text)
    if first is None or first.group().lower() not in MONTH_NUMBERS or any(c.isdigit() for c in text):
        return None
    for word in TOKEN.finditer(text):
        day = _DAY_WORD_ALONE.fullmatch(text, word.start()) if word.start() else None
        if day is not None:
            return day
    return None


def _complete(first: Bound, last: Bound) -> Bound:
    """Fill the first bound of a range from the last ("du 27 au 30 mai 2024")."""
    year, month, day = first
    if month is None and day is not None:
        month = last[1]
    if year is None and last[0] is not None and month is not None and last[1] is not None:
        year = last[0] - 1 if month > last[1] else last[0]
    return year, month, day


def candidate(m: regex.Match, text: str, lang: str) -> dict | None:
    """Normalise one match of the pattern, or None when it is not a date after all."""
    kind = kind_of(m)
    start, end = m.span(kind)
    span = text[start:end]
    if kind in ("fromto", "between", "pair", "monthpair", "monthdash", "monthto", "dash", "dashto", "dayto", "mdto",
                "mddash"):
        if kind == "fromto" and pattern("present").fullmatch(m.group("last")):  # "from 1990 to the present": open
            first = _parts(m.group("first"))
            return None if first is None else _range(start, end, span, first, None)
        first, last = _parts(m.group("first")), _parts(m.group("last"))
        if first is None or last is None:
            return None
        if last[1] is None and last[2] is not None and first[1] is not None:  # "Novembre 19 au 20": its month
            last = (first[0] if last[0] is None else last[0], first[1], last[2])  # "March 3-5, 2024": its year
        first = _complete(first, last)
        if first[1] is None and first[2] is not None and (last[1] is not None or not _days_opener(span)):
            return None
        if _DAY_SLASH_MONTH.fullmatch(m.group("first")) and not _days_opener(span):
            return None  # "de 1/3 à 2/5": fractions, unless "du 10/01 au 11/07"
        return _range(start, end, span, first, last)
    if kind in ("years", "yearsto"):
        if in_name(text, start, end, "year"):  # the years of a plan's name, as one year: "Stratégie … 2023-2027"
            return None
        first_year, tail = int(m.group("first")), m.group("last")
        last_year = int(tail) if len(tail) == 4 else first_year // 100 * 100 + int(tail)  # in order: checks.py
        return _range(start, end, span, (first_year, None, None), (last_year, None, None))
    if kind == "since":
        bound = _parts(m.group("first"))
        if bound is None or (bound[1] is None and bound[2] is not None and not _days_opener(span)):
            return None
        return _range(start, end, span, bound, None)
    if kind == "until":
        bound = _parts(m.group("last"))
        if bound is None:
            return None
        if for_plan(text, start, span):  # "el presupuesto para 2025": for 2025, a plain date
            return _date(end - len(m.group("last")), end, m.group("last"), bound)
        return _range(start, end, span, None, bound)
    if kind == "quarter":
        length = PERIOD_MONTHS[key_of(m.group("period"))]
        index = QUARTER_WORDS[key_of(m.group("ordinal"))]
        year = int(m.group("quarter_year")) if m.group("quarter_year") else None
        if (length == 6 and index > 2) or (year is None and key_of(m.group("period")) not in _PERIOD_NOUNS_ALONE):
            return None
        first_month = (index - 1) * length + 1
        return _range(start, end, span, (year, first_month, None), (year, first_month + length - 1, None))
    if kind == "qcode":
        months = code_months(m.group("code"), m.group("code_number"))
        year = int(m.group("code_year"))
        return None if months is None else _range(start, end, span, (year, months[0], None), (year, months[1], None))
    if kind == "nth":
        return nth_item(m, start, end, span)
    if kind == "firstn":
        return first_n_item(m, start, end, span)
    if kind == "decade":
        word = m.groupdict().get("decade_word")
        number = str(DECADE_WORDS[key_of(word)]) if word else m.group("decade_number")
        first_year = int(number) if len(number) == 4 else 1900 + int(number)
        return _range(start, end, span, (first_year, None, None), (first_year + 9, None, None))
    if kind == "spelled":
        years = spelled.years(m, lang)
        if years is None or in_name(text, start, end, "year"):  # "plus de deux mille."
            return None
        bounds = [(year, None, None) for year in years if year is not None]
        return _date(start, end, span, bounds[0]) if len(bounds) == 1 else _range(start, end, span, *bounds)
    if kind == "weeknum":  # "la semaine 31": its days with its year, else relative
        week, week_year = int(m.group("week_number")), m.group("week_year")
        if not week_year:
            return _relative(start, end, span, f"week:{week}")
        days = weeks.days(week, int(week_year))
        return None if days is None else _range(start, end, span, *days)
    if kind == "century":
        years = century_years(m.group("century_number"))
        if years is None or (span[0].isupper() and _beside_capital(text, start, end)):  # "Estación Siglo XXI"
            return None
        return _range(start, end, span, (years[0], None, None), (years[1], None, None))
    if kind == "holiday":
        return holiday(m, start, end, span, text)
    if kind == "time":
        return time_of_day(m, start, end, span, text)
    if kind == "season":
        return _season(m, start, end, span, text)
    if kind in ("num", "dmy", "mdy", "my", "month", "year"):
        return _point(kind, start, end, span, text, lang)
    if kind == "monthnum":
        return _point("year", start, end, span, text, lang)
    return _relative_candidate(kind, m, start, end, span, lang)


def _days_opener(span: str) -> bool:
    """Days without their month make a range only after an opener that holds an article
    (lex.DAY_RANGE_OPENERS: "du 13 au 18", "à partir du 8"), not "de 2 à 5"."""
    return key_of(span).startswith(_DAY_RANGE_OPENERS)


_PERIOD_NOUNS_ALONE = frozenset(all_languages(lex.PERIOD_NOUNS_ALONE))
_DAY_SLASH_MONTH = re.compile(r"\d{1,2}/\d{1,2}")
_DAY_RANGE_OPENERS = tuple(f"{key_of(w)} " for w in all_languages(lex.DAY_RANGE_OPENERS))


def _beside_capital(text: str, start: int, end: int) -> bool:
    """The word right before or right after text[start:end] is capitalised (a name goes on); a preposition or
    article before it counts for nothing, capitalised where it opens a sentence ("Au XXe siècle")."""
    before = _LAST_WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and key_of(before.group(1)) in _GRAMMAR_WORDS:
        before = None
    after = _FIRST_WORD_AFTER.match(text, end)
    return any(w is not None and w.group(1)[0].isupper() for w in (before, after))


_WORD_AFTER = rx.compile(r"[^\S\n]{1,3}(\w+['’]?)")
_YEAR_AFTER = rx.compile(r"(?:19|20)\d\d")
_EVENT_DAY_LINKS = frozenset(key_of(w) for w in all_languages(lex.EVENT_DAY_LINKS))
_HYPHENS = frozenset("-‐‑")
_NOT_AFTER = {key_of(phrase): frozenset(map(key_of, words))
              for table in lex.RELATIVE_NOT_AFTER.values() for phrase, words in table.items()}
_LAST_WORD_BEFORE = rx.compile(r"(\w+)[^\S\n]{1,3}\Z")
# articles and prepositions, which open no name: "Au", "En", "The" before "XXe siècle"
_GRAMMAR_WORDS = frozenset(key_of(w) for w in (*lex.ARTICLES, *all_languages(lex.ABBREVIATION_CONTEXT),
                                              *all_languages(lex.COORD_PREPOSITIONS_BY_LANGUAGE)) if w.isalpha())
_FIRST_WORD_AFTER = rx.compile(r"[^\S\n]{1,3}(\w+)")


def _season(m: regex.Match, start: int, end: int, span: str, text: str) -> dict | None:
    """A season as the months it spans: "été 2019" -> 2019-06..2019-08, "l'hiver" -> XXXX-12..XXXX-02;
    without its year only after lex.SEASON_CONTEXT ("l'été", "in the summer"), never before a name."""
    name, year = m.group("season_name"), m.group("season_year")
    before = " " + key_of(text[max(0, start - 20):start].rsplit("\n", 1)[-1])
    if before.rsplit(" ", 1)[-1].rsplit("'", 1)[-1] in _SEASON_NOT_AFTER:  # "a été", "n'a été"
        return None
    if year is None and (not before.endswith(_SEASON_CONTEXT) or in_name(text, start, end, "month")):
        return None
    first_month, last_month = lex.SEASON_MONTHS[SEASONS[key_of(name)]]
    first_year = int(year) if year else None
    last_year = first_year + 1 if first_year is not None and last_month < first_month else first_year
    return _range(start, end, span, (first_year, first_month, None), (last_year, last_month, None))


_SEASON_CONTEXT = tuple(f" {w}" for w in all_languages(lex.SEASON_CONTEXT))
_SEASON_NOT_AFTER = frozenset(all_languages(lex.SEASON_NOT_AFTER))


def _point(kind: str, start: int, end: int, span: str, text: str, lang: str) -> dict | None:
    """A single date; English-only words must be capitalised when alone."""
    first = TOKEN.match(span)
    weekday_first = first is not None and key_of(first.group()) in _WEEKDAY_WORDS  # "Skype vendredi 6 juillet": no name
    name_kind = "year" if kind == "my" and span[:1].isdigit() else kind  # "2016, nov": its year first
    if kind != "num" and not weekday_first and in_name(text, start, end, name_kind):
        return None
    if kind == "num" and (after_number_label(text, start) or span.split()[-1] in lex.NUMERIC_IDIOMS):
        return None  # "loi n° 2024-12", "a hotline open 24/7"
    if kind == "month" and _in_place_name(text, start, end):
        return None  # "Rio de Janeiro", "Plaza de Mayo", "Champ-de-Mars"
    if kind in ("month", "mdy") and span[0].islower():  # "may", "sept" (seven): a common word first
        month = next((w for w in TOKEN.findall(key_of(span)) if w in MONTH_NUMBERS), "")
        if month not in LOWER_CASE_MONTHS or (kind == "mdy" and (month in DAY_WORDS or month in NUMBER_WORDS)):
            return None
    if kind == "dmy" and _spelled_day_abbreviated_month(span):
        return None
    if weekday_first and span[0].isupper() and _name_goes_on(text, start):
        day = _FIRST_FIGURE.search(span)  # "Santo Domingo, 15 de marzo": a name's word, not the weekday
        if day is None:
            return None
        start, span = start + day.start(), span[day.start():]
    bound = _parts(span)
    return None if bound is None else _date(start, end, span, bound)


_FIRST_FIGURE = rx.compile(r"\d")


def _name_goes_on(text: str, start: int) -> bool:
    """A capitalised word, not an article or a preposition, stands right before ``start`` on its line: the
    capitalised weekday there goes on a name ("Santo Domingo, 15 de marzo"; not "El Domingo 15")."""
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and key_of(before.group(1)) not in _GRAMMAR_WORDS


_NAME_WORD_BEFORE = rx.compile(r"(\p{Lu}\p{Ll}+)[ \t]+\Z")
# a capitalised word and a particle right before a capitalised month: a place's name ("Rio de", "Plaza de")
_NAME_BEFORE_MONTH = rx.compile(
    rf"\p{{Lu}}\p{{Ll}}+[ \t]+(?:{alternation(all_languages(lex.MONTH_NAME_PARTICLES))})[ \t]+\Z")


# a word naming a part of the month hyphened to it: "mid-June", "end-March" (no name)
_PART_BEFORE_HYPHEN = rx.compile(rf"(?i)(?<!\w)(?:{alternation(all_languages(lex.MID_PREFIXES))})[-‐‑]\Z")


def _in_place_name(text: str, start: int, end: int) -> bool:
    """A capitalised month alone that a name holds: after a hyphen ("Champ-de-Mars", not "mid-June"), or after a
    capitalised word and a particle ("Rio de Janeiro", "Plaza de Mayo")."""
    if not text[start].isupper():
        return False
    if text[start - 1 : start] in _HYPHENS:
        return _PART_BEFORE_HYPHEN.search(text, max(0, start - 8), start) is None
    return _NAME_BEFORE_MONTH.search(text, max(0, start - 40), start) is not None


_FULL_CONTEXT_MONTHS = frozenset(w.lower() for w in lex.CONTEXT_MONTHS)  # full names that are also words
_WEEKDAY_WORDS = frozenset((*WEEKDAYS, *all_languages(lex.WEEKDAY_ABBREVIATIONS)))


def _spelled_day_abbreviated_month(span: str) -> bool:
    """"dix sept personnes": a spelled day takes a full month name, never an abbreviation."""
    spelled = _DAY_WORD.search(span)
    if spelled is None or SPELLED_DAYS[key_of(spelled.group())] == 1:  # "premier sept. 2019"
        return False
    month = next((w for w in TOKEN.findall(span.lower(), spelled.end()) if w in MONTH_NUMBERS), None)  # after "de"
    return month is not None and month not in MONTHS_ALONE and month not in _FULL_CONTEXT_MONTHS  # "May"


def _weekday_not_a_day(weekday: str, text: str, start: int, end: int, lang: str) -> bool:
    """A weekday's name that is no day: capitalised mid-sentence beside a capital in a language that writes them in
    lower case ("Santo Domingo", "Domingo Pérez"), or in lower case in one that capitalises them ("sunday best")."""
    preceding = text[max(0, start - 4):start].rstrip(" \t\u00a0")
    if weekday[0].isupper() and lex.NAMES_WRITTEN_LOWER.get(lang, True):
        if preceding and preceding[-1] not in SENTENCE_END and _beside_capital(text, start, end):
            return True
        after = _FIRST_WORD_AFTER.match(text, end)  # opening its sentence: "Domingo Pérez habló", not "Lunes 5"
        if after is not None and after.group(1)[0].isupper() and key_of(after.group(1)) not in MONTH_NUMBERS:
            return True
    return weekday[0].islower() and key_of(weekday) in CAPITALISED_WEEKDAYS


def _relative_candidate(kind: str, m: regex.Match, start: int, end: int, span: str, lang: str) -> dict | None:
    """A relative mention and its key."""
    if kind in ("bare", "wdday", "daynoun"):  # "le 31", "mercredi 13", "el día 24": a day without its month
        bound = _parts(m.group("first"))
        if bound is None or (kind == "wdday" and _weekday_not_a_day(m.group("weekday"), m.string, *m.span("weekday"),
                                                                    lang)):
            return None
        return _date(start, end, span, bound)
    if kind == "rel":
        phrase = key_of(span)
        if lang in lex.LANGS and lang not in RELATIVE_LANGS[phrase]:
            return None
        before = key_of(m.string[max(0, start - 12):start]).split()
        if phrase in _NOT_AFTER and before and before[-1] in _NOT_AFTER[phrase]:
            return None  # "por la mañana": the morning, not tomorrow; "à ce jour": to date
        if m.string[end:end + 1] in _HYPHENS:
            return None  # "ce jour-là", "ce soir-là": that day, not today
        after = _WORD_AFTER.match(m.string, end)
        if after is not None and (_YEAR_AFTER.fullmatch(after.group(1))  # "le début de l'année 2023": the year is read
                                  or (RELATIVE[phrase] in lex.EVENT_DAY_KEYS
                                      and key_of(after.group(1)) in _EVENT_DAY_LINKS)):  # "au lendemain du typhon"
            return None
        return _relative(start, end, span, RELATIVE[phrase])
    if kind == "weekdayweek":  # "lundi de la semaine prochaine" -> next_week:monday
        week = RELATIVE[key_of(m.group("week_phrase"))]
        return _relative(start, end, span, f"{week}:{WEEKDAYS[key_of(m.group('weekday'))]}")
    if kind == "incount" and not count_ahead(m.string, start, lang):
        return None  # "lo terminó en dos semanas", "They finished it in two weeks": a duration
    if kind in ("incount", "lastnextcount"):
        count = m.group("count").lower()
        number = int(count) if count.isdigit() else NUMBER_WORDS[key_of(count)]
        unit = TIME_UNITS[key_of(m.group("unit"))]
        if number == 0:  # "dans quelques jours": no count
            return None
        head = "in" if kind == "incount" else f"{COUNT_DIRECTIONS[key_of(m.group('direction'))]}_n"
        return _relative(start, end, span, f"{head}:{number}:{unit}")
    if kind == "ago":
        count = m.group("count").lower()
        number = int(count) if count.isdigit() else NUMBER_WORDS[key_of(count)]
        return _relative(start, end, span, f"ago:{number}:{TIME_UNITS[key_of(m.group('unit'))]}")
    direction = LAST_NEXT.get(key_of(m.group("lastnext") or ""), "")
    if kind == "relmonth":
        month = MONTH_NUMBERS[key_of(m.group("month_name") or span.split()[-1])]
        return _relative(start, end, span, f"{direction}:{month:02d}")
    weekday = m.group("weekday")
    if _weekday_not_a_day(weekday, m.string, start, end, lang):
        return None
    prefix = f"weekday{direction}" if direction.startswith("+") else f"{direction}_weekday" if direction else "weekday"
    return _relative(start, end, span, f"{prefix}:{WEEKDAYS[key_of(weekday)]}")
