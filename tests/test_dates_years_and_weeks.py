"""Years written in words, week numbers, ordinal weeks and ranges ending on a relative month, as
other projects' suites write them (Recognizers-Text): tables of positive, negative and strict-xfail
cases per family, as in tests/test_dates_families.py."""

from __future__ import annotations

import datetime

import pytest

from oimx.extract.dates import find
from tests.dates_tables import summary, tables

SPELLED_YEARS = tables(positive=[
    pytest.param("Dans mille sept cent quatre-vingt-neuf", "fr",
                 [("mille sept cent quatre-vingt-neuf", "date", "1789")], id="fr-dans-1789"),
    pytest.param("Elle est née en mille neuf cent quatre-vingt-dix-neuf.", "fr",
                 [("mille neuf cent quatre-vingt-dix-neuf", "date", "1999")], id="fr-en-1999"),
    pytest.param("En deux mille dix-huit, les arrivées ont doublé.", "fr",
                 [("deux mille dix-huit", "date", "2018")], id="fr-clause-end-comma"),
    pytest.param("La gamme est de deux mille à deux mille quatorze.", "fr",
                 [("deux mille à deux mille quatorze", "range", "2000", "2014")], id="fr-range"),
    pytest.param("L'année deux cent soixante-sept", "fr",
                 [("L'année deux cent soixante-sept", "date", "0267")], id="fr-year-noun"),
    pytest.param("Dans les années mille quatre cent vingt", "fr",
                 [("les années mille quatre cent vingt", "range", "1420", "1429")], id="fr-decade-noun"),
    pytest.param("Dans les années dix-neuf soixante-dix", "fr",
                 [("les années dix-neuf soixante-dix", "range", "1970", "1979")], id="fr-century-and-decade"),
    pytest.param("Dans les années deux milles", "fr", [("les années deux milles", "range", "2000", "2009")],
                 id="fr-plural-mille"),
    pytest.param("Dans les deux mille dix", "fr", [("deux mille dix", "range", "2010", "2019")],
                 id="fr-les-decade"),
    pytest.param("Je serai absent de l'année 247", "fr", [("l'année 247", "date", "0247")], id="fr-three-digits"),
    pytest.param("Llegó en dos mil dieciocho.", "es", [("dos mil dieciocho", "date", "2018")], id="es-en"),
    pytest.param("Back in two thousand and eighteen.", "en", [("two thousand and eighteen", "date", "2018")],
                 id="en-in"),
], negative=[
    pytest.param("Deux mille personnes sont arrivées.", "fr", id="fr-count-noun"),
    pytest.param("Ils étaient plus de deux mille.", "fr", id="fr-quantifier"),
    pytest.param("Il y a deux mille ans.", "fr", id="fr-ago-count"),
    pytest.param("Les deux mille qui sont venus.", "fr", id="fr-les-count"),
    pytest.param("La Convention de deux mille dix.", "fr", id="fr-in-name"),
    pytest.param("Entre deux mille et trois mille.", "fr", id="fr-count-range"),
    pytest.param("Une année un peu difficile.", "fr", id="fr-year-noun-article"),
    pytest.param("En une année vingt-deux pays ont signé.", "fr", id="fr-year-noun-count"),
    pytest.param("A report by the UN.", "en", id="en-the-un"),
    pytest.param("En une année 300 personnes sont venues.", "fr", id="fr-three-digits-count"),
    pytest.param("Ils ont reçu 1 000 personnes.", "fr", id="fr-thousands-digits"),
], xfail=[
    pytest.param("Je serai absent la troisième semaine de deux mille vingt sept", "fr",
                 [("la troisième semaine de deux mille vingt sept", "range", "2027-01-15", "2027-01-21")],
                 id="fr-nth-week-of-spelled-year"),
])


@pytest.mark.parametrize(("text", "lang", "expected"), SPELLED_YEARS)
def test_spelled_years(text: str, lang: str, expected: list[tuple]) -> None:
    assert [summary(i) for i in find(text, lang=lang)] == expected


def _resolved(item: dict) -> tuple:
    return " ".join(item["text"].split()), item["type"], item["relative"], item["resolved"]


_REFERENCE = datetime.date(2016, 11, 7)

RELATIVE_RANGES = tables(positive=[
    pytest.param("Je serai dehors 4 au 23 mois prochain", "fr",
                 [("4 au 23 mois prochain", "range", "next_month", {"from": "2016-12-04", "to": "2016-12-23"})],
                 id="fr-days-next-month"),
    pytest.param("Je serais sorti 4-23 mois prochain", "fr",
                 [("4-23 mois prochain", "range", "next_month", {"from": "2016-12-04", "to": "2016-12-23"})],
                 id="fr-dash"),
    pytest.param("Absent entre le 4 et le 22 de ce mois.", "fr",
                 [("entre le 4 et le 22 de ce mois", "range", "this_month",
                   {"from": "2016-11-04", "to": "2016-11-22"})], id="fr-between-this-month"),
    pytest.param("Du 4 au 31 du mois prochain.", "fr",
                 [("Du 4 au 31 du mois prochain", "range", "next_month", {"from": "2016-12-04", "to": "2016-12-31"})],
                 id="fr-du-au"),
    pytest.param("Je serais dehors aujourd'hui jusqu'à demain", "fr",
                 [("aujourd'hui jusqu'à demain", "relative", "today..tomorrow",
                   {"from": "2016-11-07", "to": "2016-11-08"})], id="fr-today-until-tomorrow"),
    pytest.param("Je serais dehors aujourd'hui jusqu'a lendemain", "fr",
                 [("aujourd'hui jusqu'a lendemain", "relative", "today..next_day",
                   {"from": "2016-11-07", "to": "2016-11-08"})], id="fr-unaccented-lendemain"),
    pytest.param("From the 4th to the 23rd of next month.", "en",
                 [("From the 4th to the 23rd of next month", "range", "next_month",
                   {"from": "2016-12-04", "to": "2016-12-23"})], id="en-of-next-month"),
    pytest.param("Je serai dehors 4 au 22 cette mois", "fr",
                 [("4 au 22 cette mois", "range", "this_month", {"from": "2016-11-04", "to": "2016-11-22"})],
                 id="fr-misspelt-demonstrative"),
    pytest.param("Je serais sorti 4 jusqu'a 23 de cette mois", "fr",
                 [("4 jusqu'a 23 de cette mois", "range", "this_month", {"from": "2016-11-04", "to": "2016-11-23"})],
                 id="fr-misspelt-demonstrative-jusqu-a"),
], negative=[], xfail=[])
RELATIVE_RANGE_NON_RANGES = tables(positive=[
    pytest.param("Il rentrera dans 4 à 6 mois prochain", "fr", [("mois prochain", "relative", "next_month", "2016-12")],
                 id="fr-count-after-dans"),
    pytest.param("Le 31 au plus tard, le mois prochain.", "fr",
                 [("le mois prochain", "relative", "next_month", "2016-12")], id="fr-one-day"),
    pytest.param("Du 23 au 4 le mois prochain.", "fr", [("le mois prochain", "relative", "next_month", "2016-12")],
                 id="fr-days-out-of-order"),
    pytest.param("Hier et demain.", "fr", [("Hier", "relative", "yesterday", "2016-11-06"),
                                           ("demain", "relative", "tomorrow", "2016-11-08")], id="fr-and-not-to"),
], negative=[], xfail=[])


NEXT_AFTER_THE_WORD = tables(positive=[
    pytest.param("Nos vemos el lunes que viene.", "es", [("lunes que viene", "relative", "next_weekday:monday",
                                                          "2016-11-14")], id="es-weekday-que-viene"),
    pytest.param("Voltaremos no mês que vem e ano que vem.", "pt",
                 [("no mês que vem", "relative", "next_month", "2016-12"), ("ano que vem", "relative", "next_year",
                                                                          "2017")], id="pt-que-vem-without-article"),
    pytest.param("La feria será el próximo mes de julio.", "es", [("el próximo mes de julio", "relative", "next:07",
                                                                   "2017-07")], id="es-next-month-of-july"),
    pytest.param("The year after next and the week before last.", "en",
                 [("The year after next", "relative", "year_after_next", "2018"),
                  ("the week before last", "relative", "week_before_last", "2016-W43")], id="en-two-units-away"),
    pytest.param("Chegou antes de ontem.", "pt", [("antes de ontem", "relative", "day_before_yesterday", "2016-11-05")],
                 id="pt-antes-de-ontem"),
    pytest.param("Nos veremos na sexta, de segunda a sexta.", "pt",
                 [("sexta", "relative", "weekday:friday", "2016-11-11"),
                  ("de segunda a sexta", "relative", "weekday:monday..weekday:friday",
                   {"from": "2016-11-07", "to": "2016-11-11"})], id="pt-weekdays-without-feira-after-their-lead"),
    pytest.param("Voltaremos segunda que vem.", "pt", [("segunda que vem", "relative", "next_weekday:monday",
                                                        "2016-11-14")], id="pt-a-short-weekday-before-its-side-word"),
    pytest.param("El 1 de mayo de 2022, Día del Trabajo, subió el salario.", "es",
                 [("1 de mayo de 2022", "date", None, "2022-05-01")], id="es-a-holiday-naming-the-date-before-it"),
], negative=[
    pytest.param("Na segunda fase do projeto, a quinta série e a sexta rodada.", "pt",
                 id="pt-short-weekdays-before-a-noun-are-ordinals"),
    pytest.param("A segunda, mais grave, e a quinta (5ª) edição do fórum.", "pt",
                 id="pt-short-weekdays-after-an-article-are-ordinals"),
    pytest.param("La Fête nationale du Québec et la Pascua de la Iglesia ortodoxa.", "fr",
                 id="a-holiday-of-another-place-or-body"),
], xfail=[])


WEEK_NUMBERS = tables(positive=[
    pytest.param("Je serai absent la semaine 31.", "fr", [("la semaine 31", "relative", "week:31", "2016-W31")],
                 id="fr-week-alone"),
    pytest.param("Pendant la semaine 31 de 2016, rien.", "fr",
                 [("la semaine 31 de 2016", "range", None, {"from": "2016-08-01", "to": "2016-08-07"})],
                 id="fr-week-of-year"),
    pytest.param("In week 53 of 2015.", "en",
                 [("week 53 of 2015", "range", None, {"from": "2015-12-28", "to": "2016-01-03"})], id="en-week-53"),
    pytest.param("Je serai absent de la semaine 31 à la semaine 35", "fr",
                 [("la semaine 31 à la semaine 35", "relative", "week:31..week:35",
                   {"from": "2016-W31", "to": "2016-W35"})], id="fr-week-range"),
    pytest.param("Je serai absent entre la semaine 31 et la semaine 35", "fr",
                 [("la semaine 31 et la semaine 35", "relative", "week:31..week:35",
                   {"from": "2016-W31", "to": "2016-W35"})], id="fr-week-between"),
    pytest.param("La semaine 31 et la semaine 35.", "fr",
                 [("La semaine 31", "relative", "week:31", "2016-W31"),
                  ("la semaine 35", "relative", "week:35", "2016-W35")], id="fr-two-weeks-without-entre"),
    pytest.param("La semaine 4, 5 000 personnes sont arrivées.", "fr",
                 [("La semaine 4", "relative", "week:4", "2016-W04")], id="fr-comma-then-count"),
    pytest.param("Report of the week\n24 September 2024\nGENEVA – The agency said.", "en",
                 [("24 September 2024", "date", None, "2024-09-24")], id="en-a-day-before-its-month-is-no-week"),
], negative=[
    pytest.param("En une semaine 31 personnes sont arrivées.", "fr", id="fr-count-after"),
    pytest.param("Une semaine 4,5 fois plus longue.", "fr", id="fr-decimal"),
    pytest.param("La semaine 60 du feuilleton.", "fr", id="fr-past-53"),
    pytest.param("Une semaine 12h par jour.", "fr", id="fr-hours"),
], xfail=[
    pytest.param("la dixième semaine 20h devrait être un délai.", "fr",
                 [("dixième semaine", "relative", "nth:10:week", "2016-W10")], id="fr-ordinal-week-alone"),
])


@pytest.mark.parametrize(("text", "lang", "expected"),
                         RELATIVE_RANGES + RELATIVE_RANGE_NON_RANGES + WEEK_NUMBERS + NEXT_AFTER_THE_WORD)
def test_relative_ranges(text: str, lang: str, expected: list[tuple]) -> None:
    assert [_resolved(i) for i in find(text, lang=lang, reference=_REFERENCE)] == expected


REST_AND_COMING_PERIODS = tables(positive=[
    pytest.param("Je vais partir le reste de ma semaine", "fr",
                 [("reste de ma semaine", "relative", "later_this_week")], id="fr-reste-de-ma-semaine"),
    pytest.param("Fermé le reste de cette année.", "fr", [("reste de cette année", "relative", "later_this_year")],
                 id="fr-reste-de-cette-annee"),
    pytest.param("Les vacances du mois à venir.", "fr", [("du mois à venir", "relative", "next_month")],
                 id="fr-du-mois-a-venir"),
    pytest.param("Je vais partir prochain printemps", "fr", [("prochain printemps", "relative", "next_spring")],
                 id="fr-prochain-printemps"),
], negative=[
    pytest.param("Dans les semaines ou les mois à venir, rien.", "fr", id="fr-plural-months-to-come"),
    pytest.param("Le prochain sommet aura lieu à Genève.", "fr", id="fr-prochain-other-noun"),
], xfail=[
    pytest.param("Je serai absent la reste semaine", "fr", [("reste semaine", "relative", "later_this_week")],
                 id="fr-misspelt-article"),
])


@pytest.mark.parametrize(("text", "lang", "expected"), REST_AND_COMING_PERIODS)
def test_rest_and_coming_periods(text: str, lang: str, expected: list[tuple]) -> None:
    assert [summary(i) for i in find(text, lang=lang)] == expected


TWO_DIGIT_YEAR_DASHES = tables(positive=[
    pytest.param("Je reviendrai 3-7-07", "fr", [("3-7-07", "date", "2007-07-03")], id="fr-day-first"),
    pytest.param("Je reviens 9-18-15", "fr", [("9-18-15", "date", "2015-09-18")], id="fr-month-first-past-12"),
    pytest.param("Signé le 12-03-19.", "fr", [("12-03-19", "date", "2019-03-12")], id="fr-clause-end"),
], negative=[
    pytest.param("Tél. 01-23-45-67-89", "fr", id="fr-phone"),
    pytest.param("Les enfants de 3-7-10 ans.", "fr", id="fr-ages"),
    pytest.param("De 3-7-10 personnes par ménage.", "fr", id="fr-count-noun"),
    pytest.param("La version 1.3-7-07 est sortie.", "fr", id="fr-version"),
    pytest.param("Les 22-33-44 sont notés.", "fr", id="fr-not-a-day-or-month"),
    pytest.param("Tel 01-23-45", "fr", id="fr-phone-fragment-after-cue"),
], xfail=[])


@pytest.mark.parametrize(("text", "lang", "expected"), TWO_DIGIT_YEAR_DASHES)
def test_two_digit_year_dashes(text: str, lang: str, expected: list[tuple]) -> None:
    assert [summary(i) for i in find(text, lang=lang)] == expected


EARLIER_CENTURIES = tables(positive=[
    pytest.param("Nous avons une réunion le 5 décembre 1391", "fr", [("5 décembre 1391", "date", "1391-12-05")],
                 id="fr-day-month-year"),
    pytest.param("Adoptée le 26 août 1789.", "fr", [("26 août 1789", "date", "1789-08-26")], id="fr-clause-end"),
    pytest.param("signed on the 4th of July 1776", "en", [("4th of July 1776", "date", "1776-07-04")], id="en-of"),
    pytest.param("el 12 de octubre de 1492", "es", [("12 de octubre de 1492", "date", "1492-10-12")], id="es-de"),
    # a year alone after its cue (lexicon EARLIER_YEAR_CUES), a range of them, a month and its year, a decade
    pytest.param("En 1789, la révolution.", "fr", [("1789", "date", "1789")], id="fr-year-after-en"),
    pytest.param("L'UIT a été fondée à Paris en 1865.", "fr", [("1865", "date", "1865")], id="fr-en-year"),
    pytest.param("Since 1873, observers have shared data.", "en", [("Since 1873", "range", "1873", None)],
                 id="en-since-year"),
    pytest.param("le règne de Louis XIV, de 1643 à 1715", "fr", [("de 1643 à 1715", "range", "1643", "1715")],
                 id="fr-range-of-earlier-years"),
    pytest.param("the Thirty Years' War (1618-1648)", "en", [("1618-1648", "range", "1618", "1648")],
                 id="en-dashed-earlier-years"),
    pytest.param("la peste arrive à Marseille en novembre 1347", "fr", [("novembre 1347", "date", "1347-11")],
                 id="fr-month-and-earlier-year"),
    pytest.param("the railways of the 1880s", "en", [("the 1880s", "range", "1880", "1889")], id="en-earlier-decade"),
    pytest.param("The data cover the years 2010 through 2020.", "en", [("2010 through 2020", "range", "2010", "2020")],
                 id="en-years-joined-by-a-range-word"),
    pytest.param("de 2015 à 2019 puis 2020", "fr", [("de 2015 à 2019", "range", "2015", "2019"),
                                                   ("2020", "date", "2020")], id="fr-years-joined-with-their-opener"),
    pytest.param("October 12, 1492", "en", [("October 12, 1492", "date", "1492-10-12")], id="en-month-first-comma"),
], negative=[
    pytest.param("Between 1800 and 2000 people gathered at the border.", "en", id="en-a-range-of-counts"),
    pytest.param("selon la loi n° 2019-1480 du code", "fr", id="fr-a-law-number-is-no-range-of-years"),
    pytest.param("Entre 1800 et 2000 personnes se sont rassemblées.", "fr", id="fr-a-range-of-counts"),
    pytest.param("Some 1990 to 2000 people came.", "en", id="en-years-joined-before-a-count-are-counts"),
    pytest.param("L'OIM a aidé 1500 ménages et 1200 familles à Mopti.", "fr", id="fr-counts-without-a-cue"),
], xfail=[
])
EARLIER_CENTURY_COUNTS = tables(positive=[
    pytest.param("le 12 mai, 1200 ont été secourus", "fr", [("12 mai", "date", "XXXX-05-12")], id="fr-after-comma"),
    pytest.param("le 3 mai 1500 migrants", "fr", [("3 mai", "date", "XXXX-05-03")], id="fr-count-noun"),
    pytest.param("on 3 May 1500 people", "en", [("3 May", "date", "XXXX-05-03")], id="en-count-noun"),
    pytest.param("On May 12, 1,200 people were rescued.", "en", [("May 12", "date", "XXXX-05-12")],
                 id="en-month-first-then-a-grouped-count"),
], negative=[], xfail=[])


@pytest.mark.parametrize(("text", "lang", "expected"), EARLIER_CENTURIES + EARLIER_CENTURY_COUNTS)
def test_earlier_centuries_after_a_day_and_month(text: str, lang: str, expected: list[tuple]) -> None:
    """A year of 1000-1899 is read right after a day and its month (they make it a date), or after its cue
    ("en 1789", "since 1873", a range), never before a count, nor after a comma but in a month-first date
    ("October 12, 1492")."""
    assert [summary(i) for i in find(text, lang=lang)] == expected
