"""Page parts: title, dateline, body paragraphs, contact block."""

from __future__ import annotations

import pytest

from oimx.boilerplate import find_article
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
    pytest.param("Mardi 14 mai : ouverture officielle à 9 h 30, suivie d'un panel.", id="programme-item-date-colon"),
    pytest.param("[Nota] – La OIM abrió hoy un centro.", id="a-bracketed-note-without-a-date"),
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


def generic_parts(page: str):
    """Parts of a page of another site: the article found by generic cues, then segmented."""
    start, layout = find_article(page)
    assert layout == "generic"
    return segment(page, start, lambda text: dates.find(text, lang="fr"), layout)


OTHER_SITES_DATELINES = [
    pytest.param("GENÈVE (Nouvelles du BIT) – Le Directeur général a appelé.", ["GENÈVE"], None,
                 id="agency-in-brackets"),
    pytest.param("(Bangui, 02 octobre 2014): La coordonnatrice a lancé un appel.", ["Bangui"], "2014-10-02",
                 id="bracketed-with-colon"),
    pytest.param("[Maputo, 7 de maio de 2024] – A OIM abriu hoje um centro.", ["Maputo"], "2024-05-07",
                 id="square-brackets"),
    pytest.param("(Maputo) – O governo anunciou hoje um novo plano.", ["Maputo"], None, id="place-alone-in-brackets"),
    pytest.param("BRAZZAVILLE – 5 mars 2019 - Le gouvernement a lancé la campagne.", ["BRAZZAVILLE"], "2019-03-05",
                 id="date-between-two-dashes"),
    pytest.param("Le 6 janvier 2014 - Le Directeur exécutif a salué la nomination.", [], "2014-01-06", id="date-only"),
    pytest.param("29 juin 2017,Libreville –Dans le cadre de la collaboration.", ["Libreville"], "2017-06-29",
                 id="date-then-place-glued-dash"),
    pytest.param("BERLIN/GENÈVE, 21 novembre 2011—Un nouveau rapport paraît.", ["BERLIN", "GENÈVE"], "2011-11-21",
                 id="glued-em-dash"),
    pytest.param("NEW YORK, 9 mars (Bureau de la coordination) -- Depuis son lancement.", ["NEW YORK"], "XXXX-03-09",
                 id="agency-after-date"),
    pytest.param("Paris, 22 octobre\n\nLa communauté internationale a rendu hommage.", ["Paris"], "XXXX-10-22",
                 id="place-and-date-alone"),
    pytest.param("Tegucigalpa, 21 de noviembre de 2023.- El Gobierno firmó un acuerdo.", ["Tegucigalpa"],
                 "2023-11-21", id="full-stop-then-dash"),
    pytest.param("Ciudad de México, a 12 de junio de 2024.- El UNICEF presentó hoy un informe.", ["Ciudad de México"],
                 "2024-06-12", id="es-a-before-the-date"),
    pytest.param("Santo Domingo, 15 de marzo de 2023 – La OIM presentó hoy un informe.", ["Santo Domingo"],
                 "2023-03-15", id="es-a-place-ending-on-a-weekday-s-name"),
]


@pytest.mark.parametrize(("first", "places", "date"), OTHER_SITES_DATELINES)
def test_other_sites_datelines(first: str, places: list[str], date: str | None) -> None:
    page = f"Aller au contenu principal\n\nUn titre d'article assez long\n\n{first}\n"
    parts = generic_parts(page)
    assert parts.title is not None and parts.title.text == "Un titre d'article assez long"
    assert parts.dateline is not None and parts.dateline.places == places
    got = None
    if parts.dateline.date_start is not None:
        got = dates.find(page[parts.dateline.date_start : parts.dateline.date_end])[0]["value"]
    assert got == date


FRONT_MATTER = [
    pytest.param("29/06/2017\n\n", id="numeric-date-line"),
    pytest.param("Publié le 12 mars 2021\n\n", id="published-on"),
    pytest.param("SG/SM/21522\n\n", id="document-symbol"),
    pytest.param("Seul le prononcé fait foi.\n\n", id="delivery-note"),
    pytest.param("Des enfants devant une école (Crédit: Jeanne Martin)\n29/06/2017\n\n", id="caption-and-date"),
    pytest.param("Date:\n\n[ PDF ]\n\n", id="empty-date-label-and-pdf"),
    pytest.param("Un camp de déplacés à Goma.\n", id="short-caption-on-the-paragraph"),
    pytest.param("Une réunion du conseil en 2024.\n\nPNUD\n\n", id="caption-over-a-credit-line"),
    pytest.param("12 mars 2024\nPaix et sécurité\n\n", id="tag-under-a-date-line"),
    pytest.param("Conseil de sécurité\nSC/15204\n\n", id="tag-over-a-symbol"),
    pytest.param("Lecture : 3 min\n\n", id="reading-time"),
    pytest.param("Écouter /\n\nJeanne Martin, Représentante du bureau au Tchad\n\n", id="media-player-caption"),
    pytest.param("27 mai 2024 | Communiqué de presse | Lecture : 2 min\n\n", id="date-and-labels-between-bars"),
    pytest.param("© ONU/Jeanne Martin\nDes familles attendent une distribution près de Malakal.\n\n",
                 id="caption-under-its-credit"),
    pytest.param("Partager\n\n12 mars 2024\n\n", id="share-button-under-the-title"),
    pytest.param("Date : du 14 au 16 mai 2024\nLieu : Abidjan, Côte d'Ivoire – Sofitel Abidjan Hôtel Ivoire\n"
                 "Organisateur : ONU Tourisme\n\n", id="an-event-s-fields-under-its-date"),
    pytest.param("Partenariats | Santé\n\n", id="topic-tags-between-bars"),
    pytest.param("Communiqué de presse N° : IFAD/19/2024\n\n", id="a-labelled-document-number"),
    pytest.param("Press Release Number: 19032024\n\n", id="a-labelled-number-of-digits"),
    pytest.param("3 de abril de 2024|Comunicado de prensa\n\n", id="date-and-label-between-unspaced-bars"),
    pytest.param("Au 4 septembre 2024\n\n", id="a-report-s-state-date-line"),
    pytest.param("Fuente: OCHA\nPaís: Colombia\nFormato: Informe de situación\n\n", id="a-block-of-labelled-fields"),
]
NOT_FRONT_MATTER = [
    pytest.param("Un sous-titre qui reste dans le corps\n\n", id="subtitle"),
    pytest.param("Déclaration de Jeanne Martin, Représentante au Tchad\n\n", id="byline"),
    pytest.param("12 mars 2024\n\nPaix et sécurité\n\n", id="heading-apart-from-the-date-line"),
    pytest.param("Contexte : la région accueille trois millions de personnes déplacées\n\n",
                 id="a-labelled-subtitle-under-no-date"),
    pytest.param("Bilan : 3 000 familles relogées\n\n", id="a-labelled-figure-is-no-document-number"),
]


@pytest.mark.parametrize("front", FRONT_MATTER)
def test_front_matter_of_other_sites_is_not_body(front: str) -> None:
    body = "Le conseil a adopté aujourd'hui une résolution sur la protection des civils dans la région du lac."
    page = f"Aller au contenu principal\n\nUn titre d'article assez long\n\n{front}{body}\n"
    assert generic_parts(page).body == body


@pytest.mark.parametrize("kept", NOT_FRONT_MATTER)
def test_subtitles_and_bylines_of_other_sites_stay_body(kept: str) -> None:
    body = "Le conseil a adopté aujourd'hui une résolution sur la protection des civils dans la région du lac."
    title = "Le Conseil appelle à protéger les civils dans la région des Grands Lacs"
    page = f"Aller au contenu principal\n\n{title}\n\n{kept}{body}\n"
    assert generic_parts(page).body.startswith(kept.split("\n\n")[-2].strip())


def test_a_stamp_the_first_paragraph_repeats_is_not_body() -> None:
    body = "Genève, 7 mars 2024 – Le conseil a adopté aujourd'hui une résolution sur la protection des civils."
    page = f"Aller au contenu principal\n\nUn titre d'article assez long\n\nGenève, 7 mars 2024\n\n{body}\n"
    assert generic_parts(page).body == body


def test_a_subtitle_the_first_paragraph_runs_on_from_stays_body() -> None:
    body = "Un rapporteur spécial de l'ONU a présenté aujourd'hui ses conclusions sur la protection des civils."
    page = f"Aller au contenu principal\n\nUn titre d'article assez long\n\nUn rapport\n\n{body}\n"
    assert generic_parts(page).body.startswith("Un rapport\n")


def test_glued_date_and_credit_are_cut_from_the_first_paragraph() -> None:
    for glued in ("22 novembre 2011 22 novembre 2011", "Photo: ONUDC"):
        page = f"Press Release\nUn titre d'article assez long\n{glued}Une étude paraît aujourd'hui sur la santé.\n"
        assert generic_parts(page).body == "Une étude paraît aujourd'hui sur la santé."


FOOTERS = [
    pytest.param("Contact | Copyright | FAQ | Fraud Alert | Privacy Notice | Terms of Use", id="legal-links-row"),
    pytest.param("Citation recommandée : Organisation mondiale de la Santé (4 mars 2024). Fièvre jaune.",
                 id="a-recommended-citation"),
    pytest.param("Plus sur ce sujet", id="fr-plus-sur-ce-sujet"),
    pytest.param("Galerie photos", id="fr-photo-gallery"),
    pytest.param("*   ***   *\n\nÀ l'intention des organes d'information", id="end-mark-then-note"),
    pytest.param("#  #  #\n\nAbout the agency\nThe agency works in 190 countries.", id="spaced-hashes"),
    pytest.param("FIN", id="the-end-word-alone-in-capitals"),
    pytest.param("#                 #                 #\n\nÀ propos du PAM\nLe PAM est la plus grande organisation.",
                 id="widely-spaced-hashes"),
    pytest.param("♦ Téléchargez l'application pour iOS.", id="app-invitation"),
    pytest.param("À propos du Fonds\nLe Fonds travaille depuis 1969 dans 150 pays.", id="about-block"),
    pytest.param("Partager :\n\nFacebook Twitter", id="share-links"),
    pytest.param("Articles connexes\nLe conseil se réunit en session annuelle\n3 mai 2023", id="related-heading"),
    pytest.param("Thèmes\nPaix et sécurité\nAfrique centrale", id="short-list-closing-the-page"),
    pytest.param("Thèmes\nPaix et sécurité\n\nArticles connexes\nLe conseil se réunit en session annuelle à Genève\n"
                 "3 mai 2023", id="short-list-over-a-related-list"),
    pytest.param("Notes aux rédactions\nÀ propos du Fonds\nLe Fonds travaille depuis 1969 dans 150 pays.",
                 id="fr-notes-to-editors"),
    pytest.param("Note for editors\nThe guidelines were developed with the support of three foundations.",
                 id="en-note-for-editors"),
    pytest.param("Notas para los editores\nEl Fondo trabaja desde 1969 en 150 países.", id="es-notes-to-editors"),
    pytest.param("Tags\nsécurité alimentaire\nchangement climatique\nPartager", id="tag-label-over-lower-case-tags"),
    pytest.param("Mots-clés\nsécurité alimentaire\nchangement climatique", id="tag-label-closing-the-page"),
    pytest.param("Lire aussi : Le rapport annuel 2023\nLire aussi : La carte des déplacements", id="fr-link-lines"),
    pytest.param("Read more: The agency's energy hub\n\nRead more: Energy access report 2023", id="en-link-lines"),
    pytest.param("Saiba mais: Relatório anual de 2023", id="pt-link-line"),
]

NOT_FOOTERS = [
    pytest.param("Contexte\n\nLa crise a commencé en 2019 lorsque les pluies ont cessé dans toute la région du lac.",
                 id="intertitle-then-paragraph"),
    pytest.param("À propos de cette crise, le conseil rappelle que les civils doivent être protégés en tout temps.",
                 id="sentence-opening-with-a-propos"),
    pytest.param("Lire aussi : Le rapport annuel 2023\n\nLe conseil se réunira de nouveau en juin pour examiner la "
                 "situation dans la région.", id="link-line-within-the-text"),
    pytest.param("En savoir plus : le conseil a décidé de prolonger la mission de six mois.",
                 id="link-label-opening-a-sentence"),
]


@pytest.mark.parametrize("tail", FOOTERS)
def test_footer_and_end_mark_close_the_body(tail: str) -> None:
    body = ("Le conseil a adopté aujourd'hui une résolution sur la protection des civils dans la région du lac.\n\n"
            "Le texte demande aux parties de respecter le cessez-le-feu conclu le mois dernier.")
    page = f"Aller au contenu principal\n\nUn titre d'article assez long\n\n{body}\n\n{tail}\n"
    parts = generic_parts(page)
    assert parts.body == body
    assert parts.article_end == page.index(tail)


@pytest.mark.parametrize("tail", NOT_FOOTERS)
def test_article_text_is_no_footer(tail: str) -> None:
    body = "Le conseil a adopté aujourd'hui une résolution sur la protection des civils dans la région du lac."
    page = f"Aller au contenu principal\n\nUn titre d'article assez long\n\n{body}\n\n{tail}\n"
    assert generic_parts(page).body.endswith(tail.rsplit("\n", 1)[-1])


def test_a_footnote_closing_the_text_is_no_list_entry() -> None:
    body = "Le conseil a adopté aujourd'hui une résolution sur la protection des civils.\n\n*Aucun retour forcé"
    page = f"Aller au contenu principal\n\nUn titre d'article assez long\n\n{body}\n\nPartager\n\nFacebook\n"
    assert generic_parts(page).body == body


def test_a_button_under_the_subtitle_does_not_end_the_text() -> None:
    text = "Le directeur général a fait aujourd'hui une déclaration sur la crise dans la région du lac."
    page = (f"Aller au contenu principal\n\nContribuer au débat démocratique.\n"
            f"Déclaration de Jean Martin, Directeur général\n\nPartager\n\n{text}\n")
    assert generic_parts(page).body.endswith(text)


def test_share_links_under_a_date_stamp_do_not_end_the_text() -> None:
    text = "New Delhi, 26 juillet 2024 – Le Comité a inscrit aujourd'hui trois sites africains sur la Liste."
    page = ("Accueil > Salle de presse\n\nTrois nouveaux sites africains inscrits sur la Liste\n"
            "Les sites du Gabon et du Kenya rejoignent la Liste, qui compte désormais 1 223 biens\n"
            f"Mis à jour le 27 juillet 2024\nPartager : Facebook | X | LinkedIn | Courriel\n{text}\n")
    assert generic_parts(page).body.endswith(text)


def test_a_title_behind_its_page_label_and_a_colon_is_no_field() -> None:
    title = "Communiqué de presse : Beijing+30, un appel à accélérer l'égalité des sexes"
    body = "New York — À la veille de la Journée internationale des femmes, ONU Femmes publie un rapport."
    page = ("ONU Femmes\nONU Femmes – Siège\nQui nous sommes\nNos priorités\nFaites un don\n"
            f"Accueil / Actualités / Communiqué de presse\n{title}\nDate : jeudi 6 mars 2025\n{body}\n")
    parts = generic_parts(page)
    assert parts.title.text == title and parts.body.startswith(body[:20])


def test_a_caption_said_over_and_under_its_credit_is_no_title() -> None:
    title = "Soudan : le Conseil de sécurité réclame un cessez-le-feu pendant le ramadan"
    caption = "Le Conseil de sécurité de l'ONU. (archives)"
    body = "Le Conseil de sécurité a appelé vendredi à une cessation immédiate des hostilités au Soudan."
    page = (f"Skip to main content\nONU Info\nAccueil\nThèmes\nRégions\n5 mars 2024\nPaix et sécurité\n{title}\n"
            f"{caption}\nPhoto ONU/Loey Felipe\n{caption}\n{body}\n")
    parts = generic_parts(page)
    assert parts.title.text == title and parts.body.startswith(body[:30])


def test_a_site_tagline_over_a_symbol_block_is_no_title() -> None:
    title = "Message du Secrétaire général à l'occasion du Forum de la jeunesse du Conseil économique et social"
    body = "On trouvera ci-après le message du Secrétaire général de l'ONU, M. António Guterres, au Forum."
    page = ("Aller au contenu principal\nNations Unies\nCouverture des réunions et communiqués de presse\n"
            f"SG/SM/22581-ECOSOC/7192\n12 février 2025\nSecrétaire général\n{title}\n{body}\n")
    parts = generic_parts(page)
    assert parts.title.text == title and parts.body.startswith(body[:30])


def test_a_section_label_over_the_title_is_no_title() -> None:
    title = "Journée mondiale de l'eau : le Secrétaire général exhorte les États à faire de l'eau un outil de paix"
    body = "On trouvera ci-après le message du Secrétaire général de l'ONU, à l'occasion de la Journée mondiale."
    page = ("Passer au contenu principal\nCommuniqués de presse\nArchives\n\nSG/SM/22163\n20 MARS 2024\n"
            f"Déclarations et messages du Secrétaire général\n{title}\n{body}\n")
    parts = generic_parts(page)
    assert parts.title.text == title and parts.body.startswith(body[:30])


def test_a_caption_over_its_credit_a_blank_line_between_is_no_body() -> None:
    body = "New York – Le Gouvernement du Japon a annoncé une nouvelle contribution de 18,5 millions de dollars."
    page = ("Passer au contenu principal\nCentre de presse\nCommuniqué de presse\n\n"
            "Le Japon verse 18,5 millions de dollars au PNUD pour la stabilisation de la région du lac Tchad\n\n"
            "8 avril 2024\nDes agriculteurs de Diffa reçoivent des semences dans le cadre du programme.\n\n"
            f"Photo : PNUD Niger/Abdou Moussa\n\n{body}\n")
    assert generic_parts(page).body.startswith(body)


def test_a_subtitle_over_a_photo_credit_is_the_body_s_start() -> None:
    subtitle = "El programa combina educación financiera con líneas de crédito de cooperativas locales en Sololá"
    page = ("Saltar al contenido\nNoticias y eventos\n\nNoticias\n\n"
            "Guatemala: mujeres indígenas emprendedoras acceden a créditos con apoyo de ONU Mujeres\n\n"
            f"Fecha: martes, 8 de octubre de 2024\n\n{subtitle}\n\nFoto: ONU Mujeres/Ana Lucía Pérez\n\n"
            "Ciudad de Guatemala, 8 de octubre de 2024 — Un total de 640 mujeres mayas han obtenido créditos.\n")
    parts = segment(page, find_article(page)[0], lambda text: dates.find(text, lang="es"), "generic")
    assert parts.body.startswith(subtitle)


def test_a_title_opening_on_its_country_and_a_colon_over_a_published_line_is_no_field() -> None:
    title = "Philippines: IFRC launches CHF 6 million emergency appeal as back-to-back storms hit Luzon"
    body = "MANILA/GENEVA, 25 October 2024 – The IFRC has launched an emergency appeal for the Philippines."
    page = ("Skip to main content\nIFRC\nInternational Federation of Red Cross and Red Crescent Societies\nNews\n"
            f"Press releases\n{title}\nPublished: 25 October 2024\n{body}\n")
    parts = generic_parts(page)
    assert parts.title.text == title and parts.body.startswith(body[:20])


def test_a_short_first_paragraph_under_a_caption_holding_its_credit_is_the_body_s_start() -> None:
    first = ("This is a summary of what was said by UNHCR spokesperson Helena Marchetti – to whom quoted text may be "
             "attributed – at today's press briefing at the Palais des Nations in Geneva.")
    page = ("Skip to main content\nUNHCR The UN Refugee Agency\nNews and stories\nBriefing notes\n"
            "Chad: UNHCR alarmed as renewed fighting in El Fasher drives thousands more Sudanese refugees across\n"
            "Briefing notes\n12 March 2024\nNewly arrived Sudanese refugees wait at the Adré transit site in eastern "
            f"Chad. © UNHCR/Mahamat Zene Abakar\n{first}\nUNHCR is alarmed by the rapid deterioration in North "
            "Darfur, where renewed fighting has forced more than 27,000 people to flee across the border.\n")
    assert generic_parts(page).body.startswith(first)


def test_a_title_on_one_line_over_a_hard_wrapped_page_is_not_wrapped_into_its_text() -> None:
    title = "Midwives keep maternity wards open as Sudan's health system collapses, UNFPA warns"
    wrapped = ("NEW YORK/PORT SUDAN, 28 February 2024 — With most hospitals in Sudan's\n"
               "conflict-affected states closed or barely functioning, midwives have\n"
               "become the last line of care for pregnant women, UNFPA, the United\n"
               "Nations sexual and reproductive health agency, warned today.\n"
               "Since April 2023, more than 70 per cent of hospitals in Khartoum, Darfur\n"
               "and Kordofan have been forced to close, and the hospitals that remain\n"
               "open are overwhelmed by the wounded and by cases of cholera and dengue.\n")
    page = ("Skip to main content\nUNFPA\nUnited Nations Population Fund\nSearch\nMenu\nAbout us\nOur work\n"
            f"Data\nNews\nDonate\nHome\nNews\nPress release\nPublished: 02/28/2024\n{title}\n{wrapped}")
    parts = generic_parts(page)
    assert parts.title.text == title and parts.body.startswith("NEW YORK/PORT SUDAN")


def test_a_subtitle_wrapped_over_lines_under_a_title_on_one_line_leaves_the_title() -> None:
    title = "Acidentes de trabalho custam ao Brasil R$ 4,7 bilhões por ano em benefícios previdenciários, aponta OIT"
    subtitle = ("Relatório lançado às vésperas do Dia Mundial da Segurança e Saúde no\n"
                "Trabalho alerta para o impacto das mudanças climáticas sobre trabalhadores\n"
                "expostos ao calor extremo")
    wrapped = ("BRASÍLIA (Notícias da OIT) – Os acidentes e as doenças relacionadas ao\n"
               "trabalho custaram ao sistema previdenciário brasileiro R$ 4,7 bilhões por\n"
               "ano entre 2016 e 2023, segundo relatório divulgado nesta sexta-feira pelo\n"
               "Escritório da Organização Internacional do Trabalho (OIT) no Brasil.\n\n"
               "No mesmo período, foram registrados 4,6 milhões de acidentes de trabalho\n"
               "e 18.900 mortes. Em 2022, as notificações de doenças relacionadas ao calor\n"
               "cresceram 34% em relação ao ano anterior, sobretudo entre trabalhadores\n"
               "rurais, da construção civil e de entregas por aplicativo.\n")
    page = ("Organização Internacional do Trabalho\nEscritório no Brasil\nIr para o conteúdo principal\n"
            "Sobre a OIT\nTemas\nNotícias\nEventos\nContato\nInício > Notícias\n\n26 de abril de 2024\n\n"
            f"{title}\n\n{subtitle}\n\n{wrapped}")
    parts = generic_parts(page)
    assert parts.title.text == title and parts.body.startswith("Relatório lançado às vésperas")


def test_wrapped_heading_titles_the_page_with_its_first_line() -> None:
    heading = "Allocution d'ouverture de la réunion annuelle\ndes consultations avec les partenaires\nde\n" \
              "Mme Jeanne Martin,\nHaut-Commissaire assistante"
    body = "Je suis heureuse de vous accueillir à Genève pour ces trois jours de consultations avec vous."
    parts = generic_parts(f"{heading}\n\n19 juin 2018\n\n{body}\n")
    assert parts.title.text == "Allocution d'ouverture de la réunion annuelle" and parts.body == body


def test_contact_block_ends_at_the_footer() -> None:
    contact = "Contacts presse :\nJeanne Martin – +33 6 12 34 56 78 – jmartin@example.org"
    page = ("Aller au contenu principal\n\nUn titre d'article assez long\n\nLe conseil a adopté une résolution.\n\n"
            f"{contact}\n\nÀ propos du Fonds\nLe Fonds travaille depuis 1969.\n")
    parts = generic_parts(page)
    assert page[parts.contact_start : parts.contact_end].strip() == contact


def test_iom_layout_keeps_its_date_line_in_the_body() -> None:
    page = "Communiqué\nGlobal\n\nUn titre\n\n20 mars 2020\n\nVue d'ensemble du texte.\n"
    start, layout = find_article(page)
    assert layout == "iom"
    assert segment(page, start, layout=layout).body.startswith("20 mars 2020")
