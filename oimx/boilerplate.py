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
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

import regex

from oimx import article
from oimx.lexicon.boilerplate import ALL_PAGE_LABELS, MENU_ANCHORS, MENU_LANGUAGE, SCOPE_LABELS
from oimx.text import Line, is_blank, key, lines, loose_key

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
# leading lines read for IOM's page-type labels
SCOPE_REACH = 4
# longer lines are article text, never learned as furniture
LEARN_MAX_CHARS = 400


_MENU_ITEM = regex.compile(rf"-(?:[ \t]{{1,4}}+\S[^\r\n]{{0,{ITEM_MAX}}})?+")
_TERMINAL = regex.compile(r"[.!?:;»\"”]\s*+$")
# a heading glued to its teaser: "Notre travailEn tant que…", "WHO WE AREThe…"
_GLUED = regex.compile(
    r"""
    ^[^.!?:;\r\n]{2,45}?      # the heading, with no sentence punctuation
    (?: \p{Ll} | \p{Lu}{2} )  # its last letter(s): lower case, or an upper-case run
    \p{Lu} [\p{Ll}'’]         # the teaser's first word, capitalised, no space before it
    """,
    regex.VERBOSE,
)
# a date line standing under a label: "27 Nov 2023", "November 27, 2023"
_LABEL_DATE = regex.compile(
    r"""
    \s*+
    (?: \d{1,2} [ \t.]{1,3} \p{L}{3,10}\.? [ \t,]{1,3} \d{4}   # 27 Nov 2023
      | \p{L}{3,10}\.? [ \t]{1,3} \d{1,2} ,? [ \t]{1,3} \d{4}  # November 27, 2023
      | \d{1,2} / \d{1,2} / \d{2,4}                            # 27/11/2023
    )
    \s*+
    """,
    regex.VERBOSE,
)


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    return 0 < len(stripped) <= HEADING_MAX and not _TERMINAL.search(stripped)


def _menu_flags(rows: list[Line], learned: frozenset[str]) -> list[bool]:
    """Which of the non-blank ``rows`` look like menu lines, judged with their neighbours."""
    texts = [row.text.strip() for row in rows]
    # headings are short: a prefix of each line is all the comparisons below need
    keys = [loose_key(text[:KEY_PREFIX]) for text in texts]
    flags = []
    for i, text in enumerate(texts):
        before = keys[i - 1] if i else ""
        after = keys[i + 1] if i + 1 < len(keys) else ""
        flags.append(
            _MENU_ITEM.fullmatch(text) is not None
            or (bool(learned) and len(text) <= LEARN_MAX_CHARS and key(text) in learned)
            or (_is_heading(text) and (keys[i] == after or keys[i] == before))
            or (_is_heading(text) and after.startswith(keys[i]) and len(after) > len(keys[i]))
            or (bool(before) and keys[i].startswith(before) and len(text) > len(before) + 20)
            or (len(text) > 80 and _GLUED.match(text) is not None)
        )
    # a short heading between two menu lines is a menu line too ("Ce que nous faisons")
    for i in range(1, len(texts) - 1):
        if not flags[i] and flags[i - 1] and flags[i + 1] and _is_heading(texts[i]):
            flags[i] = True
    return flags


def _menu_end(rows: list[Line], learned: frozenset[str]) -> int:
    """Number of leading ``rows`` that form the menu block (0 when there is none)."""
    if not rows or not (rows[0].text.lstrip()[:1] == "-" or _is_heading(rows[0].text) or learned):
        return 0  # a menu opens with an entry or a short heading: an article line cannot start one
    flags = _menu_flags(rows, learned)
    run = 0
    while run < len(flags) and flags[run]:
        run += 1
    anchors = [
        i for i in range(run) if rows[i].text.lstrip()[:1] == "-" and key(rows[i].text).lstrip("- ") in MENU_ANCHORS
    ]
    if anchors:
        return anchors[-1] + 1
    structural = sum(1 for i in range(run) if rows[i].text.strip().startswith("-"))
    if run >= 4 and structural >= 1:
        return run
    if run and all(key(rows[i].text) in learned for i in range(run)):
        return run
    return 0


def _labels_end(rows: list[Line], used: int, learned: frozenset[str]) -> int:
    """Index of the first row after the page-type labels (and a label's date line) from ``used``."""
    labelled = False
    while used < len(rows) - 1:
        row_key = key(rows[used].text)
        if row_key in ALL_PAGE_LABELS or (row_key in learned and used == 0):
            labelled = True
        elif not (labelled and _LABEL_DATE.fullmatch(rows[used].text)):
            break
        used += 1
    return used


def _scope_labelled(rows: list[Line]) -> bool:
    """True when the page opens with page-type labels that include IOM's scope label (``Global``, ``Local``)."""
    for row in rows[:SCOPE_REACH]:
        row_key = key(row.text)
        if row_key in SCOPE_LABELS:
            return True
        if row_key not in ALL_PAGE_LABELS:
            return False
    return False


def find_article(text: str, learned: frozenset[str] = frozenset()) -> tuple[int, str]:
    """Offset of the article's first line and the layout read: ``iom`` (past IOM's menu) or ``generic``."""
    rows = [row for _, row in zip(range(MENU_REACH), (r for r in lines(text) if not is_blank(r.text)), strict=False)]
    if not rows:
        return 0, "generic"
    used = _menu_end(rows, learned)
    # IOM's layout shows its menu by structure (lines a batch repeats can make any site's header a "menu")
    structural = used if not learned or not used else _menu_end(rows, frozenset())
    if not (structural or _scope_labelled(rows)):
        return rows[article.title_row(text, rows, learned)].start, "generic"
    layout = "iom"
    while True:  # menus and labels may alternate ("Communiqué" then a menu): strip until neither is left
        labelled = _labels_end(rows, used, learned)
        if labelled == used:
            break
        used = labelled + _menu_end(rows[labelled:], learned)
    while used < len(rows) and not any(ch.isalpha() for ch in rows[used].text):
        used += 1  # a line without a letter (a stray "/" or "0") is no title
    if used >= len(rows):
        return len(text), layout
    return rows[used].start, layout


def content_start(text: str, learned: frozenset[str] = frozenset()) -> int:
    """Offset of the first character of the article: past the menu block and page labels (0 when none)."""
    return find_article(text, learned)[0]


def menu_language(text: str, start: int) -> str | None:
    """The site language named by the menu in ``text[:start]``, if it shows one."""
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
