"""The pipeline: one page's text in, one record out.

    >>> from oimx import parse_page
    >>> record = parse_page(open("page.txt", encoding="utf-8").read(), source="page.txt")
    >>> record["title"], [e["value"] for e in record["emails"]]

Steps: find where the article starts (:mod:`oimx.boilerplate`), split it into
parts (:mod:`oimx.segment`), run each extractor over the article, give every
item its section, resolve overlaps between kinds, and read the people of the
contact block (:mod:`oimx.contacts`, :mod:`oimx.contact_people`). An extractor that fails on odd input
leaves a warning in the record; the other fields are still produced.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Iterator
from functools import partial
from itertools import chain

from oimx import boilerplate, contact_people, record, rx
from oimx.debris import blank_line_tags, clean_lines
from oimx.items import Repeats, items_of
from oimx.kinds import Page
from oimx.lexicon.languages import (
    DETECTED_ONLY,
    FALLBACK_LANGUAGE,
    LANGUAGES,
    STOPWORDS,
    WARM_UP_SAMPLES,
    readable,
    require,
)
from oimx.lexicon.places import CountriesOfPage, PlacesAlong, country_of, last_place
from oimx.segment import Parts, segment
from oimx.text import line_list

_WORDS = rx.compile(r"\p{L}{1,20}")
# letters of the Latin script, against all letters: a page written mostly in another script
# (Arabic, Chinese, Cyrillic…) is in none of the languages oimx has vocabulary for
_LETTER = rx.compile(r"\p{L}")
_LATIN_LETTER = rx.compile(r"\p{Script=Latin}")
# a letter of another script: without one the counts above need not be made
_OTHER_SCRIPT_LETTER = rx.compile(r"[^\P{L}\p{Script=Latin}]")
_OTHER_SCRIPT_MIN_LETTERS = 40
_OTHER_SCRIPT_SHARE = 0.5


def detect_language(
    text: str, start: int, hint: str | None = None, top: boilerplate.PageTop | None = None
) -> str | None:
    """The page's language: the menu's when it shows one, else by frequent words.

    None when the article is written mostly in a script other than Latin: none of the
    languages oimx has vocabulary for. ``top``, the :class:`oimx.boilerplate.PageTop` of this
    ``text`` when the caller has one, reads the menu from the rows it holds.
    """
    if hint:
        return require(hint) if hint in LANGUAGES else hint
    menu = top.menu_language(start) if top is not None else boilerplate.menu_language(text, start)
    if menu:
        return menu
    window = text[start : start + 3000]
    if _OTHER_SCRIPT_LETTER.search(window):
        letters = len(_LETTER.findall(window))
        if letters >= _OTHER_SCRIPT_MIN_LETTERS and len(_LATIN_LETTER.findall(window)) < _OTHER_SCRIPT_SHARE * letters:
            return None
    frequent = STOPWORDS | DETECTED_ONLY
    lowered = [word.casefold() for word in _WORDS.findall(text, start, start + 3000)]
    counts = {lang: sum(map(words.__contains__, lowered)) for lang, words in frequent.items()}
    best = max(counts, key=lambda lang: (counts[lang], lang == FALLBACK_LANGUAGE))
    return best if counts[best] else FALLBACK_LANGUAGE


def _section(parts: Parts, start: int) -> str:
    if parts.title and start < parts.title.end:
        return "title"
    if parts.contact_start is not None and start >= parts.contact_start:
        return "contact"
    if parts.dateline and parts.dateline.start <= start < parts.dateline.end:
        return "dateline"
    return "body"


def _check_arguments(text: object, source: object, lang: object, reference: object, learned: object) -> None:
    """TypeError or ValueError naming the argument of :func:`parse_page` that cannot be right."""
    if not isinstance(text, str):
        hint = " (decode bytes first: text.decode('utf-8'))" if isinstance(text, (bytes, bytearray)) else ""
        raise TypeError(f"parse_page: text must be a str, not {type(text).__name__}{hint}")
    if source is not None and not isinstance(source, str):
        raise TypeError(f"parse_page: source must be a str or None, not {type(source).__name__}")
    if lang is not None and not isinstance(lang, str):
        raise TypeError(f"parse_page: lang must be a str or None, not {type(lang).__name__}")
    if lang is not None and not readable(lang):
        raise ValueError(f"parse_page: lang {lang!r}: give None (detect it), one of {', '.join(LANGUAGES)} "
                         "or a lower-case code whose month names dateparser has")
    if reference is not None and (not isinstance(reference, dt.date) or isinstance(reference, dt.datetime)):
        raise TypeError(f"parse_page: reference must be a datetime.date or None, not {type(reference).__name__}")
    if isinstance(learned, (str, bytes)) or not isinstance(learned, Collection):
        raise TypeError(f"parse_page: learned must be a set of lines, not {type(learned).__name__}")


def _in_block(items: list[dict], repeats: Iterable[dict], start: int) -> Iterator[dict]:
    """The items from ``start`` on (the contact block), then the repeats there, one by one."""
    return chain((item for item in items if item["start"] >= start), repeats)


def _header_country(text: str, article: int) -> str | None:
    """The country the page's header (what stands above the article) names last."""
    return PlacesAlong(text, 0, article).before(article)


def parse_page(
    text: str,
    source: str | None = None,
    *,
    lang: str | None = None,
    reference: dt.date | None = None,
    learned: Collection[str] = frozenset(),
) -> dict:
    """Turn one page's text into a record (see ``oimx schema`` for its fields).

    ``lang`` forces the language; ``reference`` resolves relative dates and missing
    years; ``learned`` holds lines a batch repeats at the top of its pages
    (:func:`oimx.boilerplate.learn`). A wrong argument raises TypeError or ValueError.
    """
    from oimx.extract import dates

    _check_arguments(text, source, lang, reference, learned)
    learned = frozenset(learned)  # a set or a list too (the menu tests keep judgements keyed by it)

    warnings: list[str] = []
    layout_text = blank_line_tags(text)  # "….<br>" / "<br>": the lines and blank lines a browser shows
    top = boilerplate.PageTop(layout_text)  # the rows at the top of the page, read once for the article and the menu
    start, layout = top.find_article(learned)
    detected = detect_language(text, start, lang, top)
    if detected is None:
        warnings.append(f"language not recognised (mostly not Latin script): read with the {FALLBACK_LANGUAGE!r} words")
    language = detected or FALLBACK_LANGUAGE
    find_dates = partial(dates.find, lang=language, reference=reference)

    def safe_dates(fragment: str) -> list[dict]:
        try:
            return find_dates(fragment)
        except Exception as error:
            warnings.append(f"dates: {type(error).__name__}: {error}")
            return []

    parts = segment(layout_text, start, safe_dates, layout, top.lines)
    del top  # the page's lines: not held while the extractors read the page
    article = parts.title.start if parts.title else len(text)
    contact_at = parts.contact_start if parts.contact_start is not None else len(text)
    contact_end = parts.contact_end if parts.contact_end is not None else len(text)
    place_region = country_of(" ".join(parts.dateline.places)) if parts.dateline else None
    # the last place the contact block (and what follows it) names, its words read from the end; a dateline naming
    # places of several countries ("Dakar/Niamey/N'Djamena") tells none: the places the text names tell the currency
    several = parts.dateline is not None and len({country_of(place) for place in parts.dateline.places} - {None}) > 1
    hint = None if several else place_region or (last_place(text, contact_at) if contact_at < len(text) else None)
    country: str | Callable[[], str | None] | None = hint
    if hint is None and not several and article:  # the site's header: "… pour la stabilisation en Centrafrique",
        country = partial(_header_country, text, article)  # read only when a currency needs a country
    # where a national number that is not valid in its office's or dateline's country is tried next
    elsewhere = CountriesOfPage(text, article, language)

    page = Page(text=text, article=article, contact=contact_at, article_end=parts.article_end, lang=language,
                reference=reference, region=place_region, country=country, elsewhere=elsewhere)
    repeats: dict[str, Repeats] = {}  # an address or number of the contact block the body gave first
    items = items_of(page, warnings, repeats)
    for found in items.values():
        for item in found:
            item["section"] = _section(parts, item["start"])

    contact = None
    if parts.contact_start is not None:
        contact = {
            "text": "\n".join(filter(None, clean_lines([row.text for row in
                                                      line_list(parts.clean, contact_at, contact_end)]))),
            "start": contact_at,
            "end": contact_end,
            "people": contact_people.people(
                parts.clean, contact_at, contact_end,
                _in_block(items["emails"], repeats.get("emails", ()), contact_at),
                _in_block(items["phones"], repeats.get("phones", ()), contact_at),
            ),
        }
    dateline = None
    if parts.dateline:
        line = parts.dateline
        date = None
        if line.date_start is not None:
            date = next((d for d in items["dates"] if d["start"] == line.date_start), None)
            if date is None:
                date = next(iter(safe_dates(text[line.date_start : line.date_end])), None)
                if date is not None:
                    date = {**date, "start": date["start"] + line.date_start,
                            "end": date["end"] + line.date_start, "section": "dateline"}
        dateline = {
            "text": text[line.start : line.end], "start": line.start, "end": line.end,
            "places": line.places, "date": date,
        }
    if not text.strip():
        warnings.append("empty page")
    elif parts.title is None:
        warnings.append("no article text after the site navigation")
    return record.build(
        source=source,
        lang=detected,
        layout=layout,
        title=parts.title.text if parts.title else None,
        dateline=dateline,
        body=parts.body,
        contact=contact,
        spans={
            "navigation": [0, start],
            "title": [parts.title.start, parts.title.end] if parts.title else None,
            "body": [parts.body_start, parts.body_end] if parts.paragraphs else None,
            "contact": [contact_at, contact_end] if contact else None,
        },
        warnings=warnings,
        **items,
    )


def warm_up() -> None:
    """Import the extractors and build their per-language patterns now rather than on first use."""
    for lang in LANGUAGES:
        parse_page(WARM_UP_SAMPLES[lang], lang=lang)
