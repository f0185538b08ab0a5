"""The kind of one line at the top of a page of any site, read from its shape and the lexicon.

Each line is given a kind, never from a site's name:

- ``nav``: skip links, breadcrumbs, calls to action, download links
  (``Download PDF (1.2 MB)``), ``Site | Section`` lines, image links, lines
  without a letter, banners; ``label``: a page-type label;
- ``front``: what stands between a title and its body: date lines (also
  ``27 May 2024 | News release | Reading time: 2 min``), document symbols
  (``SG/SM/21522``), meeting lines, captions and credits, delivery notes, and
  buttons and share links under a title (``Partager``, ``Share: Facebook | X``);
- ``byline``: ``Déclaration de …`` or a line ending with a place and date;
- ``para``: a sentence-like paragraph; ``heading``: anything else.

:mod:`oimx.article` reads the title and the body's start from these kinds,
:mod:`oimx.edges` the front matter and the footer.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import islice

import regex

from oimx import rx
from oimx.contacts import is_share_line
from oimx.lexicon.boilerplate import (
    ALL_PAGE_LABELS,
    BUTTON_LINES,
    BYLINE_LEADS,
    CAPTION_MARKERS,
    DATE_LEADS,
    DATE_LINE_LEADS,
    DOWNLOAD_LEADS,
    FIELD_LABELS,
    FILE_TYPES,
    FRONT_LEADS,
    FRONT_LINES,
    LINK_LABELS,
    MEETING_WORDS_BY_LANGUAGE,
    NAV_LEADS,
    NAV_LINES,
)
from oimx.lexicon.dates import MONTHS, WEEKDAYS
from oimx.lexicon.places import is_place
from oimx.text import all_languages, alternation, key

# a sentence-like paragraph has at least this many words when it ends with punctuation
PARA_WORDS = 6
# a line longer than this is a paragraph whatever its end
PARA_CHARS = 320
# a question or exclamation shorter than this is a heading, not a paragraph
QUESTION_CHARS = 100
# a download link has at most this many words ("Télécharger le rapport complet (PDF, 2,4 Mo)")
DOWNLOAD_WORDS = 8
# at most so many words in the title a link line names ("Read more: Energy access report 2023")
LINK_TITLE_WORDS = 16
# a file's type in brackets, perhaps with its size, closing a line: "(pdf, 1.4 mb)", "(pdf - 2,4 mo)", "(docx)"
_FILE_TAIL = rx.compile(rf"\((?:{alternation(FILE_TYPES)})(?:[ ,;:–-]{{1,3}}[\d.,]{{1,6}}[ ]?[kmg][bo])?\)\Z")
# a heading at least this long (characters, words) may stand over a subtitle as the title
TITLE_CHARS = 45
TITLE_WORDS = 5

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
      | (?i:{alternation(DATE_LINE_LEADS)}) [ \t]{{1,3}}  # or a report's state: "As of "
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
SYMBOL = rx.compile(r"\p{Lu}{1,8}(?:/[\p{Lu}\d.]{1,12}){1,4}(?:[-–][\p{Lu}]{1,8}(?:/[\p{Lu}\d.]{1,12}){1,3}){0,3}")
# an image link or a bare file: "![](/sites/banner.jpg)", "259.9 MB", "3:31"
_MEDIA = rx.compile(r"!\[[^\]\r\n]{0,200}\]\([^)\r\n]{0,400}\)?|[\d.:]{1,10}(?:[ \t]?[KMG]B)?", regex.IGNORECASE)
# a paragraph opening with a place and a dash: "Dakar – Premier paragraphe."
_DATELINE_SHAPE = rx.compile(r"\(?\p{Lu}[\p{L} ,./()'’-]{1,60}?[ \t][–—-]{1,2}[ \t]\p{L}")
# a labelled field: a capitalised label of a few words, a colon, a value ("Venue: World Conference Center")
_FIELD = rx.compile(r"\p{Lu}[\p{L}'’ ]{0,24}?[ \t]?:[ \t]?\S")
FIELD_CHARS = 120  # a field line has this many characters at most
# a document's number after its label: "Press release N°: IFAD/27/2024", "Press Release Number: 19032024"
# (a code: no space, a digit, no small letter)
_NUMBERED = rx.compile(r"\p{Lu}[\p{L}°º.'’ ]{0,40}?[ \t]?:[ \t]?(?=\S*\d)[\p{Lu}\d][\p{Lu}\d/.\-_]{2,30}")
_TAG_WORDS = 3  # a topic tag between bars has this many words at most
_LABEL_WORDS = 8  # and a page's label beside its date between bars ("4 mars 2024 | Bulletin d'information …")
# the end of a sentence, in the Latin, Arabic and CJK scripts ("。", "،", "؛")
_TERMINAL = rx.compile(r"[.…»\"”:;,。．，、：；」』،؛]\s*+$")
# a script written without spaces between words: a word is counted every two of its characters
_UNSPACED = rx.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")
# a breadcrumb: "Accueil / Actualités / Communiqués", "Home > News", "Inicio › Noticias" (never "« … »")
_BREADCRUMB = rx.compile(
    r"[^\r\n/]{1,80}(?:[ \t]/[ \t][^\r\n/]{1,120}){2,8}"  # two " / " at least
    r"|[^\r\n]{1,80}[ \t][>›][ \t][^\r\n]{1,200}"  # or a " > "
    r"|(?![^\r\n]*«)[^\r\n»]{1,80}(?:[ \t]»[ \t][^\r\n»]{1,120}){2,8}"  # or two " » " and no « (not a quote)
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
# a photo credit without a colon, an agency's photo and its photographer after a slash: "Photo ONU/Loey Felipe",
# "UN Photo/Mark Garten", "Foto ONU/Eskinder Debebe"
AGENCY_CREDIT = rx.compile(
    r"(?:(?i:photo|foto)[ \t]{1,3}\p{Lu}{2,8}"  # Photo ONU
    r"|\p{Lu}{2,8}[ \t]{1,3}(?i:photo|foto))"  # UN Photo
    r"[ \t]?/[ \t]?\p{Lu}"  # /Loey Felipe
)
# a meeting's line: "9510e séance – matin", "Seventy-eighth Session, 45th Plenary Meeting (PM)"
_MEETING = rx.compile(
    rf"(?:\p{{Lu}}[\p{{L}}'’-]{{0,30}}[ \t,]{{1,3}}){{0,6}}\d{{1,5}}(?:e|ème|er|st|nd|rd|th|ª|a|\.)?[ \t]{{1,3}}"
    rf"(?i:{alternation(all_languages(MEETING_WORDS_BY_LANGUAGE))})\b[^\r\n.!?]{{0,30}}"
)
_QUESTION = rx.compile(r"[?!？！؟]\s*+$")
WORD = rx.compile(r"\p{L}[\p{L}\d'’-]*")



def is_furniture(kind: str, text: str) -> bool:
    """A label, or a nav line with words (a bare "/" or "***" tells nothing, share links follow any text)."""
    return kind == "label" or (kind == "nav" and has_letter(text) and not is_share_line(text))


def has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _has_marker(lowered: str) -> bool:
    return any(marker in lowered for marker in CAPTION_MARKERS)


def _is_front_bar(text: str) -> bool:
    """A date between bars with page labels, topic tags and a reading time: "27 September 2024 | News release |
    Reading time: 2 min", "Partnerships | Health | 21 November 2023" (a tag: a few words, no sentence)."""
    parts = [part.strip() for part in text.split("|")]  # spaced or not: "3 de abril de 2024|Comunicado de prensa"
    return any(DATE_LINE.fullmatch(part) for part in parts) and all(
        DATE_LINE.fullmatch(part) or key(part) in ALL_PAGE_LABELS or _FIGURE_LABEL.fullmatch(part)
        or _is_tag(part, _LABEL_WORDS) for part in parts
    )


def is_field(text: str) -> bool:
    """A short labelled field, as an event's page sets them under its date line: "Location: Bonn, Germany",
    "Lieu : Abidjan", "Venue: World Conference Center Bonn". A page label or a place before the colon heads a
    title, not a field: "Communiqué de presse : Beijing+30, un appel …", "Philippines: IFRC launches …"."""
    if ":" not in text or len(text) > FIELD_CHARS or _FIELD.match(text) is None:
        return False
    label = text.partition(":")[0].strip()
    return key(label) not in ALL_PAGE_LABELS and not is_place(label)


def is_tag_row(text: str) -> bool:
    """Topic tags between bars or dots, as sites set them under a title: "Partnerships | Health", "Climat · Eau"."""
    for bar in (" | ", " · ", " • "):
        if bar in text:
            return all(_is_tag(part.strip()) for part in text.split(bar))
    return False


def _is_tag(part: str, words: int = _TAG_WORDS) -> bool:
    """A topic tag or page label between bars: ``words`` words at most, opening with a capital,
    no sentence ("Health", "Climate action"; beside a date: "Bulletin d'information sur les flambées épidémiques")."""
    return part[:1].isupper() and 1 <= len(part.split()) <= words and _TERMINAL.search(part) is None


def is_item(text: str) -> bool:
    """A line opening with a list bullet: "- 8 000 familles sans abri", "• Key facts"."""
    return _ITEM.match(text) is not None


def is_button(text: str) -> bool:
    """A button standing alone on its line, as sites set them under a title: "Partager", "Imprimer", "Listen /",
    or a download link ("Download PDF (1.2 MB)")."""
    lowered = key(text)
    return lowered.strip(" /|:>»•-") in BUTTON_LINES or is_download(lowered)


def is_link_line(text: str) -> bool:
    """A link to another page: a link label, a colon, the page's title, no sentence ("Read more: UNDP's
    Sustainable Energy Hub", "Lire aussi : Le rapport 2023")."""
    label, colon, title = key(text).partition(":")
    words = title.split()
    return bool(colon) and label.strip() in LINK_LABELS and 0 < len(words) <= LINK_TITLE_WORDS \
        and not title.rstrip().endswith(".")


def is_download(lowered: str) -> bool:
    """A download link, ``lowered`` a line's key: a download verb, then a few words naming the file, no sentence
    ("download pdf (1.2 mb)", "télécharger le rapport (pdf, 2,4 mo)"), or a few words closing on the file's type in
    brackets ("read the full situation report (pdf, 1.4 mb)")."""
    return (lowered.startswith(DOWNLOAD_LEADS) or (lowered.endswith(")") and _FILE_TAIL.search(lowered) is not None)) \
        and not lowered.endswith(".") and len(lowered.split()) <= DOWNLOAD_WORDS


def heads_a_release(text: str) -> bool:
    """A line only set over a release's title: a document symbol, a labelled date line, a meeting's line."""
    return SYMBOL.fullmatch(text) is not None or _MEETING.fullmatch(text) is not None or (
        "|" in text and (DATE_LINE.fullmatch(text) is not None or _is_front_bar(text)))


def is_field_label(texts: Sequence[str], i: int) -> bool:
    """``texts[i]`` is a field's label over its value, in a list of such pairs ("Source" / "OCHA" / "Posted" /
    "14 Mar 2024"): the label two lines above or below it is one too (a menu's "Countries" / "Topics" are not
    paired so)."""
    def label(j: int) -> bool:
        return 0 <= j < len(texts) and key(texts[j]).strip(" :") in FIELD_LABELS

    return label(i) and (label(i - 2) or label(i + 2))


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
        or SYMBOL.fullmatch(text) or (":" in text and _NUMBERED.fullmatch(text))
        or text.startswith(("|", "![")) or text[:1].islower()
        or _FIGURE_LABEL.fullmatch(text) or ("|" in text and _is_front_bar(text)) or _MEETING.fullmatch(text)
        or (_has_marker(lowered) and not GLUED_CREDIT.match(text)) or AGENCY_CREDIT.match(text)
        or (text.startswith("[") and text.endswith(("]", ")")))
    ):
        return "front"
    if (
        bare in NAV_LINES or (lowered in learned and not _TERMINAL.search(text)) or lowered.startswith(NAV_LEADS)
        or is_download(lowered)
        or not has_letter(text) or " | " in text or " • " in text or _MEDIA.fullmatch(text)
        or _BREADCRUMB.fullmatch(text)
    ):
        return "nav"
    if len(text) <= PARA_CHARS and (
        lowered.startswith(BYLINE_LEADS) or _PLACE_DATE_END.search(text) or _DATE_PLACE.fullmatch(text)
    ):
        return "byline"
    words = word_count(text)
    if is_item(text) and words >= PARA_WORDS:
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


def has_words(text: str, count: int) -> bool:
    """True when ``text`` has at least ``count`` words (read no further than that: lines may be long)."""
    return sum(1 for _ in islice(WORD.finditer(text), count)) >= count


def long_heading(text: str) -> bool:
    """A heading long enough, in characters and words, to stand over a subtitle as the title."""
    return len(text) >= TITLE_CHARS and has_words(text, TITLE_WORDS)
