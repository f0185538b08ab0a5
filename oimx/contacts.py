"""Where a page's contact block starts and ends: the line that opens it ("Pour plus d'informations, veuillez

contacter", "Media contacts:", a bare "Contacto" or a press office's name over an address or a number), and the
line where the page's footer or share links start again. The people in it are read by
:mod:`oimx.contact_people`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import compress
from operator import itemgetter, not_

import regex

from oimx import rx
from oimx.lexicon.contacts import (
    BARE_OPENERS,
    BLOCK_ENDS,
    BLOCK_OPENERS,
    CONTACT_VERBS,
    PRESS_LEAD_WORDS,
    PRESS_MODALS,
    PRESS_NOUNS,
    PRESS_OFFICES,
    SHARE_PLATFORMS,
    SHARE_WORDS,
    SITE_VERBS,
)
from oimx.text import REGEX_SPACES, Line, all_languages, alternation, key, line_list, line_text

_BLOCK_END = rx.compile(rf"[\s*_#>-]{{0,6}}(?:{alternation(all_languages(BLOCK_ENDS))})(?!\w)", regex.IGNORECASE)
_BLOCK_END_MARKS = REGEX_SPACES + "*_#>-"
_WORD = rx.compile(r"[\p{L}][\p{L}'’.-]{0,30}")
# the lead of a contact block: "Pour plus d'informations", "Media contacts", "Contactos de prensa"
_OPENER = rx.compile(rf"[\s*_-]{{0,6}}+(?:{alternation(all_languages(BLOCK_OPENERS))})", regex.IGNORECASE)
_OPENER_MARKS = REGEX_SPACES + "*_-"
_SITE_VERB = rx.compile(rf"(?<!\w)(?:{alternation(all_languages(SITE_VERBS))})(?!\w)", regex.IGNORECASE)
# a lead naming the press, then a contact verb: "Pour toute demande des médias, veuillez contacter", "Journalists
# may contact" (lexicon PRESS_LEAD_WORDS, PRESS_NOUNS, PRESS_MODALS)
_PRESS_OPENER = rx.compile(
    rf"""[\s*_-]{{0,6}}+
    (?: (?:{alternation(all_languages(PRESS_LEAD_WORDS))})                     # Pour
        (?:[ \t]{{1,3}}[\w'’-]{{1,20}}){{0,5}}? [ \t]{{1,3}} )?                      # toute demande des
    (?:{alternation(all_languages(PRESS_NOUNS))})(?!\w)                             # médias, journalists
    (?:[ \t]{{1,3}}[\w'’-]{{1,20}}){{0,3}}?                                         # (requests)
    (?: ,[ \t]{{0,3}} | [ \t]{{1,3}}(?:{alternation(all_languages(PRESS_MODALS))})[ \t]{{1,3}} )  # a comma, or "may"
    (?:{alternation(all_languages(CONTACT_VERBS))})(?!\w)                           # veuillez contacter""",
    regex.IGNORECASE | regex.VERBOSE,
)
_PRESS_WORDS = (*all_languages(PRESS_LEAD_WORDS), *all_languages(PRESS_NOUNS))
# what shows a contact block follows a bare opener: an address, or a number with a + or 8 digits
CONTACT_EVIDENCE = rx.compile(r"@|\+[ \t]{0,2}\d|\d(?:[ \t.-]{0,2}\d){7}")
_EVIDENCE_REACH = 400
_BARE_OPENERS = frozenset(all_languages(BARE_OPENERS))
_PRESS_OFFICES = tuple(all_languages(PRESS_OFFICES))
# a line naming the press office over the contacts is at most this long ("Assessoria de Comunicação do PNUD")
PRESS_OFFICE_CHARS = 80
PRESS_OFFICE_OWNER_WORDS = 3  # "… de la CEPAL.": the words after its name, ending with a full stop


def initials(phrases: Iterable[str], size: int = 1) -> frozenset[str]:
    """The first ``size`` letters of ``phrases``, lower case (see :func:`may_open_with`)."""
    return frozenset(phrase[:size].lower() for phrase in phrases)


def may_open_with(text: str, marks: str, first_letters: frozenset[str], size: int = 1) -> bool:
    """False when ``text``, past its leading ``marks``, starts with ASCII characters that open no phrase
    in either case (``first_letters``: the phrases' :func:`initials` of ``size`` letters): a str test before
    a case-blind pattern of many phrases (~2.5 µs a line). Phrases start with ``size`` letters, no mark;
    a character past ASCII is left to the pattern."""
    first = text.lstrip(marks)[:size]
    return first.lower() in first_letters or not first.isascii()


_BLOCK_END_INITIALS = initials(all_languages(BLOCK_ENDS))
_OPENER_INITIALS = initials(all_languages(BLOCK_OPENERS))
# the openers' first three letters: a line opening with other ASCII letters is not asked the pattern
_OPENER_HEAD = 3
_OPENER_HEADS = initials(all_languages(BLOCK_OPENERS), _OPENER_HEAD)
# the first characters of a line that opens no contact block: the ASCII characters that are no opener's
# initial (either case), no bare opener's, no mark nor white space before them, and no colon (a bare opener's
# key is stripped of those); an empty line opens none either. Every other line is asked (see opening_row).
_BARE_OPENER_INITIALS = initials((*_BARE_OPENERS, *_PRESS_OFFICES))
# their first three letters, past the marks and colons a bare label's key is stripped of: other rows need no key
_LABEL_HEADS = initials((*_BARE_OPENERS, *_PRESS_OFFICES), _OPENER_HEAD)
_LABEL_MARKS = _OPENER_MARKS + ":\x1c\x1d\x1e\x1f"  # and what str.split() reads as white space besides
_PRESS_HEADS = initials(_PRESS_WORDS, _OPENER_HEAD)
_NEVER_OPENS = frozenset(
    ch for ch in map(chr, range(128))
    if not (ch.isspace() or ch in _OPENER_MARKS or ch == ":" or ch.lower() in _OPENER_INITIALS
            or ch.lower() in _BARE_OPENER_INITIALS or ch.lower() in initials(_PRESS_WORDS))
) | {""}
_first_of = itemgetter(slice(0, 1))  # a text's first character ("" for an empty text)


def name_words(segment: str) -> list[str]:
    """The words of a segment as names are written: letters, apostrophes, dots and hyphens."""
    return _WORD.findall(segment)


def contact_start(text: str, start: int, end: int | None = None) -> int | None:
    """Offset of the line that opens the contact block, searching ``text[start:end]``."""
    at = opening_row(line_list(text, start, end), text)
    return None if at is None else at[1].start


def opening_row(rows: Sequence[Line], text: str) -> tuple[int, Line] | None:
    """The first of ``rows`` (lines of ``text``, in order) that opens the contact block, and its index in ``rows``.

    An opener standing alone as a bare label (``Contacts médias``, no colon, nothing after it)
    is also a menu item: it opens the block only when an address or a number follows it closely.
    Only rows whose first character may open one are read (:data:`_NEVER_OPENS`, told in C calls).
    """
    may_open = map(not_, map(_NEVER_OPENS.__contains__, map(_first_of, map(line_text, rows))))
    for index in compress(range(len(rows)), may_open):
        row = rows[index]
        opener = _OPENER.match(row.text) \
            if may_open_with(row.text, _OPENER_MARKS, _OPENER_HEADS, _OPENER_HEAD) else None
        if opener is None and may_open_with(row.text, _OPENER_MARKS, _PRESS_HEADS, _OPENER_HEAD):
            opener = _PRESS_OPENER.match(row.text)
        if opener is None:
            if len(row.text) <= PRESS_OFFICE_CHARS \
                    and may_open_with(row.text, _LABEL_MARKS, _LABEL_HEADS, _OPENER_HEAD) \
                    and _names_the_press(key(row.text).strip(" :")) \
                    and CONTACT_EVIDENCE.search(text, row.end, row.end + _EVIDENCE_REACH):
                return index, row  # "Contacto" or "Press Office" alone over an address or a number
            continue
        if "@" not in row.text and _SITE_VERB.search(row.text, opener.end()):
            continue  # "For more information about UNICEF, visit www.unicef.org": a pointer to a site
        bare = not row.text[opener.end() :].strip() and not opener.group().endswith(":")
        if not bare or CONTACT_EVIDENCE.search(text, row.end, row.end + _EVIDENCE_REACH):
            return index, row
    return None


def bare_opener(line: str) -> bool:
    """True for a line that is a block opener alone ("Media contacts", "Contacts presse"): a label, no office."""
    opener = _OPENER.match(line) if may_open_with(line, _OPENER_MARKS, _OPENER_HEADS, _OPENER_HEAD) else None
    return opener is not None and not line[opener.end() :].strip(" \t:.")


def _names_the_press(lowered: str) -> bool:
    """A bare label ("contacto") or a press office's name ("service de presse de l'unesco", "unidad de información
    pública de la cepal."), no sentence: a final full stop only after a few words naming whose office it is."""
    if lowered in _BARE_OPENERS:
        return True
    office = next((office for office in _PRESS_OFFICES if lowered.startswith(office)), None)
    return office is not None and (
        not lowered.endswith(".") or len(lowered[len(office):].split()) <= PRESS_OFFICE_OWNER_WORDS)


def ends_block(line: str, shares: bool = True) -> bool:
    """True for a line where a footer or share links begin: a contact block stops before it (the block's
    first line aside, which opens it). ``shares`` False: no share platform stands in the line (:func:`may_share`)."""
    if "@" not in line and may_open_with(line, _BLOCK_END_MARKS, _BLOCK_END_INITIALS) and _BLOCK_END.match(line):
        return True
    return shares and ":" not in line and is_share_line(line)


def may_share(folded: str) -> bool:
    """False when no share platform stands in ``folded`` (case-folded lines): none of its lines is a share
    line, nor is its key (platforms are letters alone: folded white space and straightened marks make none)."""
    return any(map(folded.__contains__, SHARE_PLATFORMS))


def is_share_line(line: str) -> bool:
    """True for share links: only share words, one of them a platform ("Partager sur LinkedIn", "Share")."""
    lowered = line.casefold()
    if not any(map(lowered.__contains__, SHARE_PLATFORMS)):
        return False  # the words are cut from the line and case-folded a character at a time: a platform shows
    words = [word.casefold() for word in name_words(line)]
    return all(word in SHARE_WORDS for word in words) and any(word in SHARE_PLATFORMS for word in words) \
        and "@" not in line and not any(map(str.isdigit, line))
