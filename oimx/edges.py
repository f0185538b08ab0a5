"""What stands around an article's text on a page of any site: front matter and footer.

Front matter stands between the title and the body: date lines, labels, document
symbols, captions and credits, delivery notes, a media player's caption, short tags,
the title again. The footer follows the text: an end mark (``* *** *``, ``###``),
"À propos de …" blocks, share links, related-content lists. Lines are read with
:func:`oimx.line_kinds.line_kind`; words come from the lexicon.
"""

from __future__ import annotations

import regex

from oimx import rx
from oimx.contacts import CONTACT_EVIDENCE, is_share_line
from oimx.lexicon.boilerplate import (
    ABOUT_LEADS,
    CAPTION_MARKERS,
    END_MARK_WORDS,
    FOOTER_HEADINGS,
    FOOTER_LEADS,
    LEGAL_LINKS,
    MEDIA_LINES,
    NAV_LINES,
    RELATED_WORDS,
    TAG_LABELS,
)
from oimx.lexicon.dates import MONTHS
from oimx.lexicon.languages import STOPWORDS
from oimx.line_kinds import (
    DATE,
    DATE_LINE,
    GLUED_CREDIT,
    PARA_WORDS,
    WORD,
    has_letter,
    is_button,
    is_field,
    is_field_label,
    is_item,
    is_link_line,
    is_tag_row,
    line_kind,
    long_heading,
    word_count,
)
from oimx.text import Line, all_languages, alternation, is_blank, is_separator, key

# a caption glued on top of the first paragraph is at most this long
CAPTION_CHARS = 80
# a caption right under its photo credit is at most this long
CREDITED_CAPTION_CHARS = 200
# a related-content heading has at most this many words ("Articles connexes", "Related Stories")
RELATED_HEADING_WORDS = 5
# the heading of a related-content list closing a page has at most this many words, its entries this many characters
LIST_HEAD_WORDS = 4
LIST_ITEM_CHARS = 100
# a line of a menu-like list under a front line ("Disponible en :" / "English") is at most this long
NAV_ITEM_CHARS = 45
# a heading of at most this many words standing before the dateline is furniture ("English", "Français")
ASIDE_WORDS = 2
# a footer line is at most this long, unless it opens with a footer lead (a long "À propos de …" paragraph)
FOOTER_CHARS = 200
FOOTER_INITIALS = frozenset(lead[:1] for lead in FOOTER_LEADS) | frozenset(lead[:1].upper() for lead in FOOTER_LEADS)
# a related-content list closing a page has at most this many entries
LIST_ITEMS = 12
# a term of a tags line has at most this many words ("Climate and Environment")
TAG_TERM_WORDS = 5
# lines under the title read for front matter (dates, captions, credits)
FRONT_REACH = 12


# a date (or the same date twice) glued to the text it heads: "22 novembre 2011 22 novembre 2011Une …"
# (glued where a figure or a small letter meets a capital: "2009GENEVE", "novembreUne"; not "20 MAR|S 2024")
_GLUED_DATE = rx.compile(rf"(?:{DATE}[ \t]{{1,3}})?{DATE}(?<=\d|\p{{Ll}})(?=\p{{Lu}})", regex.VERBOSE)
# separators left before the first word by a scraper: ", , , , Les ministres"
_LEADING_JUNK = rx.compile(r"(?:[,;|][ \t]{0,3}){2,40}(?=\p{L})")
# a footnote under the text: "*Aucun retour forcé" (a list's "* " bullet has a space)
_FOOTNOTE = rx.compile(r"\*{1,3}\p{L}")
_TAG_SEPARATORS = rx.compile(r"[,;|]")
# an agency's acronym alone on its line: "ONUSIDA", "UNICEF", "UN-Habitat" is no acronym
_ACRONYM_LINE = rx.compile(r"\p{Lu}{2,10}")
# a short credit line under a caption: "PNUD", "UNICEF/Jane Doe"
_CREDIT_LINE = rx.compile(r"\p{Lu}{2,12}(?:[ \t]?/[ \t]?[\p{L}. -]{1,40})?")


def is_aside(text: str) -> bool:
    """True for a paragraph beside the article's text: caption, credit, highlight bullet, note, date line, a short
    menu-like line (the languages a page is in, one a line)."""
    kind = line_kind(text)
    if kind in ("front", "label", "nav") or (kind == "heading" and len(WORD.findall(text)) <= ASIDE_WORDS):
        return True  # a label, a date line, a one- or two-word line ("English", "Facebook")
    return is_item(text) or _CREDIT_LINE.fullmatch(text) is not None  # a paragraph's text: its spaces folded


def _in_front_list(texts: list[str], at: int, joined: list[bool]) -> bool:
    """The short line ``texts[at]`` goes on a list, one item a line, that a front line, a button or share links open
    right above it ("Disponible en :" / "English" / "Français"; "Partager" / "Facebook" / "X")."""
    for above in range(at - 1, max(-1, at - LIST_ITEMS - 1), -1):
        text = texts[above]
        kind = line_kind(text)
        if kind in ("front", "label") or is_button(text) or is_share_line(text):
            return True
        if len(text) > NAV_ITEM_CHARS or kind == "para" or not (above and joined[above - 1]):
            return False
    return False


def is_caption_over(text: str, below: str) -> bool:
    """A photo's caption, a short paragraph over its credit standing alone ("© UNICEF/UN0845521/Mbaye")."""
    return len(text) <= CREDITED_CAPTION_CHARS and len(below) <= CAPTION_CHARS and (
        _is_credit(below) or _CREDIT_LINE.fullmatch(below) is not None)


def glued_prefix(text: str) -> int:
    """Length of a date or photo credit glued to the start of the first body line (0 when none)."""
    match = _GLUED_DATE.match(text) or GLUED_CREDIT.match(text) or _LEADING_JUNK.match(text)
    return match.end() if match else 0


def _language(text: str) -> str | None:
    counts = {lang: sum(word.casefold() in words for word in WORD.findall(text)) for lang, words in STOPWORDS.items()}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] >= 2 and counts[best] > sorted(counts.values())[-2] else None


def _foreign_date(text: str, lang: str | None) -> bool:
    """True for a date line whose month is not written in ``lang``: a stamp the article keeps as its own."""
    if lang is None or not DATE_LINE.fullmatch(text):
        return False
    months = [word.casefold() for word in WORD.findall(text) if any(word.casefold() in m for m in MONTHS.values())]
    return bool(months) and all(month not in MONTHS[lang] for month in months)


def _is_credit(text: str) -> bool:
    """A photo credit or a caption holding one: "© UNMISS/Paul Ochieng", "Photo : PAM/Jean Dupont"."""
    lowered = key(text)
    return any(marker in lowered for marker in CAPTION_MARKERS)


def _is_short_caption(text: str, below: str) -> bool:
    """A short sentence set right on top of a much longer paragraph: a photo's caption."""
    return len(text) <= CAPTION_CHARS and text.endswith(".") and len(below) > 3 * len(text) and below[:1].isupper()


def front_rows(texts: list[str], title: str, joined: list[bool] | None = None) -> int:
    """How many of the lines ``texts`` under ``title`` are front matter, not body.

    ``joined[i]`` tells that no blank line stands between ``texts[i]`` and ``texts[i + 1]``.

    Date lines, labels, symbols, captions and credits, delivery notes, a caption
    paragraph over a short credit line, the title again in another language.
    Bylines and subtitles are body.
    """
    title_lang = _language(title)
    joined = joined or [False] * len(texts)
    skip = 0
    while skip < len(texts):
        text = texts[skip]
        kind = line_kind(text)
        if kind in ("heading", "nav") and is_field_label(texts, skip):
            skip += 1  # fields written label over value: "Source" / "OCHA" / "Posted" / "14 Mar 2024"
            continue
        if kind in ("front", "label") and not glued_prefix(text) and not _foreign_date(text, title_lang):
            skip += 1
            continue
        if kind == "heading" and skip and key(texts[skip - 1]) in MEDIA_LINES:
            skip += 1  # the caption of the media player above it: "Écouter /" then "Name, role"
            continue
        if kind == "heading" and not long_heading(text) and (
            (skip and joined[skip - 1] and line_kind(texts[skip - 1]) in ("front", "label"))
            or (joined[skip] and skip + 1 < len(texts) and line_kind(texts[skip + 1]) == "front")
        ):
            skip += 1  # a short tag in the block of a date, label or symbol line: "12 March 2024" / "Health"
            continue
        if kind in ("nav", "heading") and (not has_letter(text) or is_button(text) or is_share_line(text)):
            skip += 1  # "/", "***", a button ("Partager", "Imprimer") or share links ("Facebook Twitter Print Email")
            continue
        if kind in ("heading", "nav") and is_field(text) and (
                (skip and joined[skip - 1] and is_field(texts[skip - 1]))
                or (joined[skip] and skip + 1 < len(texts) and is_field(texts[skip + 1]))):
            skip += 1  # a block of labelled fields: "Dates: 3 – 13 June 2024" / "Venue: …", "Fuente: OCHA" / "País: …"
            continue
        if kind != "para" and skip + 1 < len(texts) and _opens(key(texts[skip + 1]), key(text)):
            skip += 1  # a stamp the first paragraph repeats: "Geneva, March 7, 2024" / "Geneva, March 7, 2024 – …"
            continue
        if kind == "nav" and is_tag_row(text):
            skip += 1  # topic tags: "Partnerships | Health"
            continue
        if kind in ("nav", "heading") and skip and joined[skip - 1] and len(text) <= NAV_ITEM_CHARS \
                and _in_front_list(texts, skip, joined):
            skip += 1  # a list under a front line, one item a line: "Partager" / "Facebook" / "X" / "Courriel",
            continue  # "Available in:" / "English" / "Français"
        if kind == "para" and skip and joined[skip - 1] and len(text) <= CREDITED_CAPTION_CHARS \
                and key(texts[skip - 1]).startswith(CAPTION_MARKERS):
            skip += 1  # "© UNMISS/Paul Ochieng" then its caption right below it (not under a caption holding its
            continue  # credit: "… in eastern Chad. © UNHCR/…" / "This is a summary of what was said …")
        if skip + 1 < len(texts) and joined[skip] and _is_short_caption(text, texts[skip + 1]):
            skip += 1  # "Un camp de déplacés à Port-au-Prince." standing on the first paragraph
            continue
        after = texts[skip + 1] if skip + 1 < len(texts) else ""
        if kind == "para" and skip + 2 < len(texts) and (_CREDIT_LINE.fullmatch(after) or (
                joined[skip] and len(text) <= CREDITED_CAPTION_CHARS and _is_credit(after)
                and line_kind(after) == "front")):
            skip += 2  # a caption and its credit: "… à Nampula." / "Foto: © UNICEF/Ricardo Franco"
            continue
        lang = _language(text) if kind == "heading" else None
        if lang and title_lang and lang != title_lang:
            skip += 1  # the title in another language
            continue
        return skip
    return skip


# the mark that ends a release: "*   ***   *", "###", "- 30 -", "-FIN-", or its word alone in capitals ("FIN")
_END_WORD = alternation(all_languages(END_MARK_WORDS))
_END_WORD_CAPITALS = alternation(word.upper() for word in all_languages(END_MARK_WORDS))
_END_MARK = rx.compile(
    rf"\*[\s*]{{0,12}}\*|\#(?:[ \t]{{0,24}}\#){{2,}}|-{{1,3}}[ \t]?(?:30|{_END_WORD})[ \t]?-{{1,3}}"
    rf"|(?-i:{_END_WORD_CAPITALS})\.?", regex.IGNORECASE
)


# what every end mark opens with (each alternative of _END_MARK): other lines need no pattern call
_END_MARK_FIRSTS = "*#-" + "".join({word[0].upper() for word in all_languages(END_MARK_WORDS)})


def is_footer(text: str, shares: bool = True, related: bool = True) -> bool:
    """True for a paragraph that follows an article: an end mark, a footer lead, a related-content heading,
    share links ("Partager :", "Compartir en Twitter").

    ``shares`` or ``related`` False: the caller knows that no share platform (resp. no related word) stands
    in ``text`` case-folded (:func:`oimx.contacts.may_share`, :func:`may_relate`), and their tests are skipped.
    """
    if len(text) > FOOTER_CHARS and text.lstrip("♦•·▪►> ")[:1] not in FOOTER_INITIALS:
        return False  # a long paragraph is a footer only when it opens with a footer lead
    lowered = key(text).lstrip("♦•·▪►> ")
    if lowered.strip(" :") in NAV_LINES or (shares and is_share_line(lowered)):
        return True
    if is_end_mark(text) or lowered.startswith(FOOTER_LEADS) or lowered.rstrip(" :") in FOOTER_HEADINGS:
        return True
    if lowered in LEGAL_LINKS or ("|" in lowered and any(part.strip() in LEGAL_LINKS for part in lowered.split("|"))):
        return True  # "Contact | Copyright | FAQ | Privacy Notice | Terms of Use"
    return _is_tag_line(lowered) or _related_heading(text, lowered, related)


def _is_tag_line(lowered: str) -> bool:
    """The page's tags, ``lowered`` a key: a tag label alone ("Topics"), or with a colon and short terms between
    commas or bars ("mots-clés : niger, mali, sahel"), never a sentence ("thèmes : la conférence a abordé …")."""
    label, colon, terms = lowered.partition(":")
    if label.strip() not in TAG_LABELS:
        return False
    if not colon or not terms.strip():
        return True
    parts = _TAG_SEPARATORS.split(terms)
    return not terms.rstrip().endswith(".") and all(0 < len(part.split()) <= TAG_TERM_WORDS for part in parts)


def may_relate(folded: str) -> bool:
    """False when no related word stands in ``folded`` (case-folded lines): none of its lines is a
    related-content heading but by an "about" lead. Related words are letters alone: a key's folded
    white space and straightened marks make none of them in a line where case folding made none."""
    return any(map(folded.__contains__, RELATED_WORDS))


def _related_heading(text: str, lowered: str, related: bool = True) -> bool:
    """A related-content heading ("Articles connexes", "À propos de l'OIM"): a few words, a related word
    among them or an "about" lead, read as a heading. ``lowered`` is the key of ``text``; ``related``
    False when no related word stands in it (:func:`may_relate`)."""
    about = lowered.startswith(ABOUT_LEADS)
    if not about and not (related and any(map(lowered.__contains__, RELATED_WORDS))):
        return False  # no related word stands in the line, as a word or within one: no words need reading
    words = WORD.findall(lowered)
    return len(words) <= RELATED_HEADING_WORDS and (
        any(word in RELATED_WORDS for word in words) or about
    ) and line_kind(text) == "heading"


def is_end_mark(text: str) -> bool:
    """True for the mark that ends a release: "*   ***   *", "###", "- 30 -", "-FIN-"."""
    stripped = text.strip()
    return stripped[:1] in _END_MARK_FIRSTS and _END_MARK.fullmatch(stripped) is not None


def _is_list_item(text: str) -> bool:
    """A few words that make no sentence, or a date: an entry of a related-content list ("Patrimoine mondial").

    A line with an e-mail address or a phone number is a contact, and a footnote ("*Aucun retour forcé") is the
    text's own: never such an entry.
    """
    if len(text) > LIST_ITEM_CHARS or CONTACT_EVIDENCE.search(text) or _FOOTNOTE.match(text):
        return False
    kind = line_kind(text)
    return kind == "front" or (word_count(text) < PARA_WORDS and kind in ("heading", "byline", "nav"))


def footer_start(paragraphs: list[str]) -> int:
    """Index of the first paragraph past the article's end, or ``len(paragraphs)``.

    The end is an end mark, a footer line, or a short heading over a list of short lines that
    closes the text ("Thèmes associés" / "Patrimoine mondial" / "Afrique centrale"), the page or
    what comes before the first footer line (a list over "Related stories").
    """
    footer = next((i for i in range(1, len(paragraphs)) if (is_footer(paragraphs[i])
                   and not _button_under_headings(paragraphs, i)) or about_heading(paragraphs, i)), len(paragraphs))
    listed = footer  # the start of the run of short non-sentence lines closing the text
    while listed > 1 and footer - listed < LIST_ITEMS and _is_list_item(paragraphs[listed - 1]):
        listed -= 1
    if listed == 1 or (footer - listed == LIST_ITEMS and _is_list_item(paragraphs[listed - 1])):
        listed = footer  # the text is made of short lines: no list closing it
    heads = (i for i in range(listed, footer - 1) if i and word_count(paragraphs[i]) <= LIST_HEAD_WORDS)
    footer = next(heads, footer)
    while footer > 1 and (is_button(paragraphs[footer - 1]) or is_link_line(paragraphs[footer - 1])):
        footer -= 1  # buttons, download and link lines closing the text: "Download PDF (1.2 MB)", "Read more: …"
    return footer


def _opens(paragraph: str, line: str) -> bool:
    """``paragraph`` begins with the whole of ``line`` and goes on past a word's end (both keys)."""
    return len(paragraph) > len(line) and paragraph.startswith(line) and not paragraph[len(line)].isalnum()


def about_heading(paragraphs: list[str], index: int) -> bool:
    """An agency's acronym alone over the paragraph that presents it: "ONUSIDA" / "Le Programme commun … (ONUSIDA)
    guide …", "UNICEF" / "UNICEF works in …" (an "About" block whose heading names the agency only)."""
    heading = paragraphs[index]
    if index + 1 >= len(paragraphs) or not _ACRONYM_LINE.fullmatch(heading):
        return False
    below = paragraphs[index + 1]
    return below.startswith(heading + " ") or f"({heading})" in below


def _button_under_headings(paragraphs: list[str], index: int) -> bool:
    """A button ("Partager") or a row of share links ("Partager : Facebook | X") under a subtitle, byline or front
    line ("Mis à jour le 27 juillet 2024") that no sentence has followed yet: set under the title, not a footer."""
    return (is_button(paragraphs[index]) or is_share_line(paragraphs[index])) \
        and all(line_kind(p) in ("heading", "byline", "front", "label") for p in paragraphs[:index])


def _is_front_matter(row_key: str, title_key: str) -> bool:
    """Lines between the title and the body: captions, credits, a repeated title, debris."""
    return row_key == title_key or any(marker in row_key for marker in CAPTION_MARKERS) or is_separator(row_key)


def _front_matter_rows(rows: list[Line], title_key: str, credited_captions: bool = False) -> int:
    """How many of the first ``rows`` stand between title and body (blank lines included).

    With ``credited_captions``, a short sentence right under a photo credit is its caption (not a byline,
    not a place and date).
    """
    skip = 0
    while skip < len(rows):
        if is_blank(rows[skip].text):
            skip += 1
            continue
        row_key = key(rows[skip].text)
        if _is_front_matter(row_key, title_key) and not glued_prefix(rows[skip].text.strip()):
            skip += 1
            if credited_captions and skip < len(rows) and row_key.startswith(CAPTION_MARKERS) \
                    and 0 < len(rows[skip].text.strip()) <= CREDITED_CAPTION_CHARS \
                    and line_kind(rows[skip].text.strip()) == "para":
                skip += 1  # "© UNMISS/Paul Ochieng" then its caption right below it (a caption holding its
                # credit has none below: "… in eastern Chad. © UNHCR/…" / the body's first paragraph)
            continue
        credit = next((i for i in range(skip + 1, min(skip + 3, len(rows))) if not is_blank(rows[i].text)), None)
        if credited_captions and credit is not None and key(rows[credit].text).startswith(CAPTION_MARKERS) \
                and len(rows[credit].text.strip()) <= CREDITED_CAPTION_CHARS \
                and len(rows[skip].text.strip()) <= CREDITED_CAPTION_CHARS and not _is_credit(row_key) \
                and line_kind(rows[skip].text.strip()) == "para":
            skip = credit + 1  # a short sentence over a photo credit, a blank line between: its caption (a
            # subtitle, no sentence, stays: "El programa combina …" / "Foto: ONU Mujeres/…")
            continue
        if not (len(row_key) < len(title_key) and title_key.startswith(row_key)):
            return skip
        # the title repeated, hard-wrapped over a few lines
        joined = row_key
        for extra in range(skip + 1, min(skip + 4, len(rows))):
            joined = f"{joined} {key(rows[extra].text)}"
            if joined == title_key:
                skip = extra + 1
                break
        else:
            return skip
    return skip


def past_front_matter(rows: list[Line], title: str, title_key: str, layout: str) -> list[Line]:
    """``rows`` from the first body line: front matter skipped, a date or credit glued to the body cut off.

    IOM's pages keep a date line under the title in the body; other sites' date lines are front matter.
    """
    while True:
        rows = rows[_front_matter_rows(rows, title_key, layout != "iom") :]
        if layout == "iom":
            return rows
        filled = [i for i, row in enumerate(rows[:FRONT_REACH]) if not is_blank(row.text)]
        joined = [j + 1 < len(filled) and filled[j + 1] == filled[j] + 1 for j in range(len(filled))]
        skip = front_rows([rows[i].text.strip() for i in filled], title, joined)
        if skip == 0:
            break
        rows = rows[filled[skip - 1] + 1 :] if skip <= len(filled) else []
    if rows:
        first = rows[0]
        indent = len(first.text) - len(first.text.lstrip())
        glued = glued_prefix(first.text[indent:])
        if glued:
            rows = [Line(first.start + indent + glued, first.end, first.text[indent + glued :]), *rows[1:]]
    return rows
