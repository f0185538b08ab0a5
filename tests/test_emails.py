"""E-mail extractor: tables of cases."""

from __future__ import annotations

import pytest

from oimx.extract.emails import find
from tests.conftest import spans_ok

POSITIVE = [
    pytest.param("Email : amina.toure@iom.int", ["amina.toure@iom.int"], id="plain"),
    pytest.param('E-mail :\n"mailto:ltouré@iom.int">ltouré@iom.int', ["ltouré@iom.int"], id="mailto-debris-once"),
    pytest.param('"mailto:x@iom.int" target="_blank" title=\n"">x@iom.int', ["x@iom.int"], id="mailto-attributes"),
    pytest.param("Écrire à Press.Geneva@IOM.INT.", ["press.geneva@iom.int"], id="lower-case-trailing-dot"),
    pytest.param("contact : mdiallo [at] iom.int", ["mdiallo@iom.int"], id="bracket-at"),
    pytest.param("contact : mdiallo(at)iom(dot)int", ["mdiallo@iom.int"], id="paren-at-dot"),
    pytest.param("a@iom.int, b@iom.int; a@iom.int", ["a@iom.int", "b@iom.int"], id="distinct-once"),
    pytest.param("first.last+media@sub.example.org", ["first.last+media@sub.example.org"], id="plus-and-subdomain"),
    pytest.param("Email : lperrenoud@<br>\niom.int\nA Bamako", ["lperrenoud@iom.int"], id="cut-after-its-at-sign"),
]
NEGATIVE = [
    pytest.param("Le 11 mars @ Genève", id="lone-at"),
    pytest.param("twitter: @IOM_news", id="handle"),
    pytest.param("x" + ".a" * 200 + "@", id="no-domain"),
    pytest.param("name@localhost", id="no-tld"),
    pytest.param("write to x@ \nhello world", id="a-line-after-an-at-sign-without-a-domain"),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds(text: str, expected: list[str]) -> None:
    items = find(text)
    assert [item["value"] for item in items] == expected
    assert spans_ok(text, items)


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(text: str) -> None:
    assert find(text) == []


def test_prefers_the_visible_address_over_the_link() -> None:
    text = '"mailto:kim@iom.int">kim@iom.int'
    (item,) = find(text)
    assert item["start"] == text.rindex("kim@")
