"""Where the article starts on a page of any site, read from generic cues.

Used when a page does not show IOM's menu (see :mod:`oimx.boilerplate`). Each
line at the top of the page is given a kind, read from its shape and from the
lexicon, never from a site's name:

- ``nav``: skip links, breadcrumbs, calls to action, page-type labels,
  ``Site | Section`` lines, image links, lines without a letter, banners;
- ``front``: what stands between a title and its body: date lines (also
  ``27 May 2024 | News release | Reading time: 2 min``), document symbols
  (``SG/SM/21522``), meeting lines, captions and credits, delivery notes, and
  buttons under a title (``Partager``);
- ``byline``: ``Déclaration de …`` or a line ending with a place and date;
- ``para``: a sentence-like paragraph; ``heading``: anything else.

The body opens at the first paragraph that no furniture follows (a teaser is
followed by its ``En savoir plus``, a notice is a short heading over one paragraph
over a longer heading); the title is the heading above it, unless that heading is a
subtitle under a longer heading (never an event's or an office's name). What stands
around the text (front matter, footer) is read in :mod:`oimx.edges`.
"""

from __future__ import annotations

from collections.abc import Collection
from itertools import islice

import regex

from oimx import rx
from oimx.contacts import contact_start, is_share_line
from oimx.lexicon.boilerplate import (
    ALL_PAGE_LABELS,
    BUTTON_LINES,
    BYLINE_LEADS,
    CAPTION_MARKERS,
    DATE_LEADS,
    FRONT_LEADS,
    FRONT_LINES,
    LINE_CONTINUES,
    MEETING_WORDS_BY_LANGUAGE,
    NAV_LEADS,
    NAV_LINES,
    OFFICE_LEADS,
)
from oimx.lexicon.dates import MONTHS, WEEKDAYS
from oimx.text import Line, all_languages, alternation, is_blank, key, lines

# a sentence-like paragraph has at least this many words when it ends with punctuation
PARA_WORDS = 6
# a line longer than this is a paragraph whatever its end
PARA_CHARS = 320
# a question or exclamation shorter than this is a heading, not a paragraph
QUESTION_CHARS = 100
# furniture within this many lines after a paragraph makes it a teaser, not the body
TEASER_REACH = 2
# a heading at least this long (characters, words) may stand over a subtitle as the title
TITLE_CHARS = 45
TITLE_WORDS = 5
# a menu heading (glued to its teaser below it) is at most this long
MENU_HEADING_CHARS = 45
# a wrapped heading spans at most this many lines
HEADING_ROWS = 8
# a line said twice at the top of a page is a repeated title when it has at least this many words
REPEAT_WORDS = 3

# short words a line cannot end on: the line goes on below ("… d'un montant de\nProgramme …")
_CONTINUES = frozenset(all_languages(LINE_CONTINUES))
_WEEKDAY = alternation(all_languages(WEEKDAYS))
_MONTH = alternation(all_languages(MONTHS))
# one date: "26 février 2024", "12 nov. 2014", "March 31, 2010", "29/06/2017", "11-08-2006 4:00 pm"
DATE = rf"""
    (?: \d{{1,2}} (?:er|st|nd|rd|th)? [ \t.]{{1,3}} (?:de[ \t]{{1,3}})? (?i:{_MONTH}) \.?
        (?:,? [ \t]{{1,3}} (?:de[ \t]{{1,3}})? \d{{4}})?
      | (?i:{_MONTH}) \.? [ \t]{{1,3}} \d{{1,2}} (?:,? [ \t]{{1,3}} \d{{4}})?
      | (?i:{_MONTH}) [ \t]{{1,3}} \d{{4}}
      | \d{{1,2}} [/.-] \d{{1,2}} [/.-] \d{{2,4}} (?: [ \t]{{1,3}} \d{{1,2}} : \d{{2}} (?:[ \t]?[ap]\.?m\.?)? )?
      | \d{{4}} - \d{{2}} - \d{{2}}
    )
"""
# a line that is only a date, maybe after a weekday or a label word: "Lundi 3 mai 2021", "Actualité | 14 juin 2012"
DATE_LINE = rx.compile(
    rf"""
    (?: [\p{{L}} ]{{1,30}} [|:] [ \t]{{0,3}}       # an optional label: "Actualité | "
      | (?i:{_WEEKDAY}) ,? [ \t]{{1,3}}          # or weekday: "Lundi "
    )?
    {DATE}
    (?: [ \t]{{0,3}} {DATE} )?    # the same date twice ("22 novembre 2011 22 novembre 2011")
    [ \t.]{{0,3}}
    """,
    regex.VERBOSE,
)
# a place and a date closing a short line: "Genève, 26 février 2024", "– New York, le 2 juin 2020"
_PLACE_DATE_END = rx.compile(
    rf"\p{{Lu}}[\p{{L}} ()'’.-]{{1,60}},[ \t]{{1,3}}(?:le[ \t]|el[ \t]|on[ \t])?{DATE}[ \t.]{{0,3}}$", regex.VERBOSE
)
# a date then a place on a short line: "31 March 2010, Geneva, Switzerland"
_DATE_PLACE = rx.compile(rf"{DATE}[ \t]{{0,3}},[ \t]{{0,3}}\p{{Lu}}[\p{{L}} ,()'’.-]{{1,60}}", regex.VERBOSE)
# a document symbol: "SG/SM/21522", "CS/2669", "SG/SM/15978-AFR/2919", "REF/G/102"
_SYMBOL = rx.compile(r"\p{Lu}{1,8}(?:/[\p{Lu}\d.]{1,12}){1,4}(?:[-–][\p{Lu}]{1,8}(?:/[\p{Lu}\d.]{1,12}){1,3}){0,3}")
# an image link or a bare file: "![](/sites/banner.jpg)", "259.9 MB", "3:31"
_MEDIA = rx.compile(r"!\[[^\]\r\n]{0,200}\]\([^)\r\n]{0,400}\)?|[\d.:]{1,10}(?:[ \t]?[KMG]B)?", regex.IGNORECASE)
# a paragraph opening with a place and a dash: "Dakar – Premier paragraphe."
_DATELINE_SHAPE = rx.compile(r"\(?\p{Lu}[\p{L} ,./()'’-]{1,60}?[ \t][–—-]{1,2}[ \t]\p{L}")
# the end of a sentence, in the Latin, Arabic and CJK scripts ("。", "،", "؛")
_TERMINAL = rx.compile(r"[.…»\"”:;,。．，、：；」』،؛]\s*+$")
# a script written without spaces between words: a word is counted every two of its characters
_UNSPACED = rx.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")
# a breadcrumb: "Accueil / Actualités / Communiqués", "Home > News", "Inicio › Noticias" (never "« … »")
_BREADCRUMB = rx.compile(
    r"[^\r\n/]{1,80}(?:[ \t]/[ \t][^\r\n/]{1,120}){2,8}"  # two " / " at least
    r"|[^\r\n]{1,80}[ \t][>›][ \t][^\r\n]{1,200}"  # or a " > "
)
# a reading or playing time: "Lecture : 3 min", "Reading time: 4 minutes", "Durée : 2:31"
_FIGURE_LABEL = rx.compile(
    r"\p{L}[\p{L}' ]{1,30}[ \t]?:[ \t]?\d{1,3}"  # "Lecture : 3"
    r"(?::\d{2}|[ \t]?(?i:min|mins|minutes?|minutos?|mn|sec|secondes?|seconds?)\.?)"  # ":31", " min"
    r"(?:[ \t]{0,3}\([^()\r\n]{1,30}\))?"  # a note: "(520 words)"
)
# a list item: "• More than 1.1 million people face…", "- Les enfants âgés de…"
_ITEM = rx.compile(r"[•·▪●◦*-][ \t]")
# a photo credit glued to the text after it: "Photo: UNODCLe 6 janvier", "… migrants. Photo: ONUDC25 Juillet"
GLUED_CREDIT = rx.compile(
    r"""
    (?: [^\r\n]{0,400}? \s )?                 # the caption before the credit, if any
    (?i: photo | foto | crédit | credit ) s? [ \t]?:[ \t]?
    [\p{L}/ .-]{0,40}? \p{Lu}                  # the credit, ending on a capital ("UNODC")
    (?= \p{Lu}\p{Ll} | \d )                    # the text starts with no space: "Le", "25"
    """,
    regex.VERBOSE,
)
# a heading closing on a bracketed date naming an event or a series: "98e Conférence … (3-19 juin 2009)"
_RUBRIC = rx.compile(r"\([^()\r\n]{0,60}\d{4}\)\s*+$")
# a meeting's line: "9510e séance – matin", "Seventy-eighth Session, 45th Plenary Meeting (PM)"
_MEETING = rx.compile(
    rf"(?:\p{{Lu}}[\p{{L}}'’-]{{0,30}}[ \t,]{{1,3}}){{0,6}}\d{{1,5}}(?:e|ème|er|st|nd|rd|th|ª|a|\.)?[ \t]{{1,3}}"
    rf"(?i:{alternation(all_languages(MEETING_WORDS_BY_LANGUAGE))})\b[^\r\n.!?]{{0,30}}"
)
_QUESTION = rx.compile(r"[?!？！؟]\s*+$")
WORD = rx.compile(r"\p{L}[\p{L}\d'’-]*")


def _is_furniture(kind: str, text: str) -> bool:
    """A label, or a nav line with words (a bare "/" or "***" tells nothing, share links follow any text)."""
    return kind == "label" or (kind == "nav" and has_letter(text) and not is_share_line(text))


def has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _has_marker(lowered: str) -> bool:
    return any(marker in lowered for marker in CAPTION_MARKERS)


def _is_front_bar(text: str) -> bool:
    """A date, page labels and a reading time between bars: "27 September 2024 | News release | Reading time: 2 min"."""
    parts = [part.strip() for part in text.split(" | ")]
    return any(DATE_LINE.fullmatch(part) for part in parts) and all(
        DATE_LINE.fullmatch(part) or key(part) in ALL_PAGE_LABELS or _FIGURE_LABEL.fullmatch(part) for part in parts
    )


def is_button(text: str) -> bool:
    """A button standing alone on its line, as sites set them under a title: "Partager", "Imprimer", "Listen /"."""
    return key(text).strip(" /|:>»•-") in BUTTON_LINES


def _heads_a_release(text: str) -> bool:
    """A line only set over a release's title: a document symbol, a labelled date line, a meeting's line."""
    return _SYMBOL.fullmatch(text) is not None or _MEETING.fullmatch(text) is not None or (
        "|" in text and (DATE_LINE.fullmatch(text) is not None or _is_front_bar(text)))


def line_kind(text: str, learned: Collection[str] = ()) -> str:
    """The kind of one stripped line: nav, label, front, byline, para or heading (see the module)."""
    lowered = key(text)
    if len(text) > PARA_CHARS:  # long lines are paragraphs, unless a banner
        return "nav" if lowered.startswith(NAV_LEADS) else "para"
    bare = lowered.strip(" /|:>»•-")
    if lowered in ALL_PAGE_LABELS:
        return "label"
    if (
        lowered in FRONT_LINES or lowered.startswith(DATE_LEADS) or lowered.startswith(FRONT_LEADS)
        or DATE_LINE.fullmatch(text)
        or _SYMBOL.fullmatch(text) or text.startswith(("|", "![")) or text[:1].islower()
        or _FIGURE_LABEL.fullmatch(text) or (" | " in text and _is_front_bar(text)) or _MEETING.fullmatch(text)
        or (_has_marker(lowered) and not GLUED_CREDIT.match(text))
        or (text.startswith("[") and text.endswith(("]", ")")))
    ):
        return "front"
    if (
        bare in NAV_LINES or (lowered in learned and not _TERMINAL.search(text)) or lowered.startswith(NAV_LEADS)
        or not has_letter(text) or " | " in text or " • " in text or _MEDIA.fullmatch(text)
        or _BREADCRUMB.fullmatch(text)
    ):
        return "nav"
    if len(text) <= PARA_CHARS and (
        lowered.startswith(BYLINE_LEADS) or _PLACE_DATE_END.search(text) or _DATE_PLACE.fullmatch(text)
    ):
        return "byline"
    words = word_count(text)
    if _ITEM.match(text) and words >= PARA_WORDS:
        return "para"  # a list item of the body (a highlight), never a heading
    if len(text) > PARA_CHARS or (words >= PARA_WORDS and _TERMINAL.search(text)) or text.endswith((",", "،")):
        return "para"
    if _DATELINE_SHAPE.match(text) and _TERMINAL.search(text):
        return "para"
    if words >= PARA_WORDS and len(text) > QUESTION_CHARS and _QUESTION.search(text):
        return "para"
    return "heading"


def word_count(text: str) -> int:
    """Words of a line; in a script without spaces (Chinese, Japanese, Thai) one every two characters."""
    words = len(WORD.findall(text))
    unspaced = len(_UNSPACED.findall(text)) if not text.isascii() else 0
    return words + unspaced // 2


def _adjacent(text: str, before: Line, after: Line) -> bool:
    """True when no blank line stands between two rows."""
    gap = text[before.end : after.start]
    return gap.count("\n") + gap.count("\r") - gap.count("\r\n") <= 1


def _units(text: str, rows: list[Line]) -> list[tuple[int, str]]:
    """(first row, text) of each line, a line cut after a short function word joined to the next one."""
    units: list[tuple[int, str]] = []
    for i, row in enumerate(rows):
        line = row.text.strip()
        if units and i and _adjacent(text, rows[i - 1], row):
            last_word = units[-1][1].rsplit(None, 1)[-1]
            joins = (last_word in _CONTINUES and line[:1].isalpha()) or (
                line[:1].islower() and units[-1][1][-1:].isalpha()
            ) or (units[-1][1].endswith(",") and line[:1].isupper())  # "de M. Jean Dupont,\nHaut-Commissaire"
            if joins and line_kind(units[-1][1]) not in ("nav", "label"):
                units[-1] = (units[-1][0], f"{units[-1][1]} {line}")
                continue
        units.append((i, line))
    return units


def heading_rows(text: str, title: Line) -> list[Line]:
    """The lines of the heading opening at the line ``title``: more than one when it is wrapped.

    A heading goes on over the lines right below it (no blank line between) that :func:`_units`
    joins to it: after a short function word, a comma, or on a lower-case start.
    """
    rows = [title]
    for row in lines(text, title.end):
        if row.start == title.end:
            continue  # the rest of the title's own line
        if is_blank(row.text) or len(rows) >= HEADING_ROWS:
            break
        rows.append(row)
    units = _units(text, rows)
    if line_kind(units[0][1]) != "heading":
        return [title]
    return rows[: units[1][0]] if len(units) > 1 else rows


def _glued_to(heading: str, text: str) -> bool:
    """True when ``text`` opens with ``heading`` glued to more text: "Qui sommes nousL'Organisation…"."""
    return len(text) > len(heading) and key(text).startswith(key(heading)) and not text[len(heading)].isspace()


def _has_words(text: str, count: int) -> bool:
    """True when ``text`` has at least ``count`` words (read no further than that: lines may be long)."""
    return sum(1 for _ in islice(WORD.finditer(text), count)) >= count


def _repeats(units: list[tuple[int, str]]) -> list[list[int]]:
    """Groups of the units that say the same line again (a header repeating the title), in page order.

    Only lines that could be a title are compared: a paragraph-long line is never a repeated header.
    """
    seen: dict[str, list[int]] = {}
    for u, (_, text) in enumerate(units):
        if len(text) <= PARA_CHARS and _has_words(text, REPEAT_WORDS):
            seen.setdefault(key(text), []).append(u)
    return [group for group in seen.values() if len(group) > 1]


def long_heading(text: str) -> bool:
    return len(text) >= TITLE_CHARS and _has_words(text, TITLE_WORDS)


def _sets_off(units: list[tuple[int, str]], kinds: list[str], over: int, last: int, below: list[int]) -> bool:
    """True when the long heading ``over`` is the title set off by the date block ``over + 1 .. last``.

    The block holds a date line (not only page labels), the heading is no cut copy of one below it, and
    when the block holds a document symbol, no title-long heading stands below it (the symbol opens the
    release below: the heading over it is the site's section).
    """
    if kinds[over] != "heading" or not long_heading(units[over][1]) or "front" not in kinds[over + 1 : last + 1]:
        return False
    head = key(units[over][1])
    symbol = any(_SYMBOL.fullmatch(units[v][1]) for v in range(over + 1, last + 1))
    return not any(key(units[u][1]).startswith(head) or (symbol and kinds[u] == "heading" and long_heading(units[u][1]))
                   for u in below)


def _notice(units: list[tuple[int, str]], kind_of, u: int) -> bool:
    """True when the paragraph ``u`` is a notice over the article: a short heading over this one paragraph,
    then a title-long heading, longer than the notice's, over the article's paragraphs (past its front matter)."""
    if not 0 < u < len(units) - 2 or kind_of(u - 1) != "heading" or long_heading(units[u - 1][1]):
        return False
    below = units[u + 1][1]
    if kind_of(u + 1) != "heading" or not long_heading(below) or len(below) <= 2 * len(units[u - 1][1]):
        return False
    text = next((v for v in range(u + 2, len(units)) if kind_of(v) not in ("front", "label", "nav")), None)
    return text is not None and kind_of(text) == "para"  # front matter may stand between the title and its text


def title_row(text: str, rows: list[Line], learned: Collection[str] = ()) -> int:
    """Index in ``rows`` (the non-blank lines at the top of ``text``) of the article's title."""
    block = contact_start(text, rows[0].start, rows[-1].end) if rows else None
    units = _units(text, [row for row in rows if block is None or row.start < block])  # no title in the contacts
    if not units:
        return 0
    kinds: list[str] = []  # filled as far as needed: the body is usually found within a few lines

    def kind_of(u: int) -> str:
        while len(kinds) <= u:
            v = len(kinds)
            kind = line_kind(units[v][1], learned)
            if v and kinds[v - 1] in ("heading", "nav") and len(units[v - 1][1]) <= MENU_HEADING_CHARS \
                    and kind in ("heading", "para") and _glued_to(units[v - 1][1], units[v][1]):
                kinds[v - 1] = kind = "nav"  # a menu heading over its glued teaser: "Who we are" / "Who we areIOM…"
            elif kind == "nav" and ("heading" in kinds or "byline" in kinds) and is_button(units[v][1]):
                kind = "front"  # a button under a title: "Partager", "Imprimer", between the title and its text
            elif kind == "heading" and v and kinds[v - 1] == "front" and "heading" in kinds[: v - 1] \
                    and not long_heading(units[v][1]) and _adjacent(text, rows[units[v][0] - 1], rows[units[v][0]]):
                kind = "front"  # a short tag in the block of the date line under a heading: "12 March 2024" / "Health"
            kinds.append(kind)
        return kinds[u]

    repeats = _repeats(units)
    copies = {u for group in repeats for u in group[:-1]}  # a copy the page shows again below is no body

    # skip links, menu words and labels opening the page are no part of it ("Aller au contenu principal")
    opening = 0
    while opening < len(units) - 1 and _is_furniture(kind_of(opening), units[opening][1]):
        opening += 1
    top = units[opening][0]
    # the first block of the page (before its first blank line) is the site's header when more follows it
    header = next((i for i in range(top, len(rows) - 1) if not _adjacent(text, rows[i], rows[i + 1])), -1)
    if header < top + 1:
        header = -1  # a page opening with one line then a blank opens with its title
    anchor = None
    for u in range(len(units)):
        after = range(u + 1, min(u + 1 + TEASER_REACH, len(units)))
        if kind_of(u) == "para" and u not in copies and not _notice(units, kind_of, u) and not any(
            _is_furniture(kind_of(v), units[v][1]) for v in after
        ):
            anchor = u
            break
    if anchor is None:  # no paragraph to read the article from: only lines the batch repeats go
        lead = opening
        while lead < len(units) - 1 and key(units[lead][1]) in learned:
            lead += 1
        return units[lead][0]
    # the headings above the body, up to the furniture (labels only count as furniture above a heading)
    above: list[int] = []
    noticed = False  # a notice stands over the headings above the body
    set_off = None  # a long heading right over a block of date and label lines that stands over ``above``
    for u in range(anchor - 1, -1, -1):
        if above and kinds[u] in ("front", "label") and kinds[u + 1] not in ("front", "label"):
            over = next((v for v in range(u - 1, -1, -1) if kinds[v] not in ("front", "label")), None)
            if over is not None and _sets_off(units, kinds, over, u, above):
                set_off = over  # "Title" / "21 February 2024" / "News release" / "Key facts" / body
                break
        if (kinds[u] == "nav" and has_letter(units[u][1])) or (kinds[u] == "label" and above) \
                or (kinds[u] == "para" and _notice(units, kind_of, u)):
            noticed = kinds[u] == "para"
            break  # furniture, or the notice standing over the article
        if kinds[u] in ("heading", "byline", "para"):
            above.append(u)
    last_copies = [group[-1] for group in repeats
                   if group[-1] < anchor and kinds[group[-1]] == "heading" and long_heading(units[group[-1]][1])]
    if last_copies:  # a heading the page shows twice over the body is its title: the copy nearest the body
        return units[max(last_copies)][0]
    if set_off is not None:
        lead = set_off - 1  # the title over a subtitle, when furniture or the site's header stands over it
        while lead > 0 and kinds[lead] == "front":
            lead -= 1  # buttons, captions between the title and its subtitle
        if lead > 0 and kinds[lead] == "heading" and long_heading(units[lead][1]) and (
            _is_furniture(kinds[lead - 1], units[lead - 1][1]) or (header > 0 and units[lead][0] == header + 1)
        ):
            return units[lead][0]
        return units[set_off][0]
    if not above:  # no heading over the first paragraph: the page is left whole, but for its opening furniture
        return top if opening <= anchor else 0
    above.reverse()
    plain = [u for u in above if kinds[u] != "byline"]
    near = plain[-1] if plain else above[0]
    earlier = [u for u in above if u < near]
    outside = units[earlier[-1]][0] > header or units[near][0] <= header if earlier else False
    over = units[earlier[-1]][1] if earlier else ""
    # a heading over the title naming an event ("… (3-19 juin 2009)") or an office ("Bureau régional pour …")
    rubric = bool(earlier) and kinds[earlier[-1]] == "heading" and (
        _RUBRIC.search(over) is not None or key(over).startswith(OFFICE_LEADS))
    title = earlier[-1] if long_heading(over) and outside and not rubric else near
    # cut only what reads as furniture: a known line, the site's header block, or a title set off by front matter
    cue = (
        (title != near and all(has_letter(text) for _, text in units[:title]))
        or units[title][0] == header + 1
        or any(kind in ("nav", "label") and has_letter(units[u][1]) for u, kind in enumerate(kinds[:title]))
        or "front" in kinds[title + 1 : title + 3]
        or noticed
        or rubric
        or any(_heads_a_release(units[u][1]) for u in range(opening, title))
    )
    return units[title][0] if cue else top
