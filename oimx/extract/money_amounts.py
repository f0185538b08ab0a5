"""The value of a money mention: written numbers (digits by the language's decimal mark, words by
text2num), magnitudes, fractions and hundredths."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

import regex
from text_to_num import text2num

from oimx import rx
from oimx.lexicon import money as lex
from oimx.text import key

MAGNITUDES = {lang: {key(k): v for k, v in table.items()} for lang, table in lex.MAGNITUDE_WORDS.items()}
FRACTION_VALUES = {lang: {key(k): v for k, v in table.items()} for lang, table in lex.FRACTIONS.items()}
SPACES = rx.compile(r"[\s'’]")


def digits_value(digits: str, lang: str, scaled: bool) -> Decimal:
    """The value of a written number: spaces group thousands; one mark may be decimal.

    A single mark before three digits groups thousands unless it is the language's
    decimal mark and a magnitude follows (``1,500 million`` in French): amounts in
    units are not written to the thousandth.
    """
    s = SPACES.sub("", digits)
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        decimal = "." if s.rindex(".") > s.rindex(",") else ","
        s = s.replace("," if decimal == "." else ".", "").replace(decimal, ".")
    elif dots or commas:
        mark = "." if dots else ","
        tail = s.rpartition(mark)[2]
        if dots + commas > 1 or (len(tail) == 3 and not (scaled and mark == lex.DECIMAL_MARK[lang])):
            s = s.replace(mark, "")
        else:
            s = s.replace(mark, ".")
    return Decimal(s)


def magnitude(word: str | None, lang: str) -> int:
    """The multiplier of a magnitude word or abbreviation, 1 when there is none."""
    if not word:
        return 1
    return lex.MAGNITUDE_ABBREVIATIONS[lang].get(word) or MAGNITUDES[lang][key(word)]


def number_value(m: regex.Match, lang: str, g: Mapping[str, int]) -> Decimal | None:
    """The value of the number groups of a match, before its magnitude; None when unreadable. ``g`` is its
    pattern's ``groupindex``: groups read by number (by name, ``regex`` raises and clears a TypeError first)."""
    half = Decimal("0.5") if "half" in g and m.group(g["half"]) else 0  # "un million et demi"
    if m.group(g["num"]):
        return digits_value(m.group(g["num"]), lang, bool(m.group(g["mag"]))) + half
    if m.group(g["frac"]):
        return Decimal(str(FRACTION_VALUES[lang][key(m.group(g["frac"]))]))
    aliases = lex.NUMBER_WORD_ALIASES[lang]
    words = " ".join(aliases.get(w.casefold(), w) for w in m.group(g["words"]).split())
    try:
        return Decimal(text2num(words.casefold(), lang)) + half
    except (ValueError, InvalidOperation):
        return None


def plain(value: Decimal) -> int | float:
    """An amount as JSON wants it: int when whole."""
    return int(value) if value == value.to_integral_value() else float(value)


def cents(m: regex.Match, lang: str, g: Mapping[str, int]) -> Decimal:
    """The hundredths written after an amount (``et 15 cents``, ``50``), 0 when none (``g``: as number_value)."""
    if m.group(g["sub"]):
        return Decimal(m.group(g["sub"])) / 100
    if m.group(g["subw"]):
        try:
            return Decimal(text2num(m.group(g["subw"]).casefold(), lang)) / 100
        except (ValueError, InvalidOperation):
            return Decimal(0)
    return Decimal(0)
