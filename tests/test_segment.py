"""Page parts: title, dateline, body paragraphs, contact block."""

from __future__ import annotations

import pytest

from oimx.extract import dates
from oimx.segment import clean_line, segment


def parts_of(page: str):
    return segment(page, 0, lambda text: dates.find(text, lang="fr"))


DATELINES = [
    pytest.param("Genève/Séoul, 11 mars – L'OIM a signé.", ["Genève", "Séoul"], "XXXX-03-11", id="two-places-and-date"),
    pytest.param("Cox's Bazar - Les réfugiés arrivent.", ["Cox's Bazar"], None, id="apostrophe-hyphen"),
    pytest.param("Conakry, Guinée (27/01/2016) – Suite à la confirmation.", ["Conakry, Guinée"], "2016-01-27",
                 id="country-after-comma-and-numeric-date"),
    pytest.param("Genève, Bangkok - Selon les informations.", ["Genève", "Bangkok"], None, id="two-cities-comma"),
    pytest.param("Camp de Ndeja, province de Sofala - Une saison.", ["Camp de Ndeja, province de Sofala"], None,
                 id="admin-words"),
    pytest.param("Nairobi/ Genève, 26 Février – L'OIM.", ["Nairobi", "Genève"], "XXXX-02-26", id="capitalised-month"),
    pytest.param("Suiza: La reunión mundial.", ["Suiza"], None, id="colon-after-known-place"),
    pytest.param("Obock, Djibouti (updated on 15/04/2021) – At least.", ["Obock, Djibouti"], "2021-04-15",
                 id="bracketed-note"),
]
NOT_DATELINES = [
    pytest.param("Aujourd'hui, l'OIM et le ministère ont signé un accord.", id="sentence-with-comma"),
    pytest.param("Fonds : Union européenne et partenaires.", id="field-label-colon"),
    pytest.param("L'OIM et le HCR - une déclaration commune suit.", id="sentence-with-dash"),
]


@pytest.mark.parametrize(("first", "places", "date"), DATELINES)
def test_dateline(first: str, places: list[str], date: str | None) -> None:
    page = f"Un titre\n{first}\n"
    parts = parts_of(page)
    assert parts.dateline is not None
    assert parts.dateline.places == places
    got = None
    if parts.dateline.date_start is not None:
        got = dates.find(page[parts.dateline.date_start : parts.dateline.date_end])[0]["value"]
    assert got == date


@pytest.mark.parametrize("first", NOT_DATELINES)
def test_no_dateline(first: str) -> None:
    assert parts_of(f"Un titre\n{first}\n").dateline is None


def test_dateline_after_a_subtitle() -> None:
    parts = parts_of("Un titre\nRéseau des Nations Unies sur les migrations\nGenève - Aujourd'hui, le réseau.\n")
    assert parts.dateline is not None and parts.dateline.places == ["Genève"]
    assert parts.body.startswith("Réseau des Nations Unies")


def test_hard_wrapped_lines_are_rejoined() -> None:
    page = (
        "Un titre\n"
        "Les ministres de douze pays se sont réunis cette semaine à\n"
        "Lima pour signer une déclaration commune sur la migration\n"
        "et le développement.\n"
        "Ca déclaration sera\n"
        "présentée à New York lors du dialogue de haut niveau qui\n"
        "aura lieu en septembre.\n"
    )
    body = parts_of(page).body
    assert body.split("\n\n") == [
        "Les ministres de douze pays se sont réunis cette semaine à Lima pour signer une déclaration commune "
        "sur la migration et le développement.",
        "Ca déclaration sera présentée à New York lors du dialogue de haut niveau qui aura lieu en septembre.",
    ]


def test_front_matter_after_the_title_is_not_body() -> None:
    page = (
        "Un titre assez long pour être répété\n\n"
        "Un titre assez long pour être répété\n\n"
        "Des familles devant un abri.  Photo : OIM/Jean Dupont\n\n"
        "***\n\n"
        "Dakar – Le corps commence ici.\n"
    )
    assert parts_of(page).body == "Dakar – Le corps commence ici."


def test_separators_and_debris_are_dropped() -> None:
    page = "Titre\nPremier paragraphe.\n***\n[block:views=similar_block-block_1]\nDernier <b>mot</b>&nbsp;ici.\n"
    assert parts_of(page).body == "Premier paragraphe.\n\nDernier mot ici."


@pytest.mark.parametrize(
    "opener",
    [
        "Pour plus d'informations, veuillez contacter :",
        "Pour plus d’informations, veuillez\ncontacter:",
        "For further information, please contact:",
        "Para más información, por favor contacte a:",
        "*** Contact :",
    ],
)
def test_contact_block_starts_at_its_opener(opener: str) -> None:
    page = f"Titre\nLe corps.\n{opener}\nAmina Touré\n"
    parts = parts_of(page)
    assert parts.contact_start == page.index(opener.split("\n")[0][:5])
    assert parts.body == "Le corps."


def test_clean_line_removes_html_attributes() -> None:
    assert clean_line('Voir la photo alt="" border="0" ci-dessous') == "Voir la photo ci-dessous"


def test_empty_page() -> None:
    parts = parts_of("")
    assert parts.title is None and parts.body == "" and parts.dateline is None
