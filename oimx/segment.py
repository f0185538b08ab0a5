"""Split a page's article into title, dateline, body and contact block.

Input is the page text and the offset where the article starts (see
:mod:`oimx.boilerplate`). Output is a :class:`Parts` with the span of every part
in the page, the dateline's places, and the body as clean paragraphs: hard-wrapped
lines re-joined, separator lines and HTML debris dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from oimx import article, contacts, edges, rx
from oimx.debris import clean_line, clean_lines, mask_debris
from oimx.lexicon.dates import DATELINE_ARTICLES, DATELINE_DATE_LEADS
from oimx.lexicon.places import ORGANISATIONS, PLACE_ADMIN_WORDS, PLACE_PARTICLES, country_of, is_country
from oimx.text import (
    REGEX_SPACES,
    Line,
    all_languages,
    alternation,
    ends_with_mark,
    fold,
    is_blank,
    is_separator,
    key,
    line_list,
    line_text,
    lines_from,
)

# a body is hard-wrapped when most lines are between these lengths
WRAP_MIN = 40
WRAP_WIDTH = 90
# a dateline's places and date stand within this many characters of the paragraph start
DATELINE_REACH = 110
# paragraphs (subtitle, byline) that may stand before the one with the dateline
DATELINE_PARAGRAPHS = 4
# lines past a contact block's first told at once to hold no share platform nor related word
END_TEST_ROWS = 32

# what ends a sentence, and what opens a list item
_TERMINAL_MARKS = ".!?…»\"”:;)"
_BULLETS = "•·▪●◦*-"
# the dash (or colon) that closes a dateline; a long dash may touch the text ("2011—Un", "Libreville –Dans"),
# a dash may follow a full stop ("21 de noviembre de 2023.- El Gobierno")
_DATELINE_DASH = rx.compile(
    r"\s{0,3}(?:\s[–—-]{1,2}|[–—]|:)\s{1,3}|\s{0,3}[–—]{1,2}(?=\p{Lu}|«)|\.[–—-]{1,2}\s{1,3}(?=\p{Lu}|«)"
)
# what every match of _DATELINE_DASH holds, and how far before the first of them it may start ("   - ")
_DASH_MARKS = ("-", "–", "—", ":")
_DASH_LEAD = 4
# a date between the dateline's place and a second dash: "BRAZZAVILLE – 5 mars 2019 -"
_DATE_THEN_DASH = rx.compile(r"([^\r\n–—-]{4,30}?)\s{1,3}[–—-]{1,2}\s{1,3}")
# an agency named in brackets after the place: "GENÈVE (Nouvelles du BIT)"
_SOURCE_NOTE = rx.compile(r"\s{0,3}\([^()\r\n]{2,60}\)\s{0,3}$")
# what may stand before a dateline that is only a date: "Le 6 janvier 2014 -"
_DATE_ARTICLES = frozenset({"", *all_languages(DATELINE_ARTICLES)})
# a note in brackets closing a dateline's head: "(updated on 15/04/2021)", "(27/01/2016)"
_TRAILING_NOTE = rx.compile(r"\s{0,3}\([^()\r\n]{0,60}\d[^()\r\n]{0,60}\)\s{0,3}$")
# what stands between a dateline's places and its date: ", le", " (", ", on"
_DATE_LEAD = rx.compile(rf"(?:[\s,(]{{1,4}}(?:{alternation(all_languages(DATELINE_DATE_LEADS))}))?[\s,(]{{0,4}}$",
                           regex.IGNORECASE)
# an elided article before a capitalised name: "d'Aceh", "l’Extrême-Nord"
_ELIDED_NAME = rx.compile(r"(?:d|l)['’]\p{Lu}")
# a region written as initials after a place: "D.C.", "N.Y."
_INITIALS = rx.compile(r"(?:\p{Lu}\.){2,4}")
_INITIALS_END = rx.compile(r"(?:^|[\s,])(?:\p{Lu}\.){2,4}$")
_PLACE_WORD = rx.compile(r"[\p{L}'’.-]{1,30}")


@dataclass
class Paragraph:
    """A body paragraph: its span in the page and its text with lines re-joined."""

    start: int
    end: int
    text: str


@dataclass
class Dateline:
    """The place(s) and optional date opening the first body paragraph."""

    start: int
    end: int
    text: str
    places: list[str]
    date_start: int | None = None
    date_end: int | None = None


@dataclass
class Parts:
    """Where each part of the article lies in the page."""

    content_start: int
    title: Line | None = None
    body_start: int = 0
    body_end: int = 0
    contact_start: int | None = None
    contact_end: int | None = None
    article_end: int = 0  # where the article's text ends: its footer, its contact block, or the page's end
    dateline: Dateline | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    clean: str = ""  # the page with the article's HTML debris blanked out (same offsets)

    @property
    def body(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


def _opens_with_bullet(text: str) -> bool:
    """A bullet then white space opens ``text`` (white space before it allowed): "• Un point", "- Un autre"."""
    stripped = text.lstrip(REGEX_SPACES)
    return len(stripped) >= 2 and stripped[0] in _BULLETS and stripped[1] in REGEX_SPACES


def _dateline_dash(text: str, start: int, stop: int) -> regex.Match | None:
    """The first match of _DATELINE_DASH in ``text[start:stop]``, searched from a few characters before
    the first dash or colon (the pattern's white space would make the search try every position)."""
    first = stop
    for mark in _DASH_MARKS:
        at = text.find(mark, start, first)  # only before the first mark found so far
        if at >= 0:
            first = at
    return None if first == stop else _DATELINE_DASH.search(text, max(start, first - _DASH_LEAD), stop)


def _may_hold_dateline(line: str) -> bool:
    """False when no dateline can open ``line``: it holds no dash or colon (:data:`_DASH_MARKS`, one of which
    every dateline's dash holds), nor a comma and a digit (what a place and date standing alone hold)."""
    return any(map(line.__contains__, _DASH_MARKS)) or _comma_and_digit(line)


def _comma_and_digit(line: str) -> bool:
    """A comma and a digit: what a place and a date standing alone on a line hold at least."""
    return "," in line and any(map(str.isdigit, line))


def _wrapped(rows: list[Line]) -> bool:
    """True when the body was saved hard-wrapped: most lines fill a fixed width, few exceed it."""
    sizes = list(filter(None, map(len, map(str.strip, [row.text for row in rows]))))
    if len(sizes) < 4:
        return False
    filled = sum(1 for size in sizes if WRAP_MIN <= size <= WRAP_WIDTH)
    over = sum(1 for size in sizes if size > WRAP_WIDTH)
    return filled >= 0.5 * len(sizes) and over <= 0.2 * len(sizes)


def _paragraphs(rows: list[Line], opens_paragraph=lambda _row: False) -> list[Paragraph]:
    """Body paragraphs: blank lines and full stops end them; hard-wrapped lines are re-joined.

    ``opens_paragraph(row)`` tells a line that starts a paragraph whatever comes before (a dateline).
    """
    wrapped = _wrapped(rows)
    paragraphs: list[Paragraph] = []
    held_rows: list[Line] = []  # the lines of the paragraph read so far
    held: list[str] = []  # and their clean texts

    def close() -> None:
        first, last = held_rows[0], held_rows[-1]
        start = first.start + len(first.text) - len(first.text.lstrip())
        end = last.start + len(last.text.rstrip())
        paragraphs.append(Paragraph(start, end, " ".join(held)))
        held_rows.clear()
        held.clear()

    for row, text in zip(rows, clean_lines(list(map(line_text, rows))), strict=True):
        # a clean text is folded: no white space at either end (its first and last characters are its marks);
        # a letter first is no separator's, no bullet's (their calls are made for the other lines only)
        if not text or (not text[0].isalpha() and is_separator(text)):
            if held:
                close()
            continue
        if held and (held[-1][-1] in _TERMINAL_MARKS or not (wrapped or text[0].islower())
                     or (len(held[-1]) < WRAP_MIN and edges.is_footer(held[-1]))  # "Tags" over its tags, each
                     # on its line, in lower case or not: a footer line ends its paragraph
                     or (text[0] in _BULLETS and _opens_with_bullet(text))
                     or (len(paragraphs) < DATELINE_PARAGRAPHS and opens_paragraph(row))):
            close()
        held_rows.append(row)
        held.append(text)
    if held:
        close()
    return paragraphs


def _split_places(places: str) -> list[str] | None:
    """The places of a dateline, or None when the text does not read as places."""
    names: list[str] = []
    for part in places.split("/"):
        part = fold(part).strip(",")
        part = part if _INITIALS_END.search(part) else part.rstrip(".")
        if not part:
            return None
        pieces = [fold(p) for p in part.split(",")]
        merged = [pieces[0]]
        for piece in pieces[1:]:
            if not piece:
                return None
            if is_country(piece) or piece[:1].islower() or _INITIALS.fullmatch(piece):  # "Washington, D.C."
                merged[-1] = f"{merged[-1]}, {piece}"
            else:
                merged.append(piece)
        names.extend(merged)
    for name in names:
        words = _PLACE_WORD.findall(name.replace("(", " ").replace(")", " "))
        if not words or len(words) > 7 or name[:1].islower() or not name[:1].isalpha():
            return None
        if any(map(str.isdigit, name)):
            return None
        if is_country(name):
            continue
        for word in words:
            lowered = word.casefold()
            if lowered.removeprefix("l'").removeprefix("l’") in ORGANISATIONS:
                return None
            if not word[:1].islower() or lowered in PLACE_PARTICLES or lowered in PLACE_ADMIN_WORDS:
                continue
            if _ELIDED_NAME.match(word):
                continue
            return None
    return names


def _date_only(head: str, dates: list[dict]) -> tuple[int, int] | None:
    """The span of the date that makes up all of ``head`` but an article ("Le 6 janvier 2014")."""
    if len(dates) != 1:
        return None
    date = dates[0]
    before = head[: date["start"]].strip(" \t(").casefold()
    if before in _DATE_ARTICLES and not head[date["end"] :].strip(" \t)"):
        return date["start"], date["end"]
    return None


def _dateline(text: str, paragraph: Paragraph, find_dates) -> Dateline | None:
    """The dateline opening ``paragraph``, if it has one."""
    reach = min(paragraph.end, paragraph.start + DATELINE_REACH)
    dash = _dateline_dash(text, paragraph.start, reach)
    if dash is None or dash.start() == paragraph.start:
        return _place_and_date_alone(text, paragraph, find_dates)
    head = text[paragraph.start : dash.start()]
    opening = len(head) - len(head.lstrip("(["))  # "(Bangui, 02 octobre 2014):", "[Maputo, 7 de maio de 2024] –"
    end = dash.start() + len(dash.group().rstrip())
    head_dates = [d for d in find_dates(head) if d.get("type") == "date"]
    only = _date_only(head, head_dates)
    if only is not None:
        if dash.group().strip() == ":" and opening == 0:
            return None  # "Mardi 14 mai : ouverture officielle": a programme's item, no dateline
        start = paragraph.start + only[0]
        return Dateline(paragraph.start, end, text[paragraph.start : end], [], start, paragraph.start + only[1])
    if head[:1] == "[" and not head_dates:
        return None  # "[Nota] –": square brackets hold a place only with its date ("[Maputo, 7 de maio de 2024] –")
    date_start = date_end = None
    places = head[opening:]
    source = _SOURCE_NOTE.search(places)
    if source and not _TRAILING_NOTE.fullmatch(source.group()) and country_of(source.group().strip(" ()")) is None:
        places = places[: source.start()]  # "GENÈVE (Nouvelles du BIT)", "NEW YORK, 9 mars (OCHA)": the agency
    note = _TRAILING_NOTE.search(places)
    dates = head_dates if places == head else [d for d in find_dates(places) if d.get("type") == "date"]
    if dates:
        date = dates[-1]
        tail = places[date["end"] :].strip(" \t\r\n)]")
        lead = _DATE_LEAD.sub("", places[: note.start() if note else date["start"]])
        first = dates[0]
        if (not tail or note) and lead:
            date_start, date_end = paragraph.start + opening + date["start"], paragraph.start + opening + date["end"]
            places = lead
        elif first["start"] == 0 and tail.startswith(","):  # "29 juin 2017, Libreville –"
            date_start, date_end = paragraph.start + opening + first["start"], paragraph.start + opening + first["end"]
            places = tail.lstrip(", ")
    elif note:
        places = places[: note.start()]
    if opening and date_start is None:
        places = places.rstrip().removesuffix(")").removesuffix("]")  # "(Maputo) –": the brackets close on the place
    colon = dash.group().strip() == ":" and opening == 0  # "(Bangui, 2 mai):" is a dateline
    if colon and (date_start is not None or country_of(places) is None):
        return None  # "Suiza: …" is a dateline, "Fonds : …" a field label
    names = _split_places(places)
    if not names:
        return None
    if date_start is None:  # "BRAZZAVILLE – 5 mars 2019 -": the date between two dashes
        after = _DATE_THEN_DASH.match(text, dash.end(), reach)
        dates = [d for d in find_dates(after.group(1))] if after else []
        if after and dates and dates[0].get("type") == "date" and dates[0]["end"] == len(after.group(1)):
            date_start, date_end = dash.end(), dash.end() + dates[0]["end"]
            end = after.end() - len(after.group()) + len(after.group().rstrip())
    return Dateline(paragraph.start, end, text[paragraph.start : end], names, date_start, date_end)


def _place_and_date_alone(text: str, paragraph: Paragraph, find_dates) -> Dateline | None:
    """A place and a date standing alone on the paragraph's first line: "Genève, 26 février 2024", maybe between
    brackets ("(New York, 3 April 2024)")."""
    line_end = text.find("\n", paragraph.start, paragraph.end)
    line_end = paragraph.end if line_end < 0 else line_end
    line = text[paragraph.start : line_end].rstrip()
    if not 0 < len(line) <= DATELINE_REACH or not _comma_and_digit(line):
        return None
    if line[:1].islower():
        return None  # places are capitalised (see _split_places): a wrapped sentence's next line
    opening = 1 if line[:1] == "(" and line[-1:] == ")" else 0  # "(New York, 3 April 2024)"
    inner = line[opening : len(line) - opening]
    dates = [d for d in find_dates(inner) if d.get("type") == "date"]
    if len(dates) != 1 or inner[dates[0]["end"] :].strip(" .") or dates[0]["start"] == 0:
        return None
    lead = _DATE_LEAD.sub("", inner[: dates[0]["start"]]).rstrip(", ")
    names = _split_places(lead)
    if not names:
        return None
    end = paragraph.start + len(line)
    return Dateline(paragraph.start, end, line, names, paragraph.start + opening + dates[0]["start"],
                    paragraph.start + opening + dates[0]["end"])


def _contact_end(rows: list[Line], end: int) -> int:
    """Where the contact block opening on the first of ``rows`` (the page's lines from there) ends: the first
    later line where a footer or share links begin, else ``end``, the page's end.

    Whether a share platform or a related word stands in any of the lines is told once for a run of
    END_TEST_ROWS lines (case folding holds some 12 bytes a character while it works: a run at a time, never
    the page's)."""
    for at in range(1, len(rows), END_TEST_ROWS):  # the block's first line opens it
        run = rows[at : at + END_TEST_ROWS]
        folded = "\n".join(map(line_text, run)).casefold()
        shares, related = contacts.may_share(folded), edges.may_relate(folded)
        found = next((row.start for i, row in enumerate(run, at) if contacts.ends_block(row.text, shares)
                      or edges.is_footer(row.text, shares, related)  # an agency's acronym over its "About":
                      or edges.about_heading([line_text(r) for r in rows[i : i + 2]], 0)), None)
        if found is not None:
            return found
    return end


def _same(text: str, clean: str, start: int, end: int | None = None) -> bool:
    """True when ``clean`` (``text`` with its debris blanked) is ``text`` over ``text[start:end]``."""
    return clean is text or text[start:end] == clean[start:end]


def segment(text: str, start: int, find_dates=lambda _text: [], layout: str = "iom",
            page_lines: list[Line] | None = None) -> Parts:
    """Find title, dateline, body and contact block in ``text[start:]``.

    ``find_dates(text) -> items`` reads a dateline's date (see :mod:`oimx.extract.dates`);
    ``layout`` is the structure :func:`oimx.boilerplate.find_article` read; ``page_lines``,
    ``line_list(text)`` when the caller has it (:attr:`oimx.boilerplate.PageTop.lines`).
    """
    parts = Parts(content_start=start, body_start=len(text), body_end=len(text), article_end=len(text))
    page_lines = line_list(text) if page_lines is None else page_lines
    rows = lines_from(page_lines, text, start)
    title = next((row for row in rows if not is_blank(row.text) and clean_line(row.text)), None)
    if title is None:
        return parts
    stripped = title.text.strip()
    offset = title.start + title.text.index(stripped[0])
    parts.title = Line(offset, offset + len(stripped), stripped)
    body_start, title_key = title.end, key(stripped)
    if layout != "iom":  # a heading wrapped over lines: the title is its first line, the rest is no body
        heading = article.heading_rows(text, title)
        body_start, title_key = heading[-1].end, key(" ".join(row.text for row in heading))
    # the lines past the title, read once for the contact block's start and end and for the body
    after_title = lines_from(page_lines, text, body_start)
    opening = contacts.opening_row(after_title, text)
    body_count, contact = (len(after_title), None) if opening is None else (opening[0], opening[1].start)
    body_end = parts.article_end = len(text) if contact is None else contact
    parts.contact_start = contact
    clean = parts.clean = mask_debris(text, body_start)
    # the lines of clean are those read already where no HTML debris was blanked (most pages: everywhere)
    if contact is not None:
        contact_rows = after_title[body_count:] if _same(text, clean, contact) else line_list(clean, contact)
        parts.contact_end = _contact_end(contact_rows, len(text))
    body_rows = after_title[:body_count] if _same(text, clean, body_start, body_end) else \
        line_list(clean, body_start, body_end)
    body_rows = edges.past_front_matter(body_rows, stripped, title_key, layout)
    if layout != "iom":  # the mark that ends a release ends the article ("* *** *", "###")
        end = next((i for i, row in enumerate(body_rows) if i and edges.is_end_mark(row.text)), len(body_rows))
        if end < len(body_rows):
            parts.article_end = body_rows[end].start
            del body_rows[end:]

    def opens_paragraph(row: Line) -> bool:
        if not _may_hold_dateline(row.text):
            return False
        start = row.start + len(row.text) - len(row.text.lstrip())
        return _dateline(clean, Paragraph(start, row.end, row.text.strip()), find_dates) is not None

    parts.paragraphs = _paragraphs(body_rows, opens_paragraph)
    if layout != "iom":
        footer = edges.footer_start([p.text for p in parts.paragraphs])
        if footer < len(parts.paragraphs):
            parts.article_end = parts.paragraphs[footer].start
        del parts.paragraphs[footer:]
    parts.body_start = parts.paragraphs[0].start if parts.paragraphs else body_end
    parts.body_end = parts.paragraphs[-1].end if parts.paragraphs else body_end
    searched = 0
    for n, paragraph in enumerate(parts.paragraphs):
        if layout != "iom" and (edges.is_aside(paragraph.text) or edges.is_caption_over(
                paragraph.text, parts.paragraphs[n + 1].text if n + 1 < len(parts.paragraphs) else "")):
            continue  # a caption (over its credit), a credit, a highlight, a note: the dateline may stand below it
        parts.dateline = _dateline(clean, paragraph, find_dates)
        searched += 1
        if parts.dateline or searched >= DATELINE_PARAGRAPHS:
            break
        if layout == "iom" and (len(paragraph.text) > 200 or ends_with_mark(paragraph.text, _TERMINAL_MARKS)):
            break
    return parts
