"""People in contact blocks: one line or many, one person or several."""

from __future__ import annotations

import pytest

from oimx import parse_page

CASES = [
    pytest.param(
        "Pour plus d'informations, veuillez contacter :\nAmina Touré\nOIM Dakar\nTél. +221 33 869 62 00\n"
        'E-mail :\n"mailto:atoure@iom.int">atoure@iom.int',
        [("Amina Touré", "OIM Dakar", ["atoure@iom.int"], ["+221338696200"])],
        id="multi-line",
    ),
    pytest.param(
        "Pour plus d'informations, veuillez contacter :\nLucas Ferreira, email : lferreira@iom.int, +41 22 717 93 41",
        [("Lucas Ferreira", None, ["lferreira@iom.int"], ["+41227179341"])],
        id="one-line",
    ),
    pytest.param(
        "For further information, please contact:\nLucas Ferreira, IOM Geneva, Tel: +41 22 717 93 41, "
        "Email: lferreira@iom.int; Mariam Sow, IOM Dakar, Tel: +221 33 869 62 00, Email: msow@iom.int",
        [
            ("Lucas Ferreira", "IOM Geneva", ["lferreira@iom.int"], ["+41227179341"]),
            ("Mariam Sow", "IOM Dakar", ["msow@iom.int"], ["+221338696200"]),
        ],
        id="two-people-one-line",
    ),
    pytest.param(
        "Para más información, por favor contacte a:\nCarla Méndez\nOIM Panamá\nTel: 6123-4567\n"
        "Correo: cmendez [at] iom.int",
        [("Carla Méndez", "OIM Panamá", ["cmendez@iom.int"], ["+50761234567"])],
        id="national-number-read-in-office-country",
    ),
]


@pytest.mark.parametrize(("block", "expected"), CASES)
def test_people(block: str, expected: list[tuple]) -> None:
    record = parse_page(f"Un titre\nLe corps de l'article.\n{block}\n")
    got = [(p["name"], p["office"], p["emails"], p["phones"]) for p in record["contact"]["people"]]
    assert got == expected


def test_block_without_a_name_has_no_people_but_keeps_its_address() -> None:
    record = parse_page("Un titre\nLe corps.\nPour plus d'informations, veuillez contacter media@iom.int.\n")
    assert record["contact"]["people"] == []
    assert [e["value"] for e in record["emails"]] == ["media@iom.int"]
