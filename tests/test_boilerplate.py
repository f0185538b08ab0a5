"""Navigation and label removal: structure, not an exact copy of one menu."""

from __future__ import annotations

import pytest

from oimx.boilerplate import PageTop, content_start, find_article, learn, menu_language
from oimx.pipeline import detect_language

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
    pytest.param("Comunicado\nLocal\n15 de marzo de 2023\n\n" + TITLE + "\n" + BODY, id="labels-and-a-spanish-date"),
    pytest.param(FR_MENU + "Communiqué\nGlobal\n" + TITLE + "\n" + BODY, id="menu-then-labels"),
    pytest.param("Skip to main content\nOIM Sénégal\nUN Migration\n" + OFFICE_MENU + "News\nLocal\n\n" + TITLE
                 + "\n\nDAKAR, 4 juin 2024 – L'OIM a relogé plus de 4 200 familles vivant sur\nles pentes les plus "
                 "exposées, a-t-elle annoncé.\n", id="a-site-header-over-the-country-office-menu"),
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


def test_one_page_top_answers_as_the_functions_on_the_text() -> None:
    """One PageTop asked for the article again and again, with and without learned lines (nothing it keeps
    from one question may change the next), and for the menu's language, answers as a fresh reading of the
    text does, and detect_language reads it as it reads the text alone."""
    header = "Portail régional\nAccueil\n"
    learned = learn(f"{header}Titre numéro {i}\nTexte {i}.\n" for i in range(10))
    for page in (FR_MENU + TITLE + "\n" + BODY, header + TITLE + "\n" + BODY, TITLE + "\n" + BODY, "", " \n\t\n"):
        top = PageTop(page)
        for lines_learned in (frozenset(), learned, frozenset()):
            assert top.find_article(lines_learned) == find_article(page, lines_learned)
        start = content_start(page)
        for where in (start, 0, len(page)):
            assert top.menu_language(where) == menu_language(page, where)
            assert detect_language(page, where, None, top) == detect_language(page, where)
    assert PageTop(FR_MENU + TITLE).menu_language(len(FR_MENU)) == "fr"


GENERIC_TITLE = "Le Conseil appelle à protéger les civils dans la région des Grands Lacs"
GENERIC_BODY = "GOMA, 4 mars 2024 – Le Conseil de sécurité a adopté aujourd'hui une résolution sur la région.\n"
GENERIC_CASES = [
    pytest.param("Aller au contenu principal\n\n" + GENERIC_TITLE + "\n\n" + GENERIC_BODY, id="skip-link"),
    pytest.param("Fil d'Ariane\n![](/images/banner.jpg)\n" + GENERIC_TITLE + "\n" + GENERIC_BODY,
                 id="breadcrumb-image"),
    pytest.param("MONUSCO\nMission des Nations Unies au Congo\n\n" + GENERIC_TITLE + "\n\n" + GENERIC_BODY,
                 id="site-header-block"),
    pytest.param("Bureau au Kivu\n\n" + GENERIC_TITLE + "\n\nDes casques bleus en patrouille (Crédit: Jean Dupont)\n"
                 "04/03/2024\n\n" + GENERIC_BODY, id="section-name-then-caption-and-date"),
    pytest.param("Centre de presse\n\nCommuniqué de presse\n\n" + GENERIC_TITLE + "\n\n"
                 "Le Conseil met en garde contre une nouvelle escalade dans les provinces de l'Est du pays\n\n"
                 + GENERIC_BODY, id="labels-then-title-and-subtitle"),
    pytest.param("Notre boutique ferme ses portes. Lisez notre FAQ pour en savoir plus.\nEn savoir plus\n"
                 "© ONU/Photo 123\n\n" + GENERIC_TITLE + "\n\n" + GENERIC_BODY, id="teaser-then-credit"),
    pytest.param("Accueil / Actualités / Communiqués\n\n" + GENERIC_TITLE + "\n\n" + GENERIC_BODY,
                 id="breadcrumb-slashes"),
    pytest.param("Home > News\n\n" + GENERIC_TITLE + "\n\n" + GENERIC_BODY, id="breadcrumb-arrow"),
    pytest.param("Accueil » Actualités et médias » Couverture des réunions\n" + GENERIC_TITLE + "\n" + GENERIC_BODY,
                 id="breadcrumb-guillemets"),
    pytest.param("Centre de presse\n\n" + GENERIC_TITLE + "\n\nLecture : 3 min\n\n" + GENERIC_BODY,
                 id="reading-time-under-the-title"),
    pytest.param("Communiqués de presse\n\n" + GENERIC_TITLE + "\n\n• Plus de 3 000 personnes ont été déplacées "
                 "cette semaine\n\n" + GENERIC_BODY, id="highlight-bullet-is-no-title"),
    pytest.param("Couverture des réunions\n\nSC/15204\n\n" + GENERIC_TITLE + "\n\n14 février 2023\n\n"
                 "Conseil de sécurité\n9259e séance\n\n" + GENERIC_TITLE + "\n\n" + GENERIC_BODY,
                 id="title-repeated-over-the-body"),
    pytest.param("Centre de presse\n\n" + GENERIC_TITLE + "\n\n21 février 2024\nCommuniqué de presse\n\nPoints clés\n\n"
                 "• Plus de 3 000 personnes ont été déplacées cette semaine\n\n" + GENERIC_BODY,
                 id="title-set-off-by-its-date-block-over-a-box-heading"),
    pytest.param("Conférences de presse | Nations Unies\nLE SECRÉTAIRE GÉNÉRAL\n" + GENERIC_TITLE
                 + "\nGoma, 4 mars 2024\nMesdames et messieurs de la presse, bonjour.\n"
                 "Je suis ici pour parler de la situation.\n", id="kicker-then-title-then-place-and-date"),
]


@pytest.mark.parametrize("page", GENERIC_CASES)
def test_generic_article_starts_at_the_title(page: str) -> None:
    start, layout = find_article(page)
    assert layout == "generic"
    assert page[start:].startswith(GENERIC_TITLE) and GENERIC_TITLE not in page[start + 1 :]  # its last copy


@pytest.mark.parametrize(
    "page",
    [
        pytest.param("Une phrase qui tient lieu de titre, longue et ponctuée comme une phrase.\n" + GENERIC_BODY,
                     id="sentence-title"),
        pytest.param(GENERIC_TITLE + "\n\nUn sous-titre court\n\n" + GENERIC_BODY, id="title-then-subtitle"),
        pytest.param("Niger : 4 morts\n\n" + GENERIC_BODY, id="short-title-with-colon-and-figure"),
        pytest.param("« Nous savons » annonce le chef de l'agence\n\n" + GENERIC_BODY, id="quotes-are-no-breadcrumb"),
    ],
)
def test_generic_page_opening_with_its_title_is_left_whole(page: str) -> None:
    assert find_article(page) == (0, "generic")


def test_a_site_header_over_no_anchored_menu_is_no_menu() -> None:
    page = "Skip to main content\nUNICEF\n- Topics\n- News\n- About\n\n" + TITLE + "\n\n" + BODY
    assert find_article(page)[1] == "generic"


def test_iom_menu_gives_the_iom_layout() -> None:
    assert find_article(FR_MENU + TITLE + "\n" + BODY)[1] == "iom"


def test_menu_end_under_a_stray_line_is_stripped_once() -> None:
    """A stray line over the end of IOM's menu: the row a generic reading takes for the start opens
    the menu, so the article starts past it, and a second reading strips nothing more."""
    page = "Accueil\n- 2030 AGENDA\n" + BODY
    start, layout = find_article(page)
    assert (page[start:], layout) == (BODY, "iom")
    assert find_article(page[start:])[0] == 0


def test_menu_copies_under_header_lines_are_stripped_until_none_is_left() -> None:
    """IOM's menu again under a site header line: what is left is read again, so the article starts past the
    last copy, and a second reading strips nothing more."""
    page = "IOM Bangladesh\n- 2030 AGENDA\nGlobal\nUN Migration\n- 2030 AGENDA\n" + TITLE + "\n" + BODY
    start, layout = find_article(page)
    assert (page[start:], layout) == (TITLE + "\n" + BODY, "iom")
    assert find_article(page[start:])[0] == 0


def test_menu_copies_past_the_rows_read_leave_an_article() -> None:
    """Copies of the menu under header lines past the rows the menu is looked for in: the reading stops within
    them, never past the last row held (the page goes on, its article would be lost)."""
    page = "Ligne un\nLigne deux\nLigne trois\nLigne quatre\n- 2030 AGENDA\n" * 20 + TITLE + "\n" + BODY
    start, layout = find_article(page)
    assert layout == "iom" and page[start:].startswith("Ligne un\n")
