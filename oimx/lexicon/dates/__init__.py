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
from oimx.lexicon.dates.years import *  # noqa: F403
from oimx.lexicon.languages import LANGUAGES

LANGS = LANGUAGES  # read by the date patterns
