"""Dates written in numbers only, day first unless the second number passes 12: 27/01/2016,
2016-11, 3/2015, 17/02, 4/22, le 4.22 (the patterns; :mod:`.patterns` says where each is tried)."""

from __future__ import annotations

from oimx.extract.dates.words import CLAUSE_END, COUNT_AFTER

DAY_NUMBER = r"(?:3[01]|[12]\d|0?[1-9])"  # numeric day
MONTH_NUMBER = r"(?:1[0-2]|0?[1-9])"  # numeric month
# Every numeric date opens with a run of digits and then a dash, slash or dot, a space and a
# dash or slash ("2016 / 11"), or a space, a month and a space before a year ("20 02 2014"): where
# none follows the first digits ("1 200 personnes"), the fourteen forms below are not tried one by one.
NUMERIC_DATE_LEAD = r"(?=\d{1,4}(?:[-/.]|[^\S\n]{1,2}[-/]|[^\S\n]\d\d?[^\S\n](?:19|20)\d\d))"
NUMERIC_DATE = (
    rf"{NUMERIC_DATE_LEAD}"
    rf"(?:(?<![\d/.]){DAY_NUMBER}/{MONTH_NUMBER}/(?:\d{{4}}|\d\d)"  # 27/01/2016, 31/1/13
    rf"|(?<![\d/.]){DAY_NUMBER}\.{MONTH_NUMBER}\.(?:\d{{4}})"  # 27.01.2016
    rf"|(?<![\d/.-]){DAY_NUMBER}-{MONTH_NUMBER}-(?:19|20)\d\d"  # 21-04-2016
    rf"|(?<![\d/.,-]){DAY_NUMBER}-{MONTH_NUMBER}-\d\d(?![-/.,]?\d|{COUNT_AFTER})"  # 3-7-07: two-digit year
    rf"|(?<![\d/.,-]){MONTH_NUMBER}-(?:3[01]|2\d|1[3-9])-\d\d(?![-/.,]?\d|{COUNT_AFTER})"  # 9-18-15: month first
    r"|(?<![\d/.-])(?:19|20)\d\d-(?:1[0-2]|0?[1-9])-(?:3[01]|[12]\d|0?[1-9])"  # 2016-01-27, 2015-3-3
    r"|(?<![\d/.-])(?:19|20)\d\d/(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])"  # 2015/08/12
    rf"|(?<![\d/.-]){MONTH_NUMBER}/(?:3[01]|2\d|1[3-9])/\d{{4}}"  # 02/22/2016: month first, the day past 12
    rf"|(?<![\d+][^\S\n]|[\d+/.-]){DAY_NUMBER}[^\S\n]{MONTH_NUMBER}[^\S\n](?:19|20)\d\d"  # 20 02 2014
    r"|(?<![\d/.-])(?:19|20)\d\d[-/](?:1[0-2]|0?[1-9])(?![-/]\d)"  # 2016-11, 2015/3 (not a years range)
    r"|(?<![\d/.-])(?:19|20)\d\d\.(?:1[0-2]|0?[1-9])\.(?:3[01]|[12]\d|0?[1-9])"  # 2015.5.13
    rf"|(?<![\d/.,]){DAY_NUMBER}/{MONTH_NUMBER},[^\S\n]?(?:19|20)\d\d"  # 12/08,2015: its year after a comma
    rf"|(?<![\d/.,]){DAY_NUMBER}/{MONTH_NUMBER},\d\d{CLAUSE_END}"  # 12/08,15: two digits ending the clause
    r"|(?<![\d/.-])(?:19|20)\d\d(?:\.|[^\S\n]{1,2}[-/][^\S\n]{0,2})(?:1[0-2]|0?[1-9])"  # 2015.3, 2016 / 11,
    rf"{CLAUSE_END})"  # ending its clause
    r"(?![\d/]|[.,]\d)"  # nothing numeric after
)
NUMERIC_MONTH_YEAR = (  # 3/2015, 11 / 2016, 11-2016, 11 - 2016
    rf"(?<![\d/.,-]){MONTH_NUMBER}(?:/[^\S\n]?|-|[^\S\n]{{1,2}}[/-][^\S\n]{{0,2}})(?:19|20)\d\d(?![\d/]|[.,]\d)"
)
PADDED_DAY_MONTH = (  # 17/02, 31/10: a day and month both of two digits, day first
    r"(?<![\d/.,])(?:3[01]|[12]\d|0[1-9])/(?:1[0-2]|0[1-9])(?![\d/]|[.,]\d)"
)
NUMERIC_DAY_MONTH = rf"(?<![\d/.,]){DAY_NUMBER}/{MONTH_NUMBER}(?![\d/]|[.,]\d)"  # 8/12 (day first)
MONTH_FIRST_DAY_MONTH = (  # 4/22: the month first where the day is past 12
    rf"(?<![\d/.,]){MONTH_NUMBER}/(?:3[01]|2\d|1[3-9])(?![\d/]|[.,]\d)")
DOTTED_DAY_MONTH = (  # 4.22, 2-4: a day and month joined by a dot or a dash, ending the clause
    rf"(?<![\d/.,-]){DAY_NUMBER}[.-]{DAY_NUMBER}(?![\d/]|[.,-]\d){CLAUSE_END}")
