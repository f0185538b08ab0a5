"""Shared pieces of the date patterns: spacing, lexicon phrases as patterns, and the
vocabulary of :mod:`oimx.lexicon.dates` merged over the languages."""

from __future__ import annotations

import zlib
from collections.abc import Iterable

from oimx.lexicon import dates as lex
from oimx.text import WORD_RUN, all_languages, alternation, key, longest_first, phrase_pattern

SPACE = r"(?:[^\S\n]{1,3}|[^\S\n]{0,3}\n[^\S\n]{0,3})"  # a space, or one hard-wrapped line break
SPACE_WIDEST = 7  # the most characters SPACE matches: three spaces, a line break, three spaces
OPTIONAL_SPACE = r"(?:[^\S\n]{0,3}\n?[^\S\n]{0,3})"  # optional space or line break
LINE_SPACE = r"[^\S\n]{1,3}"  # spaces on one line


def phrase(words: str) -> str:
    """A lexicon phrase as a pattern: apostrophes and hyphens either way, spaces may wrap."""
    return phrase_pattern(words, SPACE)


def widest(phrases: Iterable[str]) -> int:
    """The most characters a lexicon phrase of ``phrases`` matches as a pattern (:func:`phrase`):
    each of its spaces as SPACE at its widest, any other character as one."""
    return max(len(p) + (SPACE_WIDEST - 1) * p.count(" ") for p in phrases)


key_of = key  # the lexicon key of a matched phrase: oimx's one comparison key


WORD_LISTS: dict[str, frozenset[str]] = {}  # named word lists (\L<name>), matched as sets


def list_name(words: frozenset[str]) -> str:
    """The name of a word list, from its words alone: a pattern's text is the same whichever patterns were
    built before it (they are built on first use, in the order pages need them) and on every run (the
    compiled-pattern cache is keyed by it)."""
    listed = "\n".join(sorted(words)).encode("utf-8", "surrogatepass")
    return f"w{zlib.crc32(listed):08x}{zlib.adler32(listed):08x}"


def alternatives(words: Iterable[str]) -> str:
    """Lexicon words as a pattern: the single words as a named list (:func:`word_list`), after the
    phrases of several words as a longest-first alternation.

    The order is the longest-first order of one alternation of them all: where a phrase and a
    single word both match at one position, the word (letters and digits only) ends before the
    phrase's first separator, so the phrase is the longer and is tried first either way. One
    phrase ("a few") among a hundred count words made every word a branch, each tried in turn
    (a failing try of "agoafter": 8.7 µs, 6.2 µs as a named list; issue 15)."""
    words = frozenset(words)
    single = frozenset(w for w in words if w.isalnum())
    phrases = words - single
    if not single:
        return f"(?:{alternation(phrases, SPACE)})"
    return rf"(?:{alternation(phrases, SPACE)}|{word_list(single)})" if phrases else rf"(?:{word_list(single)})"


def word_list(words: frozenset[str]) -> str:
    """Single words (letters and digits, none empty) as a named list, a set lookup behind a class of their
    first letters. ``regex`` looks a list up at every length from its longest word's down, so a position
    where no word can start cost a dozen lookups; the class turns it down at once (case-insensitive as the
    list: the point pattern's failing tries at a digit, 11 -> 7.5 µs; issue 15)."""
    name = list_name(words)
    if WORD_LISTS.setdefault(name, words) != words:
        raise ValueError(f"two word lists are named {name}: give list_name a longer digest")
    return rf"(?=[{''.join(sorted({w[0] for w in words}))}])\L<{name}>"


def phrase_tree(phrases: Iterable[str]) -> str:
    """Lexicon phrases as a pattern factored on their words ("la semaine dernière|la semaine
    passée" -> "la semaine (?:dernière|passée)"): the same matches, longest first, and a
    much smaller pattern to compile."""
    tree: dict = {}
    for words in phrases:
        node = tree
        for word in words.split(" "):
            node = node.setdefault(word, {})
        node[""] = {}

    def rest(child: dict) -> str:
        return f"(?:{SPACE}{branch(child)})?" if "" in child and len(child) > 1 else "" if "" in child else (
            f"{SPACE}{branch(child)}")

    def branch(node: dict) -> str:
        # words followed by the same phrases share them ("ce|cet|cette" + "mois|semaine|..."): written once
        heads: dict[str, list[str]] = {}
        for w in longest_first(w for w in node if w):
            heads.setdefault(rest(node[w]), []).append(w)
        alts = "|".join((phrase(words[0]) if len(words) == 1 else f"(?:{'|'.join(map(phrase, words))})") + tail
                        for tail, words in heads.items())
        return f"(?:{alts})"

    return branch(tree)


MONTH_NUMBERS = {w: n for table in lex.MONTHS.values() for w, n in table.items()}
MONTHS_ALONE = set(all_languages(lex.MONTHS_ALONE))
MONTH_ABBREVIATIONS = set(MONTH_NUMBERS) - MONTHS_ALONE
# weekday names, with those written without "-feira" ("sexta"), read in their context only (patterns.SHORT_WEEKDAY)
WEEKDAY_SHORT = {w: en for table in lex.WEEKDAY_SHORT_NAMES.values() for w, en in table.items()}
WEEKDAYS = {w: en for table in lex.WEEKDAYS.values() for w, en in table.items()} | WEEKDAY_SHORT
RELATIVE = {w: key for table in lex.RELATIVE.values() for w, key in table.items()}
# a relative phrase -> the languages that write it ("esta semana": es and pt)
RELATIVE_LANGS = {w: frozenset(lang for lang, table in lex.RELATIVE.items() if w in table) for w in RELATIVE}
NUMBER_WORDS = {w: n for table in lex.NUMBER_WORDS.values() for w, n in table.items()}
TIME_UNITS = {w: u for table in lex.TIME_UNITS.values() for w, u in table.items()}
LAST_NEXT = {
    **{w: v for table in lex.BEFORE_LAST_NEXT.values() for w, v in table.items()},
    **{w: v for table in lex.MONTH_LAST_NEXT.values() for w, v in table.items()},
    **{w: v for table in lex.WEEKDAY_PARTS.values() for w, v in table.items()},
}
QUARTER_WORDS = {w: n for table in lex.QUARTER_WORDS.values() for w, n in table.items()}
PERIOD_MONTHS = {w: n for table in lex.PERIOD_NOUNS.values() for w, n in table.items()}


TOKEN = WORD_RUN  # a word


def tokens(text: str) -> list[str]:
    """``TOKEN.findall(text)``, the cheap way for the few words ahead of a position: the space-separated
    pieces made of word characters alone (``str.isalnum``: \\w but "_") kept whole, the others cut with
    TOKEN. A piece of white space never holds a word character, so the words are the same, at a fifth
    of the instructions of ``re``'s scan of every character."""
    words: list[str] = []
    for piece in text.split():
        if piece.isalnum():
            words.append(piece)
        else:
            words += TOKEN.findall(piece)
    return words


DAY_WORDS = {w: n for table in lex.DAY_WORDS.values() for w, n in table.items()}
DAY_ORDINAL_WORDS = {w: n for table in lex.DAY_ORDINAL_WORDS.values() for w, n in table.items()}
SPELLED_DAYS = {**DAY_ORDINAL_WORDS, **DAY_WORDS}  # a day in words, either kind
HOLIDAYS = {w: day for table in lex.HOLIDAYS.values() for w, day in table.items()}
COUNT_DIRECTIONS = {
    w: d for tables in (lex.COUNT_DIRECTION_BEFORE, lex.COUNT_DIRECTION_MIDDLE, lex.COUNT_DIRECTION_AFTER)
    for table in tables.values() for w, d in table.items()
}
SEASONS = {w: season for table in lex.SEASONS.values() for w, season in table.items()}
LOWER_CASE_MONTHS = frozenset(w for lang in lex.MONTHS_WRITTEN_LOWER for w in lex.MONTHS[lang])
# Weekday and month names of the languages that capitalise them ("Friday", "May"): lower case, a common word.
CAPITALISED_LANGS = tuple(lang for lang, lower in lex.NAMES_WRITTEN_LOWER.items() if not lower)
CAPITALISED_WEEKDAYS = frozenset(w for lang in CAPITALISED_LANGS for w in lex.WEEKDAYS[lang])
CAPITALISED_MONTHS_ALONE = frozenset(w for lang in CAPITALISED_LANGS for w in lex.MONTHS_ALONE[lang])
LOWER_CASE_MONTHS_ALONE = frozenset(w for lang in lex.MONTHS_WRITTEN_LOWER for w in lex.MONTHS_ALONE[lang])
# Months of the languages that write them before their day ("October 26").
MONTH_FIRST_MONTHS = frozenset(w for lang, first in lex.MONTH_BEFORE_DAY.items() if first for w in lex.MONTHS[lang])
DECADE_WORDS = {w: year for table in lex.DECADE_WORDS.values() for w, year in table.items()}
TIME_WORDS = {w: clock for table in lex.TIME_WORDS.values() for w, clock in table.items()}
CLAUSE_END = r"(?=[^\S\n]{0,2}(?:[,;.)!?](?![\dº°ª])|\Z))"  # a day that ends its clause: "pour le 27." (not "1.º")
COUNT_AFTER = (  # "2000 personnes", "2000 000", "2000 %", "2000 $"
    rf"(?:{LINE_SPACE}(?:{alternatives(lex.YEAR_BLOCK_AFTER - {'%'})}(?!\w)|\d{{3}}(?!\d))|[^\S\n]{{0,3}}[%\p{{Sc}}])"
)
