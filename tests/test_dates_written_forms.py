"""Dates written in the forms other projects' suites use (Recognizers-Text, Duckling): tables of
positive, negative and strict-xfail cases per family, as in tests/test_dates_families.py."""

from __future__ import annotations

import pytest
from test_dates_families import _summary, _tables

from oimx.extract.dates import find

MONTH_FIRST_DAYS = _tables(positive=[
    pytest.param("Je reviendrai Oct-2", "fr", [("Oct-2", "date", "XXXX-10-02")], id="fr-abbr-dash"),
    pytest.param("Je reviendrai Jan/1", "fr", [("Jan/1", "date", "XXXX-01-01")], id="fr-abbr-slash"),
    pytest.param("Je reviendrai Octobre. 2", "fr", [("Octobre. 2", "date", "XXXX-10-02")], id="fr-name-dot"),
    pytest.param("Le mois de septembre.16", "fr", [("septembre.16", "date", "XXXX-09-16")], id="fr-glued"),
    pytest.param("Je serai sorti Novembre 19 au 20", "fr",
                 [("Novembre 19 au 20", "range", "XXXX-11-19", "XXXX-11-20")], id="fr-range-au"),
    pytest.param("Je serai dehors Novembre 19-20", "fr",
                 [("Novembre 19-20", "range", "XXXX-11-19", "XXXX-11-20")], id="fr-range-dash"),
    pytest.param("Je serai dehors Oct. 2 a Octobre 22", "fr",
                 [("Oct. 2 a Octobre 22", "range", "XXXX-10-02", "XXXX-10-22")], id="fr-range-two-months"),
    pytest.param("Absent 3 jusqu'a 12 de Sept.", "fr",
                 [("3 jusqu'a 12 de Sept.", "range", "XXXX-09-03", "XXXX-09-12")], id="fr-jusqu-a-unaccented"),
    pytest.param("Du 3 mai au 20, rien.", "fr", [("Du 3 mai au 20", "range", "XXXX-05-03", "XXXX-05-20")],
                 id="fr-last-day-takes-month"),
    pytest.param("Llegará el Marzo 5.", "es", [("Marzo 5", "date", "XXXX-03-05")], id="es-clause-end"),
    pytest.param("Back on October 26, 2016.", "en", [("October 26, 2016", "date", "2016-10-26")], id="en-mdy"),
    pytest.param("En novembre 19 personnes sont mortes.", "fr", [("novembre", "date", "XXXX-11")],
                 id="fr-count-after-month"),
    pytest.param("En novembre 19 000 personnes sont arrivées.", "fr", [("novembre", "date", "XXXX-11")],
                 id="fr-thousands-after-month"),
], negative=[
    pytest.param("Les sept 2 premiers rangs.", "fr", id="fr-number-word-then-count"),
], xfail=[
    pytest.param("Je reviendrai Mai vingt et un", "fr", [("Mai vingt et un", "date", "XXXX-05-21")],
                 id="fr-spelled-day-after-month"),
    pytest.param("Je serai sorti Novembre entre 19 et 20", "fr",
                 [("Novembre entre 19 et 20", "range", "XXXX-11-19", "XXXX-11-20")], id="fr-month-then-between"),
])

ABBREVIATIONS_ALONE = _tables(positive=[
    pytest.param("Je serai dans Jan", "fr", [("Jan", "date", "XXXX-01")], id="fr-dans-clause-end"),
    pytest.param("Je serai dans déc.", "fr", [("déc.", "date", "XXXX-12")], id="fr-dans-dot"),
    pytest.param("They will be back in Dec, then leave.", "en", [("Dec", "date", "XXXX-12")], id="en-in-comma"),
    pytest.param("Volverá hasta dic.", "es", [("hasta dic.", "range", None, "XXXX-12")], id="es-hasta"),
], negative=[
    pytest.param("Le gâteau est divisé en sept.", "fr", id="fr-number-word-with-dot"),
    pytest.param("Foram divididos em dez.", "pt", id="pt-number-word-with-dot"),
    pytest.param("Un appel de Jan Kowalski.", "fr", id="fr-first-name"),
    pytest.param("We met Jan in Geneva.", "en", id="en-first-name"),
    pytest.param("It may rain and we march on.", "en", id="en-verbs-lower-case"),
], xfail=[
    pytest.param("je vai cette Jan", "fr", [("cette Jan", "date", "XXXX-01")], id="fr-cette-abbr"),
])


@pytest.mark.parametrize(("text", "lang", "expected"), MONTH_FIRST_DAYS)
def test_month_first_days(text: str, lang: str, expected: list[tuple]) -> None:
    assert [_summary(i) for i in find(text, lang=lang)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), ABBREVIATIONS_ALONE)
def test_abbreviations_alone(text: str, lang: str, expected: list[tuple]) -> None:
    assert [_summary(i) for i in find(text, lang=lang)] == expected
