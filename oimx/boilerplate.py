"""Find where the article starts: past the site menu and the page-type labels.

The menu that opens every saved page changes with the years and the country
sites, so it is found by its structure, not by an exact copy:

- ``-`` lines and ``- Item`` lines (menu entries);
- short headings written twice (``Structure`` / ``Structure``);
- a heading glued to its teaser (``Qui sommes nousL'Organisation…``);
- a short heading sandwiched between such lines;
- and, in a batch, lines that the batch's pages repeat at their top
  (see :func:`learn`), so that an unseen variant of the menu still goes.

After the menu come page-type labels (``Communiqué`` / ``Global``), with the
date line some labels carry. A page with none of this is left whole.

A page's top rows are read once, in a :class:`PageTop`, which finds the article and
the language its menu names from them.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Iterable
from itertools import compress, islice
from operator import itemgetter

import regex

from oimx import article, rx
from oimx.lexicon.boilerplate import ALL_PAGE_LABELS, MENU_ANCHORS, MENU_LANGUAGE, SCOPE_LABELS
from oimx.text import REGEX_SPACES, Line, ends_with_mark, is_blank, key, line_list, lines, loose_key

# how far down a page the menu may reach, in lines
MENU_REACH = 80
# the longest menu heading, in characters
HEADING_MAX = 45
# characters of a line compared with its neighbours
KEY_PREFIX = 2 * HEADING_MAX
# the longest "- Item" menu entry
ITEM_MAX = 90
# share of a batch's pages a top line must appear in to be learned as furniture
LEARN_SHARE = 0.02
LEARN_MIN_PAGES = 3
# rows of a site's header that may stand over IOM's menu ("Skip to main content" / "IOM Bangladesh" / "UN Migration")
HEADER_ROWS = 5
# leading lines read for IOM's page-type labels
SCOPE_REACH = 4
# longer lines are article text, never learned as furniture
LEARN_MAX_CHARS = 400


# the spaces or tabs between a "- Item" entry's dash and its text
ITEM_INDENT = 4
# what ends a sentence: a line ending on one is no menu heading
_TERMINAL_MARKS = ".!?:;»\"”"
# a heading glued to its teaser ("Notre travailEn tant que…", "WHO WE AREThe…"): the heading's 2 to 45
# characters hold no sentence punctuation (GLUED_HEADING_STOPS), then comes this glue
GLUED_HEADING = (2, 45)
GLUED_HEADING_STOPS = ".!?:;\r\n"
_GLUE = rx.compile(
    r"""
    (?: \p{Ll} | \p{Lu}{2} )  # the heading's last letter(s): lower case, or an upper-case run
    \p{Lu} [\p{Ll}'’]         # the teaser's first word, capitalised, no space before it
    """,
    regex.VERBOSE,
)
# a date line standing under a label: "27 Nov 2023", "November 27, 2023"
_LABEL_DATE = rx.compile(
    r"""
    \s*+
    (?: \d{1,2} [ \t.]{1,3} (?:de[ \t]{1,3})? \p{L}{3,10}\.? [ \t,]{1,3} (?:de[ \t]{1,3})? \d{4}  # 27 Nov 2023,
                                                                  # 15 de marzo de 2023
      | \p{L}{3,10}\.? [ \t]{1,3} \d{1,2} ,? [ \t]{1,3} \d{4}  # November 27, 2023
      | \d{1,2} / \d{1,2} / \d{2,4}                            # 27/11/2023
    )
    \s*+
    """,
    regex.VERBOSE,
)


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    return 0 < len(stripped) <= HEADING_MAX and not ends_with_mark(stripped, _TERMINAL_MARKS)


def _loose_prefix(text: str) -> str:
    return loose_key(text[:KEY_PREFIX])


def _menu_shaped(text: str) -> bool:
    """A menu line on its own: an entry, or a heading glued to its teaser."""
    return _is_menu_item(text) or (len(text) > 80 and _glued_heading(text))


def _is_menu_item(text: str) -> bool:
    """A "-" alone, or a "- Item" entry: the dash, 1 to ITEM_INDENT spaces or tabs, at most 1 + ITEM_MAX
    characters on one line (the first not white space)."""
    if text[:1] != "-":
        return False
    rest = text[1:]
    item = rest.lstrip(" \t")
    indent = len(rest) - len(item)
    return not rest or (1 <= indent <= ITEM_INDENT and item != "" and item[0] not in REGEX_SPACES
                        and len(item) <= 1 + ITEM_MAX and "\n" not in item and "\r" not in item)


def _glued_heading(text: str) -> bool:
    """A heading glued to its teaser opens ``text``: the glue stands after 2 to 45 characters without
    sentence punctuation (searched for in that reach only: a lazy heading pattern tried every length)."""
    shortest, longest = GLUED_HEADING
    stops = [at for at in (text.find(stop, 0, longest + 1) for stop in GLUED_HEADING_STOPS) if at >= 0]
    reach = min(longest, *stops) if stops else longest  # the heading ends there at the latest
    glue = _GLUE.search(text, shortest, reach + 4)  # the glue is 3 or 4 characters long
    return glue is not None and glue.start() <= reach


def _menu_line(before: str | None, text: str, after: str | None, learned: frozenset[str]) -> bool:
    """A row ``text`` looks like a menu line, judged with the rows ``before`` and ``after`` it (None: none).

    A pure function of the three rows: the menu rows every page of a site repeats, with their
    neighbours, are judged once (:func:`_recent_menu_line`)."""
    if _menu_shaped(text) or (learned and len(text) <= LEARN_MAX_CHARS and key(text) in learned):
        return True  # a menu line on its own: its neighbours' keys are not needed
    own = _loose_prefix(text)
    before = _loose_prefix(before) if before is not None else ""
    after = _loose_prefix(after) if after is not None else ""
    return (
        (_is_heading(text) and (own in (after, before) or (after.startswith(own) and len(after) > len(own))))
        or (bool(before) and own.startswith(before) and len(text) > len(before) + 20)
    )


# the judgements of rows no longer than a learned line, with their neighbours' prefixes, are kept: a
# bounded memory (at most LEARN_MAX_CHARS + 2 * KEY_PREFIX characters an entry), under 3 M characters
_recent_menu_line = functools.lru_cache(maxsize=4096)(_menu_line)


class _Rows:
    """The non-blank top rows of a page, with what the menu tests read of each row computed once.

    The menu and the labels are stripped in turns (:func:`find_article`), each turn reading the
    rows from where the last stopped: the keys and headings of a row are the same in every turn,
    kept here and made when first asked (the menu tests stop a row or two past the menu, most
    rows of a page are never asked about). Whether a row is a menu line is kept across pages
    (:func:`_recent_menu_line`): the pages of a site repeat their menu.
    """

    def __init__(self, rows: list[Line], texts: list[str]) -> None:
        self.rows = rows
        self.texts = texts  # each row's text, stripped
        count = len(rows)
        self._keys: list[str | None] = [None] * count
        self._headings: list[bool | None] = [None] * count

    def after(self, first: int) -> _Rows:
        """The rows from row ``first`` on, as the top of a page of their own (what is known of them kept)."""
        rest = _Rows(self.rows[first:], self.texts[first:])
        rest._keys, rest._headings = self._keys[first:], self._headings[first:]
        return rest

    def key(self, i: int) -> str:
        """:func:`oimx.text.key` of row ``i``."""
        value = self._keys[i]
        if value is None:
            value = self._keys[i] = key(self.texts[i])
        return value

    def heading(self, i: int) -> bool:
        value = self._headings[i]
        if value is None:
            value = self._headings[i] = _is_heading(self.texts[i])
        return value

    def menu_like(self, i: int, first: int, learned: frozenset[str]) -> bool:
        """Row ``i`` looks like a menu line, judged with its neighbours from row ``first`` on."""
        texts = self.texts
        text = texts[i]
        before = texts[i - 1][:KEY_PREFIX] if i > first else None  # all a neighbour is compared by
        after = texts[i + 1][:KEY_PREFIX] if i + 1 < len(texts) else None
        return (_recent_menu_line if len(text) <= LEARN_MAX_CHARS else _menu_line)(before, text, after, learned)

    def may_open_menu(self, i: int) -> bool:
        """Row ``i`` may open a menu (see :func:`_menu_end`): an entry or a heading, a menu line on its own."""
        return (self.texts[i][:1] == "-" or self.heading(i)) and self.menu_like(i, i, frozenset())

    def menu_run(self, first: int, learned: frozenset[str]) -> int:
        """Index past the run of menu lines from row ``first``.

        A short heading between two menu lines is a menu line too ("Ce que nous faisons").
        """
        i, count = first, len(self.rows)
        while i < count:
            if self.menu_like(i, first, learned):
                i += 1
            elif first < i < count - 1 and self.heading(i) and self.menu_like(i + 1, first, learned):
                i += 2  # the menu line below the heading is one: not asked again
            else:
                break
        return i


def _menu_end(rows: _Rows, learned: frozenset[str], first: int = 0) -> int:
    """Number of ``rows`` from row ``first`` on that form the menu block (0 when there is none)."""
    if first >= len(rows.rows) or not (rows.texts[first][:1] == "-" or rows.heading(first) or learned):
        return 0  # a menu opens with an entry or a short heading: an article line cannot start one
    stop = rows.menu_run(first, learned)
    anchors = [i for i in range(first, stop) if rows.texts[i][:1] == "-" and rows.key(i).lstrip("- ") in MENU_ANCHORS]
    if anchors:
        return anchors[-1] + 1 - first
    structural = sum(1 for i in range(first, stop) if rows.texts[i].startswith("-"))
    if stop - first >= 4 and structural >= 1:
        return stop - first
    if stop > first and all(rows.key(i) in learned for i in range(first, stop)):
        return stop - first
    return 0


def _menu_under_header(rows: _Rows) -> int:
    """Index past IOM's menu when it opens with an entry within the first HEADER_ROWS rows, under a site header
    ("Skip to main content" / "IOM Bangladesh" / "UN Migration" / "-" / …), and closes on its anchor ("- 2030
    Agenda"); else 0. The anchor is asked because a header is no menu: a generic page's lines stay its own."""
    for first in range(1, min(HEADER_ROWS + 1, len(rows.rows))):
        if rows.texts[first][:1] != "-":
            continue
        stop = rows.menu_run(first, frozenset())
        anchors = [i for i in range(first, stop)
                   if rows.texts[i][:1] == "-" and rows.key(i).lstrip("- ") in MENU_ANCHORS]
        if anchors:
            return anchors[-1] + 1
    return 0


def _labels_end(rows: _Rows, used: int, learned: frozenset[str]) -> int:
    """Index of the first row after the page-type labels (and a label's date line) from ``used``."""
    labelled = False
    while used < len(rows.rows) - 1:
        row_key = rows.key(used)
        if row_key in ALL_PAGE_LABELS or (row_key in learned and used == 0):
            labelled = True
        elif not (labelled and _LABEL_DATE.fullmatch(rows.rows[used].text)):
            break
        used += 1
    return used


def _scope_labelled(rows: _Rows) -> bool:
    """True when the page opens with page-type labels that include IOM's scope label (``Global``, ``Local``)."""
    for i in range(min(SCOPE_REACH, len(rows.rows))):
        row_key = rows.key(i)
        if row_key in SCOPE_LABELS:
            return True
        if row_key not in ALL_PAGE_LABELS:
            return False
    return False


def _top_rows(rows: list[Line]) -> tuple[list[Line], list[str]]:
    """The first MENU_REACH non-blank ``rows`` (a page's lines), and their texts stripped."""
    stripped = list(map(str.strip, map(itemgetter(2), rows)))  # each row's text (a Line's third field)
    return list(islice(compress(rows, stripped), MENU_REACH)), list(islice(filter(None, stripped), MENU_REACH))


def _strip(text: str, rows: _Rows, learned: frozenset[str], left: bool = False) -> tuple[int, str]:
    """The rows of IOM's menu and labels at the top of ``rows`` (a page's rows, or what is ``left`` of them),
    or the row of the title of a generic page, and the layout read. Of what is left, a menu is looked for under
    the title only when one of its rows may open a menu (the title is not looked for: an article's body)."""
    top = rows.rows
    used = _menu_end(rows, learned)
    # IOM's layout shows its menu by structure (lines a batch repeats can make any site's header a "menu")
    structural = used if not learned or not used else _menu_end(rows, frozenset())
    if not (structural or _scope_labelled(rows)):
        used = _menu_under_header(rows)
    if not (used or structural or _scope_labelled(rows)):
        if left and not any(_menu_end(rows, frozenset(), i) for i in range(len(top)) if rows.may_open_menu(i)):
            return 0, "generic"
        title = article.title_row(text, top, learned)
        menu = _menu_end(rows, frozenset(), title)
        if not menu:
            return title, "generic"
        used = title + menu  # the row read as the title opens IOM's menu: stray lines stood above it
    while True:  # menus, labels and stray lines may alternate ("Communiqué", a menu, "0", the menu's end)
        labelled = _labels_end(rows, used, learned)
        while labelled < len(top) and not any(ch.isalpha() for ch in top[labelled].text):
            labelled += 1  # a line without a letter (a stray "/" or "0") is no title
        if labelled == used:
            return used, "iom"
        used = labelled + _menu_end(rows, learned, labelled)


class PageTop:
    """The top of one page, its rows read once: where the article starts, the language the menu names.

    :func:`find_article` and :func:`menu_language` read the same rows (and the keys made of them);
    a caller that asks both of one page builds one ``PageTop`` and asks it both.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = line_list(text)  # every line of the page, for the steps after this one too
        self._rows = _Rows(*_top_rows(self.lines))

    def find_article(self, learned: frozenset[str] = frozenset()) -> tuple[int, str]:
        """Offset of the article's first line and the layout read: ``iom`` (past IOM's menu) or ``generic``.

        What is left above the article is read again as a page of its own, until no menu is found there: a
        page stripped of its top keeps its article where it was (a stray line, a header or a label may stand
        between two copies of the menu, or over the menu of a page read as generic)."""
        rows, top = self._rows, self._rows.rows
        if not top:
            return 0, "generic"
        used, layout = _strip(self.text, rows, learned)
        # a menu needs an entry ("- …") or lines the batch repeats: without them, what is left has none
        while 0 < used < len(top) and (learned or any(text[:1] == "-" for text in rows.texts[used:])):
            more, again = _strip(self.text, rows.after(used), learned, left=True)
            if again != "iom" or not more or used + more >= len(top) == MENU_REACH:
                break  # (nor past the rows held, when the page may go on: its article would be lost)
            used, layout = used + more, again
        return (top[used].start if used < len(top) else len(self.text)), layout

    def menu_language(self, start: int) -> str | None:
        """The site language named by the menu in ``text[:start]``, if it shows one.

        Read from the rows held when they hold every non-blank line before ``start`` (a blank line
        names no language), else line by line."""
        rows = self._rows
        if len(rows.rows) < MENU_REACH or start <= rows.rows[-1].start:
            return next((lang for i in range(len(rows.rows)) if rows.rows[i].start < start
                         and (lang := MENU_LANGUAGE.get(rows.key(i)))), None)
        return menu_language(self.text, start)


def find_article(text: str, learned: frozenset[str] = frozenset()) -> tuple[int, str]:
    """Offset of the article's first line and the layout read: ``iom`` (past IOM's menu) or ``generic``."""
    return PageTop(text).find_article(learned)


def content_start(text: str, learned: frozenset[str] = frozenset()) -> int:
    """Offset of the first character of the article: past the menu block and page labels (0 when none)."""
    return find_article(text, learned)[0]


def menu_language(text: str, start: int) -> str | None:
    """The site language named by the menu in ``text[:start]``, if it shows one (see :meth:`PageTop.menu_language`)."""
    for row in lines(text, 0, start):
        lang = MENU_LANGUAGE.get(key(row.text))
        if lang:
            return lang
    return None


def learn(texts: Iterable[str], *, share: float = LEARN_SHARE, min_pages: int = LEARN_MIN_PAGES) -> frozenset[str]:
    """Lines that many pages repeat near their top: the furniture of an unseen site variant.

    Feed it a fixed sample of the batch (for example every k-th page of the sorted
    inputs): the result depends only on that sample, never on order or workers.
    """
    counts: Counter[str] = Counter()
    pages = 0
    for text in texts:
        pages += 1
        top = {
            key(row.text)
            for _, row in zip(range(MENU_REACH), lines(text), strict=False)
            if not is_blank(row.text) and len(row.text) <= LEARN_MAX_CHARS
        }
        counts.update(top)
    need = max(min_pages, math.ceil(share * pages))
    return frozenset(line for line, count in counts.items() if count >= need)
