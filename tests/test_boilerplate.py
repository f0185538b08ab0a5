"""Navigation and label removal: structure, not an exact copy of one menu."""

from __future__ import annotations

import pytest

from oimx.boilerplate import content_start, learn, menu_language

FR_MENU = """-
Qui sommes nous
Qui sommes nousL'Organisation internationale pour les migrations (OIM) fait partie du système des Nations Unies.
Structure
Structure
- Structure organisationnelle
- Bureau du Chef de Cabinet
-
Notre travail
Notre travailEn tant que principale organisation intergouvernementale, l'OIM joue un rôle clé.
Ce que nous faisons
Ce que nous faisons
- Où travaillons-nous
- Données et recherche
- 2030 AGENDA
"""
# an unseen variant: other headings, other order, no "2030 Agenda" anchor
NEW_MENU = """-
Wie wir sind
Wie wir sindDie Internationale Organisation für Migration ist Teil der Vereinten Nationen seit vielen Jahren hier.
Über uns
Über uns
- Standorte
- Daten
- Mitmachen
"""
# the country-office shape, with a heading between two menu lines that is neither doubled nor glued
OFFICE_MENU = """-
Qui sommes nous
Qui sommes nousL'Organisation internationale pour les migrations (OIM) fait partie du système des Nations Unies.
À propos
À propos
-
Ce que nous faisons
Notre travailEn tant que principale organisation intergouvernementale, l'OIM joue un rôle clé ici.
Priorités transversales
Priorités transversales
- Agir
- 2030 Agenda
"""
TITLE = "Un titre inventé pour les essais"
BODY = "Dakar – Premier paragraphe du corps.\n"

CASES = [
    pytest.param(FR_MENU + TITLE + "\n" + BODY, id="french-main-menu"),
    pytest.param(NEW_MENU + TITLE + "\n" + BODY, id="unseen-variant-by-structure"),
    pytest.param(OFFICE_MENU + TITLE + "\n" + BODY, id="country-office-menu"),
    pytest.param("Communiqué\nGlobal\n\n" + TITLE + "\n\n" + BODY, id="labels"),
    pytest.param("Comunicado\r\nLocal\r\n\r\n" + TITLE + "\r\n" + BODY, id="labels-crlf"),
    pytest.param("Déclarations et discours de la directrice générale\n12 Oct 2023\n\n" + TITLE + "\n" + BODY,
                 id="speech-label-and-date"),
    pytest.param(FR_MENU + "Communiqué\nGlobal\n" + TITLE + "\n" + BODY, id="menu-then-labels"),
]


@pytest.mark.parametrize("page", CASES)
def test_article_starts_at_the_title(page: str) -> None:
    assert page[content_start(page) :].startswith(TITLE)


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(TITLE + "\n" + BODY, id="no-menu"),
        pytest.param("- un tiret en tête\n" + TITLE + "\n" + BODY, id="one-dash-line-is-not-a-menu"),
        pytest.param("Global\n", id="a-lone-label-stays"),
        pytest.param("", id="empty"),
    ],
)
def test_page_without_navigation_is_left_whole(page: str) -> None:
    assert content_start(page) == 0


def test_navigation_only_page_leaves_nothing() -> None:
    assert FR_MENU[content_start(FR_MENU) :].strip() == ""


def test_learned_lines_remove_an_unstructured_header() -> None:
    header = "Portail régional\nAccueil\n"
    pages = [f"{header}Titre numéro {i}\nTexte {i}.\n" for i in range(10)]
    learned = learn(pages)
    assert {"portail régional", "accueil"} <= learned
    assert pages[3][content_start(pages[3], learned) :].startswith("Titre numéro 3")
    assert content_start(pages[3]) == 0


def test_learning_does_not_depend_on_order() -> None:
    pages = [f"Entête commune\nTitre {i}\nTexte.\n" for i in range(12)]
    assert learn(pages) == learn(list(reversed(pages)))


def test_menu_tells_the_language() -> None:
    assert menu_language(FR_MENU, content_start(FR_MENU)) == "fr"
    assert menu_language(TITLE, 0) is None
