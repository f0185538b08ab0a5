"""Place vocabulary: country names (from CLDR through Babel) and the cities IOM writes from.

``country_of(name)`` maps a place as written (``Genève``, ``OIM Séoul``,
``Conakry, Guinée``) to an ISO 3166 alpha-2 code, for phone numbers written
without a country code and for the CFA franc zone. Country names come from
Babel's CLDR data in French, English and Spanish, so they need no table here;
cities are listed below because no small, well-kept library maps them.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from itertools import compress, islice
from pathlib import Path

from oimx import rx
from oimx.lexicon.languages import LANGUAGES
from oimx.text import loose_key

# Words that may stand, in lower case, inside a dateline place ("Camp de Ndeja, province de Sofala").
PLACE_PARTICLES: frozenset[str] = frozenset({
    "de", "du", "des", "d'", "la", "le", "les", "l'", "of", "the", "del", "al", "el", "en", "sur", "upon", "-",
})
# Organisations, whose names open sentences ("L'OIM et le HCR - …") but never datelines.
ORGANISATIONS: frozenset[str] = frozenset({
    "oim", "iom", "hcr", "unhcr", "acnur", "onu", "un", "ocha", "unicef", "pam", "wfp", "ue", "eu", "oms", "who",
    "pnud", "undp", "oit", "ilo", "fao", "ua", "au", "cedeao", "ecowas", "usaid",
})
PLACE_ADMIN_WORDS: frozenset[str] = frozenset({
    "province", "région", "region", "región", "district", "distrito", "département", "departamento",
    "camp", "campo", "ville", "ciudad", "city", "métropolitaine", "metropolitan", "état", "state", "estado",
    "county", "comté", "gouvernorat", "governorate", "île", "island", "isla", "îles", "islands", "islas",
    "village", "commune", "municipalité", "municipio", "territoire", "territory", "près", "near", "zone",
    "préfecture", "prefecture", "woreda", "wilaya", "sous-préfecture", "nord", "sud", "est", "ouest",
})

# Cities and regions that datelines and contact offices name, by country; the names of one city
# written in several languages stand together in a tuple (French first, as the lexicon's others).
CITIES: dict[str, tuple[str | tuple[str, ...], ...]] = {
    "AF": (("kaboul", "kabul"), ("hérat", "herat"), "jalalabad"),
    "BD": ("dhaka", ("cox's bazar", "cox’s bazar")),
    "BE": (("bruxelles", "brussels", "bruselas"),),
    "BF": ("ouagadougou",),
    "BI": ("bujumbura",),
    "CD": ("kinshasa", "goma", "bukavu", "bunia", "kalemie"),
    "CF": ("bangui",),
    "CH": (("genève", "geneve", "geneva", "ginebra"), ("berne", "bern"), "zurich", "lausanne"),
    "CM": (("yaoundé", "yaounde"), "douala", "maroua"),
    "CN": (("pékin", "pekin", "beijing"), "shanghai"),
    "CO": (("bogotá", "bogota"), ("cúcuta", "cucuta")),
    "CR": (("san josé", "san jose"),),
    "DJ": ("obock",),
    "EG": (("le caire", "cairo", "el cairo"),),
    "ET": (("addis-abeba", "addis abeba", "addis ababa"),),
    "FR": ("paris", "marseille", "calais", "lyon"),
    "GB": (("londres", "london"),),
    "GN": ("conakry",),
    "GR": (("athènes", "athens", "atenas"), "lesbos"),
    "GT": (("ciudad de guatemala", "guatemala city"),),
    "HT": ("port-au-prince", "les cayes", "cap-haïtien", "jacmel"),
    "ID": (("jakarta", "djakarta"), "aceh"),
    "IQ": (("bagdad", "baghdad"), ("erbil", "arbil"), ("mossoul", "mosul")),
    "IT": (("rome", "roma"), "lampedusa"),
    "JO": ("amman",),
    "JP": (("tokyo", "tokio"),),
    "KE": ("nairobi",),
    "KR": (("séoul", "seoul", "seúl"),),
    "LB": (("beyrouth", "beirut"),),
    "LY": ("tripoli", "benghazi", "misrata"),
    "MA": ("rabat", "casablanca"),
    "ML": ("bamako", "gao", "tombouctou", "mopti"),
    "MM": (("yangon", "rangoun"),),
    "MZ": ("maputo", "beira"),
    "NE": ("niamey", "agadez", "zinder", "arlit"),
    "NG": ("abuja", "lagos", "maiduguri"),
    "NP": (("katmandou", "kathmandu"), "lalitpur"),
    "PE": ("lima",),
    "PH": (("manille", "manila"), "tacloban"),
    "SD": ("khartoum", ("port-soudan", "port sudan")),
    "SN": ("dakar",),
    "SO": (("mogadiscio", "mogadishu"), ("baidoa", "baidao")),
    "SS": (("juba", "djouba"),),
    "TD": (("n'djamena", "ndjamena"),),
    "TH": ("bangkok",),
    "TN": ("tunis", "zarzis", "sfax"),
    "TR": ("ankara", "istanbul", "gaziantep"),
    "TZ": ("dar es salaam", "kigoma"),
    "UA": (("kiev", "kyiv", "kiew"), "uzhhorod", "lviv"),
    "US": (("new york", "nueva york"), "washington"),
    "VE": ("caracas",),
    "YE": ("aden", ("sanaa", "sana'a")),
}

# Countries whose national numbers a page in each language most often writes, after the ones it names.
LANGUAGE_COUNTRIES: dict[str, tuple[str, ...]] = {
    "fr": ("FR", "BE", "CH", "CA", "SN", "CI", "CM", "CD", "HT", "MA", "TN", "NE", "ML", "BF", "GN"),
    "en": ("US", "GB", "CA", "AU", "IE", "KE", "NG", "ZA", "PH", "IN", "BD", "PK"),
    "es": ("ES", "MX", "CO", "AR", "PE", "CL", "EC", "VE", "GT", "HN", "SV", "CR", "PA", "DO", "BO"),
    "pt": ("PT", "BR", "AO", "MZ", "CV", "GW", "ST", "TL"),
}

# Country names in use that CLDR does not give as the main name.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "CD": ("république démocratique du congo", "rdc", "rd congo", "drc", "dr congo", "democratic republic of the congo",
           "república democrática del congo"),
    "CG": ("république du congo", "congo-brazzaville", "republic of the congo"),
    "US": ("états-unis", "etats-unis", "états-unis d'amérique", "usa", "united states of america", "ee.uu."),
    "GB": ("royaume-uni", "uk", "united kingdom", "reino unido"),
    "IQ": ("iraq", "irak"),
    "SY": ("syrie", "syria", "siria"),
    "MK": ("arym", "macédoine", "macedonia"),
    "CI": ("côte d'ivoire", "cote d'ivoire", "ivory coast", "costa de marfil"),
    "CF": ("centrafrique", "république centrafricaine", "rca", "car"),
    "GQ": ("guinée équatoriale", "guinea ecuatorial"),
}


_plain = loose_key  # case, accents, apostrophes and spaces folded: "Côte d’Ivoire" == "cote d'ivoire"


# CLDR's country names, read from babel once and shipped: loading babel's locales cost a one-page run
# a fifth of its time. Rebuild after a babel upgrade, or an edit of the names here (PLAIN_NAMES):
# python -m oimx.lexicon.places
TERRITORIES = Path(__file__).with_name("territories.json")
TERRITORY_LANGUAGES = LANGUAGES


def build_territories() -> dict[str, dict[str, str]]:
    """Language -> country code -> CLDR name, from the installed babel."""
    from babel import Locale

    return {lang: {code: name for code, name in Locale(lang).territories.items() if len(code) == 2 and code.isalpha()}
            for lang in TERRITORY_LANGUAGES}


# The world's regions as CLDR names them (UN M.49 codes): "Southern Africa", "Afrique australe",
# "América Latina". A region is a place, never a person, in a contact block.
REGIONS = Path(__file__).with_name("regions.json")


def build_regions() -> list[str]:
    """The plain (accent-free, case-folded) CLDR names of the world's regions, from the installed babel."""
    from babel import Locale

    return sorted({_plain(name) for lang in TERRITORY_LANGUAGES
                   for code, name in Locale(lang).territories.items() if code.isdigit()})


@cache
def _regions() -> frozenset[str]:
    with REGIONS.open(encoding="utf-8") as f:
        return frozenset(json.load(f))


def is_region(name: str) -> bool:
    """True when the whole of ``name`` is a region of the world ("Southern Africa", "Amérique latine")."""
    return _plain(name) in _regions()


def load_territories() -> dict[str, dict[str, str]]:
    with TERRITORIES.open(encoding="utf-8") as f:
        return json.load(f)


# The look-up of every name above and in territories.json, their plain forms to codes, shipped too:
# making it is ~1,300 plain forms (accents dropped one character at a time), a twentieth of a
# one-page run, for a table that changes only with the names. Rebuilt with territories.json.
PLAIN_NAMES = Path(__file__).with_name("place_names.json")


def build_plain_names() -> dict[str, str]:
    """Plain (accent-free, case-folded) place name -> country code, from territories.json and the aliases above."""
    names: dict[str, str] = {}
    territories = load_territories()
    for lang in TERRITORY_LANGUAGES:
        for code, name in territories[lang].items():
            names[_plain(name)] = code
    for table in (COUNTRY_ALIASES, _CITY_ALIASES):
        for code, aliases in table.items():
            for alias in aliases:
                names[_plain(alias)] = code
    return names


@cache
def _names() -> dict[str, str]:
    """Plain (accent-free, case-folded) place name -> country code (:func:`build_plain_names`, as shipped)."""
    with PLAIN_NAMES.open(encoding="utf-8") as f:
        return json.load(f)


def _names_of(entry: str | tuple[str, ...]) -> tuple[str, ...]:
    return entry if isinstance(entry, tuple) else (entry,)


_CITY_ALIASES = {code: tuple(n for entry in entries for n in _names_of(entry)) for code, entries in CITIES.items()}


@cache
def _same_place() -> dict[str, str]:
    """Plain name -> the key of its place: a city's first name, or a country's code."""
    keys = {plain: f"country:{code}" for plain, code in _names().items()}
    for entries in CITIES.values():
        for entry in entries:
            names = _names_of(entry)
            for name in names:
                keys[_plain(name)] = f"city:{_plain(names[0])}"
    return keys


def place_key(name: str) -> str:
    """One key for the names of one place in any language: ``Genève`` and ``Geneva`` share it."""
    plain = _plain(name)
    return _same_place().get(plain, plain)


def is_country(name: str) -> bool:
    """True when ``name`` is a country name (in French, English or Spanish)."""
    plain = _plain(name)
    return plain in _names() and plain not in _city_names()


def is_place(name: str) -> bool:
    """True when the whole of ``name`` is a known country or city name."""
    return _plain(name) in _names()


@cache
def _city_names() -> frozenset[str]:
    return frozenset(_plain(city) for cities in _CITY_ALIASES.values() for city in cities)


# a word of a place name, as country_of splits them (slashes, commas and brackets separate)
_PLACE_TOKEN_MAX = 60
_PLACE_TOKEN = rx.compile(rf"[^\s/,()]{{1,{_PLACE_TOKEN_MAX}}}")
# what separates them besides white space, made spaces for str.split
_PLACE_SEPARATORS = "/,()"
# white space to str.split that the pattern's \s is not: a text holding one is read with the pattern
_SPLIT_ONLY_SPACES = "\x1c\x1d\x1e\x1f"
# the most words a known place name has
_LONGEST_NAME = 4


def _place_words(text: str, start: int, end: int) -> list[str]:
    """The words ``_PLACE_TOKEN`` finds in ``text[start:end]``: one ``str.split`` (no match object per word),
    unless a space the pattern does not read as one, or a run of characters longer than a word, stands there."""
    spaced = text[start:end]
    for separator in _PLACE_SEPARATORS:  # str.replace: a C scan each, many times str.translate's speed
        spaced = spaced.replace(separator, " ")
    words = spaced.split()
    if max(map(len, words), default=0) > _PLACE_TOKEN_MAX or any(
            text.find(space, start, end) >= 0 for space in _SPLIT_ONLY_SPACES):
        return _PLACE_TOKEN.findall(text, start, end)
    return words


def _word_ends(text: str, start: int, words: list[str]) -> Iterator[int]:
    """Where each of ``words`` (those of ``text`` from ``start``, in order) ends: the next place of a word
    is where it stands, as only separators come before it."""
    at = start
    for word in words:
        at = text.index(word, at) + len(word)
        yield at


class PlacesAlong:
    """The places a text names, in order, read once: ``before(offset)`` is what ``country_of`` would
    say of ``text[:offset]``, in logarithmic time, so many look-ups over one text stay linear."""

    def __init__(self, text: str, start: int = 0, end: int | None = None) -> None:
        names = _names()
        self.ends: list[int] = []
        self.codes: list[str] = []
        words = _place_words(text, start, len(text) if end is None else end)
        plain = list(map(_plain_word, words))
        ends = _word_ends(text, start, words)
        read = 0  # the words whose end was read
        for last in compress(range(len(plain)), map(_last_words().__contains__, plain)):
            code = _name_ending_at(plain, last, names)
            if code:
                self.ends.append(next(islice(ends, last - read, None)))
                read = last + 1
                self.codes.append(code)

    def before(self, offset: int) -> str | None:
        """The country of the last place named before ``offset``, or None."""
        index = bisect_right(self.ends, offset)
        return self.codes[index - 1] if index else None

    def last_before(self, offset: int) -> tuple[int, str] | None:
        """Where the last place named before ``offset`` ends, and its country, or None."""
        index = bisect_right(self.ends, offset)
        return (self.ends[index - 1], self.codes[index - 1]) if index else None

    def countries(self) -> Sequence[str]:
        """Every country named, in order of first mention."""
        return tuple(dict.fromkeys(self.codes))


def last_place(text: str, start: int = 0) -> str | None:
    """The country of the last place ``text[start:]`` names: what ``PlacesAlong(text, start).before(len(text))``
    says, its words read from the end (each last word of a name is read on its own: the last one found wins)."""
    names, lasts = _names(), _last_words()
    words = _place_words(text, start, len(text))
    for last in range(len(words) - 1, -1, -1):
        if _plain_word(words[last]) in lasts:
            window = list(map(_plain_word, words[max(0, last + 1 - _LONGEST_NAME) : last + 1]))
            code = _name_ending_at(window, len(window) - 1, names)
            if code:
                return code
    return None


def _name_ending_at(plain: list[str], last: int, names: dict[str, str]) -> str | None:
    """The country of the longest place name among ``names`` whose last word is ``plain[last]`` (plain
    words, in order), or None."""
    window = plain[max(0, last + 1 - _LONGEST_NAME) : last + 1]  # a place name ends with this word
    for size in range(len(window), 0, -1):
        code = names.get(" ".join(window[-size:]))
        if code:
            return code
    return None


class CountriesOfPage(Sequence[str]):
    """Where a national number is tried after its office's country: the countries the page names
    from ``start``, then the usual ones of its language; read only when first needed."""

    def __init__(self, text: str, start: int, lang: str) -> None:
        self._text, self._start, self._lang = text, start, lang
        self._codes: tuple[str, ...] | None = None

    def _read(self) -> tuple[str, ...]:
        if self._codes is None:
            named = PlacesAlong(self._text, self._start).countries()
            self._codes = tuple(dict.fromkeys((*named, *LANGUAGE_COUNTRIES.get(self._lang, ()))))
        return self._codes

    def __getitem__(self, index):  # type: ignore[override]
        return self._read()[index]

    def __len__(self) -> int:
        return len(self._read())


@cache
def _last_words() -> frozenset[str]:
    return frozenset(name.rsplit(" ", 1)[-1] for name in _names())


@lru_cache(maxsize=65536)
def _plain_word(word: str) -> str:
    """A word of a text as place names are keyed, a sentence's mark after it dropped ("Ecuador." ends a name), and an
    English possessive's ending ("Pakistan's cabinet")."""
    plain = _plain(word)
    if plain in _last_words():
        return plain
    plain = plain.rstrip(_SENTENCE_MARKS)
    return plain[:-2] if plain.endswith(_POSSESSIVE) else plain


_SENTENCE_MARKS = ".;:!?»\"”'’"
_POSSESSIVE = ("'s", "’s")


def country_of(text: str) -> str | None:
    """The country a place or office names: the known name ending last in ``text`` (the longest one), else None."""
    names = _names()
    words = _plain(text).replace("/", " ").replace(",", " ").replace("(", " ").replace(")", " ").split()
    lasts = _last_words()
    words = [word if word in lasts else word.rstrip(_SENTENCE_MARKS) for word in words]  # "OIM Ecuador."
    for end in range(len(words), 0, -1):
        for size in (4, 3, 2, 1):
            code = names.get(" ".join(words[end - size : end])) if size <= end else None
            if code:
                return code
    return None


if __name__ == "__main__":
    TERRITORIES.write_text(json.dumps(build_territories(), ensure_ascii=False, indent=0) + "\n", "utf-8")
    PLAIN_NAMES.write_text(json.dumps(build_plain_names(), ensure_ascii=False, indent=0) + "\n", "utf-8")
    REGIONS.write_text(json.dumps(build_regions(), ensure_ascii=False, indent=0) + "\n", "utf-8")
