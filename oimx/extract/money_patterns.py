"""Pattern pieces of the money extractor: alternations of lexicon phrases, written numbers."""

from __future__ import annotations

import regex

from oimx.text import alternation, longest_first, phrase_pattern, straighten


def units(phrase: str) -> tuple[str, ...]:
    """One lexicon phrase as pattern pieces: spaces match line breaks, capitals match only capitals."""
    pieces: list[str] = []
    for n, token in enumerate(phrase.split(" ")):
        if n:
            pieces.append(r"\s{1,3}")
        if token.isupper():
            pieces.append(f"(?-i:{regex.escape(token)})")
        else:
            pieces.append(phrase_pattern(straighten(token)))
    return tuple(pieces)


def alt(phrases) -> str:
    """An alternation of lexicon phrases, the longest tried first."""
    return "(?:" + "|".join("".join(units(p)) for p in longest_first(phrases)) + ")"


def exact_alt(tokens) -> str:
    """An alternation of tokens matched exactly as written, case included."""
    return f"(?-i:{alternation(tokens)})"


DIGITS = r"""
    (?:\d{1,3}(?:[\ \u00a0\u202f]\d{3}){1,4}(?:[.,]\d{1,2})?   # 2 400 000, 2 400 000,50
      |\d{1,3}(?:['’]\d{3}){1,4}(?:[.,]\d{1,2})?               # Swiss 1'049,95
      |\d{1,2}(?:,\d{2}){1,3},\d{3}(?:\.\d{1,2})?              # Indian 12,34,567.89
      |\d{1,3}(?:[.,]\d{3}){1,4}(?:[.,]\d{1,2})?               # 2.400.000, 200.000, 1,500.50
      |\d{1,12}(?:[.,]\d{1,3})?                                # 23, 1,5, 2.5, 50000.00
    )(?![\d]|[.,'’]\d)                                         # and no more digits
"""
#: Where a written number may start: not inside another number. Not after a capital
#: (COP28) and not as the last group of another (``000`` of ``185 000``) either, which
#: ``money.find`` checks on the match (a lookbehind here is slow); after a small letter
#: it may (``a généré185 000 dollars``).
NUMBER_START = r"(?<![\d.,'’_])"
