"""Where the article starts on a page of any site: its title, read from the kinds of its lines.

Used when a page does not show IOM's menu (see :mod:`oimx.boilerplate`). Each line
at the top of the page has a kind (:func:`oimx.line_kinds.line_kind`: nav, label,
front, byline, para, heading).

The body opens at the first paragraph that no furniture follows (a teaser is
followed by its ``En savoir plus``, a notice is a short heading over one paragraph
over a longer heading); the title is the heading above it, unless that heading is a
subtitle under a longer heading (never an event's or an office's name). What stands
around the text (front matter, footer) is read in :mod:`oimx.edges`.
"""

from __future__ import annotations

from collections.abc import Collection

from oimx import rx
from oimx.contacts import contact_start, is_share_line
from oimx.lexicon.boilerplate import CAPTION_MARKERS, LINE_CONTINUES, OFFICE_LEADS, SECTION_HEADINGS
from oimx.line_kinds import (
    AGENCY_CREDIT,
    PARA_CHARS,
    SYMBOL,
    has_letter,
    has_words,
    heads_a_release,
    is_button,
    is_field,
    is_field_label,
    is_furniture,
    is_item,
    is_tag_row,
    line_kind,
    long_heading,
)
from oimx.text import Line, all_languages, ends_with_mark, is_blank, key, lines

# furniture within this many lines after a paragraph makes it a teaser, not the body
TEASER_REACH = 2
# a menu heading (glued to its teaser below it) is at most this long
MENU_HEADING_CHARS = 45
# a wrapped heading spans at most this many lines
HEADING_ROWS = 8
# a hard-wrapped page: lines of these lengths, at least WRAP_LINES of them within WRAP_SLACK characters of the
# longest, and at most WRAP_PAST longer (a title written on one line)
WRAP_COLUMNS = (40, 100)
WRAP_LINES = 5
WRAP_SLACK = 16
WRAP_PAST = 3
WRAP_REACH, WRAP_REACHED = 4, 2  # lines within WRAP_REACH characters of the column: at least WRAP_REACHED
# what ends the last line of a wrapped paragraph
_SENTENCE_ENDS = ".!?»\"”)"
# a photo credit line is at most this long
CREDIT_CHARS = 120
# a line said twice at the top of a page is a repeated title when it has at least this many words
REPEAT_WORDS = 3

# short words a line cannot end on: the line goes on below ("… d'un montant de\nProgramme …")
_CONTINUES = frozenset(all_languages(LINE_CONTINUES))
# a heading closing on a bracketed date naming an event or a series: "98e Conférence … (3-19 juin 2009)"
_RUBRIC = rx.compile(r"\([^()\r\n]{0,60}\d{4}\)\s*+$")
# what parts the crumbs of a breadcrumb ("Accueil / Urgences / …", "Home > News") and the parts of a stamp line
_CRUMBS = rx.compile(r"\s+[/>›»]\s+")
_BARS = rx.compile(r"\s*\|\s*")


def _adjacent(text: str, before: Line, after: Line) -> bool:
    """True when no blank line stands between two rows."""
    gap = text[before.end : after.start]
    return gap.count("\n") + gap.count("\r") - gap.count("\r\n") <= 1


def _wrap_width(lengths: list[int]) -> int | None:
    """The column a hard-wrapped page is cut at: the longest of its lines of WRAP_COLUMNS that at least WRAP_LINES
    lines come close to (within WRAP_SLACK), several reach (within WRAP_REACH: a wrap fills its lines to a word of
    the column; one line longer than the rest is a title on one line) and hardly any passes; None for a page whose
    paragraphs are lines."""
    lengths = sorted(n for n in lengths if WRAP_COLUMNS[0] <= n <= WRAP_COLUMNS[1])
    for width in reversed(lengths):
        close = sum(1 for n in lengths if width - WRAP_SLACK <= n <= width)
        if close >= WRAP_LINES and sum(1 for n in lengths if width - WRAP_REACH <= n <= width) >= WRAP_REACHED:
            return width if sum(1 for n in lengths if n > width) <= WRAP_PAST else None
    return None


def _wrapped_joins(text: str, rows: list[Line]) -> set[int]:
    """The rows that go on a hard-wrapped paragraph from the row above: runs of adjacent rows filled to near the
    wrap column, closed by a row ending a sentence ("… contracting by 3% to" / "$31 trillion in 2023, …" /
    "Update, published today."), or making a whole block between blank lines (a heading or subtitle wrapped over
    lines: "… Dia Mundial da Segurança e Saúde no" / "Trabalho alerta …"; its first line stays the title's)."""
    texts = [row.text.strip() for row in rows]
    width = _wrap_width(list(map(len, texts)))
    if width is None:
        return set()
    joins: set[int] = set()
    run = 0  # the row the current run of full rows opened on
    opens_block = True  # the run opened on a block's first row (a blank line, or the top, above it)
    for i, line in enumerate(texts):
        if i and not _adjacent(text, rows[i - 1], rows[i]):
            run, opens_block = i, True
        if len(line) > width:
            run, opens_block = i + 1, False
        elif len(line) < width - WRAP_SLACK or i + 1 == len(texts) or not _adjacent(text, rows[i], rows[i + 1]):
            closes_block = i + 1 == len(texts) or not _adjacent(text, rows[i], rows[i + 1])
            if i > run and (ends_with_mark(line, _SENTENCE_ENDS) or (opens_block and closes_block)):
                joins.update(range(run + 1, i + 1))
            run, opens_block = i + 1, False
    return joins


def _units(text: str, rows: list[Line]) -> list[tuple[int, str]]:
    """(first row, text) of each line, a line cut after a short function word joined to the next one, and the
    lines of a hard-wrapped paragraph joined."""
    units: list[tuple[int, str]] = []
    wrapped = _wrapped_joins(text, rows)
    for i, row in enumerate(rows):
        line = row.text.strip()
        if units and i and _adjacent(text, rows[i - 1], row):
            last_word = units[-1][1].rsplit(None, 1)[-1]
            joins = (last_word in _CONTINUES and line[:1].isalpha()) or (
                line[:1].islower() and units[-1][1][-1:].isalpha()
            ) or (units[-1][1].endswith(",") and line[:1].isupper()) or i in wrapped  # "de M. Jean Dupont,\n…"
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
    """True when ``text`` opens with ``heading`` glued to more text: "Qui sommes nousL'Organisation…" (a letter
    right after it; "Colombia: Emergencia…" is a title after its country)."""
    return len(text) > len(heading) and key(text).startswith(key(heading)) and text[len(heading)].isalpha()


def _repeats(units: list[tuple[int, str]]) -> list[list[int]]:
    """Groups of the units that say the same line again (a header repeating the title), in page order.

    Only lines that could be a title are compared: a paragraph-long line is never a repeated header.
    """
    seen: dict[str, list[int]] = {}
    for u, (_, text) in enumerate(units):
        if len(text) <= PARA_CHARS and has_words(text, REPEAT_WORDS):
            seen.setdefault(key(text), []).append(u)
    return [group for group in seen.values() if len(group) > 1]


def _sets_off(units: list[tuple[int, str]], kinds: list[str], over: int, last: int, below: list[int]) -> bool:
    """True when the long heading ``over`` is the title set off by the date block ``over + 1 .. last``.

    The block holds a date line (not only page labels), the heading is no cut copy of one below it, and
    when the block holds a document symbol, no title-long heading stands below it (the symbol opens the
    release below: the heading over it is the site's section).
    """
    if kinds[over] != "heading" or not long_heading(units[over][1]) or "front" not in kinds[over + 1 : last + 1]:
        return False
    head = key(units[over][1])
    symbol = any(SYMBOL.fullmatch(units[v][1]) for v in range(over + 1, last + 1))
    return not any(key(units[u][1]).startswith(head) or (symbol and kinds[u] == "heading" and long_heading(units[u][1]))
                   for u in below)


def _caption(text: str, rows: list[Line], units: list[tuple[int, str]], u: int) -> bool:
    """True when the paragraph ``u`` is a photo's caption: a credit line ("Photo: © PAM/…") stands right over or
    under it, no blank line between."""
    for v in (u - 1, u + 1):  # a caption holding its own credit ("… eastern Chad. © UNHCR/…") has no caption beside it
        if 0 <= v < len(units) and _has_credit(units[v][1]) and _credit_alone(units[v][1]):
            first, second = sorted((units[v][0], units[u][0]))
            if _adjacent(text, rows[first], rows[second]):
                return True
    return False


def _has_credit(line: str) -> bool:
    """A photo credit: "© PAM/…", "Photo : UNICEF/…" (lexicon CAPTION_MARKERS), "Photo ONU/Loey Felipe", in a short
    line."""
    return len(line) <= CREDIT_CHARS and (any(marker in key(line) for marker in CAPTION_MARKERS)
                                          or AGENCY_CREDIT.match(line) is not None)


def _credit_alone(line: str) -> bool:
    """A credit line opening on its marker or shape ("© UNMISS/…", "Photo : PAM/…", "Photo ONU/…")."""
    return key(line).startswith(CAPTION_MARKERS) or AGENCY_CREDIT.match(line) is not None


def _caption_around_credit(units: list[tuple[int, str]], u: int) -> bool:
    """The heading ``u`` said again on the other side of a credit line: a caption over and under its photo's
    credit ("Le Conseil de sécurité. (archives)" / "Photo ONU/…" / the same), never the title."""
    return any(0 <= u + 2 * side < len(units) and units[u + 2 * side][1] == units[u][1]
               and _has_credit(units[u + side][1]) for side in (-1, 1))


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


def _stem(line: str) -> str:
    """A line's key with each word's plural "s" dropped: "Bulletins d'information" reads as "Bulletin d'information"."""
    return " ".join(word.removesuffix("s") for word in key(line).split())


def _names_the_section(over: str, units: list[tuple[int, str]], kinds: list[str], start: int, stop: int) -> bool:
    """True when the heading ``over`` (above the title) is the page's section, named again by a crumb that closes
    a breadcrumb above it ("Accueil / Urgences / Bulletins d'information …") or by a part of a front line between
    the title and the body ("4 mars 2024 | Bulletin d'information …")."""
    stem = _stem(over)
    for u in range(stop):
        if u < start and kinds[u] != "nav":
            continue
        if u >= start and kinds[u] != "front":
            continue
        parts = _CRUMBS.split(units[u][1]) if u < start else _BARS.split(units[u][1])
        if len(parts) > 1 and (stem == _stem(parts[-1]) if u < start else stem in map(_stem, parts)):
            return True
    return False


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
            elif (kind == "nav" or (kind == "heading" and is_share_line(units[v][1]))) \
                    and ("heading" in kinds or "byline" in kinds) \
                    and (is_button(units[v][1]) or is_share_line(units[v][1])):
                kind = "front"  # a button or share links under a title: "Partager", "Share: Facebook | X", "Share on X"
            elif kind == "nav" and v and kinds[v - 1] == "front" and "heading" in kinds[: v - 1] \
                    and len(units[v][1]) <= MENU_HEADING_CHARS \
                    and _adjacent(text, rows[units[v][0] - 1], rows[units[v][0]]):
                kind = "front"  # a list under a front line, one item a line: "Disponible en :" / "English" / …,
                # "Partager" / "Facebook" / "X" / "Courriel"
            elif kind == "nav" and v and is_tag_row(units[v][1]) and (
                    (kinds[v - 1] == "heading" and long_heading(units[v - 1][1]))
                    or (kinds[v - 1] == "front" and "heading" in kinds[: v - 1])) \
                    and v + 1 < len(units) and line_kind(units[v + 1][1], learned) in ("para", "front"):
                kind = "front"  # topic tags between a title (or its date line) and the body: "Partnerships | Health"
            elif kind in ("heading", "nav") and is_field_label([text for _, text in units], v):
                kind = "front"  # fields written label over value: "Source" / "OCHA" / "Posted" / "14 Mar 2024"
            elif kind in ("heading", "nav") and is_field(units[v][1]) and (
                    (v and is_field(units[v - 1][1]) and _adjacent(text, rows[units[v][0] - 1], rows[units[v][0]]))
                    or (v + 1 < len(units) and is_field(units[v + 1][1])
                        and _adjacent(text, rows[units[v + 1][0] - 1], rows[units[v + 1][0]]))):
                kind = "front"  # a block of labelled fields: "Country: Sudan" / "Format: Situation Report"
            elif kind == "heading" and v and kinds[v - 1] == "front" and "heading" in kinds[: v - 1] \
                    and not long_heading(units[v][1]) and _adjacent(text, rows[units[v][0] - 1], rows[units[v][0]]):
                kind = "front"  # a short tag in the block of the date line under a heading: "12 March 2024" / "Health"
            kinds.append(kind)
        return kinds[u]

    repeats = _repeats(units)
    copies = {u for group in repeats for u in group[:-1]}  # a copy the page shows again below is no body

    # skip links, menu words and labels opening the page are no part of it ("Aller au contenu principal")
    opening = 0
    while opening < len(units) - 1 and is_furniture(kind_of(opening), units[opening][1]):
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
            is_furniture(kind_of(v), units[v][1]) for v in after
        ) and not _caption(text, rows, units, u):
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
            standing = next((v for v in range(u - 1, -1, -1) if kinds[v] not in ("front", "label")), None)
            if standing is not None and _sets_off(units, kinds, standing, u, above):
                set_off = standing  # "Title" / "21 February 2024" / "News release" / "Key facts" / body
                break
        if (kinds[u] == "nav" and has_letter(units[u][1])) or (kinds[u] == "label" and above) \
                or (kinds[u] == "para" and _notice(units, kind_of, u)):
            noticed = kinds[u] == "para"
            break  # furniture, or the notice standing over the article
        if kinds[u] == "heading" and is_item(units[u][1]):
            continue  # a short highlight in a list under the title ("- 8 000 familles sans abri") is no title
        if kinds[u] == "heading" and key(units[u][1]).strip(" :") in SECTION_HEADINGS:
            continue  # a section's heading over the first paragraph ("HIGHLIGHTS", "Points clés") is no title
        if (kinds[u] == "para" and _caption(text, rows, units, u)) \
                or (kinds[u] == "heading" and _caption_around_credit(units, u)):
            continue  # a photo's caption over the title
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
            is_furniture(kinds[lead - 1], units[lead - 1][1]) or (header > 0 and units[lead][0] == header + 1)
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
        _RUBRIC.search(over) is not None or key(over).startswith(OFFICE_LEADS)
        or _names_the_section(over, units, kinds, earlier[-1], anchor))
    title = earlier[-1] if long_heading(over) and outside and not rubric else near
    # cut only what reads as furniture: a known line, the site's header block, or a title set off by front matter
    cue = (
        (title != near and all(has_letter(text) for _, text in units[:title]))
        or units[title][0] == header + 1
        or any(kind in ("nav", "label") and has_letter(units[u][1]) for u, kind in enumerate(kinds[:title]))
        or (opening < title and kinds[opening] == "front")  # the page opens on a front line: "Attachments"
        or "front" in kinds[title + 1 : title + 3]
        or noticed
        or rubric
        or any(heads_a_release(units[u][1]) for u in range(opening, title))
    )
    return units[title][0] if cue else top
