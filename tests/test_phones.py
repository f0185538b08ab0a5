"""Phone extractor: tables of cases."""

from __future__ import annotations

import pytest

from oimx.extract.phones import find
from tests.conftest import spans_ok

POSITIVE = [
    pytest.param("Tél : +41 22 717 91 11 (poste 482)", {}, [("+41227179111", "482", True)], id="extension-in-brackets"),
    pytest.param("Tel: +41 22 717 91 11 - ext. 482", {}, [("+41227179111", "482", True)], id="extension-after-a-dash"),
    pytest.param("Tél. + 41 22 717 93 41", {}, [("+41227179341", None, True)], id="plus-space"),
    pytest.param("Tel: +86 10 6523 7741, Ext. 118", {}, [("+861065237741", "118", True)], id="extension"),
    pytest.param("Tél : +33 1 44 55 66 77 poste 12", {}, [("+33144556677", "12", True)], id="poste"),
    pytest.param("Tél: +51.221 7209.", {}, [("+512217209", None, False)], id="invalid-kept"),
    pytest.param("Tel: +221-33-869-62-00", {}, [("+221338696200", None, True)], id="dashes"),
    pytest.param("+41 (0)22 717 9111 / +41 79 217 33 44", {},
                 [("+41227179111", None, True), ("+41792173344", None, True)], id="trunk-zero-and-two"),
    pytest.param("Tél. : 022 717 91 11", {"region": "CH"}, [("+41227179111", None, True)], id="national-with-region"),
    pytest.param("Mobile : 77 639 12 34", {"region": "SN"}, [("+221776391234", None, True)], id="mobile-label"),
    pytest.param("Amina Touré, +221 77 639 12 34", {"contact": True}, [("+221776391234", None, True)],
                 id="contact-bare"),
    pytest.param("Tél. : 022 717 91 11", {}, [(None, None, False)], id="national-no-region-no-value"),
    pytest.param("migrants (Tél.\u00a0: 01 40 44 06 91) depuis", {"region": "FR"}, [("+33140440691", None, True)],
                 id="label-no-break-space-before-colon"),
    pytest.param("Tel: (+41) 22 717 91 11", {}, [("+41227179111", None, True)], id="country-code-in-brackets"),
    pytest.param("al teléfono (56 2) 2210 2381.", {"region": "CL"}, [("+56222102381", None, True)],
                 id="brackets-around-two-groups"),
]
NEGATIVE = [
    pytest.param("En 2015, 170 000 migrants et 2 400 000 dollars.", {}, id="counts-and-amounts"),
    pytest.param("entre 2007 et 2010, puis 2016-2017", {}, id="years"),
    pytest.param("le 27/01/2016 à 14 h 30", {}, id="numeric-date"),
    pytest.param("rapport n° 12 345 678", {}, id="document-number"),
    pytest.param("5,4 milliards de dollars", {"contact": True}, id="amount-in-contact"),
    pytest.param("© 1996-2024 International Labour Organization", {"contact": True, "region": "IE"},
                 id="copyright-years-in-contact"),
]


def _summary(items: list[dict]) -> list[tuple]:
    return [(item["value"], item["extension"], item["valid"]) for item in items]


@pytest.mark.parametrize(("text", "options", "expected"), POSITIVE)
def test_finds(text: str, options: dict, expected: list[tuple]) -> None:
    items = find(text, **options)
    assert _summary(items) == expected
    assert spans_ok(text, items)


@pytest.mark.parametrize(("text", "options"), NEGATIVE)
def test_ignores(text: str, options: dict) -> None:
    assert find(text, **options) == []


def test_kind_follows_the_label() -> None:
    assert [item["kind"] for item in find("Fax : +41 22 798 61 50 ; Mobile : +41 79 217 33 44")] == ["fax", "mobile"]


def test_kind_follows_a_label_spaced_by_a_no_break_space() -> None:
    text = "Mobile\u00a0: +41 79 217 33 44, Fax\u202f: +41 22 798 61 50"
    assert [item["kind"] for item in find(text)] == ["mobile", "fax"]


def test_a_closing_bracket_the_number_did_not_open_is_the_sentence_s() -> None:
    (item,) = find("ouverte (Tél. : +33 1 40 44 06 91) depuis lundi")
    assert item["text"] == "+33 1 40 44 06 91"


@pytest.mark.xfail(strict=True, reason="a number split over two lines is not joined")
def test_number_across_a_line_break() -> None:
    assert _summary(find("Tél. +41 22\n717 93 41")) == [("+41227179341", None, True)]


# A national number is read where it is valid: the office's or dateline's country, else a country the page
# names, else a usual country of the page's language; when none validates it, no value is made up.
FALLBACKS = [
    pytest.param("Tél : 06 12 34 56 78", {"region": "US", "fallbacks": ("FR",)}, ("+33612345678", "FR", True),
                 id="french-mobile-under-a-new-york-dateline"),
    pytest.param("Tél. : 022 717 91 11", {"region": "CH", "fallbacks": ("FR",)}, ("+41227179111", "CH", True),
                 id="valid-in-the-office-country-first"),
    pytest.param("Cel. 0991 234 567", {"region": "US", "fallbacks": ("CO", "EC")}, ("+593991234567", "EC", True),
                 id="first-valid-fallback"),
    pytest.param("Tel: 06 12 34 56 78", {"region": "US", "fallbacks": ("GB",)}, (None, None, False),
                 id="valid-nowhere-no-value"),
    pytest.param("Tel: +51.221 7209", {"region": "FR"}, ("+512217209", "PE", False),
                 id="written-country-code-is-not-a-guess"),
]


@pytest.mark.parametrize(("text", "options", "expected"), FALLBACKS)
def test_national_number_read_where_it_is_valid(text: str, options: dict, expected: tuple) -> None:
    (item,) = find(text, contact=True, **options)
    assert (item["value"], item["region"], item["valid"]) == expected
    assert spans_ok(text, [item])


def test_page_with_a_new_york_dateline_keeps_a_french_mobile_french() -> None:
    from oimx import parse_page

    record = parse_page("Titre\nNEW YORK – L'OIM et la France.\nPour plus d'informations, veuillez contacter :\n"
                        "Claire Dumont, Tél : 06 12 34 56 78\n")
    assert [(p["value"], p["region"]) for p in record["phones"]] == [("+33612345678", "FR")]


def test_many_labelled_phones_read_in_linear_work(monkeypatch) -> None:
    """Each number's office is looked up once over the block, not by re-reading the text before it."""
    from oimx import parse_page
    from oimx.lexicon import places

    read = {"chars": 0}
    plain = places._plain

    def counting(text: str) -> str:
        read["chars"] += len(text)
        return plain(text)

    monkeypatch.setattr(places, "_plain", counting)
    count = 3000
    block = "\n".join(f"Agent {i}, OIM Genève, Tél : +41 22 {100 + i // 100:03d} {i % 100:02d} 00"
                      for i in range(count))
    page = f"Titre\nGENÈVE – Le corps.\nPour plus d'informations, veuillez contacter :\n{block}\n"
    record = parse_page(page)
    assert len(record["phones"]) == count
    assert read["chars"] <= 2 * len(page)  # quadratic reading would be ~count / 2 times the page


def test_an_office_closing_its_sentence_gives_the_numbers_after_it_their_country() -> None:
    from oimx.pipeline import parse_page

    page = ("Un titre de communiqué assez long pour la page\n\nLa OIM presentó hoy un informe sobre la migración.\n\n"
            "Para mayor información, por favor contactar a Daniela Paredes Ortiz, OIM Ecuador. Tel: (02) 393 4400 "
            "ext. 245. Celular: 099 555 1203.\n")
    assert [phone["value"] for phone in parse_page(page)["phones"]] == ["+59323934400", "+593995551203"]
