"""Frequent short words that tell French, English and Spanish text apart."""

from __future__ import annotations

STOPWORDS: dict[str, frozenset[str]] = {
    "fr": frozenset({"le", "la", "les", "des", "du", "et", "est", "une", "pour", "dans", "qui", "sur", "au", "aux",
                     "par", "avec", "ont", "été", "sont", "cette", "ces", "leur", "plus"}),
    "en": frozenset({"the", "and", "of", "to", "in", "is", "for", "that", "with", "on", "are", "by", "has", "have",
                     "this", "from", "was", "were", "their", "which"}),
    "es": frozenset({"el", "los", "las", "y", "que", "en", "por", "para", "con", "una", "del", "se", "su", "sus",
                     "es", "al", "como", "más", "este", "esta"}),
}
