"""Years written in words: "en deux mille dix-huit.", "l'année deux cent soixante-sept", "les années
mille quatre cent vingt" (the 1420s), "de deux mille à deux mille quatorze".  Tried at a thousand word
("mille", "mil") or a year or decade noun; the number is read by text2num on the candidate only.

A spelled number is a year only with its cue: a year or decade noun before it (a number of a
hundred or more; after a year noun, ending its clause), or a cue word before it ("en", "de", "dans")
with its thousand written and the clause ending after it, so that "deux mille personnes" and "plus
de deux mille." stay counts."""

from __future__ import annotations

from oimx.extract.dates.words import SPACE, TOKEN, all_languages, alternatives
from oimx.lexicon import dates as lex

WORDS = frozenset(all_languages(lex.SPELLED_YEAR_WORDS))
THOUSANDS = frozenset(all_languages(lex.SPELLED_YEAR_THOUSANDS))
_NOUNS = (*all_languages(lex.DECADE_BEFORE), *all_languages(lex.SPELLED_YEAR_NOUNS))
_NOUN_TOKENS = frozenset(TOKEN.findall(w)[-1] for w in _NOUNS)  # années, année, an, año
_WORD = rf"{alternatives(WORDS)}(?!\w)"
_NUMBER = rf"{_WORD}(?:(?:{SPACE}|-){_WORD}){{0,8}}"  # mille neuf cent quatre-vingt-dix-neuf
_HUNDREDS = r"(?<!\d)[1-9]\d\d(?![\d.,])"  # "l'année 247": a year of three digits after its noun
_END = r"(?=[^\S\n]{0,2}(?:[,;.)!?:\n]|\Z))"  # the clause ends after it


def source(count_after: str) -> str:
    """The pattern: a decade or year noun and any spelled number, or a cue word, a number holding
    its thousand (perhaps a range of two) and the clause end."""
    return rf"""(?<!\w)(?P<spelled>
         (?P<spelled_decade>{alternatives(all_languages(lex.DECADE_BEFORE))}){SPACE}  # les années
         (?P<spelled_first>{_NUMBER}|{_HUNDREDS})(?![\w-])(?!{count_after})           # mille quatre cent vingt
       | (?P<spelled_noun>{alternatives(all_languages(lex.SPELLED_YEAR_NOUNS))}){SPACE}  # l'année
         (?P<spelled_first>{_NUMBER}|{_HUNDREDS})(?![\w-]){_END}                      # deux cent soixante-sept.
       | (?<=(?<!\w)(?P<spelled_cue>{alternatives(all_languages(lex.SPELLED_YEAR_CUES))}){SPACE})  # en, de
         (?P<spelled_first>{_NUMBER})(?![\w-])                                        # deux mille
         (?:{SPACE}{alternatives(all_languages(lex.SPELLED_YEAR_JOINS))}{SPACE}       # à
            (?P<spelled_last>{_NUMBER})(?![\w-]))?{_END})                             # deux mille quatorze."""


def opening_words() -> list[str]:
    """The words a spelled year may start with: its nouns and the number words (not "et", "and")."""
    return [*_NOUNS, *(WORDS - frozenset(all_languages(lex.SPELLED_YEAR_JOINS)))]


def words_ahead(words: list[str]) -> bool:
    """A thousand among the first words, or a year or decade noun followed by a number word or
    three digits."""
    return any(w in THOUSANDS for w in words[:7]) or any(
        w in _NOUN_TOKENS and _is_number(words[i + 1:i + 2]) for i, w in enumerate(words[:3]))


def _is_number(words: list[str]) -> bool:
    return words != [] and (words[0] in WORDS or (len(words[0]) == 3 and words[0].isdigit()))


def value(number: str, lang: str) -> int | None:
    """The number written, or None: "mille sept cent quatre-vingt-neuf" -> 1789, and two halves
    read as a century and its year ("dix-neuf soixante-dix" -> 1970)."""
    from text_to_num import text2num  # heavy: imported on the first spelled year only

    if number.isdigit():
        return int(number)
    words = " ".join(number.lower().split())
    for language in dict.fromkeys((lang, "fr", "es", "en")):
        if language not in lex.SPELLED_YEAR_WORDS or not lex.SPELLED_YEAR_WORDS[language]:
            continue
        try:
            return text2num(words, language)
        except ValueError:
            head, _, tail = words.partition(" ")
            try:
                century, year = text2num(head, language), text2num(tail, language)
            except ValueError:
                continue
            if 10 <= century <= 20 and 10 <= year <= 99:
                return century * 100 + year
    return None


def years(m, lang: str) -> tuple[int, int | None] | None:
    """First and last year of a spelled year match (last None for one year), or None: a decade for
    a round number after a decade cue ("les années soixante-dix" -> 1970-1979); with a cue word only,
    years holding their thousand, from 1000 to 2100."""
    first = value(m.group("spelled_first"), lang)
    last_words = m.group("spelled_last")
    last = value(last_words, lang) if last_words else None
    if first is None or (last_words and last is None):
        return None
    cue = m.group("spelled_cue")
    if cue is not None:
        if not all(_has_thousand(n) and 1000 <= v <= 2100 for n, v in ((m.group("spelled_first"), first),
                                                                          (last_words, last)) if n):
            return None
        if last is not None:
            return (first, last) if first < last else None
        if cue.lower() not in lex.SPELLED_DECADE_CUES:
            return first, None
    elif first < 100:  # "cette année un", "the UN": a number of a hundred or more after a noun
        return None
    elif m.group("spelled_decade") is None:
        return first, None
    return (first, first + 9) if first % 10 == 0 else (first, None)


def _has_thousand(number: str) -> bool:
    return any(w in THOUSANDS for w in TOKEN.findall(number.lower()))
