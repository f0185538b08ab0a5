"""Vocabulary of the dates extractor, per language (see :mod:`oimx.lexicon.languages`).

Everything the patterns of :mod:`oimx.extract.dates` match on lives here as
data: month and weekday names, relative expressions, range prepositions,
ordinal markers and the words that stop a number from being read as a year.
Words are written in lower case; matching is case-insensitive unless a table
says otherwise.  Apostrophes are written ``'`` and match ``'`` or ``’``.
"""

from __future__ import annotations

from oimx.lexicon.dates.calendar import *  # noqa: F403
from oimx.lexicon.dates.periods import *  # noqa: F403
from oimx.lexicon.dates.ranges import *  # noqa: F403
from oimx.lexicon.dates.relative import *  # noqa: F403
from oimx.lexicon.dates.spelling import add_unaccented
from oimx.lexicon.dates.years import *  # noqa: F403
from oimx.lexicon.languages import LANGUAGES

LANGS = LANGUAGES  # read by the date patterns

# French written without its accents ("l'annee derniere", "2 dernieres annees", "apres-midi").
add_unaccented(
    "fr", RELATIVE, TIME_UNITS, COUNT_DIRECTION_BEFORE, COUNT_DIRECTION_MIDDLE,  # noqa: F405
    COUNT_DIRECTION_AFTER, WEEKDAY_PARTS, HOLIDAYS, DECADE_BEFORE, SINCE, AGO_AFTER,  # noqa: F405
    AGO_AFTER_AT_CLAUSE_END, IN_AFTER_AT_CLAUSE_END, NTH_UNITS, NTH_LINKS, MONTH_YEAR_LINKS)  # noqa: F405
