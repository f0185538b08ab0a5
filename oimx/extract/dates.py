"""Find the date mentions of a piece of page text (French, English, Spanish).

Candidates are found with verbose patterns built at import from the vocabulary
of :mod:`oimx.lexicon.dates`, tried only near cheap anchors (a day or year
number, a month or weekday name, a relative word) and at the opening words
before them (du, depuis, entre, since, hasta...); they are then normalised from
that same vocabulary, so no date library is imported.  ``find`` returns, sorted
by start and never overlapping, one dict per mention::

    text       the mention as written (== text[start:end]; may hold a line break)
    start/end  half-open code-point offsets into the given text
    type       "date", "range" or "relative"
    value      for a date, ISO at the precision written: "2024-05-27", "2024-05",
               "2024", "XXXX-03-11" (year not written), "XXXX-09"; else None
    from/to    for a range, each bound as a date value or None when open
    precision  "day", "month" or "year" (of the value, or the coarser bound); None for relative
    relative   for a relative mention, a stable key (below); else None
    resolved   None unless ``reference`` is given: relative keys and dates without a
               year resolved against it (ranges: {"from": ..., "to": ...})

Relative keys: today, yesterday, tomorrow, day_before_yesterday, day_after_tomorrow,
this_morning, this_afternoon, this_evening, tonight, last_night, yesterday_morning,
yesterday_afternoon, tomorrow_morning, this_week, last_week, next_week, early_this_week,
late_this_week, earlier_this_week, later_this_week, this_weekend, last_weekend,
next_weekend, the_weekend ("over the weekend": the latest one in a past sentence),
this_month, last_month, next_month, earlier_this_month, later_this_month,
this_quarter, last_quarter, next_quarter, this_year, last_year, next_year,
earlier_this_year, later_this_year, that_year, this_/last_/next_ + summer, winter,
autumn, spring; ``weekday:<name>``, ``last_weekday:<name>``, ``next_weekday:<name>``
(name in English); ``next:MM`` / ``last:MM`` ("septembre prochain" -> next:09);
``ago:N:unit`` ("il y a deux ans" -> ago:2:year; N is 0 for "quelques").

Example::

    >>> [(d["text"], d["type"], d["from"], d["to"]) for d in find("Du 27 au 30 mai 2024 à Genève")]
    [('Du 27 au 30 mai 2024', 'range', '2024-05-27', '2024-05-30')]
"""

from __future__ import annotations

import bisect
import calendar
import datetime
import itertools
import re
from collections.abc import Iterable

import regex

from oimx.lexicon import dates as lex

# --------------------------------------------------------------------------- building blocks

_S = r"(?:[^\S\n]{1,3}|[^\S\n]{0,3}\n[^\S\n]{0,3})"  # a space, or one hard-wrapped line break
_S0 = r"(?:[^\S\n]{0,3}\n?[^\S\n]{0,3})"  # optional space or line break
_H = r"[^\S\n]{1,3}"  # spaces on one line


def _phrase(words: str) -> str:
    """A lexicon phrase as a pattern: apostrophes either way, spaces may wrap."""
    out = []
    for part in words.split(" "):
        pieces = (regex.escape(piece) for piece in part.split("'"))
        out.append("['’]".join(pieces).replace(r"\-", "[-‑]"))
    return _S.join(out)


def _key_of(text: str) -> str:
    """A lexicon key for a matched phrase: lower case, one space, straight apostrophe."""
    return " ".join(text.lower().replace("’", "'").replace("‑", "-").split())


_LISTS: dict[str, frozenset[str]] = {}  # named word lists (\L<name>), matched as sets


def _alt(words: Iterable[str]) -> str:
    """Lexicon words as a pattern: a named list for single words, else a longest-first alternation."""
    words = frozenset(words)
    if all(w.isalnum() for w in words):
        name = f"w{len(_LISTS)}"
        _LISTS[name] = words
        return rf"(?:\L<{name}>)"
    return "(?:" + "|".join(_phrase(w) for w in sorted(words, key=len, reverse=True)) + ")"


def _phrases(phrases: Iterable[str]) -> str:
    """Lexicon phrases as a pattern factored on their words ("la semaine dernière|la semaine
    passée" -> "la semaine (?:dernière|passée)"): the same matches, longest first, and a
    much smaller pattern to compile."""
    tree: dict = {}
    for phrase in phrases:
        node = tree
        for word in phrase.split(" "):
            node = node.setdefault(word, {})
        node[""] = {}

    def branch(node: dict) -> str:
        words = sorted((w for w in node if w), key=len, reverse=True)
        alts = "|".join(_phrase(w) + (f"(?:{_S}{branch(node[w])})?" if "" in node[w] and len(node[w]) > 1
                                       else "" if "" in node[w] else f"{_S}{branch(node[w])}") for w in words)
        return f"(?:{alts})"

    return branch(tree)


def _all(table: dict[str, Iterable[str]]) -> set[str]:
    """The words of a per-language table, all languages together."""
    return {w for words in table.values() for w in words}


_MONTH_NUM = {w: n for table in lex.MONTHS.values() for w, n in table.items()}
_ALONE = _all(lex.MONTHS_ALONE)
_ABBR = set(_MONTH_NUM) - _ALONE
_WEEKDAY = {w: en for table in lex.WEEKDAYS.values() for w, en in table.items()}
_REL = {w: key for table in lex.RELATIVE.values() for w, key in table.items()}
_REL_LANG = {w: lang for lang, table in lex.RELATIVE.items() for w in table}
_NUMWORD = {w: n for table in lex.NUMBER_WORDS.values() for w, n in table.items()}
_UNIT = {w: u for table in lex.TIME_UNITS.values() for w, u in table.items()}
_LASTNEXT = {
    **{w: v for table in lex.BEFORE_LAST_NEXT.values() for w, v in table.items()},
    **{w: v for table in lex.MONTH_LAST_NEXT.values() for w, v in table.items()},
    **{w: v for table in lex.WEEKDAY_PARTS.values() for w, v in table.items()},
}
_QUARTER = {w: n for table in lex.QUARTER_WORDS.values() for w, n in table.items()}
_PERIOD = {w: n for table in lex.PERIOD_NOUNS.values() for w, n in table.items()}

_ORD = _alt(lex.DAY_ORDINALS)
_DAY = rf"(?<!\d)(?:3[01]|[12]\d|0?[1-9])(?!\d){_ORD}?(?!\w)"  # day of month, "1er", "3rd"
_MONTH = (
    rf"(?:{_alt(_ALONE)}(?!\w)"  # full month name
    rf"|{_alt(_ABBR)}(?:\.|(?!\w)))"  # abbreviation, dot optional
)
_MONTH_EN = rf"(?:{_alt(lex.MONTHS['en'])}(?:\.|(?!\w)))"  # English month, for "October 26, 2016"
_MONTH_ALONE = (
    rf"(?:{_alt(_ALONE)}(?!\w)"  # a month name alone: "en mars", "desde julio"
    rf"|(?<=(?<!\w){_alt(lex.EN_MONTH_CONTEXT)}{_H})(?-i:{_alt(lex.CONTEXT_MONTHS)})(?!\w))"  # "in May"
)
_WD = rf"(?:{_alt(_WEEKDAY)}(?!\w))"  # weekday name
_LINK = rf"(?:{_alt(lex.DATE_LINKS)}{_S})"  # "13 de octubre", "4th of July"
_ART = rf"(?:{_alt(lex.ARTICLES)}{_S})"  # "le", "el", "the"
_COUNT = rf"(?:{_H}(?:{_alt(lex.YEAR_BLOCK_AFTER - {'%'})}(?!\w)|\d{{3}}(?!\d))|[^\S\n]{{0,3}}%)"  # "2000 personnes"
_YEAR = (
    r"(?<![\d+/.,]|\d[^\S\n]|\p{L}-|\w)"  # not inside a number, a phone, a code or a word
    r"(?:19|20)\d\d"  # 1900-2099
    rf"(?![\d/]|[.,]\d|\w|{_COUNT})"  # not a count or an amount
)
_DNUM = r"(?:3[01]|[12]\d|0?[1-9])"  # numeric day
_MNUM = r"(?:1[0-2]|0?[1-9])"  # numeric month
_NUMDATE = (
    rf"(?:(?<![\d/.]){_DNUM}/{_MNUM}/(?:\d{{4}}|\d\d)"  # 27/01/2016, 31/1/13
    rf"|(?<![\d/.]){_DNUM}\.{_MNUM}\.(?:\d{{4}})"  # 27.01.2016
    r"|(?<![\d/.-])(?:19|20)\d\d-(?:1[0-2]|0[1-9])-(?:3[01]|[12]\d|0[1-9]))"  # 2016-01-27
    r"(?![\d/]|[.,]\d)"  # nothing numeric after
)
_NUMSHORT = rf"(?<![\d/.,]){_DNUM}/{_MNUM}(?![\d/]|[.,]\d)"  # 8/12 (day first)
_DMY = (
    rf"(?:{_WD},?{_S}(?:{_ART})?)?"  # optional weekday: "mercredi 21", "Monday, the 3rd"
    rf"{_DAY}{_S}{_LINK}?{_MONTH}"  # day and month: "1er octobre", "13 de octubre"
    rf"(?:,?{_S}{_LINK}?{_YEAR})?"  # optional year: "2024", "de 2023", ", 2019"
)
_MDY = (
    rf"(?:{_WD},?{_S})?"  # optional weekday
    rf"{_MONTH_EN}{_S}{_DAY}"  # "October 26"
    rf"(?:,?{_S}{_YEAR})?"  # optional year
)
_MY = rf"{_MONTH},?{_S}{_LINK}?{_YEAR}"  # "mars 2015", "octubre de 2018"
_POINT = rf"(?:{_NUMDATE}|{_DMY}|{_MDY}|{_MY}|{_MONTH_ALONE}|{_YEAR})"  # any date
_DAYW = rf"(?:{_WD},?{_S})?{_DAY}"  # a day without its month: "du 27", "entre vendredi 30"


def _words(table: dict[str, tuple[tuple[str, ...], tuple[str, ...]]], side: int) -> str:
    return _alt(w for pair in table.values() for w in pair[side])


_FROM, _TO = _words(lex.RANGE_FROM_TO, 0), _words(lex.RANGE_FROM_TO, 1)
_BETWEEN, _AND = _words(lex.RANGE_BETWEEN, 0), _words(lex.RANGE_BETWEEN, 1)
_NUM = rf"(?:\d{{1,3}}|{_alt(_NUMWORD)})"  # a small count: "4", "deux"

# Compiling with the ``regex`` module costs about 10 µs per pattern node, so nothing
# is compiled at import: each pattern below is compiled on first use (_pattern), and
# no pattern holds a copy of another.  The dates themselves ("points") are one
# pattern; ranges are sequences of a point, a joining pattern and a point, matched
# step by step (_SEQUENCES), so the point pattern is compiled once, not once per
# kind of range.
_POINT_KINDS = ("num", "dmy", "mdy", "my", "month", "year", "numshort", "dayw")  # priority order
_POINT_SOURCES = {
    "num": _NUMDATE,  # 27/01/2016
    "dmy": _DMY,  # mercredi 21 septembre 2022
    "mdy": _MDY,  # October 26, 2016
    "my": _MY,  # mars 2015
    "month": _MONTH_ALONE,  # août
    "year": _YEAR,  # 2015
    "numshort": _NUMSHORT,  # 8/12: only in parentheses, after a weekday or in a range
    "dayw": _DAYW,  # a day without its month: only in a range
}
_POINT = frozenset(("num", "dmy", "mdy", "my", "month", "year"))  # any date, alone or in a range
_DASH = "[-–—‐‑]"

# A point starts after a non-word character; a day and its month may also start right after a
# lower-case letter ("reached 18,818 on19 November": the words were glued when the page was made).
_POINT_START = {k: r"(?<!\w)" for k in _POINT_KINDS} | {"dmy": r"(?:(?<!\w)|(?<=\p{Ll})(?=\d))"}
_SOURCES: dict[str, str] = {
    "point": "(?:" + "\n|".join(f"(?P<{k}>{_POINT_START[k]}{_POINT_SOURCES[k]})" for k in _POINT_KINDS) + "\n)",
    # opening and joining words of the ranges (the steps between the points)
    "from": rf"(?<!\w){_FROM}{_S}{_ART}?                  # du, from, del",
    "to": rf"{_S}{_TO}{_S}{_ART}?                         # au, to, al",
    "between": rf"(?<!\w){_BETWEEN}{_S}{_ART}?            # entre, between",
    "and": rf"{_S}{_AND}{_S}{_ART}?                       # et, and, y",
    "since": rf"""(?<!\w){_alt(_all(lex.SINCE))}{_S}      # depuis, since, desde
         (?P<f>{_alt(_all(lex.SINCE_FILLERS))}{_S0})?     # le mois de, la nuit du""",
    "until": rf"""(?<!\w){_alt(_all(lex.UNTIL))}{_S}      # jusqu'en, d'ici, until, hasta
         (?P<f>{_alt(_all(lex.UNTIL_FILLERS))}{_S0})?     # la fin de, la mi-""",
    "pairjoin": rf"{_S0}{_alt(lex.DAY_PAIR_JOINS)}{_S}    # 28 et 29 octobre",
    "dash": rf"{_S0}{_DASH}{_S0}                          # 15-16 mayo",
    "dashto": rf"{_S}{_TO}{_S}                            # février 2015 à juillet 2016",
    "yearsjoin": rf"{_S0}(?:{_DASH}|/){_S0}               # 2016-2017, 2016/17",
    "yy": r"\d\d(?![\d\w])                                # 2016-17",
    "dayw": rf"(?<!\w){_DAYW}                            # du 27 (au 30 mai)",
    "coord": rf"""{_S}{_alt(lex.DAY_PAIR_JOINS)}{_S}      # en août et en décembre 2019
         (?:{_alt(lex.COORD_PREPOSITIONS)}{_S})?$""",
    # mentions that are not points nor ranges of points
    "quarter": rf"""(?<!\w)(?P<quarter>(?P<q>{_alt(_QUARTER)}){_S}  # troisième, third
         (?P<p>{_alt(_PERIOD)}){_S}                       # trimestre, quarter
         (?:{_alt(lex.PERIOD_LINKS)}{_S})?                # de l'année, of
         (?P<y>{_YEAR}))""",
    "ago": rf"""(?<!\w)(?P<ago>(?:{_alt(_all(lex.AGO_BEFORE))}{_S}  # il y a, hace
         (?:{_alt(_all(lex.AGO_QUANTIFIERS))}{_S})?       # plus de
         (?P<n>{_NUM}){_S}(?P<u>{_alt(_UNIT)})(?!\w)))""",
    "agoafter": rf"""(?<!\w)(?P<ago>(?:{_alt(lex.AGO_QUANTIFIERS['en'])}{_S})?  # more than
         (?P<n>{_NUM}){_S}(?P<u>{_alt(_UNIT)}){_S}
         {_alt(_all(lex.AGO_AFTER))}(?!\w))               # ago""",
    "relmonth": rf"""(?<!\w)(?P<relmonth>(?P<m>{_MONTH_ALONE}){_S}  # septembre prochain
         (?P<ln>{_alt(_all(lex.MONTH_LAST_NEXT))})(?!\w))""",
    "lastmonth": rf"""(?<!\w)(?P<relmonth>(?P<ln>{_alt(lex.BEFORE_LAST_NEXT['en'])}){_S}  # next September
         (?-i:{_alt(w.title() for w in lex.MONTHS_ALONE['en'] | lex.CONTEXT_MONTHS)})(?!\w)
       | (?P<ln>{_alt(lex.BEFORE_LAST_NEXT['es'])}){_S}   # el próximo septiembre
         (?P<m>{_alt(lex.MONTHS_ALONE['es'])})(?!\w))""",
    "numparen": rf"""(?<!\w)(?<=\([^\S\n]{{0,2}})(?P<num>{_NUMSHORT})  # (8/12)
         (?=[^\S\n]{{0,2}}\))""",
    "numweekday": rf"(?<!\w)(?P<num>{_WD}{_S}{_NUMSHORT})  # lunes 29/10",
    "relwd": rf"""(?<!\w)(?P<relwd>(?:(?P<ln>{_alt(_all(lex.BEFORE_LAST_NEXT))}){_S})?
         (?P<w>{_WD})(?!{_S}{_NUMSHORT})                  # jeudi, last Friday
         (?:{_S}(?P<ln>{_alt(_all(lex.WEEKDAY_PARTS))})(?!\w))?)  # matin, dernier""",
    "bare": rf"""(?<!\w)(?P<bare>{_ART}(?P<a>{_DAY}))    # "le 31" after "le 30 octobre"
         (?=[^\S\n]{{0,2}}[,;.)](?!\d)|{_S}{_AND}(?!\w))""",
    **{f"rel:{lang}": rf"""(?<!\w)(?P<rel>{_phrases(table)})(?!\w)  # aujourd'hui, la semaine dernière
         (?!{_S}{_alt(_all(lex.RELATIVE_NOT_BEFORE))}(?!\w))  # not "hoy en día" """
       for lang, table in (*lex.RELATIVE.items(), ("", _REL))},
}
_FLAGS = regex.IGNORECASE | regex.VERBOSE | regex.VERSION0
_COMPILED: dict[str, regex.Pattern] = {}


def _pattern(name: str) -> regex.Pattern:
    """The compiled pattern ``name``, compiled on first use."""
    compiled = _COMPILED.get(name)
    if compiled is None:
        compiled = _COMPILED[name] = regex.compile(_SOURCES[name], _FLAGS, ignore_unused=True, **_LISTS)
    return compiled


# Ranges: (kind, opening pattern or None, point kinds allowed first, joining pattern,
# point kinds allowed last).  With an opening pattern the range starts at an opening
# word; without, at its first point.
_SEQUENCES: dict[str, tuple[str | None, frozenset[str], str, frozenset[str]]] = {
    "fromto": ("from", _POINT | {"dayw"}, "to", _POINT),  # du 27 au 30 mai 2024
    "between": ("between", _POINT | {"dayw"}, "and", _POINT),  # entre 2007 et 2010
    "since": ("since", _POINT | {"numshort"}, "", frozenset()),  # depuis 2015
    "until": ("until", frozenset(), "", _POINT | {"numshort"}),  # jusqu'en 2013
    "pair": (None, frozenset({"dayw"}), "pairjoin", frozenset({"dmy"})),  # 28 et 29 octobre 2019
    "monthpair": (None, frozenset({"month"}), "pairjoin", frozenset({"month", "my"})),  # octobre et novembre 2014
    "dash": (None, frozenset({"dmy", "my", "dayw", "num"}), "dash", frozenset({"dmy", "num", "numshort"})),
    "dashto": (None, frozenset({"dmy", "my"}), "dashto", frozenset({"dmy", "my"})),  # février 2015 à juillet 2016
    "years": (None, frozenset({"year"}), "yearsjoin", frozenset({"year", "yy"})),  # 2016-2017
}
# What is tried at each anchor, in priority order: a range (_SEQUENCES), a pattern
# (_SOURCES), or the point found at the anchor when it is of that kind ("point:...").
_AT_ANCHOR = {
    "digit": ("quarter", "agoafter", "pair", "dash", "dashto", "years", "point:num", "numparen", "point:dmy",
              "point:year"),
    "month": ("dash", "dashto", "monthpair", "relmonth", "point:mdy", "point:my", "point:month"),
    "weekday": ("pair", "dash", "dashto", "numweekday", "point:dmy", "point:mdy", "relwd"),
}
# What may start at an opening word, in priority order, with the anchor class it must
# reach first (None: any).
_AT_WORD = (("fromto", None), ("between", None), ("since", None), ("until", None), ("quarter", "word"),
            ("ago", "word"), ("agoafter", "word"), ("lastmonth", "month"), ("relwd", "weekday"),
            ("rel", "word"), ("bare", "digit"))
_KINDS = ("fromto", "between", "since", "until", "quarter", "ago", "pair", "monthpair", "dash", "dashto", "years",
          "relmonth", "num", "dmy", "mdy", "my", "relwd", "rel", "bare", "month", "year")  # group names


def _firsts_of(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w[0].lower() for w in words)


# Cheap tests run before a pattern: the first character after the spaces that each
# joining pattern needs, and a look at the text for the patterns tried at every digit.
_JOIN_FIRST = {
    "to": _firsts_of(w for pair in lex.RANGE_FROM_TO.values() for w in pair[1]),
    "and": _firsts_of(w for pair in lex.RANGE_BETWEEN.values() for w in pair[1]),
    "pairjoin": _firsts_of(lex.DAY_PAIR_JOINS),
    "dash": frozenset(_DASH[1:-1]),
    "dashto": _firsts_of(w for pair in lex.RANGE_FROM_TO.values() for w in pair[1]),
    "yearsjoin": frozenset(_DASH[1:-1] + "/"),
}
_AGO_AFTER = tuple(_all(lex.AGO_AFTER))
_MAY_MATCH = {
    "quarter": lambda text, at: text[at + 1:at + 2].isalpha(),  # "1er trimestre", "3rd quarter"
    "agoafter": lambda text, at: any(w in text[at:at + 60].lower() for w in _AGO_AFTER),  # "4 years ago"
    "numparen": lambda text, at: "(" in text[max(0, at - 3):at],  # "(8/12)"
}


def _dash_check(text: str, start: int, at: int, end: int, first: str, joined: re.Match, last: int) -> bool:
    """"7 - 25/05/2015": a bare day number and a date joined by a dash spaced on both sides are a
    range only after an opening word (lex.SPACED_DASH_OPENERS: "du 7 - 9 mai"); else the number
    belongs to what comes before ("Canal 7 - 25/05/2015", "Situation report 2 – 31 January")."""
    if first != "dayw" or not text[at].isdigit():
        return True
    dash = joined.group()
    if not (dash[:1].isspace() and dash[-1:].isspace()):
        return True
    before = _LAST_WORD.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).lower() in lex.SPACED_DASH_OPENERS


def _month_pair_check(text: str, start: int, at: int, end: int, first: str, joined: re.Match, last: int) -> bool:
    """"octobre et novembre 2014", "julio y agosto": two consecutive months make one range;
    others stay two dates ("en août et décembre 2019"), and English months alone are capitalised."""
    second = joined.end()
    words = (text[at:end], _TOKEN.match(text, second).group())
    months = [_MONTH_NUM.get(w.lower().rstrip(".")) for w in words]
    if None in months or (months[1] - months[0]) % 12 != 1:
        return False
    if any(w[0].islower() and w.lower() not in _LOWER_MONTHS for w in words):
        return False
    return not _in_name(text, at, end, "month")


_LAST_WORD = regex.compile(r"(\w+)[^\S\n]*\Z")
_LOWER_MONTHS = lex.MONTHS_ALONE["fr"] | lex.MONTHS_ALONE["es"]
_SEQUENCE_CHECKS = {"dash": _dash_check, "monthpair": _month_pair_check}


def _for_plan(text: str, start: int, span: str) -> bool:
    """"para 2024" right after a plan, budget or appeal named before it (lex.PLAN_NOUNS): the
    noun, then only links, capitalised words, acronyms, adjectives and asides in parentheses
    ("Plan de Respuesta Regional para Refugiados y Migrantes (RMRP, por sus siglas en inglés)")."""
    if _TOKEN.match(span).group().lower() != "para":
        return False
    line = text[max(0, start - 200):start].rsplit("\n", 1)[-1]
    line = _ASIDE.sub(" ", line)
    words = _TOKEN.findall(line.rsplit(".", 1)[-1] if "." in line else line)
    for count, word in enumerate(reversed(words)):
        low = word.lower()
        if low in lex.PLAN_NOUNS:
            return True
        if count >= 12 or not (low in lex.PLAN_NAME_LINKS or word[0].isupper()
                               or low.endswith(lex.PLAN_ADJECTIVE_ENDINGS)):
            return False
    return False


_ASIDE = re.compile(r"\([^()]*\)")


class _Found:
    """A mention found step by step, read like a match: group(), groupdict(), span(), end()."""

    __slots__ = ("_groups", "_span", "string")

    def __init__(self, string: str, kind: str, start: int, end: int, groups: dict[str, str]) -> None:
        self.string = string
        self._span = (start, end)
        self._groups = {kind: string[start:end], **groups}

    def group(self, name: str) -> str | None:
        return self._groups.get(name)

    def groupdict(self) -> dict[str, str]:
        return self._groups

    def span(self, _name: str) -> tuple[int, int]:
        return self._span

    def end(self) -> int:
        return self._span[1]


_NUMERIC = re.compile(r"(\d{1,2})([/.])(\d{1,2})(?:\2(\d{4}|\d\d))?$|(\d{4})-(\d\d)-(\d\d)$")
_PIECES = re.compile(r"\d+|[^\W\d_]+")
_SENTENCE_END = frozenset("\n.!?:;(–—-")
_CLOSING = frozenset(",;:.!?)»”\"")
_CLAUSE = re.compile(r"[,;:.!?()«»]")
_QUANTIFIERS = frozenset(_key_of(w) for w in _all(lex.YEAR_BLOCK_QUANTIFIERS))
_ARTICLES = frozenset(lex.YEAR_NAME_ARTICLES)

Bound = tuple[int | None, int | None, int | None]  # year, month, day


# --------------------------------------------------------------------------- normalisation


def _year(text: str) -> int:
    """A written year; two digits are read in 1950-2049."""
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 50 else 1900
    return year


def _parts(text: str) -> Bound | None:
    """Year, month and day of one date as found (None where not written)."""
    m = _NUMERIC.search(text)
    if m is not None:
        if m.group(5):
            year, month, day = int(m.group(5)), int(m.group(6)), int(m.group(7))
        else:
            day, month = int(m.group(1)), int(m.group(3))
            year = _year(m.group(4)) if m.group(4) else None
    else:
        year = month = day = None
        for piece in _PIECES.findall(text):
            if piece.isdigit():
                if len(piece) == 4:
                    year = int(piece)
                elif day is None:
                    day = int(piece)
            elif month is None:
                month = _MONTH_NUM.get(piece.lower())
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and month is not None and day > calendar.monthrange(year or 2000, month)[1]:
        return None
    return year, month, day


def _iso(bound: Bound | None) -> str | None:
    """ISO form at the precision written, "XXXX" for a missing year."""
    if bound is None:
        return None
    year, month, day = bound
    out = "XXXX" if year is None else f"{year:04d}"
    if month is not None or day is not None:
        out += "-XX" if month is None else f"-{month:02d}"
    if day is not None:
        out += f"-{day:02d}"
    return out


def _precision(bound: Bound | None) -> int:
    """0 year, 1 month, 2 day."""
    if bound is None:
        return 3
    return 2 if bound[2] is not None else 1 if bound[1] is not None else 0


_PRECISION = ("year", "month", "day")


def _complete(first: Bound, last: Bound) -> Bound:
    """Fill the first bound of a range from the last ("du 27 au 30 mai 2024")."""
    year, month, day = first
    if month is None and day is not None:
        month = last[1]
    if year is None and last[0] is not None and month is not None and last[1] is not None:
        year = last[0] - 1 if month > last[1] else last[0]
    return year, month, day


def _date(start: int, end: int, text: str, bound: Bound) -> dict:
    return {"text": text, "start": start, "end": end, "type": "date", "value": _iso(bound),
            "from": None, "to": None, "precision": _PRECISION[_precision(bound)], "relative": None,
            "resolved": None}


def _range(start: int, end: int, text: str, first: Bound | None, last: Bound | None) -> dict:
    coarse = min(_precision(first), _precision(last))
    return {"text": text, "start": start, "end": end, "type": "range", "value": None,
            "from": _iso(first), "to": _iso(last), "precision": _PRECISION[coarse], "relative": None,
            "resolved": None}


def _relative(start: int, end: int, text: str, key: str) -> dict:
    return {"text": text, "start": start, "end": end, "type": "relative", "value": None,
            "from": None, "to": None, "precision": None, "relative": key, "resolved": None}


def _in_name(text: str, start: int, end: int, kind: str) -> bool:
    """A date that is part of a name or a count: "Agenda 2063", "Committee 3 October", "June Lee",
    "plus de 2000", "The 2023 SDG Summit", "Plan ... de réponse 2020"."""
    after = text[end:end + 3]
    capital_after = len(after) > 1 and after[0] == " " and after[1].isupper()
    if kind == "month" and capital_after:
        return True
    if kind == "year" and capital_after:  # "2030 Agenda", "2023 SDG Summit"
        following = _TOKEN.match(text, end + 1)
        if following is not None and following.group().lower() in lex.YEAR_BLOCK_BEFORE:
            return True
    line = text[max(0, start - 80):start].rsplit("\n", 1)[-1]
    words = line.split()
    if not words or not line[-1].isspace():
        return False
    written = words[-1]
    prev = _key_of(written.strip("«“\"'("))
    if kind == "year" and ((prev in _ARTICLES and capital_after)
                           or any(_key_of(" ".join(words[-n:])) in _QUANTIFIERS for n in (1, 2, 3))):
        return True
    if written[-1] in _CLOSING or prev in lex.YEAR_NAME_ALLOWED:
        return False
    initial = len(words) == 1 or words[-2][-1] in _SENTENCE_END
    if written[0].isupper() and not initial:
        return True
    if kind != "year":
        return False
    if prev.rstrip(".") in lex.YEAR_BLOCK_BEFORE or prev.split("'")[-1] in lex.YEAR_BLOCK_BEFORE:
        return True
    clause = _CLAUSE.split(line)[-1]
    return any(w[0].isupper() and w.lower() in lex.YEAR_BLOCK_BEFORE for w in _TOKEN.findall(clause))


def _candidate(m: regex.Match, text: str, lang: str) -> dict | None:
    """Normalise one match of the pattern, or None when it is not a date after all."""
    groups = m.groupdict()
    kind = next(k for k in _KINDS if groups.get(k) is not None)
    start, end = m.span(kind)
    span = text[start:end]
    if kind in ("fromto", "between", "pair", "monthpair", "dash", "dashto"):
        first, last = _parts(m.group("a")), _parts(m.group("b"))
        if first is None or last is None:
            return None
        first = _complete(first, last)
        if first[1] is None and first[2] is not None:
            return None
        return _range(start, end, span, first, last)
    if kind == "years":
        first_year, tail = int(m.group("a")), m.group("b")
        last_year = int(tail) if len(tail) == 4 else first_year // 100 * 100 + int(tail)
        if not first_year < last_year <= first_year + 30:
            return None
        return _range(start, end, span, (first_year, None, None), (last_year, None, None))
    if kind == "since":
        bound = _parts(m.group("a"))
        return None if bound is None else _range(start, end, span, bound, None)
    if kind == "until":
        bound = _parts(m.group("b"))
        if bound is None:
            return None
        if _for_plan(text, start, span):  # "el presupuesto para 2025": for 2025, a plain date
            return _date(end - len(m.group("b")), end, m.group("b"), bound)
        return _range(start, end, span, None, bound)
    if kind == "quarter":
        length = _PERIOD[_key_of(m.group("p"))]
        index = _QUARTER[_key_of(m.group("q"))]
        if length == 6 and index > 2:
            return None
        year, first_month = int(m.group("y")), (index - 1) * length + 1
        return _range(start, end, span, (year, first_month, None), (year, first_month + length - 1, None))
    if kind in ("num", "dmy", "mdy", "my", "month", "year"):
        return _point(kind, start, end, span, text, lang)
    return _relative_candidate(kind, m, start, end, span, lang)


def _point(kind: str, start: int, end: int, span: str, text: str, lang: str) -> dict | None:
    """A single date; English-only words must be capitalised when alone."""
    if kind != "num" and _in_name(text, start, end, kind):
        return None
    if kind in ("month", "mdy") and span[0].islower() and _key_of(span).split(" ")[0] not in (
            lex.MONTHS_ALONE["fr"] | lex.MONTHS_ALONE["es"]):
        return None
    bound = _parts(span)
    return None if bound is None else _date(start, end, span, bound)


def _relative_candidate(kind: str, m: regex.Match, start: int, end: int, span: str, lang: str) -> dict | None:
    """A relative mention and its key."""
    if kind == "bare":
        bound = _parts(m.group("a"))
        return None if bound is None else _date(start, end, span, bound)
    if kind == "rel":
        phrase = _key_of(span)
        if lang in lex.LANGS and _REL_LANG[phrase] != lang:
            return None
        return _relative(start, end, span, _REL[phrase])
    if kind == "ago":
        count = m.group("n").lower()
        number = int(count) if count.isdigit() else _NUMWORD[_key_of(count)]
        return _relative(start, end, span, f"ago:{number}:{_UNIT[_key_of(m.group('u'))]}")
    direction = _LASTNEXT.get(_key_of(m.group("ln") or ""), "")
    if kind == "relmonth":
        month = _MONTH_NUM[_key_of(m.group("m") or span.split()[-1])]
        return _relative(start, end, span, f"{direction}:{month:02d}")
    weekday = m.group("w")
    before = m.string[max(0, start - 4):start].rstrip(" \t\u00a0")
    if weekday[0].isupper() and lang != "en" and before and before[-1] not in _SENTENCE_END:
        return None  # "Santo Domingo", a name
    if weekday[0].islower() and _key_of(weekday) in lex.WEEKDAYS["en"]:
        return None
    prefix = f"{direction}_weekday" if direction else "weekday"
    return _relative(start, end, span, f"{prefix}:{_WEEKDAY[_key_of(weekday)]}")


# --------------------------------------------------------------------------- context


def _bound_of(item: dict) -> Bound | None:
    """The written day, month and year of a date item (its end for a range)."""
    value = item["value"] if item["type"] == "date" else item["to"] or item["from"]
    if value is None:
        return None
    parts = value.split("-")
    year = None if parts[0] == "XXXX" else int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else None
    day = int(parts[2]) if len(parts) > 2 else None
    return year, month, day


def _context(items: list[dict], text: str) -> list[dict]:
    """Bare days take their month from the date before; coordinated dates share a year."""
    out: list[dict] = []
    for item in items:
        previous = out[-1] if out else None
        if item["type"] == "date" and item["value"].startswith("XXXX-XX"):
            bound = _bound_of(previous) if previous else None
            gap = text[previous["end"]:item["start"]] if previous else "\n"
            if bound is None or bound[1] is None or bound[2] is None or "\n" in gap or len(gap) > 80:
                continue
            day = int(item["value"][-2:])
            month = bound[1] + 1 if day < bound[2] else bound[1]
            year = bound[0]
            if month == 13:
                month, year = 1, None if year is None else year + 1
            if day > calendar.monthrange(year or 2000, month)[1]:
                continue
            item["value"] = _iso((year, month, day))
        out.append(item)
    for first, second in itertools.pairwise(out):
        if (first["type"] == second["type"] == "date" and first["value"].startswith("XXXX")
                and not second["value"].startswith("XXXX")
                and _pattern("coord").match(text[first["end"]:second["start"]])):
            first["value"] = second["value"][:4] + first["value"][4:]
    return out


# --------------------------------------------------------------------------- resolution


def _closest(value: str, reference: datetime.date, direction: int = 0) -> str:
    """A value without year, given the year that puts it closest to the reference; with
    ``direction`` -1 the closest on or before it, +1 on or after it."""
    parts = value.split("-")
    month = int(parts[1])
    day = int(parts[2]) if len(parts) > 2 else None

    def when(year: int) -> tuple[datetime.date, datetime.date]:  # first and last day meant
        last = calendar.monthrange(year, month)[1]
        if day is not None:
            at = datetime.date(year, month, min(day, last))
            return at, at
        return datetime.date(year, month, 1), datetime.date(year, month, last)

    def distance(year: int) -> int:
        first, last = when(year)
        if (direction < 0 and first > reference) or (direction > 0 and last < reference):
            return 1 << 20  # on the wrong side of the reference
        middle = first + (last - first) / 2
        return abs((middle - reference).days)

    year = min((reference.year - 1, reference.year, reference.year + 1), key=distance)
    if day is not None and day > calendar.monthrange(year, month)[1]:
        year = reference.year  # 29 February: keep the reference year
    return f"{year:04d}" + value[4:]


def _shift_month(reference: datetime.date, months: int) -> str:
    index = reference.year * 12 + reference.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _week(day: datetime.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


_DAY_OFFSETS = {"today": 0, "yesterday": -1, "tomorrow": 1, "day_before_yesterday": -2,
                "day_after_tomorrow": 2, "this_morning": 0, "this_afternoon": 0, "this_evening": 0,
                "tonight": 0, "last_night": -1, "yesterday_morning": -1, "yesterday_afternoon": -1,
                "tomorrow_morning": 1}
_WEEK_OFFSETS = {"this_week": 0, "early_this_week": 0, "late_this_week": 0, "earlier_this_week": 0,
                 "later_this_week": 0, "this_weekend": 0, "last_week": -1, "last_weekend": -1,
                 "next_week": 1, "next_weekend": 1}
_MONTH_OFFSETS = {"this_month": 0, "earlier_this_month": 0, "later_this_month": 0, "last_month": -1,
                  "next_month": 1}
_YEAR_OFFSETS = {"this_year": 0, "earlier_this_year": 0, "later_this_year": 0, "that_year": 0,
                 "last_year": -1, "next_year": 1}
_QUARTER_OFFSETS = {"this_quarter": 0, "last_quarter": -1, "next_quarter": 1}
_WEEKDAY_INDEX = {name: i for i, name in enumerate(calendar.day_name[i].lower() for i in range(7))}


def _resolve_relative(key: str, reference: datetime.date) -> str | None:
    """The date, week, month or year a relative key points to, seen from the reference."""
    if key in _DAY_OFFSETS:
        return (reference + datetime.timedelta(days=_DAY_OFFSETS[key])).isoformat()
    if key in _WEEK_OFFSETS:
        return _week(reference + datetime.timedelta(weeks=_WEEK_OFFSETS[key]))
    if key in _MONTH_OFFSETS:
        return _shift_month(reference, _MONTH_OFFSETS[key])
    if key in _YEAR_OFFSETS:
        return f"{reference.year + _YEAR_OFFSETS[key]:04d}"
    if key in _QUARTER_OFFSETS:
        index = reference.year * 4 + (reference.month - 1) // 3 + _QUARTER_OFFSETS[key]
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    head, _, tail = key.partition(":")
    if head.endswith("weekday"):
        delta = _WEEKDAY_INDEX[tail] - reference.weekday()
        if head.startswith("last"):
            delta = delta - 7 if delta >= 0 else delta
        elif head.startswith("next"):
            delta = delta + 7 if delta <= 0 else delta
        else:
            delta = (delta + 3) % 7 - 3  # the closest such day, news style
        return (reference + datetime.timedelta(days=delta)).isoformat()
    if head in ("next", "last"):
        month = int(tail)
        year = reference.year
        if head == "next" and month <= reference.month:
            year += 1
        if head == "last" and month >= reference.month:
            year -= 1
        return f"{year:04d}-{month:02d}"
    if head == "ago":
        count, unit = tail.split(":")
        if unit == "year":
            return f"{reference.year - int(count):04d}"
        if unit == "month":
            return _shift_month(reference, -int(count))
        if unit in ("day", "week"):
            days = int(count) * (7 if unit == "week" else 1)
            return (reference - datetime.timedelta(days=days)).isoformat()
    return None


def _tense(text: str, start: int, end: int, lang: str) -> int:
    """+1 when the sentence around text[start:end] speaks of the future (lex.FUTURE_WORDS,
    lex.FUTURE_ENDINGS), -1 of the past (lex.PAST_WORDS), else 0."""
    left = max(max(0, start - 300) - 1, *(text.rfind(mark, max(0, start - 300), start) for mark in ".!?\n"))
    ends = [at for mark in ".!?\n" if (at := text.find(mark, end, end + 300)) >= 0]
    sentence = text[left + 1:min(ends, default=end + 300)].lower()
    langs = (lang,) if lang in lex.LANGS else lex.LANGS
    past = False
    for word in _TOKEN.findall(sentence):
        for code in langs:
            if word in lex.FUTURE_WORDS[code] or (len(word) >= 5 and word.endswith(lex.FUTURE_ENDINGS[code])):
                return 1
            past = past or word in lex.PAST_WORDS[code]
    return -1 if past else 0


def _resolve(item: dict, reference: datetime.date, text: str, lang: str) -> None:
    """Fill item["resolved"] against the reference date.

    Press releases report what happened, so a bare weekday ("ont adopté vendredi") is the
    latest such day on or before the reference, and the first such day on or after it when
    its sentence speaks of the future (_tense: "se réunira vendredi", "will meet on Friday").
    A month or day without its year takes the year that puts it closest to the reference,
    on the reference's side that the sentence gives (_tense): on or after it in a future
    sentence, on or before it in a past one and as the start of "depuis", "since", "desde";
    either side when the sentence says neither."""
    if item["type"] == "relative":
        key = item["relative"]
        if key == "the_weekend":  # the weekend just past, or the coming one in a future sentence
            back = reference.weekday() < 5 and _tense(text, item["start"], item["end"], lang) <= 0
            item["resolved"] = _week(reference - datetime.timedelta(weeks=back))
            return
        if key.startswith("weekday:"):
            wanted = _WEEKDAY_INDEX[key.partition(":")[2]]
            if _tense(text, item["start"], item["end"], lang) > 0:
                delta = (wanted - reference.weekday()) % 7
            else:
                delta = -((reference.weekday() - wanted) % 7)
            item["resolved"] = (reference + datetime.timedelta(days=delta)).isoformat()
        else:
            item["resolved"] = _resolve_relative(key, reference)
        return
    direction = _tense(text, item["start"], item["end"], lang)
    if item["type"] == "date":
        value = item["value"]
        item["resolved"] = _closest(value, reference, direction) if value.startswith("XXXX-") else value
        return
    first, last = item["from"], item["to"]
    if last is None:  # "depuis la mi-août": begun by the reference
        item["resolved"] = {"from": _closest(first, reference, -1) if first.startswith("XXXX-") else first,
                            "to": None}
        return
    if last.startswith("XXXX-"):
        last = _closest(last, reference, direction)
    if first is not None and first.startswith("XXXX-"):  # the year of the end, or the one before
        year = int(last[:4]) - (first[5:] > last[5:] if len(first) == len(last) else first[5:7] > last[5:7])
        first = f"{year:04d}" + first[4:]
    item["resolved"] = {"from": first, "to": last}


# --------------------------------------------------------------------------- entry point


def _first_token(phrase: str) -> str:
    return _TOKEN.match(phrase.lower()).group()


def _last_token(phrase: str) -> str:
    return _TOKEN.findall(phrase.lower())[-1]


# Anchors: every mention holds one of these within its first 45 characters.
_TOKEN = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")
_THOUSANDS = frozenset(" \u00a0\u202f.,")
_ANCHOR_CLASS = {
    **{_last_token(w): "word" for w in _REL},
    **{w: "word" for w in (*_UNIT, *_PERIOD, *_all(lex.AGO_AFTER))},
    **{w: "weekday" for w in _WEEKDAY},
    **{_first_token(w): "month" for w in _MONTH_NUM},
}
# Opening words: the kinds of mention that may start with each word, in priority order.
_OPENING_WORDS = {
    "fromto": [w for pair in lex.RANGE_FROM_TO.values() for w in pair[0]],
    "between": [w for pair in lex.RANGE_BETWEEN.values() for w in pair[0]],
    "since": _all(lex.SINCE),
    "until": _all(lex.UNTIL),
    "quarter": _QUARTER,
    "ago": [*_all(lex.AGO_BEFORE), *lex.AGO_QUANTIFIERS["en"], *_NUMWORD],
    "agoafter": [*_all(lex.AGO_BEFORE), *lex.AGO_QUANTIFIERS["en"], *_NUMWORD],
    "lastmonth": [*lex.BEFORE_LAST_NEXT["en"], *lex.BEFORE_LAST_NEXT["es"]],
    "relwd": _all(lex.BEFORE_LAST_NEXT),
    "rel": _REL,
    "bare": lex.ARTICLES,
}
_START_KINDS: dict[str, tuple[tuple[str, str | None], ...]] = {}
for _kind, _reach in _AT_WORD:
    for _word in {_first_token(w) for w in _OPENING_WORDS[_kind]}:
        _START_KINDS[_word] = (*_START_KINDS.get(_word, ()), (_kind, _reach))
_OPENERS = _START_KINDS.keys() - _ANCHOR_CLASS.keys()
_WINDOW = 45


def _digit_anchor(text: str, m: re.Match) -> bool:
    """A run of digits that may be a day or a year (not a count such as "1 800")."""
    size = m.end() - m.start()
    if size not in (1, 2, 4):
        return False
    start, end = m.start(), m.end()
    if start and (text[start - 1].isdigit() or (text[start - 1] in ".," and text[start - 2:start - 1].isdigit())):
        return False
    tail = text[end:end + 5]
    return not (len(tail) >= 4 and tail[0] in _THOUSANDS and tail[1:4].isdigit() and not tail[4:5].isdigit())


def _anchors(text: str) -> list[tuple[int, str, str]]:
    """Anchor positions with their class ("digit", "month", "weekday" or "word") and word."""
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: keep offsets exact
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    anchors = [(m.start(), "digit", "") for m in _DIGITS.finditer(text) if _digit_anchor(text, m)]
    for word in _ANCHOR_CLASS.keys() & set(_TOKEN.findall(low)):
        kind, size, at = _ANCHOR_CLASS[word], len(word), low.find(word)
        while at >= 0:
            end = at + size
            if (not at or not low[at - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
                anchors.append((at, kind, word))
            at = low.find(word, end)
    anchors.sort()
    return anchors


class _Scan:
    """One text being read; the point at each position is matched once and kept."""

    def __init__(self, text: str, lang: str) -> None:
        self.text = text
        self.rel = f"rel:{lang}" if lang in lex.LANGS else "rel:"
        self.points: dict[int, regex.Match | None] = {}
        self.tried: dict[tuple[int, str], regex.Match | _Found | None] = {}

    def _point(self, at: int) -> regex.Match | None:
        if at not in self.points:
            self.points[at] = _pattern("point").match(self.text, at)
        return self.points[at]

    def _firsts(self, at: int, kinds: frozenset[str]) -> Iterable[tuple[int, str]]:
        """Ends and kinds of the points of ``kinds`` at ``at``, the longest kind first, then the day alone."""
        m = self._point(at)
        if m is None:
            return
        if m.lastgroup in kinds:
            yield m.end(), m.lastgroup
        if "dayw" in kinds and m.lastgroup != "dayw":  # "du 27 au 30 mai": the day alone
            day = _pattern("dayw").match(self.text, at)
            if day is not None:
                yield day.end(), "dayw"

    def _last(self, at: int, kinds: frozenset[str]) -> int | None:
        """End of the point of ``kinds`` at ``at``."""
        m = self._point(at)
        if m is not None and m.lastgroup in kinds:
            return m.end()
        if "yy" in kinds:
            m = _pattern("yy").match(self.text, at)
            return None if m is None else m.end()
        return None

    def sequence(self, kind: str, start: int) -> _Found | None:
        """A range of ``kind`` starting at ``start`` (its opening word, or its first point)."""
        opening, firsts, join, lasts = _SEQUENCES[kind]
        text = self.text
        heads = [start]
        if opening is not None:
            m = _pattern(opening).match(text, start)
            if m is None:
                return None
            heads = [m.end()]
            if "f" in m.re.groupindex and m.group("f"):
                heads.append(m.start("f"))  # without the filler: "depuis le" + "1er mai"
        for at in heads:
            if not firsts:  # "jusqu'en 2013": one point, the last bound
                end = self._last(at, lasts)
                if end is not None:
                    return _Found(text, kind, start, end, {"b": text[at:end]})
                continue
            for end, first in self._firsts(at, firsts):
                if not join:  # "depuis 2015": one point, the first bound
                    return _Found(text, kind, start, end, {"a": text[at:end]})
                if text[end:end + 8].lstrip()[:1].lower() not in _JOIN_FIRST[join]:
                    continue
                joined = _pattern(join).match(text, end)
                if joined is None:
                    continue
                last = self._last(joined.end(), lasts)
                if last is not None and (kind not in _SEQUENCE_CHECKS
                                         or _SEQUENCE_CHECKS[kind](text, start, at, end, first, joined, last)):
                    return _Found(text, kind, start, last, {"a": text[at:end], "b": text[joined.end():last]})
        return None

    def at_anchor(self, at: int, anchor: str, word: str) -> regex.Match | _Found | None:
        """The mention starting at an anchor, trying its kinds in priority order."""
        if anchor == "word":
            return self.at_word(at, word, anchor)
        for name in _AT_ANCHOR[anchor]:
            if name in _SEQUENCES:
                m = self.sequence(name, at)
            elif name.startswith("point:"):
                m = self._point(at)
                m = m if m is not None and m.lastgroup == name[6:] else None
            elif name in _MAY_MATCH and not _MAY_MATCH[name](self.text, at):
                continue
            else:
                m = _pattern(name).match(self.text, at)
            if m is not None:
                return m
        return None

    def at_word(self, at: int, word: str, anchor: str) -> regex.Match | _Found | None:
        """The mention starting at an opening word and reaching the anchor of class ``anchor``."""
        for kind, reach in _START_KINDS.get(word, ()):
            if reach is not None and reach != anchor:
                continue
            key = (at, kind)
            if key in self.tried:  # an opening word seen from an earlier anchor
                m = self.tried[key]
            elif kind in _SEQUENCES:
                m = self.tried[key] = self.sequence(kind, at)
            else:
                m = self.tried[key] = _pattern(self.rel if kind == "rel" else kind).match(self.text, at)
            if m is not None:
                return m
        return None


def _matches(text: str, lang: str) -> Iterable[regex.Match | _Found]:
    """The mentions, left to right, tried only where an anchor is near: at the anchor and at
    the opening words within _WINDOW characters before it (each stretch of text read once)."""
    scan = _Scan(text, lang)
    openers: list[tuple[int, str]] = []  # opening words seen so far, in order
    read = 0  # openers are known up to here
    pos = 0  # mentions found up to here
    for anchor, kind, word in _anchors(text):
        if anchor < pos:
            continue
        low = max(pos, anchor - _WINDOW)
        for m in _TOKEN.finditer(text, max(read, low), anchor):
            opener = m.group().lower()
            if opener in _OPENERS and (m.start() == 0 or not text[m.start() - 1].isalnum()):
                openers.append((m.start(), opener))
        read = max(read, anchor)
        for at, opener in openers[bisect.bisect_left(openers, (low, "")):]:
            found = scan.at_word(at, opener, kind)
            if found is not None:
                break
        else:
            found = scan.at_anchor(anchor, kind, word)
        if found is not None:
            pos = found.end()
            yield found


def find(text: str, *, lang: str = "fr", reference: datetime.date | None = None) -> list[dict]:
    """The date mentions of ``text``, sorted by start and never overlapping (see the module doc)."""
    items = [item for m in _matches(text, lang) if (item := _candidate(m, text, lang)) is not None]
    items = _context(items, text)
    if reference is not None:
        for item in items:
            _resolve(item, reference, text, lang)
    return items
