"""The date patterns, each built from the lexicon and compiled when first used: the
points (one date), the steps of a range, and the other mentions (quarters, relative words)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import regex

from oimx import rx
from oimx.extract.dates import centuries, spelled, weeks
from oimx.extract.dates.numeric import (
    DAY_NUMBER,
    DOTTED_DAY_MONTH,
    MONTH_FIRST_DAY_MONTH,
    MONTH_NUMBER,
    NUMERIC_DATE,
    NUMERIC_DAY_MONTH,
    NUMERIC_MONTH_YEAR,
    PADDED_DAY_MONTH,
)
from oimx.extract.dates.words import (
    CAPITALISED_MONTHS_ALONE,
    CLAUSE_END,
    COUNT_AFTER,
    DAY_ORDINAL_WORDS,
    DAY_WORDS,
    DECADE_WORDS,
    HOLIDAYS,
    LINE_SPACE,
    LOWER_CASE_MONTHS_ALONE,
    MONTH_ABBREVIATIONS,
    MONTH_FIRST_MONTHS,
    MONTH_NUMBERS,
    MONTHS_ALONE,
    NUMBER_WORDS,
    OPTIONAL_SPACE,
    PERIOD_MONTHS,
    QUARTER_WORDS,
    RELATIVE,
    SEASONS,
    SPACE,
    SPELLED_DAYS,
    TIME_UNITS,
    TIME_WORDS,
    TOKEN,
    WEEKDAY_SHORT,
    WEEKDAYS,
    WORD_LISTS,
    all_languages,
    alternatives,
    phrase_tree,
)
from oimx.lexicon import dates as lex
from oimx.text import alternation

ORDINAL = alternatives(lex.DAY_ORDINALS)


def day_words(words: Iterable[str]) -> str:
    """Spelled days as a pattern: single words as a named list, compounds factored ("vingt (?:deux|trois)")."""
    words = set(words)
    simple = {w for w in words if w.isalnum()}
    return f"(?:{phrase_tree(sorted(words - simple))}|{alternatives(simple)})"


DAY = (  # day of month: "1er", "3rd", "premier", "vingt-deux"
    rf"(?:(?<!\d)(?:3[01]|[12]\d|0?[1-9])(?!\d){ORDINAL}?|(?<!\w){day_words(DAY_WORDS)})(?!\w)"
)
# Full names that are also common words ("March", "May"): never abbreviations, so never with a dot
# ("on 12 March." ends its sentence).
FULL_WORD_MONTHS = frozenset(w.lower() for w in lex.CONTEXT_MONTHS)
DOTTED_ABBREVIATIONS = MONTH_ABBREVIATIONS - FULL_WORD_MONTHS
MONTH = (
    rf"(?:{alternatives(MONTHS_ALONE | FULL_WORD_MONTHS)}(?!\w)"  # full month name
    rf"|{alternatives(DOTTED_ABBREVIATIONS)}(?:\.|(?!\w)))"  # abbreviation, dot optional
)
MONTH_FIRST = rf"(?:{alternatives(MONTH_FIRST_MONTHS)}(?:\.|(?!\w)))"  # a month written before its day: "October 26"
# Abbreviations that may stand alone without their dot: not number words ("sept", "dez") nor verbs ("may").
ABBREVIATIONS_ALONE = alternatives(
    MONTH_ABBREVIATIONS - DAY_WORDS.keys() - NUMBER_WORDS.keys() - {w.lower() for w in lex.CONTEXT_MONTHS})
# a month's name hyphened to a capitalised word that is no month is a place's: "Mayo-Sava", "Mai-Ndombe" (not
# "Janvier-Février")
IN_A_NAME = rf"-(?!{alternatives(MONTHS_ALONE | FULL_WORD_MONTHS)}(?!\w))(?-i:\p{{Lu}})"
MONTH_ALONE = (
    rf"(?:{alternatives(MONTHS_ALONE)}(?!\w|{IN_A_NAME})"  # a month name alone: "en mars", "desde julio"
    rf"|(?=(?-i:{alternatives(lex.CONTEXT_MONTHS)})(?!\w))"  # "in May": the month first,
    rf"(?<=(?<!\w)(?:{alternatives(lex.EN_MONTH_CONTEXT)}{LINE_SPACE}"  # then the word before it
    rf"|{alternatives(all_languages(lex.MID_PREFIXES))}-))"  # or its part hyphened: "mid-May", "end-March"
    rf"(?-i:{alternatives(lex.CONTEXT_MONTHS)})(?!\w|{IN_A_NAME})"
    rf"|(?={alternatives(MONTH_ABBREVIATIONS)}\.)"  # an abbreviation with its dot: "fév."
    rf"(?<=(?<!\w){alternatives(all_languages(lex.ABBREVIATION_CONTEXT))}{OPTIONAL_SPACE})"  # after en, mois de
    rf"{alternatives(MONTH_ABBREVIATIONS)}\."
    rf"|(?={ABBREVIATIONS_ALONE}(?!\w){CLAUSE_END})"  # an abbreviation ending its clause: "dans Jan",
    rf"(?<=(?<!\w){alternatives(all_languages(lex.ABBREVIATION_ALONE_CONTEXT))}{LINE_SPACE})"  # after these words
    rf"{ABBREVIATIONS_ALONE}(?:\.|(?!\w)))"
)
def range_words(table: dict[str, tuple[tuple[str, ...], tuple[str, ...]]], side: int) -> str:
    return alternatives(w for pair in table.values() for w in pair[side])


FROM_WORDS, TO_WORDS = range_words(lex.RANGE_FROM_TO, 0), range_words(lex.RANGE_FROM_TO, 1)
WEEKDAY_NAME = rf"(?:{alternatives(WEEKDAYS.keys() - WEEKDAY_SHORT.keys())}(?!\w))"  # weekday name
# a weekday named without its "-feira" ("na sexta", "de segunda a sexta", "nesta quarta (18)"): after its lead,
# before a clause's end, a figure or a follower (lexicon WEEKDAY_SHORT_NAMES), never before another word
SHORT_WEEKDAY = (  # (the name first: its named list fails at once where no such name stands)
    rf"(?:{alternatives(WEEKDAY_SHORT)}(?!\w)"
    rf"(?:(?<=(?<!\w)(?:{alternatives(all_languages(lex.WEEKDAY_SHORT_LEADS))}){LINE_SPACE}\w+)"  # na (sexta)
    rf"(?=[^\S\n]{{0,3}}(?:[,.;:!?()]|$)|{LINE_SPACE}(?:\d|(?:{alternatives(all_languages(lex.WEEKDAY_SHORT_FOLLOWERS))})"
    rf"(?!\w)))"
    rf"|(?<=(?<!\w)(?:{alternatives(WEEKDAYS)}){LINE_SPACE}"
    rf"(?:{alternatives(lex.DAY_PAIR_JOINS)}|{TO_WORDS})"
    rf"{LINE_SPACE}\w+)"  # joined to a weekday before it: "(de segunda) a sexta", "terça e quinta"
    rf"|(?={LINE_SPACE}(?:{alternatives(all_languages(lex.WEEKDAY_PARTS))})(?!\w))))"
)  # or before its side word: "segunda que vem"
WEEKDAY_PREFIX = (  # a weekday before a day and its month: its name or abbreviation ("Mer 22 Janvier")
    rf"(?:{WEEKDAY_NAME}|{alternatives(all_languages(lex.WEEKDAY_ABBREVIATIONS))}(?:\.|(?!\w)))")
DATE_LINK = rf"(?:{alternatives(lex.DATE_LINKS)}{SPACE})"  # "13 de octubre", "4th of July"
ARTICLE = rf"(?:{alternatives(lex.ARTICLES)}{SPACE})"  # "le", "el", "the"


def _year_of(digits: str) -> str:
    """A year of ``digits``: not inside a number, a phone, a code, a word or an amount, nor a count."""
    return (
        r"(?<![\d+/.,]|\d[^\S\n]|\w|\p{Sc}[^\S\n]?"  # not inside a number, a phone, a word, an amount
        rf"|\p{{L}}-(?<!(?<!\w)(?:{alternation(all_languages(lex.MID_PREFIXES))})-))"  # "COVID-19", not "mid-2025"
        + digits
        + rf"(?![\d/]|[.,]\d|\w|{COUNT_AFTER})"  # not a count or an amount
    )


# a year of an earlier century after its cue ("en 1891", "since 1648"), or after a year and a range word or dash
# ("de 1643 à 1715", "1618-1648")
_EARLIER_CUE = rf"(?<=(?<![\w'’])(?:{alternatives(all_languages(lex.EARLIER_YEAR_CUES))})[ \t\u00a0]{{1,3}})"
_RANGE_JOINERS = [w for table in (lex.RANGE_FROM_TO, lex.RANGE_BETWEEN) for pair in table.values() for w in pair[1]]
_RANGE_JOIN = rf"[ \t\u00a0]{{0,3}}(?:[-–—]|(?:{alternatives(_RANGE_JOINERS)})[ \t\u00a0])[ \t\u00a0]{{0,3}}"
_EARLIER_RANGE_END = rf"(?<=(?<!\d)1[0-8]\d\d{_RANGE_JOIN})"  # after an earlier year: not "loi n° 2019-1480"
_EARLIER_RANGE_START = rf"(?={_RANGE_JOIN}1[0-9]\d\d(?![\d/]|[.,]\d|\w|{COUNT_AFTER}))"  # not "1800 and 2000 people"
YEAR = _year_of(rf"(?:(?:19|20)\d\d|(?:{_EARLIER_CUE}|{_EARLIER_RANGE_END})1[0-8]\d\d"  # 1900-2099, cued 1000-1899
                rf"|1[0-8]\d\d{_EARLIER_RANGE_START})")
YEAR_AFTER_DAY = rf"(?:19|20)\d\d(?![\d/]|[.,]\d|\w|{COUNT_AFTER})"  # "janvier 21 2018": a year after a day number
# a year of an earlier century, read only right after a day and its month, which make it a date
EARLIER_YEAR = _year_of(r"1[0-8]\d\d")  # 1000-1899
DAY_MONTH_YEAR = (
    rf"(?:{WEEKDAY_PREFIX},?{SPACE}(?:{ARTICLE})?)?"  # optional weekday: "mercredi 21", "Monday, the 3rd"
    rf"{DAY}(?:{SPACE}{DATE_LINK}?|-){MONTH}"  # day and month: "1er octobre", "13 de octubre", "28-Nov"
    rf"(?:,?{SPACE}{DATE_LINK}?{YEAR}"  # optional year: "2024", "de 2023", ", 2019"
    rf"|(?<=\d-\p{{L}}{{3,9}}\.?)-{YEAR_AFTER_DAY}"  # or after a dash, day and month dashed too: "13-feb-2013"
    rf"|{SPACE}{DATE_LINK}?{EARLIER_YEAR}"  # or an earlier century's, no comma between: "5 décembre 1391"
    rf"|{LINE_SPACE}\d\d{CLAUSE_END})?"  # or two digits ending the clause: "31 octobre 74."
)
MONTH_YEAR = (  # "mars 2015", "octubre de 2018", "novembre de l'année 2016", "novembre 1347" (no comma)
    rf"{MONTH}(?:,?{SPACE}(?:{DATE_LINK}|{alternatives(all_languages(lex.MONTH_YEAR_LINKS))}{SPACE})?{YEAR}"
    rf"|{SPACE}{DATE_LINK}?{EARLIER_YEAR})"
)
DAY_ALONE = rf"(?:{WEEKDAY_NAME},?{SPACE})?{DAY}"  # a day without its month: "du 27", "entre vendredi 30"
DASH = "[-–—‐‑]"


DAY_NOUN = rf"(?:{alternatives(all_languages(lex.DAY_NOUNS_IN_RANGES))}{SPACE}(?=\d))"  # (do) dia (5)
BETWEEN_WORDS, AND_WORDS = range_words(lex.RANGE_BETWEEN, 0), range_words(lex.RANGE_BETWEEN, 1)
BARE_DAY = (  # a day after its article: "le 27", "le vingt-deux" (not "le premier", an ordinal)
    rf"(?:(?<!\d)(?:3[01]|[12]\d|0?[1-9])(?!\d){ORDINAL}?"
    rf"|{day_words(w for w, n in DAY_WORDS.items() if n > 1)})(?!\w)"
)
CODES = "[" + "".join(lex.PERIOD_CODES) + "]"  # Q, T, H
CODE_JOIN = r"(?:[^\S\n]|[-/])?"  # between a period's code and its year: nothing, a space, a dash, a slash
MONTH_NOT_NUMBER = (  # a month that is not also a number word ("sept")
    rf"(?:{alternatives((MONTHS_ALONE | FULL_WORD_MONTHS) - DAY_WORDS.keys())}(?!\w)"
    rf"|{alternatives(DOTTED_ABBREVIATIONS - DAY_WORDS.keys())}(?:\.|(?!\w)))"
)
DAY_DIGITS = rf"(?<!\d)(?:3[01]|[12]\d|0?[1-9])(?!\d){ORDINAL}?(?!\w)"  # "19", "1er"
# A weekday's day number when no month is written ("mercredi 13.", "Tuesday the 18th", "terça-feira (18)", "el martes
# 18 en Quito"): after an article or with its ordinal, else where the number ends its clause or a preposition
# follows it (else it may be a count: "Monday 15 people").
WEEKDAY_DAY = (
    rf"(?:,?{SPACE}(?:{ARTICLE}(?P<first>{DAY_DIGITS})|(?P<first>{DAY_NUMBER}{ORDINAL})(?!\w))"  # the 18th, 18th
    rf"|{SPACE}(?P<first>{DAY_DIGITS})"  # mardi 18
    rf"(?:{CLAUSE_END}|(?={LINE_SPACE}{alternatives(all_languages(lex.WEEKDAY_DAY_FOLLOWERS))}(?!\w)))"  # . / à Dakar
    rf"|,{SPACE}(?:{ARTICLE})?(?P<first>{DAY_DIGITS}){CLAUSE_END}"  # terça-feira, 18,
    rf"|{LINE_SPACE}\((?P<first>{DAY_DIGITS})\))"  # terça-feira (18)
)
MONTH_DAY_CUE = (  # after a day written after its month where the day usually comes first
    rf"(?:{CLAUSE_END}"  # "Je reviendrai Oct-2."
    rf"|(?={SPACE}{TO_WORDS}(?!\w))"  # "Novembre 19 au 20"
    rf"|(?={OPTIONAL_SPACE}{DASH}{OPTIONAL_SPACE}\d)"  # "Novembre 19-20"
    rf"|(?=,?{SPACE}{DATE_LINK}?{YEAR_AFTER_DAY}))"  # "janvier 21 2018", "febrero 20 de 2024"
)
MONTH_DAY_YEAR = (
    rf"(?:{WEEKDAY_PREFIX},?{SPACE})?"  # optional weekday
    rf"(?:{MONTH_FIRST}{SPACE}{DAY}"  # "October 26": a language that writes the month first
    rf"|{MONTH_NOT_NUMBER}(?:\.?{SPACE}|[-/.]){DAY_DIGITS}{MONTH_DAY_CUE})"  # "Novembre 19 au 20", "Oct-2."
    rf"(?:,?{SPACE}{DATE_LINK}?{YEAR_AFTER_DAY}"  # optional year
    rf"|,?{SPACE}{EARLIER_YEAR})?"  # or an earlier century's: "August 4, 1789" (not a count: "4, 1500 people")
)
SMALL_COUNT = rf"(?:\d{{1,3}}|{alternatives(NUMBER_WORDS)})"  # a small count: "4", "deux"
FIRST_N_SIDE = alternatives(all_languages(lex.FIRST_N_SIDES))  # "first", "premiers" (six months)
QUANTIFIER = (  # "plus de", "près d'" before a count
    rf"(?:{alternatives(all_languages(lex.AGO_QUANTIFIERS))}(?:{SPACE}|(?<=['’])))")
UNIT_LINK = (  # between a count and its unit: a space, or "de" / "d'" after a count noun ("une vingtaine d'années")
    rf"(?:{SPACE}(?:{alternatives(all_languages(lex.COUNT_UNIT_LINKS))}(?:{SPACE}|(?<=['’])))?)")

# Compiling with the ``regex`` module costs about 10 µs per pattern node, so nothing
# is compiled at import: each pattern below is compiled on first use (pattern), and
# no pattern holds a copy of another.  The dates themselves ("points") are one
# pattern; ranges are sequences of a point, a joining pattern and a point, matched
# step by step (SEQUENCES), so the point pattern is compiled once, not once per
# kind of range.
POINT_KINDS = ("num", "monthnum", "dmy", "mdy", "my", "month", "year", "numshort", "dayw")  # priority order
POINT_SOURCES = {
    "num": NUMERIC_DATE,  # 27/01/2016
    "monthnum": NUMERIC_MONTH_YEAR,  # 3/2015
    "dmy": DAY_MONTH_YEAR,  # mercredi 21 septembre 2022
    "mdy": MONTH_DAY_YEAR,  # October 26, 2016
    "my": MONTH_YEAR,  # mars 2015
    "month": MONTH_ALONE,  # août
    "year": YEAR,  # 2015
    "numshort": NUMERIC_DAY_MONTH,  # 8/12: only in parentheses, after a weekday or in a range
    "dayw": DAY_ALONE,  # a day without its month: only in a range
}
HOUR = r"(?<![\d,.:])(?:[01]?\d|2[0-3])"  # 0-23
TIME = (  # a clock time: 14h30, 14 h, 8:30 a.m., 10 heures GMT, 10 am, midi, "a las 10"
    rf"(?:(?P<hour>{HOUR})"
    rf"(?:[^\S\n]?(?P<hour_unit>{alternatives(all_languages(lex.HOUR_UNITS))})"  # 14h, 10 heures
    rf"(?:[^\S\n]?(?P<minute>[0-5]\d)(?!\d)|(?!\w))"  # 14h30, 14 heures 30
    rf"|:(?P<minute>[0-5]\d)(?!\d)"  # 14:30
    rf"|(?=[^\S\n]?{alternatives((*lex.AFTERNOON_MARKERS, *lex.MORNING_MARKERS))}(?!\w))"  # 10 am
    rf"|(?<=(?<!\w){alternatives(lex.BARE_HOUR_CUES)}{LINE_SPACE}\d{{1,2}})(?![\d:]))"  # a las 10
    rf"(?:[^\S\n]?(?P<meridiem>{alternatives((*lex.AFTERNOON_MARKERS, *lex.MORNING_MARKERS))})"  # p.m.
    r"(?!\w))?"
    rf"|(?P<time_word>{alternatives(TIME_WORDS)})(?!\w))"  # midi, noon
    rf"(?:{LINE_SPACE}(?-i:(?P<zone>{alternatives(lex.TIME_ZONES)}))(?!\w))?"  # GMT
)
WEEK_PHRASES = [phrase for phrase, key in RELATIVE.items() if key in ("this_week", "last_week", "next_week")]

# A point starts after a non-word character; a day and its month may also start right after a
# lower-case letter ("reached 18,818 on19 November": the words were glued when the page was made).
POINT_START = {k: r"(?<!\w)" for k in POINT_KINDS} | {"dmy": r"(?:(?<!\w)|(?<=\p{Ll})(?=\d))"}
# What a point's first character is: a digit ("27/01/2016", "2015"), not a digit (a month or
# weekday name), or either ("mercredi 21 septembre", "21 septembre"). The point pattern is
# built once for each: at a position the kinds that cannot start there are not tried (each
# costs its lookbehinds and first steps), and the guard makes that exact.
POINT_LEADS = {"num": "digit", "monthnum": "digit", "year": "digit", "numshort": "digit",
               "mdy": "word", "my": "word", "month": "word"}
LEAD_GUARDS = {"digit": r"(?=\d)", "word": r"(?!\d)", None: ""}


# The words a point that does not start with a digit starts with: a weekday (name or abbreviation),
# a month (name or abbreviation) or a day in words. Where the word at a position is none of
# these (its first run of letters, case folded), no point starts there and its pattern is not
# tried: most opening words ("de", "la") are followed by such a word.
POINT_FIRST_WORDS = frozenset(
    TOKEN.match(w.casefold()).group()
    for w in (*WEEKDAYS, *all_languages(lex.WEEKDAY_ABBREVIATIONS), *MONTH_NUMBERS, *MONTHS_ALONE,
              *MONTH_FIRST_MONTHS, *lex.CONTEXT_MONTHS, *DAY_WORDS)
)


def point_pattern(lead: str) -> str:
    """The points that may start at a character of ``lead`` ("digit" or "word"), in priority order."""
    kinds = [k for k in POINT_KINDS if POINT_LEADS.get(k, lead) == lead]
    return "(?:" + "\n|".join(
        f"(?P<{k}>{LEAD_GUARDS[POINT_LEADS.get(k)]}{POINT_START[k]}{POINT_SOURCES[k]})" for k in kinds) + "\n)"


SOURCES: dict[str, Callable[[], str]] = {  # each built when its pattern is first used (pattern)
    "point:digit": lambda: point_pattern("digit"),  # at a digit
    "point:word": lambda: point_pattern("word"),  # anywhere else
    # opening and joining words of the ranges (the steps between the points)
    "from": lambda: rf"(?<!\w){FROM_WORDS}(?:{SPACE}{ARTICLE}?|(?<=['’])){DAY_NOUN}?  # du, from, del, d', do dia",
    "to": lambda: rf"{SPACE}{TO_WORDS}{SPACE}{ARTICLE}?{DAY_NOUN}?              # au, to, al, ao dia",
    "between": lambda: rf"(?<!\w){BETWEEN_WORDS}{SPACE}{ARTICLE}?            # entre, between",
    "and": lambda: rf"{SPACE}{AND_WORDS}{SPACE}{ARTICLE}?                       # et, and, y",
    "since": lambda: rf"""(?<!\w){alternatives(all_languages(lex.SINCE))}(?:{SPACE}|(?<=['’]))  # depuis, à partir d'
         (?P<filler>{alternatives(all_languages(lex.SINCE_FILLERS))}{OPTIONAL_SPACE})?     # le mois de, la nuit du""",
    "until": lambda: rf"""(?<!\w){alternatives(all_languages(lex.UNTIL))}(?:{SPACE}|(?<=['’]))  # jusqu'en, d'ici, hasta
         (?P<filler>{alternatives(all_languages(lex.UNTIL_FILLERS))}{OPTIONAL_SPACE})?     # la fin de, la mi-""",
    "pairjoin": lambda: rf"{OPTIONAL_SPACE}{alternatives(lex.DAY_PAIR_JOINS)}{SPACE}(?:{ARTICLE})?  # 28 et le 29",
    "dash": lambda: rf"{OPTIONAL_SPACE}{DASH}{OPTIONAL_SPACE}                          # 15-16 mayo",
    "dashto": lambda: rf"{SPACE}{TO_WORDS}{SPACE}                            # février 2015 à juillet 2016",
    "yearsjoin": lambda: rf"{OPTIONAL_SPACE}(?:{DASH}|/){OPTIONAL_SPACE}               # 2016-2017, 2016/17",
    "yy": lambda: r"(?:(?:19|20)\d\d|\d\d)(?![\d\w/])                # 2016-17, 2016/2017",
    "dayw": lambda: rf"(?<!\w){DAY_ALONE}                            # du 27 (au 30 mai)",
    "yearalone": lambda: rf"(?<!\w){YEAR}                               # 2010 (-11)",
    "yearslash": lambda: r"(?<![\w/.,])(?:19|20)\d\d(?=/(?:\d\d|(?:19|20)\d\d)(?![\d/]))  # 2019 (/20)",
    "coord": lambda: rf"""{SPACE}{alternatives(lex.DAY_PAIR_JOINS)}{SPACE}      # en août et en décembre 2019
         (?:{alternatives(lex.COORD_PREPOSITIONS)}{SPACE})?$""",
    # mentions that are not points nor ranges of points
    "quarter": lambda: rf"""(?<!\w)
         (?!{alternatives(w for w, key in RELATIVE.items() if key.endswith("_quarter"))}(?!\w)  # not "last quarter"
            (?!{SPACE}(?:{alternatives(lex.PERIOD_LINKS)}{SPACE})?(?:19|20)\d\d))          # without its year
         (?P<quarter>(?P<ordinal>{alternatives(QUARTER_WORDS)})(?:{SPACE}|-)  # troisième, third, fourth-
         (?P<period>{alternatives(PERIOD_MONTHS)})(?!\w)                      # trimestre, quarter
         (?:{SPACE}(?:{alternatives(lex.PERIOD_LINKS)}{SPACE})?      # de l'année, of
         (?P<quarter_year>{YEAR}))?)""",
    "qcode": lambda: rf"""(?<!\w)(?P<qcode>
         (?-i:(?P<code>{CODES})(?P<code_number>[1-4])){CODE_JOIN}(?P<code_year>(?:19|20)\d\d)  # Q1 2016, Q4/2023
       | (?-i:(?P<code_number>[1-4])(?P<code>{CODES})){CODE_JOIN}(?P<code_year>(?:19|20)\d\d)  # 2Q 2024, 1H-2023
       | (?P<code_year>(?:19|20)\d\d){CODE_JOIN}(?-i:(?P<code>{CODES})(?P<code_number>[1-4])))  # 2016H2, 2023-Q3
         (?!\w|[-/]\d)""",
    "nth": lambda: rf"""(?<!\w)(?P<nth>(?P<nth_ordinal>{alternatives(all_languages(lex.NTH_WORDS))}){SPACE}  # première
         (?P<nth_unit>{alternatives((*all_languages(lex.NTH_UNITS), *WEEKDAYS))}){SPACE}  # semaine, vendredi
         {alternatives(all_languages(lex.NTH_LINKS))}{OPTIONAL_SPACE}                    # de, d', du mois de
         (?:(?P<nth_month>{MONTH})(?:,?{SPACE}(?:{DATE_LINK})?(?P<nth_year>{YEAR}))?  # octobre 2014
          | (?P<nth_year>{YEAR})))                                                     # 2027""",
    "firstn": lambda: rf"""(?<!\w)(?P<firstn>(?:{alternatives(all_languages(lex.COUNT_ARTICLES))}{SPACE})?  # the
         (?:(?P<fn_side>{FIRST_N_SIDE}){SPACE}(?P<fn_count>{SMALL_COUNT})  # first six
          | (?P<fn_count>{SMALL_COUNT}){SPACE}(?P<fn_side>{FIRST_N_SIDE}))  # neuf premiers
         {SPACE}(?P<fn_unit>{alternatives(all_languages(lex.FIRST_N_UNITS))}){SPACE}  # months, mois
         {alternatives(all_languages(lex.NTH_LINKS))}{OPTIONAL_SPACE}                  # of, de
         (?:(?P<fn_month>{MONTH})(?:,?{SPACE}(?:{DATE_LINK})?(?P<fn_year>{YEAR}))?    # mars 2024
          | (?P<fn_year>{YEAR})))                                                     # 2023""",
    "ago": lambda: rf"""(?<!\w)(?P<ago>(?:{alternatives(all_languages(lex.AGO_BEFORE))}{SPACE}  # il y a, hace
         {QUANTIFIER}?       # plus de
         (?P<count>{SMALL_COUNT}){UNIT_LINK}(?P<unit>{alternatives(TIME_UNITS)})(?!\w)))""",
    "agoafter": lambda: rf"""(?<!\w)(?P<ago>{QUANTIFIER}?  # more than
         (?P<count>{SMALL_COUNT}){UNIT_LINK}(?P<unit>{alternatives(TIME_UNITS)}){SPACE}
         (?:{alternatives(all_languages(lex.AGO_AFTER))}(?!\w)               # ago, auparavant
          | {alternatives(all_languages(lex.AGO_AFTER_AT_CLAUSE_END))}{CLAUSE_END}))  # avant.""",
    "inafter": lambda: (
        rf"""(?<!\w)(?P<incount>(?P<count>{SMALL_COUNT}){SPACE}(?P<unit>{alternatives(TIME_UNITS)}){SPACE}
         (?:{alternatives(all_languages(lex.IN_AFTER))}(?!\w)                # plus tard, later
          | {alternatives(all_languages(lex.IN_AFTER_AT_CLAUSE_END))}{CLAUSE_END}))  # après."""),
    "relmonth": lambda: rf"""(?<!\w)(?P<relmonth>(?P<month_name>{MONTH_ALONE}){SPACE}  # septembre prochain
         (?P<lastnext>{alternatives(all_languages(lex.MONTH_LAST_NEXT))})(?!\w))""",
    "lastmonth": lambda: rf"""(?<!\w)(?P<relmonth>
         (?P<lastnext>{alternatives(all_languages(lex.BEFORE_LAST_NEXT))}){SPACE}  # next, el próximo
         (?P<month_name>(?-i:{alternatives(w.title() for w in CAPITALISED_MONTHS_ALONE | lex.CONTEXT_MONTHS)})
          | {alternatives(LOWER_CASE_MONTHS_ALONE)})(?!\w)
         (?!,?{SPACE}(?:{DAY}(?![\d:])|{YEAR})))  # September; not "next March 3", "next March 2025" """,
    "holiday": lambda: rf"""(?<!\w)(?P<holiday>(?P<holiday_name>{alternatives(HOLIDAYS)})(?!\w)  # Noël, Easter Monday
         (?:,?{SPACE}(?:{DATE_LINK})?(?P<holiday_year>{YEAR}))?)                  # Noël 2019, Navidad de 2020""",
    "incount": lambda: (
        rf"""(?<!\w)(?P<incount>{alternatives([*all_languages(lex.IN_BEFORE), *all_languages(lex.IN_BEFORE_IF_AHEAD)])}
         {SPACE}  # dans, in, dentro de; en, em in a sentence of the future (gates)
         {QUANTIFIER}?         # moins de, about
         (?P<count>{SMALL_COUNT}){UNIT_LINK}(?P<unit>{alternatives(TIME_UNITS)})(?!\w))  # deux mois"""),
    "lastnextcount": lambda: rf"""(?<!\w)(?P<lastnextcount>(?:{alternatives(all_languages(lex.COUNT_ARTICLES))}{SPACE})?
         (?:(?P<direction>{alternatives(all_languages(lex.COUNT_DIRECTION_BEFORE))}){SPACE}  # the last, los últimos
            (?P<count>{SMALL_COUNT}){SPACE}(?P<unit>{alternatives(TIME_UNITS)})
          | (?P<count>{SMALL_COUNT}){SPACE}                                          # trois
            (?P<direction>{alternatives(all_languages(lex.COUNT_DIRECTION_MIDDLE))}){SPACE}  # derniers
            (?P<unit>{alternatives(TIME_UNITS)})                                     # mois
          | (?P<count>{SMALL_COUNT}){SPACE}(?P<unit>{alternatives(TIME_UNITS)}){SPACE}  # 3 semaines
            (?P<direction>{alternatives(all_languages(lex.COUNT_DIRECTION_AFTER))})  # passées
         )(?!\w))""",
    "decade": lambda: rf"""(?<!\w)(?P<decade>
         {alternatives(all_languages(lex.DECADE_BEFORE))}{SPACE}  # les années, los años
         (?:{alternatives(all_languages(lex.DECADE_WORD_ARTICLES))}{SPACE})?  # la década de los
         (?P<decade_number>(?:1\d|20)?\d0)(?:['’]?s)?(?!\w)        # 70, 2000, 1860
       | {alternatives(all_languages(lex.DECADE_BEFORE_PLURAL))}{SPACE}['’]?  # the, the '
         (?P<decade_number>(?:1\d|20)?\d0)['’]?s(?!\w)             # the 1990s, the '90s, the 1880s
       | (?P<decade_number>(?:1\d|20)\d0)['’]?s(?!\w)              # 1990s, 1880s
       | (?P<decade_number>\d0)['’]s(?!\w)                        # 70's
       | (?<=(?<!\w){alternatives(all_languages(lex.COUNT_ARTICLES))}{LINE_SPACE})  # les 70s (not "in her 20s")
         (?P<decade_number>\d0)s(?!\w)
       | (?<=(?<![\w'’])['’])(?P<decade_number>\d0)s(?!\w))        # the '90s
         (?![^\S\n]{{0,3}}(?:[,/]|{DASH}|{AND_WORDS}(?!\w)|{TO_WORDS}(?!\w))[^\S\n]{{0,3}}\d)
         # not a list of years: "les années 2010 et 2011" """,
    "decadeword": lambda: rf"""(?<!\w)(?P<decade>{alternatives(all_languages(lex.DECADE_BEFORE))}{SPACE}  # les années
         (?:{alternatives(all_languages(lex.DECADE_WORD_ARTICLES))}{SPACE})?                        # los
         (?P<decade_word>{alternatives(DECADE_WORDS)})(?![\w-]))(?!{COUNT_AFTER})                  # soixante-dix""",
    "weeknum": lambda: weeks.source(ARTICLE, DATE_LINK, YEAR, COUNT_AFTER, MONTH),  # la semaine 31, week 31 of 2016
    "spelled": lambda: spelled.source(COUNT_AFTER),  # en deux mille dix-huit, l'année deux cent soixante-sept
    "dayfirst": lambda: rf"(?<!\w)(?P<dmy>{DAY_MONTH_YEAR})  # le premier mars",
    # a day in words beside its month, apart from the points (compiled only where one is written)
    "ordinalday": lambda: rf"""(?<!\w)(?P<dmy>{day_words(DAY_ORDINAL_WORDS)}{SPACE}{DATE_LINK}{MONTH}  # seconde de Aout
         (?:,?{SPACE}{YEAR})?)                                                 # the second of May, 2019""",
    "monthword": lambda: (
        rf"""(?<!\w)(?P<mdy>{MONTH_NOT_NUMBER}\.?{SPACE}{day_words(SPELLED_DAYS)})(?!\w)  # Mai vingt et un
         {CLAUSE_END}                                                              # Aout seconde."""),
    "century": lambda: centuries.source(ORDINAL),  # 21e siècle, XXIe siècle, siglo XXI
    "abbrday": lambda: rf"(?<!\w)(?P<dmy>{DAY_MONTH_YEAR})  # Mer 22 Janvier: a weekday abbreviation first",
    "weekof": lambda: rf"""(?<!\w)(?P<dmy>{alternatives(all_languages(lex.WEEK_OF))}{SPACE}  # la semaine du
         (?:{DAY_MONTH_YEAR}|{MONTH_DAY_YEAR}|{BARE_DAY}{CLAUSE_END}))           # 6 octobre, 18.""",
    "time": lambda: rf"(?<!\w)(?P<time>{TIME})  # 14h30, 8:30 a.m., midi",
    "weekdayweek": lambda: rf"""(?<!\w)(?P<weekdayweek>(?P<weekday>{WEEKDAY_NAME}){SPACE}  # lundi
         (?:{alternatives(lex.WEEKDAY_WEEK_LINKS)}{SPACE})?                      # de
         (?P<week_phrase>{phrase_tree(WEEK_PHRASES)})(?!\w))                   # la semaine prochaine""",
    "lastnext_after": lambda: rf"{SPACE}{alternatives(all_languages(lex.MONTH_LAST_NEXT))}(?!\w)  # septembre prochain",
    "season": lambda: rf"""(?<!\w)(?P<season>(?P<season_name>{alternatives(SEASONS)})(?!\w)  # été, winter, verano
         (?:{SPACE}(?:{DATE_LINK})?(?P<season_year>{YEAR}))?)                     # été 2019, verano de 2020""",
    "numarticle": lambda: (
        rf"""(?<!\w)(?P<num>{ARTICLE}(?:(?:{NUMERIC_DAY_MONTH}|{MONTH_FIRST_DAY_MONTH})  # le 17/02, le 4/22
         (?:,[^\S\n]?(?:19|20)\d\d(?![\d/]|[.,]\d))?                                     # , 2015
       | {DOTTED_DAY_MONTH}                                                            # le 4.22.
       | {DAY_NUMBER}[^\S\n]{MONTH_NUMBER}(?:[^\S\n]\d\d)?(?![\d/]|[.,-]\d){CLAUSE_END}))  # le 17 02, le 20 2 14."""),
    "numpadded": lambda: rf"(?<!\w)(?P<num>{PADDED_DAY_MONTH})  # 17/02",
    "yearmonth": lambda: rf"(?<!\w)(?P<my>{YEAR},?{SPACE}{MONTH}){CLAUSE_END}  # 2016, nov: a year then its month",
    "numparen": lambda: rf"""(?<!\w)(?<=\([^\S\n]{{0,2}})(?P<num>{NUMERIC_DAY_MONTH})  # (8/12)
         (?=[^\S\n]{{0,2}}\))""",
    "numweekday": lambda: rf"(?<!\w)(?P<num>{WEEKDAY_NAME}{SPACE}{NUMERIC_DAY_MONTH})  # lunes 29/10",
    "daynoun": lambda: rf"""(?<!\w)(?P<daynoun>{alternatives(all_languages(lex.DAY_NOUNS))}{SPACE}  # el día, o dia
         (?P<first>(?>{DAY_DIGITS})))(?!{SPACE}(?:{DATE_LINK})?{MONTH})(?![.,/:]\d)      # 24 (no month after it)""",
    "weekdayname": lambda: rf"(?P<weekday>{WEEKDAY_PREFIX}|{SHORT_WEEKDAY})  # a date's weekday: mardi, Tue., sexta",
    "wdday": lambda: rf"(?<!\w)(?P<wdday>(?P<weekday>{WEEKDAY_NAME}|{SHORT_WEEKDAY}){WEEKDAY_DAY})  # mercredi 13.",
    "relwd": lambda: rf"""(?<!\w)(?P<relwd>(?:(?P<lastnext>{alternatives(all_languages(lex.BEFORE_LAST_NEXT))}){SPACE})?
         (?P<weekday>{WEEKDAY_NAME}|{SHORT_WEEKDAY})(?!{SPACE}{NUMERIC_DAY_MONTH})  # jeudi, last Friday, na sexta
         (?!,?{SPACE}(?:{ARTICLE})?{DAY}(?:{SPACE}{DATE_LINK}?|-){MONTH})            # not "ce mardi 4 mars": a date
         (?!{WEEKDAY_DAY})                                                          # nor "ce mardi 18."
         (?:{SPACE}(?P<lastnext>{alternatives(all_languages(lex.WEEKDAY_PARTS))})(?!\w))?)  # matin, dernier""",
    "bare": lambda: rf"""(?<!\w)(?P<bare>{ARTICLE}(?P<first>{BARE_DAY}))  # "le 31" after "le 30 octobre", "pour le 27."
         (?:{CLAUSE_END}|(?={SPACE}{AND_WORDS}(?!\w))
            (?!{SPACE}{AND_WORDS}{SPACE}(?:{ARTICLE})?{DAY}(?:{SPACE}{DATE_LINK}?|-){MONTH}))  # not "el 14 y 15 de
         # noviembre": a pair of days, read from the first day""",
    "dayend": lambda: rf"(?<!\w){DAY_ALONE}{CLAUSE_END}                # du 13 au 18.",
    "dayyear": lambda: rf"(?<!\w){DAY_ALONE},{SPACE}{YEAR}(?![\w/.-]\d)  # (March 3-)5, 2024: the range's year",
    "daylast": lambda: rf"(?<!\w){DAY_DIGITS}(?!{COUNT_AFTER})  # (June 12-)14 in Geneva: no count",
    "present": lambda: rf"""(?:{alternatives(all_languages(lex.PRESENT_ENDS))})(?!\w)  # (from 1990 to) the present
         (?!{SPACE}{alternatives(all_languages(lex.NTH_LINKS))}(?!\w))  # not "to the date of the vote" """,
}


RELATIVE_NOT_BEFORE = alternatives(all_languages(lex.RELATIVE_NOT_BEFORE))  # "en día" of "hoy en día"


def relative_source(lang: str) -> str:
    """The pattern of the relative words of ``lang`` ("" for every language's): built when a page
    of that language first needs it, as a phrase tree is the costliest source to build."""
    table = lex.RELATIVE[lang] if lang else RELATIVE
    return rf"""(?<!\w)(?P<rel>{phrase_tree(table)})(?!\w)  # aujourd'hui, la semaine dernière
         (?!{SPACE}{RELATIVE_NOT_BEFORE}(?!\w))  # not "hoy en día" """


FLAGS = regex.IGNORECASE | regex.VERBOSE | regex.VERSION0
COMPILED: dict[str, regex.Pattern] = {}


def pattern(name: str) -> regex.Pattern:
    """The compiled pattern ``name``, compiled on first use."""
    compiled = COMPILED.get(name)
    if compiled is None:
        source = relative_source(name[4:]) if name.startswith("rel:") else SOURCES[name]()
        compiled = COMPILED[name] = rx.compile(source, FLAGS, ignore_unused=True, **WORD_LISTS)
    return compiled
