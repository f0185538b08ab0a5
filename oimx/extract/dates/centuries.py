"""Centuries: "le 21e siècle", "au XXIe siècle", "the 21st century", "el siglo XXI" -> a range of
years, 2000-2099 for the 21st.  Tried at a day-sized number with a century noun right after it, or
at the noun or a Roman ordinal ("XXIe") within reach of one."""

from __future__ import annotations

from oimx.extract.dates.words import SPACE, all_languages, alternatives
from oimx.lexicon import dates as lex

_ROMAN = {"I": 1, "V": 5, "X": 10}
NOUNS = tuple(all_languages(lex.CENTURY_NOUNS))
_NOUN = rf"{alternatives(NOUNS)}(?!\w)"
_ROMAN_NUMBER = r"(?-i:X{0,2}(?:IX|IV|V?I{0,3}))"  # I to XXIX, checked non-empty by its value


def source(ordinal: str) -> str:
    """The pattern: a number and its ordinal marker before the noun, or a Roman number after it."""
    return rf"""(?<!\w)(?P<century>
         (?P<century_number>(?<!\d)(?:2[01]|1\d|[1-9])(?!\d)|{_ROMAN_NUMBER}){ordinal}?{SPACE}{_NOUN}  # 21e siècle
       | {_NOUN}{SPACE}(?P<century_number>{_ROMAN_NUMBER})(?!\w))                                # siglo XXI"""


def roman_value(text: str) -> int:
    """The value of a Roman number of I, V and X ("XXI" -> 21)."""
    values = [_ROMAN[c] for c in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def opening_words(ordinals: tuple[str, ...]) -> list[str]:
    """The words a century may start with: the nouns ("siglo XXI") and Roman ordinals ("xxie")."""
    romans = [_roman(n).lower() for n in range(1, 22)]
    return [*NOUNS, *romans, *(r + o.lower() for r in romans for o in ordinals if o.isalpha())]


def _roman(n: int) -> str:
    tens, units = divmod(n, 10)
    return "X" * tens + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")[units]


def may_match(text: str, at: int) -> bool:
    """A century noun within the few characters after a number."""
    ahead = text[at:at + 16].lower()
    return any(noun in ahead for noun in NOUNS)


def years(number: str) -> tuple[int, int] | None:
    """First and last year of the century numbered ``number`` ("21", "XXI")."""
    value = int(number) if number.isdigit() else roman_value(number)
    if not 1 <= value <= 21:
        return None
    return (value - 1) * 100, (value - 1) * 100 + 99
