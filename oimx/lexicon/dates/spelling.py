"""Words as they are also written: French without its accents ("annee", "dernieres", "apres-midi",
"paques"), read as the accented word they stand for."""

from __future__ import annotations

import re
import unicodedata

# Unaccented forms that are other common words: a phrase holding one is not given an unaccented
# form ("passe" for "passé", "a" for "à", "des" for "dès", "la" for "là", "ou" for "où").
COMMON_UNACCENTED = frozenset({"a", "passe", "des", "la", "ou", "du", "sur"})
_WORD = re.compile(r"\w+")


def unaccented(phrase: str) -> str:
    """``phrase`` without its accents."""
    return "".join(c for c in unicodedata.normalize("NFD", phrase) if not unicodedata.combining(c))


def _bare_form(phrase: str) -> str | None:
    """The unaccented form of ``phrase``, or None when it has no accent or is another word."""
    if phrase.isascii():  # no accent (most phrases): told without decomposing it
        return None
    bare = unaccented(phrase)
    changed = {b for w, b in zip(_WORD.findall(phrase), _WORD.findall(bare), strict=True) if w != b}
    return None if bare == phrase or changed & COMMON_UNACCENTED else bare


def add_unaccented(lang: str, *tables: dict) -> None:
    """Give each phrase of ``lang`` in ``tables`` (per-language dicts of phrase -> value, or of
    phrase tuples) its unaccented form, to the same value, where that form is not taken."""
    for table in tables:
        words = table[lang]
        bare_forms = {phrase: bare for phrase in words if (bare := _bare_form(phrase)) and bare not in words}
        if isinstance(words, dict):
            words.update({bare: words[phrase] for phrase, bare in bare_forms.items()})
        else:
            table[lang] = (*words, *dict.fromkeys(bare_forms.values()))
