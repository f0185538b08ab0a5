"""Find amounts of money in press-release text and normalise them.

A mention is a number with a currency attached to it, with only magnitude words and
``de``/``d'``/``of`` in between: ``23 millions de dollars``, ``2 400 000 dollars US``,
``200.000 USD``, ``12,5 M€``, ``un million d'euros``, ``US$ 5 million``, ``CHF 2.5 million``,
or a number under a column header naming the currency (``Budget Amount (USD)`` then
``50000.00``). Counts of people, percentages, years and bare numbers are never money.
A range is two mentions; the first bound takes the magnitude and currency of the
second when it has none: ``entre 2 et 3 millions de dollars`` gives ``2`` (2000000 USD)
and ``3 millions de dollars``.

Candidates are found with patterns built from :mod:`oimx.lexicon.money`, then
normalised: digits by the decimal mark of ``lang`` (``1,5`` and ``2.5``; ``200.000``
is two hundred thousand in French and Spanish, ``1,500`` is fifteen hundred in
English), number words by text2num.

``find(text, lang="fr", country=None)`` returns items sorted by ``start``, not
overlapping, each a dict:

- ``text``: the mention as written, ``text[start:end]``;
- ``start``, ``end``: half-open code-point offsets into ``text``;
- ``amount``: the amount in units, an int when whole, else a float;
- ``currency``: the ISO 4217 code;
- ``note``: None, or a short remark on how the currency was chosen. Only a franc CFA
  gets one: when ``country`` (ISO 3166 alpha-2) is not in a CFA zone, the zone comes
  from the nearest CFA-zone place named in the text (``"CFA zone from 'Mali'"``);
  when nothing tells, ``XOF`` is taken with ``"CFA zone guessed"``.

Example::

    >>> find("L'OIM lance un appel de 23 millions de dollars.")[0]
    {'text': '23 millions de dollars', 'start': 24, 'end': 46, 'amount': 23000000, \
'currency': 'USD', 'note': None}
"""

from __future__ import annotations

import functools
from decimal import Decimal, InvalidOperation

import regex
from text_to_num import text2num

from oimx.lexicon import money as lex

LANGS = tuple(lex.CURRENCY_WORDS)
DEFAULT_LANG = "fr"
WINDOW = 60  # characters looked at around a currency, and before a mention for a range
SNAP = 40  # at most this many characters moved to cut a window at a space


def _phrase(phrase: str) -> str:
    """One lexicon phrase as a pattern: spaces match line breaks, capitals match only capitals."""
    parts = []
    for token in phrase.split(" "):
        body = "['’ʼ]".join(regex.escape(piece) for piece in token.split("'"))
        parts.append(f"(?-i:{body})" if token.isupper() else body)
    return r"\s{1,3}".join(parts)


def _alt(phrases) -> str:
    """An alternation of lexicon phrases, longest first so that the longest wins.

    One-word phrases in capitals (codes) share one case-sensitive group, which keeps
    the pattern small; they are tried after the other phrases.
    """
    phrases = set(phrases)
    codes = {p for p in phrases if p.isupper() and " " not in p}
    words = "|".join(_phrase(p) for p in sorted(phrases - codes, key=len, reverse=True))
    return "(?:" + "|".join(filter(None, (words, codes and _exact_alt(codes)))) + ")"


def _exact_alt(tokens) -> str:
    """An alternation of tokens matched exactly as written, case included."""
    return "(?-i:" + "|".join(regex.escape(t) for t in sorted(set(tokens), key=len, reverse=True)) + ")"


def _key(phrase: str) -> str:
    """Lookup key of a phrase as matched: one space between words, plain apostrophe, no case."""
    return " ".join(phrase.replace("’", "'").replace("ʼ", "'").split()).casefold()


def _prefixes(words) -> tuple[str, ...]:
    """The shortest lower-case words of a set that no other word of the set begins."""
    words = sorted({w.lower() for w in words})
    return tuple(w for w in words if not any(w != o and w.startswith(o) for o in words))


def _snap(text: str, i: int, step: int) -> int:
    """Move ``i`` (back when step is -1, forward when 1) to a space not inside a number."""
    n = len(text)
    for _ in range(SNAP):
        if i <= 0 or i >= n:
            return max(0, min(i, n))
        if text[i if step > 0 else i - 1].isspace() and not text[i - 1 if step > 0 else i - 2].isdigit():
            return i
        i += step
    return i


DIGITS = r"""
    (?:\d{1,3}(?:[\ \u00a0\u202f]\d{3}){1,4}(?:[.,]\d{1,2})?   # 2 400 000, 2 400 000,50
      |\d{1,3}(?:[.,]\d{3}){1,4}(?:[.,]\d{1,2})?               # 2.400.000, 200.000, 1,500.50
      |\d{1,12}(?:[.,]\d{1,3})?                                # 23, 1,5, 2.5, 50000.00
    )(?![\d]|[.,]\d)                                           # and no more digits
"""


@functools.cache
def _patterns(lang: str) -> tuple[regex.Pattern, regex.Pattern]:
    """The mention pattern and the range-first-bound pattern of one language.

    Built on first use and kept: each language's pair takes some 13 ms to compile,
    which a run over French pages only need not pay three times at start-up.
    """
    words = lex.NUMBER_WORDS[lang]
    number_word = rf"(?:{_alt(words)})(?!\w)"
    joiner = _alt(lex.NUMBER_WORD_JOINERS[lang])
    number_words = rf"{number_word}(?:(?:\s{{1,2}}|-)(?:{joiner}(?:\s{{1,2}}|-))?{number_word}){{0,4}}"
    magnitude = (
        f"(?:{_alt(lex.MAGNITUDE_WORDS[lang])}|{_exact_alt(lex.MAGNITUDE_ABBREVIATIONS[lang])})(?!\\w)"
    )
    attach = "|".join(
        rf"{_phrase(a)}\s{{0,2}}" if a.endswith("'") else rf"{_phrase(a)}\s{{1,3}}"
        for a in lex.ATTACH_WORDS[lang]
    )
    codes = _exact_alt(lex.CURRENCY_CODES)
    after = _alt([*lex.CURRENCY_WORDS[lang], *lex.SYMBOLS_AFTER, *lex.CURRENCY_CODES])
    symbols = _alt(lex.SYMBOLS_BEFORE)
    before = f"(?:{symbols}|{codes})"
    fraction = _alt(lex.FRACTIONS[lang])
    dashes = "|".join(regex.escape(d) for d in lex.RANGE_DASHES)
    number = rf"""
        (?:(?P<num>{DIGITS})                              # digits
          |(?P<frac>{fraction})[\s-]{{1,2}}(?={magnitude}) # un demi-million
          |(?P<words>{number_words})                      # un, vingt-trois, cinq cents
        )"""
    mention = rf"""
        (?<![\w.,])                                  # a number starts on its own
        (?:
          {number}
          (?:\s{{0,3}}(?P<mag>{magnitude})           # millions, M
             (?:\s{{1,3}}(?:{attach}))?)?            # de, d'
          \s{{0,3}}(?P<cur>{after})(?![\w-])         # dollars US, €, USD (not euro-)
        |
          (?:(?P<cur>{symbols})\s{{0,2}}              # $, US$
            |(?P<cur>{codes})\s{{1,2}})               # CHF, USD: a space before the digits
          (?P<num>{DIGITS})
          (?:(?:{dashes})(?P<num2>{DIGITS}))?        # $2-3 million
          (?:\s{{0,2}}(?P<mag>{magnitude}))?         # million, m, bn
        |
          \(\s{{0,2}}(?P<cur>{codes})\s{{0,2}}\)     # column header: Budget Amount (USD)
          [\ \t]{{0,3}}:?\s{{0,3}}
          (?P<head>)(?P<num>{DIGITS})                # 50000.00 on the next line
          (?:\s{{0,2}}(?P<mag>{magnitude}))?
        )"""
    openers = _alt(lex.RANGE_OPENERS[lang])
    joiners = _alt(lex.RANGE_JOINERS[lang])
    first_bound = rf"""
        (?:(?<!\w){openers}\s{{1,3}}                 # entre, between
           (?P<lo>(?:{before}\s{{0,2}})?             # $
              {number}
              (?:\s{{0,3}}(?P<mag>{magnitude}))?)    # million
           \s{{1,3}}{joiners}\s{{1,3}}               # et, and
        |
           (?<![\w.,])(?P<lo>{number}
              (?:\s{{0,3}}(?P<mag>{magnitude}))?)    # 2-, 2 millions–
           \s{{0,2}}(?:{dashes})\s{{0,2}}
        )\Z"""
    flags = regex.VERBOSE | regex.IGNORECASE | regex.V0
    return regex.compile(mention, flags), regex.compile(first_bound, flags)


CURRENCIES = {
    lang: {_key(k): v for table in (lex.SYMBOLS_BEFORE, lex.SYMBOLS_AFTER, words) for k, v in table.items()}
    | {code.casefold(): code for code in lex.CURRENCY_CODES}
    for lang, words in lex.CURRENCY_WORDS.items()
}
MAGNITUDES = {lang: {_key(k): v for k, v in table.items()} for lang, table in lex.MAGNITUDE_WORDS.items()}
FRACTION_VALUES = {lang: {_key(k): v for k, v in table.items()} for lang, table in lex.FRACTIONS.items()}
CFA_PLACES = regex.compile(r"(?<!\w)" + _alt(lex.CFA_PLACES) + r"(?!\w)")
CFA_PLACE_ZONE = {_key(k): v for k, v in lex.CFA_PLACES.items()}
CFA_COUNTRY_ZONE = {country: zone for zone, countries in lex.CFA_ZONES.items() for country in countries}


STEMS = {
    lang: _prefixes(p.split()[0] for p in words if not p.split()[0].isupper())
    for lang, words in lex.CURRENCY_WORDS.items()
}
FIRST_WORDS = {lang: {p.split()[0].lower() for p in words} for lang, words in lex.CURRENCY_WORDS.items()}
SYMBOL_CHARS = "".join(
    sorted({c for s in (*lex.SYMBOLS_BEFORE, *lex.SYMBOLS_AFTER) for c in s if not c.isalnum()} - set(" .-"))
)
CODE_TOKENS = frozenset(
    [*lex.CURRENCY_CODES]
    + [t for s in (*lex.SYMBOLS_BEFORE, *lex.SYMBOLS_AFTER) for t in regex.findall(r"[A-Z]{2,}", s)]
    + [t for words in lex.CURRENCY_WORDS.values() for p in words for t in p.split() if t.isupper()]
)
CAPITALS = regex.compile(r"[A-Z]{2,4}")
SPACES = regex.compile(r"\s")
WORD = regex.compile(r"\w+")


def _digits_value(digits: str, lang: str, scaled: bool) -> Decimal:
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


def _magnitude(word: str | None, lang: str) -> int:
    """The multiplier of a magnitude word or abbreviation, 1 when there is none."""
    if not word:
        return 1
    return lex.MAGNITUDE_ABBREVIATIONS[lang].get(word) or MAGNITUDES[lang][_key(word)]


def _number_value(m: regex.Match, lang: str) -> Decimal | None:
    """The value of the number groups of a match, before its magnitude; None when unreadable."""
    if m.group("num"):
        return _digits_value(m.group("num"), lang, bool(m.group("mag")))
    if m.group("frac"):
        return Decimal(str(FRACTION_VALUES[lang][_key(m.group("frac"))]))
    aliases = lex.NUMBER_WORD_ALIASES[lang]
    words = " ".join(aliases.get(w.casefold(), w) for w in m.group("words").split())
    try:
        return Decimal(text2num(words.casefold(), lang))
    except (ValueError, InvalidOperation):
        return None


def _plain(value: Decimal) -> int | float:
    """An amount as JSON wants it: int when whole."""
    return int(value) if value == value.to_integral_value() else float(value)


class _Cfa:
    """Chooses XOF or XAF for a franc CFA: from the country hint, else the nearest place named."""

    def __init__(self, text: str, country: str | None) -> None:
        self.text = text
        self.zone = CFA_COUNTRY_ZONE.get((country or "").upper())
        self.places: list[tuple[int, str, str]] | None = None

    def resolve(self, start: int) -> tuple[str, str | None]:
        """The ISO code and note for a franc CFA mentioned at ``start``."""
        if self.zone:
            return self.zone, None
        if self.places is None:
            self.places = [
                (m.start(), m.group(), zone)
                for m in CFA_PLACES.finditer(self.text)
                if (zone := CFA_PLACE_ZONE[_key(m.group())])
            ]
        if not self.places:
            return "XOF", "CFA zone guessed"
        _, name, zone = min(self.places, key=lambda p: abs(p[0] - start))
        return zone, f"CFA zone from '{name}'"


def _item(text: str, start: int, end: int, amount: Decimal, currency: str, note: str | None) -> dict:
    """One output item."""
    return {
        "text": text[start:end],
        "start": start,
        "end": end,
        "amount": _plain(amount),
        "currency": currency,
        "note": note,
    }


def _anchors(text: str, lang: str) -> list[int]:
    """Positions of currency words, symbols and codes: a mention lies near one of them."""
    lowered = text.lower()
    if len(lowered) != len(text):  # lower() changed the length: look everywhere
        return list(range(0, len(text), WINDOW))
    found = []
    first_words = FIRST_WORDS[lang]
    for stem in STEMS[lang]:
        i = lowered.find(stem)
        while i >= 0:
            if (i == 0 or not lowered[i - 1].isalpha()) and WORD.match(lowered, i).group() in first_words:
                found.append(i)
            i = lowered.find(stem, i + 1)
    for char in SYMBOL_CHARS:
        i = text.find(char)
        while i >= 0:
            found.append(i)
            i = text.find(char, i + 1)
    found += [m.start() for m in CAPITALS.finditer(text) if m.group() in CODE_TOKENS]
    return sorted(found)


def _windows(text: str, lang: str) -> list[tuple[int, int]]:
    """Stretches of text around the anchors, merged, cut only at spaces outside numbers."""
    windows: list[tuple[int, int]] = []
    for anchor in _anchors(text, lang):
        lo, hi = _snap(text, anchor - WINDOW, -1), _snap(text, anchor + WINDOW, 1)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


def find(text: str, *, lang: str = "fr", country: str | None = None) -> list[dict]:
    """Money mentions in ``text``, sorted by start; see the module docstring for the schema."""
    lang = lang if lang in LANGS else DEFAULT_LANG
    mention, first_bound = _patterns(lang)
    cfa = _Cfa(text, country)
    items: list[dict] = []
    matches = [m for lo, hi in _windows(text, lang) for m in mention.finditer(text, lo, hi)]
    for m in matches:
        value = _number_value(m, lang)
        if value is None:
            continue
        currency, note = CURRENCIES[lang][_key(m.group("cur"))], None
        if currency == "CFA":
            currency, note = cfa.resolve(m.start())
        magnitude = _magnitude(m.group("mag"), lang)
        start = m.start("num") if m.group("head") is not None else m.start()
        if m.group("num2"):  # $2-3 million: two mentions
            hi = _digits_value(m.group("num2"), lang, bool(m.group("mag"))) * magnitude
            lo = value * magnitude if value * magnitude <= hi else value
            items.append(_item(text, start, m.end("num"), lo, currency, note))
            items.append(_item(text, m.start("num2"), m.end(), hi, currency, note))
            continue
        amount = value * magnitude
        bound = first_bound.search(text, max(0, start - WINDOW), start)
        if bound:
            lo = _number_value(bound, lang)
            if lo is not None:
                lo_magnitude = _magnitude(bound.group("mag"), lang)
                lo = lo * lo_magnitude if bound.group("mag") or lo * magnitude > amount else lo * magnitude
                while items and items[-1]["end"] > bound.start("lo"):
                    items.pop()
                items.append(_item(text, bound.start("lo"), bound.end("lo"), lo, currency, note))
        items.append(_item(text, start, m.end(), amount, currency, note))
    return items
