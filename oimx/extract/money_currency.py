"""Which currency a money mention names: codes, symbols and names looked up, CFA zones and shared nouns."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable

from oimx import rx
from oimx.extract.money_patterns import alt
from oimx.lexicon import currencies
from oimx.lexicon import money as lex
from oimx.lexicon.places import PlacesAlong
from oimx.text import key

CFA_PLACES = rx.compile(r"(?<!\w)" + alt(lex.CFA_PLACES) + r"(?!\w)")
CFA_PLACE_ZONE = {key(k): v for k, v in lex.CFA_PLACES.items()}
CFA_CODES = ("XOF", "XAF")


@functools.cache
def vocabulary(lang: str) -> tuple[dict[str, tuple[str, ...]], currencies.Names, list[str], list[str]]:
    """Lookup of symbols and codes (key to codes), the currency names, symbols and codes of a language.

    A name or symbol with several codes is a noun shared by several currencies; ``("CFA",)`` is
    a franc CFA; ``("SUB", code or "")`` a hundredth (cent, penny).
    """
    symbols = currencies.symbols()
    codes = sorted(currencies.codes() | {c.lower() for c in lex.LOWERCASE_CODES} | set(lex.CODE_LIKE)
                   | currencies.country_codes())  # SOS: kept only where the page's country uses it (Currency)
    lookup = {c.casefold(): (lex.CODE_LIKE.get(c, c.upper()),) for c in codes}
    lookup |= {" ".join(k.split()): (v,) for k, v in symbols.items()}  # symbols: case as written
    lookup |= currencies.letter_symbols()  # Ksh, Rs (several currencies): case as written
    lookup |= currencies.capital_symbols()  # Q, FG: case as written, and only where Currency.refuses says not
    subunits = {k: ("SUB", v or "") for k, v in lex.SUBUNITS.items()}
    return (lookup, currencies.Names(currencies.words(lang) | subunits),
            sorted([*symbols, *currencies.letter_symbols()]), codes)


def codes_of(lookup: dict, written: str, mcode: str | None) -> tuple[str, ...] | None:
    """The codes of a symbol (as written) or code (any case); None when it is neither."""
    written = written[1:] if mcode else written
    spaced = " ".join(written.split())
    return lookup.get(spaced) or lookup.get(written.casefold()) or lookup.get(spaced.removesuffix("."))  # Rs.


class Currency:
    """Chooses the ISO code of a currency phrase, with a note when it was guessed.

    A franc CFA is XOF or XAF from the country hint, else from the nearest CFA-zone place
    named in the text. A noun shared by several currencies takes the first of
    ``SHARED_NOUN_DEFAULTS`` it names, else the country's currency, else the currency of the
    country named nearest to it in the text that uses that noun ("Sfax, Tunisie" near "dinars",
    with a Vienna dateline), else ``XXX`` (not told).
    """

    def __init__(self, text: str, country: str | Callable[[], str | None] | None) -> None:
        self.text = text
        self._country = country  # or how to find it, asked only when a currency needs it (a franc, a shared noun)
        self.places: list[tuple[int, str, str]] | None = None
        self.along: PlacesAlong | None = None  # the places the text names, read on the first shared noun left

    @functools.cached_property
    def in_use(self) -> list[str]:
        """The currencies in use in the page's country."""
        country = self._country() if callable(self._country) else self._country
        return currencies.load()["territories"].get((country or "").upper(), [])

    def known_to_use_capitals(self) -> bool:
        """The page's country, when the dateline or the contacts name it (not the header's, which costs a
        reading), uses a currency with a symbol of capitals ("Q" in Guatemala)."""
        return not callable(self._country) and any(
            code in self.in_use for codes in currencies.capital_symbols().values() for code in codes)

    @functools.cached_property
    def zone(self) -> str | None:
        """The page country's franc CFA, if it has one."""
        return next((c for c in self.in_use if c in CFA_CODES), None)

    def refuses(self, written: str) -> bool:
        """A code that is also a word ("SOS", "COP"), unless written in capitals on a page of a country using it; a
        symbol of capitals ("Q", "FG") on a page of a country using none of its currencies."""
        capitals = currencies.capital_symbols().get(written.removesuffix("."))
        if capitals is not None:
            return not any(code in self.in_use for code in capitals)
        return written.upper() in currencies.country_codes() and not (written.isupper() and written in self.in_use)

    def code(self, codes: tuple[str, ...], written: str, start: int) -> tuple[str, str | None]:
        """The ISO code and note for a currency phrase (its codes as looked up) at ``start``."""
        if codes == ("CFA",):
            return self._cfa(start)
        if len(codes) == 1:
            return codes[0], None
        shared = [c for c in (*lex.SHARED_NOUN_DEFAULTS, *self.in_use) if c in codes]
        if shared:
            return shared[0], None
        nearby = self._named_nearby(codes, start)
        if nearby is not None:
            return nearby[0], f"currency of {nearby[1]}, named in the text"
        return "XXX", f"currency not told: '{written}'"

    def _named_nearby(self, codes: tuple[str, ...], start: int) -> tuple[str, str] | None:
        """The code among ``codes`` of the country named nearest to ``start`` that uses one, and that country."""
        if self.along is None:
            self.along = PlacesAlong(self.text)
        territories = currencies.load()["territories"]
        best: tuple[int, str, str] | None = None
        for end, country in zip(self.along.ends, self.along.codes, strict=True):
            used = next((c for c in territories.get(country, []) if c in codes), None)
            if used is not None and (best is None or abs(end - start) < best[0]):
                best = (abs(end - start), used, country)
        return None if best is None else best[1:]

    def _cfa(self, start: int) -> tuple[str, str | None]:
        if self.zone:
            return self.zone, None
        if self.places is None:
            self.places = [
                (m.start(), m.group(), zone)
                for m in CFA_PLACES.finditer(self.text)
                if (zone := CFA_PLACE_ZONE[key(m.group())])
            ]
        if not self.places:
            return "XOF", "CFA zone guessed"
        i = bisect.bisect(self.places, (start,))
        _, name, zone = min(self.places[max(0, i - 1) : i + 1], key=lambda p: abs(p[0] - start))
        return zone, f"CFA zone from '{name}'"
