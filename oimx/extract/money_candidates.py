"""Where money may be: windows around currency words, symbols and codes, and the mention
pattern's matches in them, less the ones read wrong."""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterator, Mapping, Set

import regex

from oimx import rx
from oimx.extract.digits import digit_runs
from oimx.extract.money_currency import codes_of, vocabulary
from oimx.extract.money_patterns import Openings, openings
from oimx.lexicon import currencies
from oimx.lexicon import money as lex
from oimx.text import WORD_RUN, lower_case, words_of

WINDOW = 60  # characters looked at around a currency, and before a mention for a range
SNAP = 40  # at most this many characters moved to cut a window at a space
# Where a money mention may start (a superset): a mention begins with a number (digits, which
# may follow a small letter: "généré185"), a number word or a code, each at the start of its
# word, or with a symbol or a parenthesis; never inside a run of ASCII letters or of digits.
MENTION_STARTS = re.compile(r"(?<![A-Za-z])[A-Za-z]|(?<![0-9])[0-9]|[^\sA-Za-z0-9]")
# the same starts as the matches' starts of whole runs (a run is read at once, no lookbehind tried at each
# character: half the instructions), but for a run cut by the start of the stretch read
_RUNS = re.compile(r"[A-Za-z]+|[0-9]+|[^\sA-Za-z0-9]")
_ASCII_LETTERS = frozenset(string.ascii_letters)
FIGURES = rx.compile(r"[\d$]+", regex.V0)  # digits and dollar signs: a number, or a currency written before one
DIGIT_GROUP_END = rx.compile(r"(?<=\d[\ \t\u00a0\u202f])\d{3}(?!\d)")
WORD = rx.compile(r"[^\W\d_]+")


def _snap(text: str, i: int, step: int) -> int:
    """Move ``i`` (back when step is -1, forward when 1) to a space not inside a number."""
    n = len(text)
    for _ in range(SNAP):
        if i <= 0 or i >= n:
            return max(0, min(i, n))
        if text[i if step > 0 else i - 1].isspace() and not text[i - 1 if step > 0 else i - 2].isdigit():
            return i
        i += step
    return i


@functools.cache
def _anchor_words(lang: str) -> frozenset[str]:
    """Lower-case words a currency phrase is built on (its head), and symbols made of letters."""
    head = -1 if lang == "en" else 0
    found = {WORD.findall(p)[head].lower() for p in currencies.words(lang) if WORD.findall(p)}
    found |= {currencies.head(p, "en") for p in currencies.load()["heads"]["en"]} | set(lex.SUBUNITS)
    found |= {w.lower() for s in vocabulary(lang)[2] if WORD.sub("", s).isspace() or WORD.fullmatch(s)
              for w in WORD.findall(s) if len(w) > 1}  # Kč, F CFA
    found |= {s.lower() for s in vocabulary(lang)[2]  # letters and a slash (and a dot): S/ (sol), B/. (balboa)
              if "/" in s and WORD.match(s) and not WORD.sub("", s).strip("/.")}
    return frozenset(found | {c for c in vocabulary(lang)[3] if c.islower()})


@functools.cache
def _code_set(lang: str) -> frozenset[str]:
    """Codes as written (USD, usd) and with an M for millions (MUSD)."""
    codes = vocabulary(lang)[3]
    return frozenset(codes) | frozenset("M" + c for c in codes if c.isupper())


@functools.cache
def _code_tokens(lang: str) -> frozenset[str]:
    return frozenset(c.lower() for c in _code_set(lang))


@functools.cache
def _anchor_tokens(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """Currency words and codes in lower case: those that are one run of word characters (met
    with the text's words), and the others (a sign inside: "नेरू"), looked for as they are."""
    tokens = _anchor_words(lang) | _code_tokens(lang)
    runs = frozenset(t for t in tokens if WORD_RUN.fullmatch(t))
    return runs, tokens - runs


@functools.cache
def _symbol_chars() -> str:
    symbols = vocabulary("fr")[2]
    marks = {c for s in symbols for c in s if not c.isalnum()} | {s for s in symbols if len(s) == 1}  # $, 元
    # not spaces (the no-break space of "F\u00a0CFA" is in every French number and before every
    # colon: the symbol's letters are its cue) nor the punctuation of ordinary words
    return "".join(sorted(c for c in marks - set(".-'’/") if not c.isspace()))


def capitals_beside_numbers(text: str) -> list[int]:
    """Where a symbol of capitals ("Q", "FG") stands right before or after a run of digits ("Q 1.500", "5 000 FG"),
    case as written: asked for only on a page whose country uses one (see money.find)."""
    symbols = currencies.capital_symbols()
    found = []
    for start, end in digit_runs(text):
        before = _CAPITALS_BEFORE.search(text, max(0, start - 6), start)
        if before is not None and before.group(1) in symbols:
            found.append(before.start(1))
        after = _CAPITALS_AFTER.match(text, end, end + 6)
        if after is not None and after.group(1) in symbols:
            found.append(end)
    return found


_CAPITALS_BEFORE = rx.compile(r"(?<![\w.])(\p{Lu}{1,3})\.?[ \t\u00a0]?\Z")  # "Q ", "Q. " before the digits
_CAPITALS_AFTER = rx.compile(r"[ \t\u00a0]?(\p{Lu}{1,3})(?!\w)")  # " FG" after them


def _anchors(text: str, lang: str) -> list[int]:
    """Positions of currency words, symbols and codes: a mention lies near one of them.

    The words of the lower-cased text (runs of word characters, whatever punctuation stands
    around them: ``dollars!``, ``(usd)``, ``euros…``) are taken as a set and met with the
    currency words and codes; only the few found are then looked for by position.
    """
    lowered = lower_case(text)
    if len(lowered) != len(text):  # lower() changed the length: look everywhere
        return list(range(0, len(text), WINDOW))
    runs, others = _anchor_tokens(lang)
    hits = (words_of(lowered) & runs) | {token for token in others if token in lowered}
    found = _positions(lowered, hits & _anchor_words(lang))
    codes = _code_set(lang)
    for token in hits & _code_tokens(lang):  # usd, musd: found as written, USD, MUSD or usd
        found += _positions(text, {token, token.upper(), "M" + token[1:].upper()} & codes)
    found += _glued_codes(text, codes)
    for char in _symbol_chars():
        i = text.find(char)
        while i >= 0:
            found.append(i)
            i = text.find(char, i + 1)
    return sorted(found)


def _glued_codes(text: str, codes: frozenset[str]) -> list[int]:
    """Codes written against a number: 115USD, USD1,23, USD,100, and symbols of letters before it: KSh2,000 (read
    around each digit run)."""
    found = []
    letters = _glued_letters()
    for start, end in digit_runs(text):
        before = start - 1 if text[start - 1 : start] in ",.;:" else start
        for i in (before - 4, before - 3, end):
            if i >= 0 and (text[i : i + 3] in codes or text[i : i + 4] in codes):
                found.append(max(i, 0))
        if start and text[start - 1].isalpha():  # a letter against the digits: a symbol of letters?
            for i in (start - 3, start - 2):
                if i >= 0 and text[i:start] in letters and not (i and text[i - 1].isalpha()):
                    found.append(i)
    return found


@functools.cache
def _glued_letters() -> frozenset[str]:
    """Symbols of two or three letters, as written ("KSh", "Rs"): glued to a number, no word of the text is theirs."""
    return frozenset(s for s in currencies.letter_symbols() if len(s) in (2, 3) and s.isalpha())


def _positions(text: str, words: Set[str]) -> list[int]:
    """Where the words occur in ``text`` as whole words (letters on neither side)."""
    found = []
    for word in words:
        i = text.find(word)
        while i >= 0:
            end = i + len(word)
            if not (i and text[i - 1].isalpha()) and not (end < len(text) and text[end].isalpha()):
                found.append(i)
            i = text.find(word, end)
    return found


def _windows(text: str, lang: str, extra: list[int] | None = None) -> list[tuple[int, int]]:
    """Stretches of text around the anchors (and ``extra`` ones), merged, cut only at spaces outside numbers."""
    windows: list[tuple[int, int]] = []
    for anchor in _anchors(text, lang) if not extra else sorted(_anchors(text, lang) + extra):
        if windows and anchor - WINDOW <= windows[-1][1]:  # joins the last window: stretch it
            if anchor + WINDOW > windows[-1][1]:
                windows[-1] = (windows[-1][0], _snap(text, anchor + WINDOW, 1))
            continue
        windows.append((_snap(text, anchor - WINDOW, -1), _snap(text, anchor + WINDOW, 1)))
    return windows


def matches(mention: regex.Pattern, text: str, lang: str, groups: Mapping[str, int], extra: list[int] | None = None):
    """Matches of the mention pattern in the windows, less the ones read wrong, after which
    the reading goes on from the next character: three letters before a number that are no
    currency code (``OIM 500``), a symbol after number words (``a $ 300``), a number after
    a capital (``COP28``) or that is the last group of another (``000`` of ``185 000``).

    The pattern is matched at the places a mention can start (:data:`MENTION_STARTS`), in
    order, not searched: the first match is the one a search would find, at a cost per place
    instead of per character (a search tries the whole pattern at every character). ``groups`` is
    the pattern's ``groupindex``, read once by the caller (see :func:`amounts.number_value`)."""
    lookup = vocabulary(lang)[0]
    gate = openings(lang)
    for lo, hi in _windows(text, lang, extra):
        pos = lo
        for at in opening_starts(text, lo, hi, gate):
            if at < pos or (m := mention.match(text, at, hi)) is None:
                continue
            if _misread(m, text, lookup, groups):
                pos = m.start() + 1
                continue
            yield m
            pos = max(m.end(), m.start() + 1)


def opening_starts(text: str, lo: int, hi: int, gate: Openings) -> Iterator[int]:
    """The starts of MENTION_STARTS in ``text[lo:hi]`` where a mention may open, in order: a cheap
    look at what the mention's alternatives open with (see :func:`openings`), in one loop (a
    Python call per start would cost more than the look).

    At a letter (an ASCII one, or one a case-blind pattern reads as such: ``ſ``), a digit or ``$``
    within reach (the next run of them: a letter is in none) or a number word. Two ASCII
    characters open a number word only when they are the initials of one (in any case), or the
    first is a word of one letter: the pattern is tried only then. At any other character, a
    decimal digit or one of the gate's marks.
    """
    figures = [*(run.start() for run in FIGURES.finditer(text, lo, hi)), hi + gate.reach]  # and one past reach
    number_word, initials, reach, marks = gate.number_word, gate.initials, gate.reach, gate.marks
    figure = 0
    starts = _RUNS.finditer(text, lo, hi)
    cut = text[lo - 1 : lo + 1] if lo else ""
    if cut.isascii() and (cut.isalpha() or cut.isdigit()):  # lo inside a run of ASCII letters or digits: no start
        next(starts, None)
    for start in starts:
        at = start.start()
        char = text[at]
        if char not in _ASCII_LETTERS:
            if char.isdecimal():
                yield at
                continue
            if char in marks or char.isascii() or not _reads_as_ascii_letter(char):
                if char.casefold() in marks:
                    yield at
                continue
        while figures[figure] < at:
            figure += 1
        if figures[figure] < at + reach:
            yield at
            continue
        pair = text[at : at + 2]
        initial = initials is None or not pair.isascii() or pair.lower() in initials or pair[0].lower() in initials
        if initial and number_word.match(text, at, hi) is not None:
            yield at


@functools.lru_cache(maxsize=1024)
def _reads_as_ascii_letter(char: str) -> bool:
    """A letter a case-blind pattern may read as an ASCII one (İ, ı, ſ, the Kelvin sign K)."""
    return not _ASCII_LETTERS.isdisjoint(char.lower() + char.upper() + char.casefold())


# a slash and a figure right after a number: it goes on a document's symbol ("S/2024/262"), no amount
_SYMBOL_GOES_ON = rx.compile(r"/\d")
# a figure right after a mention's currency: the currency opens that amount
_FIGURE_NEXT = rx.compile(r"[ \t\u00a0]{0,2}\d")


def _misread(m: regex.Match, text: str, lookup: dict, g: Mapping[str, int]) -> bool:
    cur, start = m.group(g["cur"]), m.start(g["num"])
    if m.group(g["num"]) is not None and _SYMBOL_GOES_ON.match(text, m.end(g["num"])):
        return True  # a document's symbol: "S/2024/262", "A/RES/78/1"
    if cur is not None and m.group(g["num"]) is not None and m.start(g["cur"]) < start:
        return codes_of(lookup, cur, m.group(g["mcode"])) is None
    if m.group(g["words"]) is not None:  # a number in words, then a symbol, or a code that a number follows:
        # "a $ 300", "a USD 50 million loan" (an article, then an amount written currency first)
        return cur is not None and (m.group(g["code"]) is None or _FIGURE_NEXT.match(text, m.end()) is not None)
    return start > 0 and (text[start - 1].isupper() or bool(DIGIT_GROUP_END.match(text, start)))
