"""The money extractor's patterns: lexicon phrases as alternations, written numbers, and the
mention, range and tail patterns of each language built from them."""

from __future__ import annotations

import functools
import string
from typing import NamedTuple

import regex

from oimx import rx
from oimx.lexicon import currencies
from oimx.lexicon import dates as dates_lexicon
from oimx.lexicon import money as lex
from oimx.text import alternation, escape, longest_first, phrase_pattern, straighten


def units(phrase: str) -> tuple[str, ...]:
    """One lexicon phrase as pattern pieces: spaces match line breaks, capitals match only capitals."""
    pieces: list[str] = []
    for n, token in enumerate(phrase.split(" ")):
        if n:
            pieces.append(r"\s{1,3}")
        if token.isupper():
            pieces.append(f"(?-i:{escape(token)})")
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
    (?:\d{1,3}(?:[\ \t\u00a0\u202f]\d{3}){1,4}(?:[.,]\d{1,2})?  # 2 400 000, 2 400 000,50 (a tab as a space)
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


def m_words() -> frozenset[str]:
    """Month and weekday names of any language written in capitals as an M and three letters (MARS)."""
    names = (w for table in (*dates_lexicon.MONTHS.values(), *dates_lexicon.WEEKDAYS.values()) for w in table)
    return frozenset(w.upper() for w in names if len(w) == 4 and w.isalpha() and w[0] in "mM")


@functools.cache
def patterns(lang: str) -> tuple[regex.Pattern, ...]:
    """The mention, range-first-bound, tail (after the currency) and joint patterns of one language.

    Built on first use and kept: a run over French pages only need not pay the other
    languages' compile time at start-up.
    """
    symbol_phrases = sorted(currencies.symbols())
    words = lex.NUMBER_WORDS[lang]
    number_word = rf"(?:{alt(words)}(?!\w))"
    joiner = alt(lex.NUMBER_WORD_JOINERS[lang])
    number_words = rf"{number_word}(?:(?:\s{{1,2}}|-)(?:{joiner}(?:\s{{1,2}}|-))?{number_word}){{0,4}}"
    magnitude_words = f"(?:{alt(lex.MAGNITUDE_WORDS[lang])})(?!\\w)"
    magnitude = rf"(?:(?:{alt(lex.MAGNITUDE_WORDS[lang])}|{exact_alt(lex.MAGNITUDE_ABBREVIATIONS[lang])})(?!\w))"
    attach = "|".join(
        rf"{alt([a])}\s{{0,2}}" if a.endswith("'") else rf"{alt([a])}\s{{1,3}}"
        for a in lex.ATTACH_WORDS[lang]
    )
    # USD, MUSD (millions), usd, RMB: any three letters, the code looked up afterwards; not an M
    # before a code where the four letters spell a calendar word ("3 MARS" is a date, not M + ARS)
    codes = rf"(?P<mcode>(?-i:(?!{exact_alt(m_words())}(?!\w))M(?=[A-Z]{{3}})))?(?-i:[A-Z]{{3}}|[a-z]{{3}})"
    # Symbols: the dollar family as a shape (US$, $US, hk $, $ CA, cad$: looked up afterwards),
    # single marks as a class, the few others as an alternation (a long one is slow to search).
    single = "".join(escape(s) for s in symbol_phrases if len(s) == 1 and s != "$")
    others = alt(s for s in symbol_phrases if len(s) > 1 and "$" not in s)
    # (a one-letter prefix is glued, "A$ 5" is Australian, unless listed spaced ("C $"): "A $25 million grant" is
    # an article and dollars)
    spaced = "".join(f"|{escape(s[:-1])}" for s in symbol_phrases if len(s) == 3 and s[0].isalpha() and s[1:] == " $")
    # (the letters after it end a sentence with its full stop: "75 $ CA.", not "$ U.S."; a figure may follow them
    # glued, as after "US$": "$US2.9 billion")
    dollars = rf"(?:[A-Za-z]{{2,4}}\s?|[A-Za-z]{spaced})?\$(?:\s?(?-i:[A-Z]{{2,3}}|É\.-U\.)(?![^\W\d]|\.\w))?"
    letters = rf"{exact_alt(currencies.letter_symbols())}\.?"  # Ksh, Rs. (case as written)
    capitals = rf"{exact_alt(currencies.capital_symbols())}\.?"  # Q, FG: kept on their country's pages only
    symbols = rf"""(?:{dollars}|[{single}]|{others}|{letters}|{capitals})"""
    subunits = alt(lex.SUBUNITS)
    before = r"(?:[^\w\s]{1,2}|[A-Za-z]{1,3}\s?\$|(?-i:[A-Z]{3}))"  # $, US$, USD (the second bound has one)
    fraction = alt(lex.FRACTIONS[lang])
    dashes = "|".join(escape(d) for d in lex.RANGE_DASHES)
    openers = alt(lex.RANGE_OPENERS[lang])
    joiners = alt(lex.RANGE_JOINERS[lang])
    range_to = alt(lex.RANGE_TO[lang])
    halves = alt(lex.HALVES[lang])
    number = rf"""
        (?:{NUMBER_START}(?P<num>{DIGITS})                         # digits
          |(?<![\w.,])(?P<frac>{fraction})[\s-]{{1,2}}(?={magnitude}) # un demi-million
          |(?<![\w.,])(?P<words>{number_words})\s{{1,3}}(?P<half>{halves})(?=\s{{1,3}}{magnitude})  # two and a half
          |(?<![\w.,])(?P<words>{number_words})(?!\$)             # un, vingt-trois (not "A$": a prefix)
        )"""
    subunit_joiner = alt(lex.SUBUNIT_JOINERS[lang])
    cents = rf"""
        (?:\s{{1,3}}(?:{subunit_joiner}\s{{1,3}})?         # and, et, con
           (?:(?P<sub>\d{{1,2}})|(?P<subw>{number_words}))
           (?:\s{{1,3}}|-)(?P<subunit>{subunits})(?!\w)    # 15 cents, forty-five cents
        |(?<=\d€)(?P<sub>\d{{2}})(?!\d)                  # 12€50
        |\s{{1,3}}(?:{subunit_joiner}\s{{1,3}})?
           (?P<sub>\d{{2}})(?=\s{{0,2}}(?:[.;:!?)]|,\s|\Z)) # 15 dollars 50.
        )?"""
    mention = rf"""
        (?:
          {number}
          (?:(?:\s{{0,3}}|-)(?P<mag>{magnitude})     # millions, M, 4.5-billion
             (?:\s{{1,3}}(?P<half>{halves}))?        # un million et demi
             (?:\s{{1,3}}(?:{attach}))?
           |(?<=\d[.,'’\ \u00a0\u202f]000[.,'’\ \u00a0\u202f]000)\s{{1,3}}(?:{attach}))?  # de, d'; "12.000.000 de"
          (?:\s{{0,3}}|-)                            # one-yen
          (?:(?P<cur>(?P<code>{codes})|{symbols})    # USD, € (not after words: checked after)
             (?:(?![\w-])|(?<=\d€)(?=\d{{2}}(?!\d)))  # not euro-; "12€50": the sign as decimal mark
          |(?P<name>)(?=[^\W\d_]))                  # a word: a currency name? (looked up)
        |
          (?:(?<![^\W\d_])(?P<cur>{symbols})\s{{0,2}}  # $, US$, hk $ (not abou-t $)
            |(?<!\w)(?P<cur>{codes})\s{{0,2}})        # CHF 5, USD1,23
          (?P<num>{DIGITS})
          (?:(?:{dashes})(?P<num2>{DIGITS})          # $2-3 million
            |\s{{1,3}}{joiners}\s{{1,3}}(?P<num2>{DIGITS})(?=\s{{0,2}}{magnitude}))?  # USD 10 and 12 billion
          (?:(?:\s{{0,2}}|-)(?P<mag>{magnitude}))?   # million, m, bn; $4.5-billion
        |
          \(\s{{0,2}}(?P<cur>{codes})\s{{0,2}}\)     # column header: Budget Amount (USD)
          [\ \t]{{0,3}}:?\s{{0,3}}
          (?P<head>)(?P<num>{DIGITS})                # 50000.00 on the next line
          (?:\s{{0,2}}(?P<mag>{magnitude}))?
        )"""
    first_bound = rf"""
        (?:(?<!\w){openers}\s{{1,3}}                 # entre, between
           (?P<lo>(?:{before}\s{{0,2}})?             # $
              {number}
              (?:\s{{0,3}}(?P<mag>{magnitude}))?)    # million
           \s{{1,3}}{joiners}\s{{1,3}}               # et, and
        |
           (?<![\w.,])(?P<lo>{number}
              (?:\s{{0,3}}(?P<mag>{magnitude}))?)    # 2-, 2 millions–, 10 to (20 dollars)
           (?:\s{{0,2}}(?:{dashes})\s{{0,2}}
             |(?<!(?<![\d.,])(?:19|20)\d\d)\s{{1,3}}{range_to}\s{{1,3}})  # not a year: "(de X) en 2012 à 3,93 …"
        )\Z"""
    tail = rf"""
        (?:\s{{1,2}}(?P<mag2>{magnitude_words}))?    # 75 USD million
        (?(mag2)|{cents})                           # 15 dollars et 15 cents"""
    joint = rf"(?:(?<!\w){joiners}\s{{1,3}}|\s{{0,2}}(?:{dashes})\s{{0,2}})\Z"  # what ends a first bound
    # an amount with its magnitude and no currency, where the sentence goes on without a noun of what it counts:
    # "5 millones de euros este año y otros 5 millones en 2025" (it takes the currency of the amount before)
    implied = rf"""
        {number}\s{{0,3}}(?P<mag>{magnitude_words})
        (?=[ \t]{{0,3}}(?:[.,;:!?)\n]|\Z|(?:{alt(lex.IMPLIED_AMOUNT_FOLLOWERS[lang])})(?!\w)|\d{{4}}))"""
    flags = regex.VERBOSE | regex.IGNORECASE | regex.V0
    return tuple(rx.compile(p, flags) for p in (mention, first_bound, tail, joint, implied))


class Openings(NamedTuple):
    """What a mention needs where it starts, read before the mention pattern is tried there."""

    number_word: regex.Pattern  # at an ASCII letter: the first word of a number word or fraction
    initials: frozenset[str] | None  # the first two letters of those words, lower-case (None: not all ASCII)
    reach: int  # or a digit or $ within this many characters (a currency written before its number)
    marks: frozenset[str]  # elsewhere: a decimal digit, or one of these characters (casefolded, no ASCII letter)


@functools.cache
def openings(lang: str) -> Openings:
    """Where a mention of ``lang`` may start, from the alternatives of its pattern.

    At an ASCII letter, the first word of a number word or fraction (``deux millions``, ``half a
    million``: the pattern of those first words, built as the mention's own), or a digit or ``$``
    within reach: a currency written before its number (``USD 5``, ``MUSD 2``, ``US$ 5``, ``Kč 100``,
    ``F CFA 500``; the longest such currency, its spaces up to three wide, the two spaces before
    the number). At any other character, a digit, or the first character of a symbol, of a number
    word or fraction, or the bracket of a column header (``(USD)``).
    """
    phrases = [*lex.NUMBER_WORDS[lang], *lex.FRACTIONS[lang]]
    firsts = {phrase.split(" ")[0] for phrase in phrases}
    letter_symbols = [s for s in currencies.symbols()  # those that may start at an ASCII letter, whatever its case
                      if len(s) > 1 and "$" not in s and s[0].casefold()[0] in string.ascii_lowercase]
    reach = max(len("MUSD"), len("ABCD $"), *(len(s) + 2 * s.count(" ") for s in letter_symbols)) + 2 + 1
    marks = {p[0].casefold() for p in (*currencies.symbols(), *phrases, "$", "(")} - set(string.ascii_lowercase)
    initials = {first[:2] for first in firsts}  # the pattern reads two ASCII letters only as these, in any case
    plain = all(i.isascii() and i.isalpha() and i.islower() for i in initials)
    number_word = rx.compile(alt(firsts), regex.VERBOSE | regex.IGNORECASE | regex.V0)
    return Openings(number_word, frozenset(initials) if plain else None, reach, frozenset(marks))
