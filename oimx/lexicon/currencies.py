"""Currency names, heads and symbols from CLDR (via babel), shipped as ``currencies.json``.

Building the table reads every babel locale (some seconds), so it is done once, here, and
the result is shipped; :func:`load` reads the JSON (a few milliseconds) and a test checks
that the shipped file equals what the installed babel gives. Rebuild after a babel upgrade::

    python -m oimx.lexicon.currencies      # rewrites oimx/lexicon/currencies.json

The table (all phrases lower-case, parentheses dropped: ``franc CFA (BCEAO)`` is ``franc cfa``):

- ``names``: per language, every singular and plural CLDR name of every ISO 4217 currency,
  historical ones included (a currency that was legal tender somewhere; funds, metals and
  test codes are not), to its codes (``"livres sterling": ["GBP"]``); a name shared by
  several currencies keeps the current ones (``franc cfa``: XAF and XOF);
- ``heads``: per language, the noun a name is built on (the last word in English, the first
  in French and Spanish, after a leading ``nouveau``/``nuevo``) to the currencies built on it:
  ``yens`` is JPY alone, ``dollars`` many, ``francs`` many;
- ``symbols``: every symbol that names one currency in the locales of the territories using it,
  and in fr/en/es (``Kč``, ``₾``, ``HK$``, ``$CA``), then those that name one currency in all of
  babel's locales (``元`` in Japanese); symbols shared by several currencies (``$``, ``¥``,
  ``kr``), symbols made of ASCII letters only (``R``, ``Ft``: codes and words cover those) and
  single letters other than ideographs are left out;
- ``letter_symbols``: symbols made of ASCII letters, not all capitals, that name currencies in the locales of
  the territories using them (``Ksh``, ``TSh``, ``MTn``, ``Rs``: PKR and MUR), a closing dot dropped
  (``Rs.``, ``Nu.``); all-capital ones (``DA``, ``KM``, ``FC``) read like acronyms and are left out;
- ``capital_symbols``: symbols of one to three capitals in the locales of the territories using them (``Q``,
  ``L``, ``FG``, ``DA``): read only on a page whose country uses that currency, before or after an amount of 100 or
  more (alone they are letters and acronyms);
- ``territories``: per ISO 3166 territory, the currencies in use there today;
- ``local_heads``: the heads that name one current currency in an official language of a territory using it
  (``meticais`` in Portuguese for Mozambique, ``quetzales`` in Spanish for Guatemala): texts in any language
  borrow them ("2.3 million meticais").
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from pathlib import Path

from oimx.lexicon.languages import LANGUAGES
from oimx.text import key, straighten

PATH = Path(__file__).with_name("currencies.json")
LANGS = LANGUAGES
#: Adjectives that come before the head noun in French, Spanish and Portuguese names (``nouveau shekel``).
LEADING_ADJECTIVES = frozenset(
    {"nouveau", "nouveaux", "nouvelle", "nouvelles", "ancien", "anciens", "ancienne", "anciennes",
     "nuevo", "nuevos", "nueva", "nuevas", "antiguo", "antiguos", "antigua", "antiguas",
     "novo", "novos", "nova", "novas", "antigo", "antigos"}
)  # fmt: skip
# patterns of build() only (compiled there: a run that reads the shipped table never needs them)
PARENTHESES = r"\s*\([^)]*\)"
INVISIBLE = r"[\u200b-\u200f\u061c]"
ASCII_LETTERS_AND_DOTS = r"[A-Za-z.]+"
LETTERS_AND_DOTS = r"[A-Za-z][A-Za-z.]*[A-Za-z]"  # a letter symbol: two letters or more, dots between
CAPITALS = r"[A-Z]{1,3}"  # a symbol of capitals only, read on the pages of its country alone ("Q 1.500", "5 000 FG")
CJK = 0x2E80  # a single letter from here on is an ideograph (元, 円), a symbol of its own


def _phrase(name: str) -> str:
    return " ".join(re.sub(PARENTHESES, "", name).split()).lower()


def head(phrase: str, lang: str) -> str:
    """The noun a currency name is built on: its last word in English, else its first
    (after a leading ``nouveau``/``nuevo``)."""
    return _head(phrase, lang)


def _head(phrase: str, lang: str) -> str:
    words = phrase.split()
    if lang == "en":
        return words[-1]
    return words[1] if words[0] in LEADING_ADJECTIVES and len(words) > 1 else words[0]


def _keep_current(codes: set[str], current: set[str]) -> list[str]:
    return sorted(codes & current or codes)


def build() -> dict:
    """The table from the installed babel (slow: reads every locale)."""
    from babel import Locale, localedata
    from babel.languages import get_official_languages
    from babel.numbers import get_currency_name, get_territory_currencies

    territories = sorted(t for t in Locale("en").territories if t.isalpha() and len(t) == 2)
    in_use = {t: get_territory_currencies(t) for t in territories}
    in_use = {t: codes for t, codes in in_use.items() if codes}
    current = {c for codes in in_use.values() for c in codes}
    ever = {c for t in territories for c in get_territory_currencies(t, dt.date(1, 1, 1), dt.date.today())}
    names: dict[str, dict] = {}
    heads: dict[str, dict] = {}
    for lang in LANGS:
        locale = Locale(lang)
        by_name: dict[str, set[str]] = {}
        by_head: dict[str, set[str]] = {}
        for code, name in locale.currencies.items():
            if code not in ever:  # funds, metals, test codes: not money people pay with
                continue
            for form in {name, *(get_currency_name(code, count, lang) for count in (1, 2, 1_000_000))}:
                phrase = _phrase(form)
                if phrase:
                    by_name.setdefault(phrase, set()).add(code)
                    by_head.setdefault(_head(phrase, lang), set()).add(code)
        names[lang] = {p: _keep_current(c, current) for p, c in sorted(by_name.items())}
        heads[lang] = {h: _keep_current(c, current) for h, c in sorted(by_head.items())}
    letters: dict[str, set[str]] = {}  # symbols of letters, not all capitals, in the locales of their territories
    capitals: dict[str, set[str]] = {}  # symbols of one to three capitals there: "Q", "FG", "DA"
    local: dict[str, set[str]] = {}  # symbols in the locales of the territories using them
    anywhere: dict[str, set[str]] = {}  # symbols in any locale
    for locale_id in localedata.locale_identifiers():
        locale = Locale.parse(locale_id)
        own = set(in_use.get(locale.territory or "", []))
        own |= set(locale.currency_symbols) if locale_id in LANGS else set()
        for code, written in locale.currency_symbols.items():
            symbol = re.sub(INVISIBLE, "", written).strip()
            bare = symbol.removesuffix(".")
            if code in own and code in current and re.fullmatch(LETTERS_AND_DOTS, bare) and not bare.isupper():
                letters.setdefault(bare, set()).add(code)
            if code in own and code in current and re.fullmatch(CAPITALS, bare) and bare != code:
                capitals.setdefault(bare, set()).add(code)
            if symbol and code in ever and symbol != code and not re.fullmatch(ASCII_LETTERS_AND_DOTS, symbol) and (
                len(symbol) > 1 or not symbol.isalpha() or ord(symbol) >= CJK
            ):
                anywhere.setdefault(symbol, set()).add(code)
                if code in own:
                    local.setdefault(symbol, set()).add(code)
    symbols = {s: next(iter(c)) for s, c in sorted(local.items()) if len(c) == 1}
    symbols |= {s: next(iter(c)) for s, c in sorted(anywhere.items()) if len(c) == 1 and s not in local}
    local_heads = {
        h: codes
        for territory, used in in_use.items() for lang in get_official_languages(territory, de_facto=True)
        if lang in LANGS for h, codes in heads[lang].items() if len(codes) == 1 and codes[0] in used
    }
    return {"names": names, "heads": heads, "symbols": symbols, "territories": in_use,
            "local_heads": dict(sorted(local_heads.items())),
            "letter_symbols": {s: sorted(c) for s, c in sorted(letters.items())},
            "capital_symbols": {s: sorted(c) for s, c in sorted(capitals.items())}}


@functools.cache
def load() -> dict:
    """The shipped table."""
    with PATH.open(encoding="utf-8") as f:
        return json.load(f)


def words(lang: str) -> dict[str, tuple[str, ...]]:
    """Currency phrases written after a number in ``lang`` to their codes, most trusted first.

    The hand-written phrases of :mod:`oimx.lexicon.money` win, then CLDR names, then CLDR heads
    of ``lang`` and of English (``neuf pounds``), less those that are common words, then the local heads
    borrowed from the language of the currency's country (``meticais``), less those that are words anywhere. A phrase
    with several codes is a noun shared by several currencies; ``("CFA",)`` is a franc CFA.
    A copy of the table made once per language (a page's money reads it twice).
    """
    return dict(_words(lang))


@functools.cache
def _words(lang: str) -> dict[str, tuple[str, ...]]:
    from oimx.lexicon import money as lex

    table = load()
    found: dict[str, tuple[str, tuple[str, ...]]] = {}  # by lower case: phrase as written, codes
    anywhere = frozenset().union(*lex.COMMON_WORD_HEADS.values())  # a local head is a word in no language
    found |= {h: (h, tuple(c)) for h, c in table["local_heads"].items() if h not in anywhere}
    for source in (table["heads"]["en"], table["heads"][lang]):
        blocked = lex.COMMON_WORD_HEADS["en"] | lex.COMMON_WORD_HEADS[lang]
        found |= {h: (h, tuple(c)) for h, c in source.items() if h not in blocked}
    found |= {n: (n, tuple(c)) for n, c in table["names"][lang].items()}
    for phrase, code in lex.CURRENCY_WORDS[lang].items():  # CLDR's spelling kept: any case
        found[phrase.casefold()] = (found.get(phrase.casefold(), (phrase,))[0], (code,))
    return dict(found.values())


def symbols() -> dict[str, str]:
    """Symbols to codes: CLDR's, then the hand-written ones, then ``$`` after a code or prefix (a copy
    of the table made once)."""
    return dict(_symbols())


@functools.cache
def _symbols() -> dict[str, str]:
    from oimx.lexicon import money as lex

    found = dict(load()["symbols"]) | lex.SYMBOLS_BEFORE | lex.SYMBOLS_AFTER
    for symbol, code in list(found.items()):
        prefix = symbol.strip("$")
        if symbol.count("$") == 1 and prefix.isalpha() and symbol.endswith("$") and len(prefix) > 1:
            # HK $ 10; not A $, c$ nor s $: a one-letter word ("A $25 million grant") or a possessive's s
            found.setdefault(f"{prefix} $", code)
            found.setdefault(f"{prefix.lower()}$", code)
            found.setdefault(f"{prefix.lower()} $", code)
    for code in lex.LOWERCASE_CODES:
        found |= {f"{code}$": code, f"{code.lower()}$": code}
    return found


@functools.cache
def letter_symbols() -> dict[str, tuple[str, ...]]:
    """Symbols made of letters (without a closing dot) to their currencies: CLDR's, then the hand-written
    ones, less those that are words."""
    from oimx.lexicon import money as lex

    found = {s: set(c) for s, c in load()["letter_symbols"].items()}
    for symbol, codes in lex.LETTER_SYMBOLS.items():
        found.setdefault(symbol, set()).update(codes)
    return {s: tuple(sorted(c)) for s, c in found.items() if s not in lex.LETTER_SYMBOLS_THAT_ARE_WORDS}


@functools.cache
def capital_symbols() -> dict[str, tuple[str, ...]]:
    """Symbols of capitals to their currencies ("Q": GTQ, "FG": GNF), read on their country's pages only: CLDR's,
    then the hand-written ones ("DH")."""
    from oimx.lexicon import money as lex

    return {s: tuple(c) for s, c in load()["capital_symbols"].items()} | lex.CAPITAL_SYMBOLS


def codes() -> frozenset[str]:
    """ISO codes read as such: those in use today, less those that are words, plus the listed ones."""
    from oimx.lexicon import money as lex

    current = {c for codes in load()["territories"].values() for c in codes}
    return frozenset(current - lex.CODES_THAT_ARE_WORDS) | frozenset(lex.CURRENCY_CODES)


@functools.cache
def country_codes() -> frozenset[str]:
    """ISO codes in use today that are also words or acronyms (``SOS``, ``COP``, ``BOB``): read, as written in
    capitals, only on a page whose country uses that currency ("SOS 25,000" from Mogadishu)."""
    from oimx.lexicon import money as lex

    current = {c for codes in load()["territories"].values() for c in codes}
    return frozenset(lex.CODES_THAT_ARE_WORDS & current) - frozenset(lex.CURRENCY_CODES)


class Names:
    """Currency phrases indexed by their first word, matched at a position in a text.

    Finding a name is a lookup, not a pattern: the hundreds of CLDR names would make a
    pattern that takes a good part of a second to compile.
    """

    FIRST = re.compile(r"[^\W\d_]+")

    def __init__(self, phrases: dict[str, tuple[str, ...]]) -> None:
        # by first word: each phrase's words, its words joined and case-folded (what the text must start
        # with once keyed), its codes
        self.index: dict[str, list[tuple[list[str], str, tuple[str, ...]]]] = {}
        for phrase, codes in sorted(phrases.items(), key=lambda p: -len(p[0])):
            first = self.FIRST.match(phrase)
            if first:
                tokens = phrase.split(" ")
                self.index.setdefault(first.group().casefold(), []).append((tokens, " ".join(tokens).casefold(), codes))

    def words(self) -> set[str]:
        """The first words of the phrases, lower-case."""
        return set(self.index)

    def at(self, text: str, i: int) -> tuple[int, str, tuple[str, ...]] | None:
        """The longest phrase starting at ``text[i]``: its end, text and codes; None if none.

        Words may be parted by up to three spaces or line breaks; a word written in capitals
        (``US``, ``CFA``) matches only as written, the others in any case; the phrase must
        end a word.
        """
        first = self.FIRST.match(text, i)
        if not first:
            return None
        ahead = key(text[i : i + 80])
        for tokens, folded, codes in self.index.get(first.group().casefold(), []):
            if not ahead.startswith(folded):
                continue
            end = _tokens_at(text, i, tokens)
            if end is not None:
                return end, text[i:end], codes
        return None


def _tokens_at(text: str, i: int, tokens: list[str]) -> int | None:
    j, n = i, len(text)
    for count, token in enumerate(tokens):
        if count:
            k = j
            while k < n and k - j < 3 and text[k].isspace():
                k += 1
            if k == j:
                return None
            j = k
        written = text[j : j + len(token)]
        if token.isupper() and written != token:
            return None
        if straighten(written).casefold() != token.casefold():
            return None
        j += len(token)
    if j < n and (text[j].isalnum() or text[j] in "-_"):
        return None
    return j


def main() -> None:
    PATH.write_text(json.dumps(build(), ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n", "utf-8")


if __name__ == "__main__":
    main()
