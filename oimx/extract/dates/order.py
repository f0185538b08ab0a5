"""What the date finder tries, and in which order: the ranges read step by step (a point, a joining
pattern, a point), what is tried at each anchor, and what may start at an opening word. The
names are those of :mod:`.patterns` (a pattern) or of a point's kind ("point:dmy")."""

from __future__ import annotations

ANY_POINT = frozenset(("num", "monthnum", "dmy", "mdy", "my", "month", "year"))  # any date, alone or in a range

# Ranges: (kind, opening pattern or None, point kinds allowed first, joining pattern,
# point kinds allowed last).  With an opening pattern the range starts at an opening
# word; without, at its first point.
SEQUENCES: dict[str, tuple[str | None, frozenset[str], str, frozenset[str]]] = {
    "fromto": ("from", ANY_POINT | {"dayw", "numshort"}, "to",
               ANY_POINT | {"dayyear", "dayend", "numshort", "present"}),  # du 3 au 5 mai, from 1990 to the present
    "between": ("between", ANY_POINT | {"dayw", "numshort"}, "and", ANY_POINT | {"dayyear", "dayend", "numshort"}),
    "since": ("since", ANY_POINT | {"numshort", "dayend"}, "", frozenset()),  # depuis 2015, à partir du 8.
    "until": ("until", frozenset(), "", ANY_POINT | {"numshort"}),  # jusqu'en 2013
    "pair": (None, frozenset({"dayw"}), "pairjoin", frozenset({"dmy"})),  # 28 et 29 octobre 2019
    "monthpair": (None, frozenset({"month"}), "pairjoin", frozenset({"month", "my"})),  # octobre et novembre 2014
    "monthdash": (None, frozenset({"month"}), "dash", frozenset({"month", "my"})),  # January–March 2024
    "monthto": (None, frozenset({"month"}), "dashto", frozenset({"month", "my"})),  # February to April 2023
    "dash": (None, frozenset({"dmy", "my", "dayw", "num"}), "dash", frozenset({"dmy", "num", "numshort"})),
    "dashto": (None, frozenset({"dmy", "my", "monthnum"}), "dashto", frozenset({"dmy", "my", "monthnum"})),
    "dayto": (None, frozenset({"dayw"}), "to", frozenset({"dmy"})),  # 13 au 15 juillet  # février 2015 à juillet 2016
    "years": (None, frozenset({"year"}), "yearsjoin", frozenset({"year", "yy"})),  # 2016-2017
    "yearsto": (None, frozenset({"year"}), "to", frozenset({"year"})),  # 2010 to 2020, 2010 through 2020
    "mdto": (None, frozenset({"mdy"}), "to", frozenset({"mdy", "dmy", "dayyear", "dayend", "daylast"})),  # Nov 19 au 20
    "mddash": (None, frozenset({"mdy"}), "dash", frozenset({"mdy", "dayyear", "dayend", "daylast"})),  # March 3-5, 2024
}
# What is tried at each anchor, in priority order: a range (SEQUENCES), a pattern
# (SOURCES), or the point found at the anchor when it is of that kind ("point:...").
AT_ANCHOR = {
    "digit": ("century", "quarter", "qcode", "agoafter", "inafter", "lastnextcount", "decade", "pair", "dash", "dashto",
              "dayto", "years", "yearsto", "point:num", "point:monthnum", "numparen", "numpadded", "point:dmy",
              "yearmonth", "point:year", "time"),
    "month": ("dash", "dashto", "monthpair", "monthdash", "monthto", "relmonth", "mdto", "mddash", "point:mdy",
              "monthword", "point:my", "point:month"),
    "weekday": ("nth", "quarter", "holiday", "pair", "dash", "dashto", "dayto", "mdto", "mddash", "numweekday",
                "weekdayweek", "point:dmy", "point:mdy", "wdday", "relwd"),  # quarter: "segunda" (weekday, ordinal)
}
# What may start at an opening word, in priority order, with the anchor class it must
# reach first (None: any).
AT_WORD = (("fromto", None), ("between", None), ("since", None), ("until", None), ("firstn", None), ("nth", None),
           ("quarter", "word"), ("qcode", "digit"),
           ("ago", "word"), ("agoafter", "word"), ("inafter", "word"), ("incount", None), ("lastnextcount", None),
           ("decade", "digit"), ("decadeword", "word"), ("spelled", "word"), ("weeknum", "word"), ("holiday", None),
           ("dayfirst", "month"), ("ordinalday", "month"),
           ("abbrday", "digit"), ("weekof", "digit"), ("daynoun", "digit"), ("century", "word"), ("lastmonth", "month"),
           ("relwd", "weekday"), ("rel", "word"), ("season", "word"), ("time", "word"), ("numarticle", "digit"),
           ("bare", None))
KINDS = ("fromto", "between", "since", "until", "firstn", "nth", "century", "quarter", "qcode", "ago", "incount",
         "lastnextcount", "decade", "spelled", "weeknum", "holiday", "season", "pair", "monthpair", "monthdash",
         "monthto", "dash", "dashto", "dayto", "years", "mdto", "mddash", "relmonth", "weekdayweek", "num", "monthnum",
         "dmy", "mdy", "my", "wdday", "daynoun", "relwd", "rel", "bare", "month", "year", "time")  # groups, in order
