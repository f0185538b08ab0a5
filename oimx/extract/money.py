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
its symbols and its code (:mod:`oimx.lexicon.currencies`, a table shipped from babel); a code
that is also a word (``SOS``, ``COP``) only in capitals, on a page of a country using it.
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

The work is shared by job: :mod:`~oimx.extract.money_candidates` finds where money may be,
:mod:`~oimx.extract.money_currency` which currency is named, :mod:`~oimx.extract.money_amounts`
how much, with the patterns of :mod:`~oimx.extract.money_patterns`; :func:`find` puts the
mentions and ranges together.

Example::

    >>> find("L'OIM lance un appel de 23 millions de dollars.")[0]
    {'text': '23 millions de dollars', 'start': 24, 'end': 46, 'amount': 23000000, \
'currency': 'USD', 'note': None}
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import regex

from oimx.extract import money_amounts as amounts
from oimx.extract.money_candidates import WINDOW, capitals_beside_numbers, matches
from oimx.extract.money_currency import Currency, codes_of, vocabulary
from oimx.extract.money_patterns import patterns
from oimx.lexicon import currencies
from oimx.lexicon import money as lex
from oimx.lexicon.languages import FALLBACK_LANGUAGE, LANGUAGES, require
from oimx.text import all_languages

LANGS = LANGUAGES
DEFAULT_LANG = FALLBACK_LANGUAGE


def _item(text: str, start: int, end: int, amount: Decimal, currency: str, note: str | None) -> dict:
    """One output item."""
    return {
        "text": text[start:end],
        "start": start,
        "end": end,
        "amount": amounts.plain(amount),
        "currency": currency,
        "note": note,
    }


# how far after an amount the sentence is read for amounts that take its currency, and where a sentence ends
IMPLIED_REACH = 200
# an amount lends its currency to a bare one with a magnitude only when it is of that scale itself (a million or more)
IMPLIED_SCALE = 10**6
# a code that is also a word ("SOS", "COP") or a symbol of capitals ("Q") names money only beside an amount of at
# least this: "COP 28" is a conference, "SDG 16" a goal, "Q1" a quarter
WORD_CODE_LEAST = 100
_SENTENCE_END = regex.compile(r"[.!?;](?:\s|\Z)|\n")

# what may stand between an amount and the currency named after it: spaces, and "de" / "of"
_ATTACH = "|".join(sorted(all_languages(lex.ATTACH_WORDS)))
_BEFORE_NAME = regex.compile(rf"[ \t\u00a0]{{1,2}}(?:(?:{_ATTACH})[ \t\u00a0]{{1,2}})?")
_CODE = regex.compile(r"[A-Z]{3}(?![\w-])")


def _named_after(text: str, end: int, lookup: dict, names) -> tuple[int, str, tuple[str, ...]] | None:
    """The currency named right after an amount written with a bare "$" (a name or a code), its end and text."""
    gap = _BEFORE_NAME.match(text, end)
    if gap is None:
        return None
    named = names.at(text, gap.end())
    if named is not None and named[2] and named[2][0] != "SUB":
        return named
    code = _CODE.match(text, gap.end())
    codes = code and lookup.get(code.group().casefold())
    return (code.end(), code.group(), codes) if codes else None


def find(text: str, *, lang: str = "fr", country: str | Callable[[], str | None] | None = None) -> list[dict]:
    """Money mentions in ``text``, sorted by start; see the module docstring for the schema. ``country`` may be
    given as a function that finds it, called only when a currency needs it."""
    lang = require(lang, "money") if lang in LANGS else DEFAULT_LANG  # money reads lexicon.money only
    mention, first_bound, tail, joint, implied = patterns(lang)
    chooser = Currency(text, country)
    lookup, names = vocabulary(lang)[:2]
    items: list[dict] = []
    # groups read by number (see amounts.number_value); regex copies a groupindex at every read: read once
    g, t, b = mention.groupindex, tail.groupindex, first_bound.groupindex
    extra = capitals_beside_numbers(text) if chooser.known_to_use_capitals() else None  # "Q 1.500" in Guatemala
    for m in matches(mention, text, lang, g, extra):
        if items and m.start() < items[-1]["end"]:
            continue
        end = m.end()
        written = m.group(g["cur"]) and (m.group(g["cur"])[1:] if m.group(g["mcode"]) else m.group(g["cur"]))
        codes = written and not chooser.refuses(written) and codes_of(lookup, written, None)
        if not codes:  # a word after a number (yen, dollars): the start of a currency name?
            named = names.at(text, m.start(g["cur"]) if written else end)
            if named is None:
                continue
            end, written, codes = named
        if written == "$":  # "$7.468 pesos", "$1,250.00 MXN": the sign many currencies share, named after the amount
            named = _named_after(text, m.end(), lookup, names)
            if named is not None:
                end, written, codes = named
        value = amounts.number_value(m, lang, g)
        if value is None:
            continue
        after = None if m.group(g["mag"]) or m.group(g["num2"]) else tail.match(text, end)
        if after and after.group(t["mag2"]) and not m.group(g["code"]):  # a magnitude after a code only
            after = None
        end = after.end() if after else end
        if codes[0] == "SUB":  # 50 cents, 470 pence: hundredths
            value, codes = value / 100, (codes[1],) if codes[1] else ()
        currency, note = chooser.code(codes, written, m.start()) if codes else ("XXX", None)
        if not codes:
            note = f"currency not told: '{written}'"
        magnitude = amounts.magnitude(m.group(g["mag"]) or (after and after.group(t["mag2"])), lang)
        magnitude *= 10**6 if m.group(g["mcode"]) else 1  # MUSD
        start = m.start(g["num"]) if m.group(g["head"]) is not None else m.start()
        if m.group(g["num2"]):  # $2-3 million: two mentions
            hi = amounts.digits_value(m.group(g["num2"]), lang, bool(m.group(g["mag"]))) * magnitude
            lo = value * magnitude if value * magnitude <= hi else value
            items.append(_item(text, start, m.end(g["num"]), lo, currency, note))
            items.append(_item(text, m.start(g["num2"]), m.end(), hi, currency, note))
            continue
        amount = value * magnitude + (amounts.cents(after, lang, t) if after else 0)
        if amount < WORD_CODE_LEAST and (written.upper() in currencies.country_codes()
                                         or written.removesuffix(".") in currencies.capital_symbols()):
            continue  # "COP 28", "SDG 16", "Q1": a conference, a goal, a quarter (a code that is a word takes money)
        bound = joint.search(text, max(0, start - 8), start) and first_bound.search(text, max(0, start - WINDOW), start)
        if bound:
            low = amounts.number_value(bound, lang, b)
            if low is not None:
                lo_magnitude = amounts.magnitude(bound.group(b["mag"]), lang)
                low = low * lo_magnitude if bound.group(b["mag"]) or low * magnitude > amount else low * magnitude
                while items and items[-1]["end"] > bound.start(b["lo"]):
                    items.pop()
                items.append(_item(text, bound.start(b["lo"]), bound.end(b["lo"]), low, currency, note))
        items.append(_item(text, start, end, amount, currency, note))
    return _with_implied(items, text, lang, implied) if items else items


def _with_implied(items: list[dict], text: str, lang: str, implied) -> list[dict]:
    """``items`` and the amounts after them in their sentence written with a magnitude and no currency, which take
    the currency of the amount before ("5 millones de euros este año y otros 5 millones en 2025")."""
    found: list[dict] = []
    g = implied.groupindex
    for i, item in enumerate(items):
        if item["amount"] < IMPLIED_SCALE:
            continue  # "2,15 dollars par jour … pour atteindre 241 millions": a count, not an amount of that scale
        stop = _SENTENCE_END.search(text, item["end"], item["end"] + IMPLIED_REACH)
        stop = min(stop.start() if stop else item["end"] + IMPLIED_REACH, items[i + 1]["start"] if i + 1 < len(items)
                   else len(text))
        for m in implied.finditer(text, item["end"], stop):
            value = amounts.number_value(m, lang, g)
            if value is None or not value:
                continue
            amount = value * amounts.magnitude(m.group(g["mag"]), lang)
            found.append(_item(text, m.start(), m.end(), amount, item["currency"], "currency of the amount before it"))
    return sorted(items + found, key=lambda it: it["start"]) if found else items
