"""Dates that are part of a name or a count ("Agenda 2063", "la Convention de 1951", "plus de
2000"), and years that a plan is for ("el presupuesto para 2025")."""

from __future__ import annotations

import re

from oimx.extract.dates.words import MONTH_NUMBERS, TOKEN, all_languages, key_of
from oimx.lexicon import dates as lex

SENTENCE_END = frozenset("\n.!?:;(–—-")
_CLOSING = frozenset(",;:.!?)»”\"")
_CLAUSE = re.compile(r"[,;:.!?()«»]")
_QUANTIFIERS = frozenset(key_of(w) for w in all_languages(lex.YEAR_BLOCK_QUANTIFIERS))
_ARTICLES = frozenset(lex.YEAR_NAME_ARTICLES)


_ABBREVIATION_CHARS = 4  # "ext.", "tél.": a word this short before its dot is an abbreviation

def for_plan(text: str, start: int, span: str) -> bool:
    """"para 2024" right after a plan, budget or appeal named before it (lex.PLAN_NOUNS): the
    noun, then only links, capitalised words, acronyms, adjectives and asides in parentheses
    ("Plan de Respuesta Regional para Refugiados y Migrantes (RMRP, por sus siglas en inglés)")."""
    if TOKEN.match(span).group().lower() != "para":
        return False
    line = text[max(0, start - 200):start].rsplit("\n", 1)[-1]
    line = ASIDE.sub(" ", line)
    words = TOKEN.findall(line.rsplit(".", 1)[-1] if "." in line else line)
    for count, word in enumerate(reversed(words)):
        low = word.lower()
        if low in lex.PLAN_NOUNS:
            return True
        if count >= 12 or not (low in lex.PLAN_NAME_LINKS or word[0].isupper()
                               or low.endswith(lex.PLAN_ADJECTIVE_ENDINGS)):
            return False
    return False


ASIDE = re.compile(r"\([^()]*\)")


def after_number_label(text: str, start: int) -> bool:
    """A number right after a label of numbers (lex.YEAR_NUMBER_LABELS): "loi n° 2024-12", "Section 2019"."""
    words = text[max(0, start - 16):start].split()
    return bool(words) and key_of(words[-1].rstrip(".:")) in lex.YEAR_NUMBER_LABELS


def in_name(text: str, start: int, end: int, kind: str) -> bool:
    """A date that is part of a name or a count: "Agenda 2063", "Committee 3 October", "June Lee",
    "plus de 2000", "The 2023 SDG Summit", "Plan ... de réponse 2020"."""
    after = text[end:end + 3]
    capital_after = len(after) > 1 and after[0] == " " and after[1].isupper()
    if kind == "month" and capital_after:
        return True
    if kind == "year" and capital_after:  # "2030 Agenda", "2023 SDG Summit"
        following = TOKEN.match(text, end + 1)
        if following is not None and following.group().lower() in lex.YEAR_BLOCK_BEFORE:
            return True
    line = text[max(0, start - 80):start].rsplit("\n", 1)[-1]
    words = line.split()
    if not words or not line[-1].isspace():
        return False
    written = words[-1]
    prev = key_of(written.strip("«“\"'("))
    if kind == "year" and ((prev in _ARTICLES and capital_after)
                           or any(key_of(" ".join(words[-n:])) in _QUANTIFIERS for n in (1, 2, 3))):
        return True
    if kind == "year" and prev in lex.NAME_YEAR_LINKS and len(words) >= 2 and words[-2][:1].isupper():
        noun, opens = key_of(words[-2]), len(words) == 2 or words[-3][-1] in SENTENCE_END
        if not opens and noun not in MONTH_NUMBERS and noun not in lex.YEAR_NAME_ALLOWED:
            return True  # "la Convention de 1951", "the Protocol of 1967"
    if kind == "year" and written.endswith(".") and len(prev) <= _ABBREVIATION_CHARS and prev.rstrip(".") in \
            lex.YEAR_BLOCK_BEFORE:
        return True  # an abbreviation's dot, no sentence's end: "Tél. 2016", "ext. 2016", "p. 2019"
    if written[-1] in _CLOSING or prev in lex.YEAR_NAME_ALLOWED:
        return False
    initial = len(words) == 1 or words[-2][-1] in SENTENCE_END
    if written.lstrip("«“\"'(")[:1].isupper() and not initial:  # "Agenda 2063", "(AIDS 2024)"
        return True
    if kind != "year":
        return False
    if prev.rstrip(".") in lex.YEAR_BLOCK_BEFORE or prev.split("'")[-1] in lex.YEAR_BLOCK_BEFORE:
        return True
    clause = _CLAUSE.split(line)[-1]
    return any(w[0].isupper() and w.lower() in lex.YEAR_BLOCK_BEFORE and w.lower() not in lex.YEAR_NUMBER_LABELS
               for w in TOKEN.findall(clause))
