"""HTML left over by the scraper in a page's text: mailto links, attributes, tags, Drupal blocks.

:func:`mask_debris` blanks it out of a page (offsets and lines kept); :func:`clean_line` drops it from a
line, with HTML entities decoded and white space folded.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable

import regex

from oimx import rx
from oimx.text import first_matches, fold

# HTML left over by the scraper, one pattern a kind, tried in this order at each position (text.first_matches);
# in one alternation they cost ~100 times as much: the engine then tries every position, where each kind
# alone skips to the character it needs ("=", ">", "<", "[block:", "mailto:")
_DEBRIS_KINDS = tuple(
    rx.compile(pattern, regex.VERBOSE)
    for pattern in (
        r"\[block:[^\]\r\n]{0,200}\]",                                  # [block:views=…]
        r"""
        "?mailto:[^"\s>]{1,200}"?                                  # "mailto:x@iom.int"
        (?: \s{1,3} [\w-]{1,20} = \s{0,3} "[^"\r\n]{0,300}" ){0,8}   # target="_blank" title=""
        \s{0,3} >                                                   # the end of the tag
        """,
        r"""
        (?<![\w"]) [\w-]{1,20} = \s{0,3} "[^"\r\n]{0,300}"          # alt="" border="0" src=\n"/x.gif"
        (?: \s{1,3} [\w-]{1,20} = (?: \s{0,3} "[^"\r\n]{0,300}" | (?=[ \t]*(?:[\r\n]|$)) ) ){0,8}
        \s{0,3} /?>?                                               # (a last src= may lose its value)
        """,
        r"""(?<![\w"]) "[^"\r\n]{1,300}" \s{0,2} /?>""",                  # "window.open('…')">
        r"""</? [a-zA-Z][a-zA-Z0-9]{0,10} (?: \s[^<>\r\n]{0,300} )? /?>""",  # <a href=…>, </p>
    )
)
# HTML tags closing a line, or making the whole of it: "…respectively.<br>", "<br>", "</p><p>". A page saved
# with them has no blank line, every paragraph line ends on one: they are blanked before the layout is read
_LINE_TAGS = rx.compile(
    r"""
    (?: </? [a-zA-Z][a-zA-Z0-9]{0,10} (?: \s[^<>\r\n]{0,300} )? /?> [ \t]{0,20} ){1,8}  # tags, spaces between
    (?= [\r\n] | \Z )                                                             # up to the line's end
    """, regex.VERBOSE
)
# what every piece of debris holds: an "=", a "<" or ">", a "[block" or a "mailto"
_DEBRIS_HINTS = ("=", "<", ">", "[block", "mailto")
# what clean_line reads besides white space: debris, or an entity ("&amp;")
_LINE_HINTS = (*_DEBRIS_HINTS, "&")
# what stands in the lines joined by line ends where one of them is not folded: a double space, a space
# at a line's end or start (the joined text's own ends are read apart)
_UNFOLDED = ("  ", " \n", "\n ")
_NOT_NEWLINE = rx.compile(r"[^\r\n]")
_ENTITY = rx.compile(r"&(?:[a-zA-Z]{2,8}|\#[0-9]{1,6}|\#x[0-9a-fA-F]{1,5});")
# an entity as scrapers leave it inside a sentence: named with its ";" ("&rsquo;"), numeric with or without it
# ("aujourd&#39hui", "3&#160;mai")
_TEXT_ENTITY = rx.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,31};|\#[0-9]{1,7};?|\#[xX][0-9a-fA-F]{1,6};?)")
# the invisible format characters that pages carry inside words and numbers (Unicode's Cf that stand in Latin text):
# the soft hyphen, the Arabic and Mongolian marks, zero-width spaces and joiners, bidi marks, embeddings and
# isolates, the word joiner and invisible operators, the BOM; a stdlib class, searched at C speed
FORMAT_CHARACTERS = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
_FORMAT = re.compile(f"[{FORMAT_CHARACTERS}]")
# what the extractors read past as if it were not there: an entity, or a run of those characters inside a number or
# an address: "+41\u00ad22 717 91 11"
_HIDDEN = rx.compile(rf"{_TEXT_ENTITY.pattern}|[{FORMAT_CHARACTERS}]+")


def mask_debris(text: str, start: int = 0, end: int | None = None) -> str:
    """``text`` with the HTML debris of ``text[start:end]`` blanked out: same length, same lines."""
    return _replace_debris(text, start, len(text) if end is None else end, _blank)


def blank_line_tags(text: str) -> str:
    """``text`` with the HTML tags that close a line or make it blanked out (same length, same lines): its
    layout (blank lines between paragraphs, lines closing on a full stop) as a browser shows it."""
    if "<" not in text:
        return text
    return _LINE_TAGS.sub(lambda tags: " " * len(tags.group()), text)


def _blank(debris: str) -> str:
    """``debris`` as spaces, its line ends kept."""
    return " " * len(debris) if "\n" not in debris and "\r" not in debris else _NOT_NEWLINE.sub(" ", debris)


def _replace_debris(text: str, start: int, stop: int, replace: Callable[[str], str]) -> str:
    """``text`` with each piece of HTML debris in ``text[start:stop]`` replaced by ``replace(piece)``."""
    if not any(text.find(hint, start, stop) >= 0 for hint in _DEBRIS_HINTS):
        return text
    pieces: list[str] = []
    done = 0
    for piece in first_matches(_DEBRIS_KINDS, text, start, stop):  # as one alternation of the kinds would find them
        pieces += (text[done : piece.start()], replace(piece.group()))
        done = piece.end()
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def clean_line(line: str) -> str:
    """A line without HTML debris and entities, white space folded."""
    if "=" in line or "<" in line or ">" in line or "[block" in line or "mailto" in line:  # _DEBRIS_HINTS
        line = _replace_debris(line, 0, len(line), lambda _piece: " ")
    if "&" in line:
        line = _ENTITY.sub(lambda m: html.unescape(m.group()), line)
    return fold(line)


def clean_lines(lines: list[str]) -> list[str]:
    """``[clean_line(line) for line in lines]``, folded at once when no line holds debris nor an entity,
    and the lines themselves when each is folded already (what :func:`oimx.text.fold` tells of a line:
    printable, no double space, no space at an end; told of them all in a few C scans)."""
    joined = "\n".join(lines)  # no hint holds a line end: none is found across two lines
    if any(map(joined.__contains__, _LINE_HINTS)):
        return list(map(clean_line, lines))
    if "".join(lines).isprintable() and not any(map(joined.__contains__, _UNFOLDED)) \
            and joined[:1] != " " and joined[-1:] != " ":
        return list(lines)
    return list(map(fold, lines))


def has_format_characters(text: str) -> bool:
    """Whether ``text`` holds an invisible format character (:data:`FORMAT_CHARACTERS`)."""
    return not text.isascii() and _FORMAT.search(text) is not None


def hides_characters(text: str, formats: bool = True) -> bool:
    """Whether ``text`` holds an entity or an invisible format character: :class:`Unescaped` would differ.
    ``formats`` False: the page ``text`` is a piece of has none (told once a page, not once a piece)."""
    return "&" in text or (formats and has_format_characters(text))


class Unescaped:
    """A text with its HTML entities decoded and its invisible format characters (:data:`FORMAT_CHARACTERS`) left
    out, for the extractors to read ("aujourd'hui" where the page says "aujourd&#39hui", "+41 22 717 91 11" where it
    has a soft hyphen inside), and the way back from offsets into it to offsets into the text.

    >>> view = Unescaped("dès aujourd&#39hui")
    >>> view.text, view.span(4, 15)
    ("dès aujourd'hui", (4, 18))
    """

    __slots__ = ("_ends", "_shifts", "_sources", "_starts", "text")

    def __init__(self, text: str) -> None:
        self._starts: list[int] = []  # where each decoded entity starts and ends in the decoded text
        self._ends: list[int] = []
        self._sources: list[tuple[int, int]] = []  # and its span in ``text``
        self._shifts = [0]  # characters saved before each entity (the last: all of them)
        pieces: list[str] = []
        done = at = 0
        for entity in _HIDDEN.finditer(text) if hides_characters(text) else ():
            decoded = html.unescape(entity.group()) if entity.group()[0] == "&" else ""
            if decoded == entity.group():
                continue  # no entity html knows: "&nbsp" without its ";", "&x;"
            pieces += (text[done : entity.start()], decoded)
            at += entity.start() - done
            self._starts.append(at)
            at += len(decoded)
            self._ends.append(at)
            self._sources.append(entity.span())
            self._shifts.append(self._shifts[-1] + len(entity.group()) - len(decoded))
            done = entity.end()
        self.text = "".join((*pieces, text[done:])) if pieces else text

    def __bool__(self) -> bool:
        """Whether an entity was decoded (else ``text`` is the text itself)."""
        return bool(self._sources)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the text of ``text[start:end]``: an entity cut by it is taken whole."""
        return self._where(start, 0), self._where(end, 1)

    def _where(self, at: int, side: int) -> int:
        i = bisect.bisect_right(self._ends, at)  # the entities decoded wholly before ``at``
        if i < len(self._starts) and self._starts[i] < at:  # inside what an entity decodes to
            return self._sources[i][side]
        return at + self._shifts[i]
