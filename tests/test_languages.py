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
    for name, table in tables().items():
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


# Portuguese, added as data only: each row is (text, what the extractor gives).
PORTUGUESE_DATES = [
    ("Lisboa, 3 de março de 2024 –", ("3 de março de 2024", "2024-03-03")),
    ("Em setembro, a OIM", ("setembro", "XXXX-09")),
    ("em 5 de dez. de 2023", ("5 de dez. de 2023", "2023-12-05")),
    ("no dia 1.º de maio de 2024", ("1.º de maio de 2024", "2024-05-01")),
    ("de 27 a 30 de maio de 2024", ("de 27 a 30 de maio de 2024", None)),
    ("até ao final de junho", ("até ao final de junho", None)),
    ("há dois anos", ("há dois anos", None)),
    ("na próxima sexta-feira", ("na próxima sexta-feira", None)),
    ("ontem", ("ontem", None)),
    ("nos dias 28 e 29 de outubro de 2024", ("28 e 29 de outubro de 2024", None)),
    ("no segundo trimestre do ano 2024", ("segundo trimestre do ano 2024", None)),
    ("a segunda-feira da próxima semana", ("segunda-feira da próxima semana", None)),
]
PORTUGUESE_RELATIVE = [
    ("há dois anos", "ago:2:year"),
    ("na próxima sexta-feira", "next_weekday:friday"),
    ("Na semana passada, 120 famílias", "last_week"),
    ("nos últimos meses", "recent_months"),
    ("esta semana", "this_week"),
]
PORTUGUESE_MONEY = [
    ("4,5 milhões de euros", ("4,5 milhões de euros", 4_500_000, "EUR")),
    ("R$ 12 milhões", ("R$ 12 milhões", 12_000_000, "BRL")),
    ("2 bilhões de reais", ("2 bilhões de reais", 2_000_000_000, "BRL")),
    ("1,2 mil milhões de euros", ("1,2 mil milhões de euros", 1_200_000_000, "EUR")),
    ("cinco milhões de dólares", ("cinco milhões de dólares", 5_000_000, "USD")),
    ("300 mil kwanzas", ("300 mil kwanzas", 300_000, "AOA")),
]
PORTUGUESE_NOT_MONEY = ["3 000 pessoas refugiadas", "mais de 40 mil pessoas", "um real desafio"]


@pytest.mark.parametrize(("text", "expected"), PORTUGUESE_DATES)
def test_portuguese_dates(text, expected) -> None:
    found = dates.find(text, lang="pt")
    assert [(d["text"], d["value"]) for d in found] == [expected]


@pytest.mark.parametrize(("text", "key"), PORTUGUESE_RELATIVE)
def test_portuguese_relative_words(text, key) -> None:
    assert [d["relative"] for d in dates.find(text, lang="pt")] == [key]


@pytest.mark.parametrize(("text", "expected"), PORTUGUESE_MONEY)
def test_portuguese_money(text, expected) -> None:
    assert [(m["text"], m["amount"], m["currency"]) for m in money.find(text, lang="pt")] == [expected]


@pytest.mark.parametrize("text", PORTUGUESE_NOT_MONEY)
def test_portuguese_counts_are_not_money(text) -> None:
    assert money.find(text, lang="pt") == []


def test_portuguese_is_detected_from_its_menu_and_its_words() -> None:
    assert detect_language("-\nQuem somos\nQuem somos\n-\nO nosso trabalho\n", 0) == "pt"
    assert detect_language("Título\nA OIM apoia as famílias deslocadas pelas cheias com abrigos e kits.", 0) == "pt"


# The shared text helpers: one key, one apostrophe set, one phrase -> pattern.
KEYS = [
    ("aujourd’hui", "aujourd'hui"),
    ("Aujourd‘hui", "aujourd'hui"),
    ("aujourdʼhui", "aujourd'hui"),
    ("après\u2011demain", "après-demain"),
    ("  La   semaine\ndernière ", "la semaine dernière"),
    ("DÓLARES", "dólares"),
]


@pytest.mark.parametrize(("written", "expected"), KEYS)
def test_one_key_for_every_lexicon_lookup(written, expected) -> None:
    from oimx.extract.dates.words import key_of
    from oimx.text import key

    assert key(written) == key_of(written) == expected


@pytest.mark.parametrize(
    ("phrase", "written"),
    [("d'ici", "d’ici"), ("d'ici", "dʼici"), ("mi-", "mi\u2011"),
     ("pour plus d'informations", "pour  plus\nd'informations")],
)
def test_a_phrase_pattern_takes_any_apostrophe_hyphen_and_space(phrase, written) -> None:
    import regex

    from oimx.text import phrase_pattern

    assert regex.fullmatch(phrase_pattern(phrase), written)


def test_an_alternation_tries_the_longest_phrase_first() -> None:
    import regex

    from oimx.text import alternation

    assert regex.match(alternation(["contact", "contact presse", "contacts"]), "contact presse").group() == (
        "contact presse"
    )


# Languages without vocabulary tables: detected by their frequent words, dates through dateparser,
# only on candidates a language-neutral pattern located (month names from dateparser's data).
FALLBACK_DATES = [
    ("de", "Berlin, 5. März 2024 –", [("5. März 2024", "2024-03-05", "day")]),
    ("de", "am 12. Okt. 2023 und im Januar 2024", [("12. Okt. 2023", "2023-10-12", "day"),
                                                   ("Januar 2024", "2024-01", "month")]),
    ("de", "bis zum 31. Dezember.", [("31. Dezember", "XXXX-12-31", "day")]),
    ("de", "am 12.04.2024 in Leipzig", [("12.04.2024", "2024-04-12", "day")]),
    ("de", "am 31.02.2024 und 2024-02-30", []),
    ("de", "im März", []),
    ("it", "Roma, 12 aprile 2024 –", [("12 aprile 2024", "2024-04-12", "day")]),
    ("it", "dal 1º gennaio 2024 al 3 mar. 2024", [("1º gennaio 2024", "2024-01-01", "day"),
                                                 ("3 mar. 2024", "2024-03-03", "day")]),
    ("it", "entro settembre 2024, il 20/05/2024", [("settembre 2024", "2024-09", "month"),
                                                   ("20/05/2024", "2024-05-20", "day")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FALLBACK_DATES)
def test_dates_of_other_languages_through_dateparser(lang, text, expected) -> None:
    assert [(d["text"], d["value"], d["precision"]) for d in dates.find(text, lang=lang)] == expected


def test_other_languages_are_detected_from_their_frequent_words() -> None:
    assert detect_language("Titel\nDie IOM hat mit dem Amt ein Programm für die Rückkehr gestartet.", 0) == "de"
    assert detect_language("Titolo\nIl progetto della OIM è stato firmato nella sede del Ministero.", 0) == "it"


def test_the_record_of_another_language_says_its_code() -> None:
    record = parse_page("Titel\nBerlin, 5. März 2024 – Die IOM hat mit dem Amt ein Programm für die Rückkehr "
                        "gestartet, das bis zum 31. Dezember läuft.")
    assert record["lang"] == "de"
    assert record["dateline"]["date"]["value"] == "2024-03-05"


def test_lang_accepts_a_dateparser_language_and_refuses_an_unknown_code() -> None:
    assert languages.readable("pt") and languages.readable("de") and languages.readable("nl")
    assert not languages.readable("xx") and not languages.readable("../etc")


def test_dateparser_is_not_imported_for_the_vocabulary_languages() -> None:
    import subprocess
    import sys

    code = ("import sys; from oimx.pipeline import parse_page; "
            "parse_page('Titre\\nGenève, 11 mars 2024 – Le projet a commencé hier.'); "
            "print('dateparser' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"


def test_a_module_s_check_looks_at_every_table_of_that_module(monkeypatch) -> None:
    """require(lang, module) looks at each table of that lexicon module (and at no other module's)."""
    lang = LANGUAGES[-1]
    money_tables = [name for name in tables() if name.startswith("money.")]
    assert len(money_tables) == len(languages.TABLES["money"])
    for name in money_tables:
        with monkeypatch.context() as patch:
            patch.delitem(tables()[name], lang)
            with pytest.raises(IncompleteLanguage, match=rf"{lang!r} lacks its vocabulary in {name}"):
                languages.require(lang, "money")
    with monkeypatch.context() as patch:
        patch.delitem(tables()["dates.RELATIVE"], lang)
        assert languages.require(lang, "money") == lang
        with pytest.raises(IncompleteLanguage):
            languages.require(lang)


def test_each_extractor_refuses_a_language_for_the_tables_it_reads_only(monkeypatch) -> None:
    """The date finder reads lexicon.dates alone (and money lexicon.money alone): a language that
    lacks another module's table still has its dates and money; the page, that reads them all, fails."""
    lang = "pt"  # the vocabulary of the texts below
    assert lang in LANGUAGES
    monkeypatch.delitem(tables()["contacts.JOINERS"], lang)
    assert [d["text"] for d in dates.find("Lisboa, 27/01/2016", lang=lang)] == ["27/01/2016"]
    assert [m["text"] for m in money.find("5 milhões de dólares", lang=lang)] == ["5 milhões de dólares"]
    with pytest.raises(IncompleteLanguage, match=r"contacts\.JOINERS"):
        parse_page("Titre\nTexte.", lang=lang)
