"""Find amounts of money in press-release text and normalise them.

A mention is a number with a currency attached to it, with only magnitude words and
``de``/``d'``/``of`` in between: ``23 millions de dollars``, ``2 400 000 dollars US``,
``200.000 USD``, ``12,5 M€``, ``un million d'euros``, ``US$ 5 million``, ``CHF 2.5 million``,
``USD1,23``, ``30 MUSD``, ``75 USD million``, ``hk $ 10.05 billion``, ``5 000 Kč``,
``dix shekels``, ``35 lakh rupees``, ``1'049,95 CHF``, hundredths after an amount
(``15 dollars et 15 cents``, ``15 dollars 50.``) or alone (``470 pence``), or a number
under a column header naming the currency (``Budget Amount (USD)`` then ``50000.00``).
Counts of people, percentages, years and bare numbers are never money. A range is two
mentions; the first bound takes the magnitude and currency of the second when it has
none: ``entre 2 et 3 millions de dollars`` gives ``2`` (2000000 USD) and
``3 millions de dollars``.

Every ISO 4217 currency is known by its CLDR names (singular and plural), its head noun
alone (``yens``, ``shekels``; not when the noun is a common word: ``livres``, ``mark``),
its symbols and its code (:mod:`oimx.lexicon.currencies`, a table shipped from babel).
Codes and symbols are in the pattern; a word after a number is looked up as the start of
a currency name, the longest name winning (a pattern of all names would take a good part
of a second to compile). Numbers are then normalised: digits by the decimal mark of
``lang`` (``1,5`` and ``2.5``; ``200.000`` is two hundred thousand in French and Spanish,
``1,500`` is fifteen hundred in English), number words by text2num.

``find(text, lang="fr", country=None)`` returns items sorted by ``start``, not
overlapping, each a dict:

- ``text``: the mention as written, ``text[start:end]``;
- ``start``, ``end``: half-open code-point offsets into ``text``;
- ``amount``: the amount in units, an int when whole, else a float;
- ``currency``: the ISO 4217 code. A noun shared by several currencies is USD when USD
  shares it (``dollars``), GBP for ``pounds``, else the currency ``country`` uses
  (``francs`` in Mali is XOF), else ``XXX`` (ISO's "no currency"), with a note;
- ``note``: None, or a short remark on how the currency was chosen: for a franc CFA,
  when ``country`` (ISO 3166 alpha-2) is not in a CFA zone (zones from babel's
  territory currencies), the zone comes from the nearest CFA-zone place named in the
  text (``"CFA zone from 'Mali'"``), and when nothing tells, ``XOF`` is taken with
  ``"CFA zone guessed"``; for ``XXX``, ``"currency not told: 'francs'"``.

Example::

    >>> find("L'OIM lance un appel de 23 millions de dollars.")[0]
    {'text': '23 millions de dollars', 'start': 24, 'end': 46, 'amount': 23000000, \
'currency': 'USD', 'note': None}
"""

from __future__ import annotations

import bisect
import functools
import re
from decimal import Decimal, InvalidOperation

import regex
from text_to_num import text2num

from oimx.extract.money_patterns import DIGITS, NUMBER_START, alt, exact_alt
from oimx.lexicon import currencies
from oimx.lexicon import money as lex
from oimx.text import word_set

LANGS = tuple(lex.CURRENCY_WORDS)
DEFAULT_LANG = "fr"
WINDOW = 60  # characters looked at around a currency, and before a mention for a range
SNAP = 40  # at most this many characters moved to cut a window at a space


def _key(phrase: str) -> str:
    """Lookup key of a phrase as matched: one space between words, plain apostrophe, no case."""
    return " ".join(phrase.replace("’", "'").replace("ʼ", "'").split()).casefold()


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


@functools.cache
def _vocabulary(lang: str) -> tuple[dict[str, tuple[str, ...]], currencies.Names, list[str], list[str]]:
    """Lookup of symbols and codes (key to codes), the currency names, symbols and codes of a language.

    A name or symbol with several codes is a noun shared by several currencies; ``("CFA",)`` is
    a franc CFA; ``("SUB", code or "")`` a hundredth (cent, penny).
    """
    symbols = currencies.symbols()
    codes = sorted(currencies.codes() | {c.lower() for c in lex.LOWERCASE_CODES} | set(lex.CODE_LIKE))
    lookup = {c.casefold(): (lex.CODE_LIKE.get(c, c.upper()),) for c in codes}
    lookup |= {" ".join(k.split()): (v,) for k, v in symbols.items()}  # symbols: case as written
    subunits = {k: ("SUB", v or "") for k, v in lex.SUBUNITS.items()}
    return lookup, currencies.Names(currencies.words(lang) | subunits), sorted(symbols), codes


@functools.cache
def _patterns(lang: str) -> tuple[regex.Pattern, ...]:
    """The mention, range-first-bound, tail (after the currency) and joint patterns of one language.

    Built on first use and kept: a run over French pages only need not pay the other
    languages' compile time at start-up.
    """
    symbol_phrases = _vocabulary(lang)[2]
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
    # USD, MUSD (millions), usd, RMB: any three letters, the code looked up afterwards
    codes = r"(?P<mcode>(?-i:M(?=[A-Z]{3})))?(?-i:[A-Z]{3}|[a-z]{3})"
    # Symbols: the dollar family as a shape (US$, $US, hk $, $ CA, cad$: looked up afterwards),
    # single marks as a class, the few others as an alternation (a long one is slow to search).
    single = "".join(regex.escape(s) for s in symbol_phrases if len(s) == 1 and s != "$")
    others = alt(s for s in symbol_phrases if len(s) > 1 and "$" not in s)
    symbols = rf"""(?:(?:[A-Za-z]{{1,4}}\s?)?\$(?:\s?(?-i:[A-Z]{{2,3}}|É\.-U\.)(?![\w.]))?|[{single}]|{others})"""
    subunits = alt(lex.SUBUNITS)
    before = r"(?:[^\w\s]{1,2}|[A-Za-z]{1,3}\s?\$|(?-i:[A-Z]{3}))"  # $, US$, USD (the second bound has one)
    fraction = alt(lex.FRACTIONS[lang])
    dashes = "|".join(regex.escape(d) for d in lex.RANGE_DASHES)
    number = rf"""
        (?:{NUMBER_START}(?P<num>{DIGITS})                         # digits
          |(?<![\w.,])(?P<frac>{fraction})[\s-]{{1,2}}(?={magnitude}) # un demi-million
          |(?<![\w.,])(?P<words>{number_words})                    # un, vingt-trois, cinq cents
        )"""
    cents = rf"""
        (?:\s{{1,3}}(?:{joiner}\s{{1,3}})?                # and, et
           (?:(?P<sub>\d{{1,2}})|(?P<subw>{number_words}))
           (?:\s{{1,3}}|-)(?P<subunit>{subunits})(?!\w)    # 15 cents, forty-five cents
        |\s{{1,3}}(?:{joiner}\s{{1,3}})?
           (?P<sub>\d{{2}})(?=\s{{0,2}}(?:[.;:!?)]|,\s|\Z)) # 15 dollars 50.
        )?"""
    mention = rf"""
        (?:
          {number}
          (?:\s{{0,3}}(?P<mag>{magnitude})           # millions, M
             (?:\s{{1,3}}(?:{attach}))?)?            # de, d'
          (?:\s{{0,3}}|-)                            # one-yen
          (?:(?P<cur>(?P<code>{codes})|{symbols})    # USD, € (not after words: checked after)
             (?![\w-])                              # not euro-
          |(?P<name>)(?=[^\W\d_]))                  # a word: a currency name? (looked up)
        |
          (?:(?<![^\W\d_])(?P<cur>{symbols})\s{{0,2}}  # $, US$, hk $ (not abou-t $)
            |(?<!\w)(?P<cur>{codes})\s{{0,2}})        # CHF 5, USD1,23
          (?P<num>{DIGITS})
          (?:(?:{dashes})(?P<num2>{DIGITS}))?        # $2-3 million
          (?:\s{{0,2}}(?P<mag>{magnitude}))?         # million, m, bn
        |
          \(\s{{0,2}}(?P<cur>{codes})\s{{0,2}}\)     # column header: Budget Amount (USD)
          [\ \t]{{0,3}}:?\s{{0,3}}
          (?P<head>)(?P<num>{DIGITS})                # 50000.00 on the next line
          (?:\s{{0,2}}(?P<mag>{magnitude}))?
        )"""
    openers = alt(lex.RANGE_OPENERS[lang])
    joiners = alt(lex.RANGE_JOINERS[lang])
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
    tail = rf"""
        (?:\s{{1,2}}(?P<mag2>{magnitude_words}))?    # 75 USD million
        (?(mag2)|{cents})                           # 15 dollars et 15 cents"""
    joint = rf"(?:(?<!\w){joiners}\s{{1,3}}|\s{{0,2}}(?:{dashes})\s{{0,2}})\Z"  # what ends a first bound
    flags = regex.VERBOSE | regex.IGNORECASE | regex.V0
    return tuple(regex.compile(p, flags) for p in (mention, first_bound, tail, joint))


@functools.cache
def _anchor_words(lang: str) -> frozenset[str]:
    """Lower-case words a currency phrase is built on (its head), and symbols made of letters."""
    head = -1 if lang == "en" else 0
    found = {WORD.findall(p)[head].lower() for p in currencies.words(lang) if WORD.findall(p)}
    found |= {currencies.head(p, "en") for p in currencies.load()["heads"]["en"]} | set(lex.SUBUNITS)
    found |= {w.lower() for s in _vocabulary(lang)[2] if WORD.sub("", s).isspace() or WORD.fullmatch(s)
              for w in WORD.findall(s) if len(w) > 1}  # Kč, F CFA
    return frozenset(found | {c for c in _vocabulary(lang)[3] if c.islower()})


@functools.cache
def _code_set(lang: str) -> frozenset[str]:
    """Codes as written (USD, usd) and with an M for millions (MUSD)."""
    codes = _vocabulary(lang)[3]
    return frozenset(codes) | frozenset("M" + c for c in codes if c.isupper())


@functools.cache
def _code_tokens(lang: str) -> frozenset[str]:
    return frozenset(c.lower() for c in _code_set(lang))


@functools.cache
def _anchor_tokens(lang: str) -> frozenset[str]:
    """Currency words and codes as they may stand between spaces: ``dollars,``, ``(usd)``."""
    bare = _anchor_words(lang) | _code_tokens(lang)
    shapes = ("{}", "{},", "{}.", "{};", "{}:", "{})", "({}", "({})", "{}),", "{}).", "«{}", "{}»", "\"{}", "{}\"")
    return frozenset(shape.format(w) for w in bare for shape in shapes)


@functools.cache
def _symbol_chars() -> str:
    symbols = _vocabulary("fr")[2]
    marks = {c for s in symbols for c in s if not c.isalnum()} | {s for s in symbols if len(s) == 1}  # $, 元
    return "".join(sorted(marks - set(" .-'’/")))


MAGNITUDES = {lang: {_key(k): v for k, v in table.items()} for lang, table in lex.MAGNITUDE_WORDS.items()}
FRACTION_VALUES = {lang: {_key(k): v for k, v in table.items()} for lang, table in lex.FRACTIONS.items()}
CFA_PLACES = regex.compile(r"(?<!\w)" + alt(lex.CFA_PLACES) + r"(?!\w)")
CFA_PLACE_ZONE = {_key(k): v for k, v in lex.CFA_PLACES.items()}
SPACES = regex.compile(r"[\s'’]")
DIGIT_RUN = re.compile(r"\d+")
DIGIT_GROUP_END = regex.compile(r"(?<=\d[\ \u00a0\u202f])\d{3}(?!\d)")
WORD = regex.compile(r"[^\W\d_]+")
#: Characters stripped from the ends of a word when looking for currency words and codes.
STRIP = "0123456789!\"#%&'()*+,./:;<=>?@[\\]^_`{|}~’«»“”–—…-\u00a0\u202f"
CFA_CODES = ("XOF", "XAF")

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


class _Currency:
    """Chooses the ISO code of a currency phrase, with a note when it was guessed.

    A franc CFA is XOF or XAF from the country hint, else from the nearest CFA-zone place
    named in the text. A noun shared by several currencies takes the first of
    ``SHARED_NOUN_DEFAULTS`` it names, else the country's currency, else ``XXX`` (not told).
    """

    def __init__(self, text: str, country: str | None) -> None:
        self.text = text
        self.in_use = currencies.load()["territories"].get((country or "").upper(), [])
        self.zone = next((c for c in self.in_use if c in CFA_CODES), None)
        self.places: list[tuple[int, str, str]] | None = None

    def code(self, codes: tuple[str, ...], written: str, start: int) -> tuple[str, str | None]:
        """The ISO code and note for a currency phrase (its codes as looked up) at ``start``."""
        if codes == ("CFA",):
            return self._cfa(start)
        if len(codes) == 1:
            return codes[0], None
        shared = [c for c in (*lex.SHARED_NOUN_DEFAULTS, *self.in_use) if c in codes]
        if shared:
            return shared[0], None
        return "XXX", f"currency not told: '{written}'"

    def _cfa(self, start: int) -> tuple[str, str | None]:
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
        i = bisect.bisect(self.places, (start,))
        _, name, zone = min(self.places[max(0, i - 1) : i + 1], key=lambda p: abs(p[0] - start))
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
    """Positions of currency words, symbols and codes: a mention lies near one of them.

    The words of the lower-cased text are taken as a set (split, in C) and met with the
    currency words and codes, written bare or with punctuation around (``dollars,``,
    ``(usd)``); only the few found are then looked for by position.
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # lower() changed the length: look everywhere
        return list(range(0, len(text), WINDOW))
    split = word_set(lowered.replace("'", " ").replace("’", " ").replace("-", " ").replace("/", " "))
    hits = {t.strip(STRIP) for t in split & _anchor_tokens(lang)}
    found = _positions(lowered, hits & _anchor_words(lang))
    codes = _code_set(lang)
    for token in hits & _code_tokens(lang):  # usd, musd: found as written, USD, MUSD or usd
        found += _positions(text, {token, token.upper(), "M" + token[1:].upper()} & codes)
    found += _glued_codes(text, codes)
    for char in _symbol_chars():
        i = text.find(char)
        while i >= 0:
            found.append(i)
            i = text.find(char, i + 1)
    return sorted(found)


def _glued_codes(text: str, codes: frozenset[str]) -> list[int]:
    """Codes written against a number: 115USD, USD1,23, USD,100 (read around each digit run)."""
    found = []
    for m in DIGIT_RUN.finditer(text):
        start, end = m.start(), m.end()
        before = start - 1 if text[start - 1 : start] in ",.;:" else start
        for i in (before - 4, before - 3, end):
            if i >= 0 and (text[i : i + 3] in codes or text[i : i + 4] in codes):
                found.append(max(i, 0))
    return found


def _positions(text: str, words: set[str]) -> list[int]:
    """Where the words occur in ``text`` as whole words (letters on neither side)."""
    found = []
    for word in words:
        i = text.find(word)
        while i >= 0:
            end = i + len(word)
            if not (i and text[i - 1].isalpha()) and not (end < len(text) and text[end].isalpha()):
                found.append(i)
            i = text.find(word, end)
    return found


def _windows(text: str, lang: str) -> list[tuple[int, int]]:
    """Stretches of text around the anchors, merged, cut only at spaces outside numbers."""
    windows: list[tuple[int, int]] = []
    for anchor in _anchors(text, lang):
        if windows and anchor - WINDOW <= windows[-1][1]:  # joins the last window: stretch it
            if anchor + WINDOW > windows[-1][1]:
                windows[-1] = (windows[-1][0], _snap(text, anchor + WINDOW, 1))
            continue
        windows.append((_snap(text, anchor - WINDOW, -1), _snap(text, anchor + WINDOW, 1)))
    return windows


def _lookup(lookup: dict, written: str, mcode: str | None) -> tuple[str, ...] | None:
    """The codes of a symbol (as written) or code (any case); None when it is neither."""
    written = written[1:] if mcode else written
    return lookup.get(" ".join(written.split())) or lookup.get(written.casefold())


def _candidates(mention: regex.Pattern, text: str, lang: str):
    """Matches of the mention pattern in the windows, less the ones read wrong, after which
    the search goes on from the next character: three letters before a number that are no
    currency code (``OIM 500``), a symbol after number words (``a $ 300``), a number after
    a capital (``COP28``) or that is the last group of another (``000`` of ``185 000``)."""
    lookup = _vocabulary(lang)[0]
    for lo, hi in _windows(text, lang):
        pos = lo
        while (m := mention.search(text, pos, hi)) is not None:
            if _misread(m, text, lookup):
                pos = m.start() + 1
                continue
            yield m
            pos = max(m.end(), m.start() + 1)


def _misread(m: regex.Match, text: str, lookup: dict) -> bool:
    cur, start = m.group("cur"), m.start("num")
    if cur is not None and m.group("num") is not None and m.start("cur") < start:
        return _lookup(lookup, cur, m.group("mcode")) is None
    if m.group("words") is not None:
        return cur is not None and m.group("code") is None
    return start > 0 and (text[start - 1].isupper() or bool(DIGIT_GROUP_END.match(text, start)))


def find(text: str, *, lang: str = "fr", country: str | None = None) -> list[dict]:
    """Money mentions in ``text``, sorted by start; see the module docstring for the schema."""
    lang = lang if lang in LANGS else DEFAULT_LANG
    mention, first_bound, tail, joint = _patterns(lang)
    chooser = _Currency(text, country)
    lookup, names = _vocabulary(lang)[:2]
    items: list[dict] = []
    for m in _candidates(mention, text, lang):
        if items and m.start() < items[-1]["end"]:
            continue
        end = m.end()
        written = m.group("cur") and (m.group("cur")[1:] if m.group("mcode") else m.group("cur"))
        codes = written and _lookup(lookup, written, None)
        if not codes:  # a word after a number (yen, dollars): the start of a currency name?
            named = names.at(text, m.start("cur") if written else end)
            if named is None:
                continue
            end, written, codes = named
        value = _number_value(m, lang)
        if value is None:
            continue
        after = None if m.group("mag") or m.group("num2") else tail.match(text, end)
        if after and after.group("mag2") and not m.group("code"):  # a magnitude after a code only
            after = None
        end = after.end() if after else end
        if codes[0] == "SUB":  # 50 cents, 470 pence: hundredths
            value, codes = value / 100, (codes[1],) if codes[1] else ()
        currency, note = chooser.code(codes, written, m.start()) if codes else ("XXX", None)
        if not codes:
            note = f"currency not told: '{written}'"
        magnitude = _magnitude(m.group("mag") or (after and after.group("mag2")), lang)
        magnitude *= 10**6 if m.group("mcode") else 1  # MUSD
        start = m.start("num") if m.group("head") is not None else m.start()
        if m.group("num2"):  # $2-3 million: two mentions
            hi = _digits_value(m.group("num2"), lang, bool(m.group("mag"))) * magnitude
            lo = value * magnitude if value * magnitude <= hi else value
            items.append(_item(text, start, m.end("num"), lo, currency, note))
            items.append(_item(text, m.start("num2"), m.end(), hi, currency, note))
            continue
        amount = value * magnitude + (_cents(after, lang) if after else 0)
        bound = joint.search(text, max(0, start - 8), start) and first_bound.search(text, max(0, start - WINDOW), start)
        if bound:
            lo = _number_value(bound, lang)
            if lo is not None:
                lo_magnitude = _magnitude(bound.group("mag"), lang)
                lo = lo * lo_magnitude if bound.group("mag") or lo * magnitude > amount else lo * magnitude
                while items and items[-1]["end"] > bound.start("lo"):
                    items.pop()
                items.append(_item(text, bound.start("lo"), bound.end("lo"), lo, currency, note))
        items.append(_item(text, start, end, amount, currency, note))
    return items


def _cents(m: regex.Match, lang: str) -> Decimal:
    """The hundredths written after an amount (``et 15 cents``, ``50``), 0 when none."""
    if m.group("sub"):
        return Decimal(m.group("sub")) / 100
    if m.group("subw"):
        try:
            return Decimal(text2num(m.group("subw").casefold(), lang)) / 100
        except (ValueError, InvalidOperation):
            return Decimal(0)
    return Decimal(0)
