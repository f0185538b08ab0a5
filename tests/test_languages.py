"""The language registry: every language has every vocabulary table, a partial one fails clearly."""

from __future__ import annotations

import importlib

import pytest

from oimx.extract import dates, money
from oimx.lexicon import languages
from oimx.lexicon.languages import LANGUAGES, IncompleteLanguage, missing, tables
from oimx.pipeline import detect_language, parse_page

_MODULES = ("boilerplate", "contacts", "dates", "money", "places", "languages")


def _per_language_dicts():
    """Every module-level dict of the lexicon keyed by language codes (the fallback's among them)."""
    for name in _MODULES:
        module = importlib.import_module(f"oimx.lexicon.{name}")
        for attr, value in vars(module).items():
            if isinstance(value, dict) and languages.FALLBACK_LANGUAGE in value and all(
                isinstance(k, str) and len(k) == 2 and k.islower() for k in value
            ):
                yield f"{name}.{attr}", value


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_every_table(lang) -> None:
    assert missing(lang) == []


def test_every_per_language_table_is_registered() -> None:
    assert {name for name, _ in _per_language_dicts()} <= set(tables())


def test_tables_hold_only_registered_languages() -> None:
    detection_only = {"languages.STOPWORDS"}  # languages recognised without vocabulary
    for name, table in tables().items():
        if name not in detection_only:
            assert set(table) <= set(LANGUAGES), name


def test_the_fallback_is_a_registered_language() -> None:
    assert languages.FALLBACK_LANGUAGE in LANGUAGES


@pytest.mark.parametrize(
    ("module", "table", "call"),
    [
        ("money", "FRACTIONS", lambda lang: money.find("5 millions de dollars", lang=lang)),
        ("dates", "RELATIVE", lambda lang: dates.find("le 3 mars 2024", lang=lang)),
        ("contacts", "JOINERS", lambda lang: parse_page("Titre\nTexte.", lang=lang)),
    ],
)
def test_a_partial_language_fails_with_the_missing_table_named(module, table, call, monkeypatch) -> None:
    lexicon = importlib.import_module(f"oimx.lexicon.{module}")
    lang = LANGUAGES[-1]
    monkeypatch.delitem(getattr(lexicon, table), lang)
    with pytest.raises(IncompleteLanguage, match=rf"{lang!r} lacks its vocabulary in {module}\.{table}"):
        call(lang)


def test_detection_names_only_languages_it_has_words_for() -> None:
    assert detect_language("Titre\nLe projet de l'OIM est pour les migrants et les familles.", 0) == "fr"
    assert detect_language("Title\nThe project of IOM is for the migrants and their families.", 0) == "en"
    assert detect_language("12 34 56", 0) == languages.FALLBACK_LANGUAGE
