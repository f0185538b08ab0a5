"""People in contact blocks: one line or many, one person or several, in the forms IOM writes them.

Tables by form; each case is a block as written after a page's body, and the people
expected as (name, office, e-mails, phones).
"""

from __future__ import annotations

import pytest

from oimx import parse_page
from oimx.contact_walk import address_owner

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


def _people(block: str, title: str = "Un titre", body: str = "Le corps de l'article.") -> list[tuple]:
    record = parse_page(f"{title}\n{body}\n{block}\n")
    return [(p["name"], p["office"], p["emails"], p["phones"]) for p in record["contact"]["people"]]


SENTENCES = [
    pytest.param(
        "Pour plus d'informations, veuillez contacter Mariama Issoufou à l'OIM Niamey, pour le Niger et le Mali, "
        "Tél : +227 20 75 23 25, Mobile : 96 88 41 27, Courriel : missoufou@iom.int",
        [("Mariama Issoufou", "OIM Niamey", ["missoufou@iom.int"], ["+22720752325", "+22796884127"])],
        id="fr-a-national-number-after-one-with-its-country-code-nearer-than-a-place",
    ),
    pytest.param(
        "For more information, please contact Hala Ben Youssef at the Regional Office in Cairo, Tel: +20 2 2736 5140, "
        "Email: hbenyoussef@iom.int, or Aminata Sow au Bureau régional de Dakar, asow@iom.int",
        [("Hala Ben Youssef", "Regional Office in Cairo", ["hbenyoussef@iom.int"], ["+20227365140"]),
         ("Aminata Sow", "Bureau régional de Dakar", ["asow@iom.int"], [])],
        id="en-fr-a-name-then-an-office-named-by-its-unit-alone",
    ),
    pytest.param(
        "Para más información, contactar a Camila Ortúzar Fuentes, de la Unidad de Información Pública de la CEPAL, "
        "al correo camila.ortuzar@cepal.org o al teléfono (56 2) 2210 2381.",
        [("Camila Ortúzar Fuentes", "Unidad de Información Pública de la CEPAL", ["camila.ortuzar@cepal.org"],
          ["+56222102381"])],
        id="es-a-unit-of-the-agency-after-its-lead",
    ),
    pytest.param(
        "Para más información, contactar a Juliana Restrepo Gaviria, oficial de\ncomunicaciones del PNUD Colombia, "
        "al correo juliana.restrepo@undp.org.",
        [("Juliana Restrepo Gaviria", "PNUD Colombia", ["juliana.restrepo@undp.org"], [])],
        id="es-a-job-s-field-is-no-unit-of-the-agency",
    ),
    pytest.param(
        "Pour plus d'informations, veuillez contacter Aïcha Maïga Souley au bureau de l'OIM à Niamey, "
        "tél. +227 20 75 43 21, courriel : asouley@iom.int, ou Julien Berthet au Bureau régional de l'OIM à Dakar, "
        "courriel : jberthet@iom.int.",
        [("Aïcha Maïga Souley", "bureau de l'OIM à Niamey", ["asouley@iom.int"], ["+22720754321"]),
         ("Julien Berthet", "Bureau régional de l'OIM à Dakar", ["jberthet@iom.int"], [])],
        id="fr-au-bureau-de-l-oim-a",
    ),
    pytest.param(
        "Pour plus d'informations, veuillez contacter Aminata Ndiaye à l'OIM Dakar, Tél : +221 33 869 62 00, "
        "Courriel : andiaye@iom.int, ou Moussa Kane à l'OIM Tambacounda, Courriel : mkane@iom.int.",
        [("Aminata Ndiaye", "OIM Dakar", ["andiaye@iom.int"], ["+221338696200"]),
         ("Moussa Kane", "OIM Tambacounda", ["mkane@iom.int"], [])],
        id="fr-two-people-each-at-their-office",
    ),
    pytest.param(
        "For more information, please contact Jane Doe at IOM Kabul, Tel: +93 700 123 456, Email: jdoe@iom.int, "
        "or John Smith at IOM Herat, Email: jsmith@iom.int.",
        [("Jane Doe", "IOM Kabul", ["jdoe@iom.int"], ["+93700123456"]),
         ("John Smith", "IOM Herat", ["jsmith@iom.int"], [])],
        id="en-two-people-each-at-their-office",
    ),
    pytest.param(
        "Para más información, por favor contacte a Ana Pérez en OIM Panamá, Tel: +507 6123 4567, "
        "Correo electrónico: aperez@iom.int, o a Luis Caballero en OIM Darién, Correo electrónico: lcaballero@iom.int.",
        [("Ana Pérez", "OIM Panamá", ["aperez@iom.int"], ["+50761234567"]),
         ("Luis Caballero", "OIM Darién", ["lcaballero@iom.int"], [])],
        id="es-two-people-each-at-their-office",
    ),
    pytest.param(
        "Pour plus d'informations, veuillez contacter Inès Bouchard à l'OIM Rabat, Tél : +212 537 65 28 81, "
        "Email : ibouchard@iom.int",
        [("Inès Bouchard", "OIM Rabat", ["ibouchard@iom.int"], ["+212537652881"])], id="fr",
    ),
    pytest.param(
        "For more information, please contact Tomasz Nowak at IOM Poland, Tel: +48 22 538 91 03, Email: tnowak@iom.int",
        [("Tomasz Nowak", "IOM Poland", ["tnowak@iom.int"], ["+48225389103"])], id="en",
    ),
    pytest.param(
        "Para más información, por favor contactar a Mercedes Quiroga, OIM Uruguay, Tel: +598 2 916 0491, "
        "Correo electrónico: mquiroga@iom.int",
        [("Mercedes Quiroga", "OIM Uruguay", ["mquiroga@iom.int"], ["+59829160491"])], id="es",
    ),
]
LINES_PER_OFFICE = [
    pytest.param(
        "Contacts\nONUSIDA Genève | Mathilde Ferrand | tél. +41 79 514 6823 | ferrandm@unaids.org\n"
        "ONUSIDA Johannesburg | Thabo Mokoena | tél. +27 82 909 3042 | mokoenat@unaids.org\n\nONUSIDA\n"
        "Le Programme commun des Nations Unies sur le VIH/sida (ONUSIDA) guide la communauté internationale.",
        [("Mathilde Ferrand", "ONUSIDA Genève", ["ferrandm@unaids.org"], ["+41795146823"]),
         ("Thabo Mokoena", "ONUSIDA Johannesburg", ["mokoenat@unaids.org"], ["+27829093042"])],
        id="fr-the-agency-s-acronym-over-its-about-ends-the-block",
    ),
    pytest.param(
        "Pour plus d'informations, veuillez contacter :\nFatimé Abakar, PAM/N'Djamena, Mob. +235 66 12 34 56\n"
        "Jules Mercier, PAM/Photo, Mob. +221 77 640 21 09",
        [("Fatimé Abakar", "PAM/N'Djamena", [], ["+23566123456"]), ("Jules Mercier", "PAM", [], ["+221776402109"])],
        id="fr-an-acronym-and-its-place-joined-by-a-slash",  # a slash before no place still parts the segments
    ),
    pytest.param(
        "Contactos de prensa\nOPS/OMS Perú\nRosa Elvira Cárdenas, Tel. +51 1 319 5700, cardenasr@paho.org",
        [("Rosa Elvira Cárdenas", "OPS/OMS Perú", ["cardenasr@paho.org"], ["+5113195700"])],
        id="es-two-agencies-joined-by-a-slash",
    ),
    pytest.param(
        "Pour plus d'informations :\nAu Maroc : Inès Bouchard, Tél : +212 537 65 28 81\n"
        "À Genève : Paul Girard, Email : pgirard@iom.int",
        [("Inès Bouchard", "Maroc", [], ["+212537652881"]), ("Paul Girard", "Genève", ["pgirard@iom.int"], [])],
        id="fr",
    ),
    pytest.param(
        "For more information, please contact:\nIn Warsaw: Tomasz Nowak, Tel: +48 22 538 91 03\n"
        "In Vilnius: Ruta Kazlauskiene, Email: rkazlauskiene@iom.int",
        [("Tomasz Nowak", "Warsaw", [], ["+48225389103"]),
         ("Ruta Kazlauskiene", "Vilnius", ["rkazlauskiene@iom.int"], [])],
        id="en-cities-not-in-the-lexicon",
    ),
    pytest.param(
        "Para más información:\nEn Montevideo: Mercedes Quiroga, Tel: +598 2 916 0491\n"
        "En Asunción: Hugo Benítez, Correo: hbenitez@iom.int",
        [("Mercedes Quiroga", "Montevideo", [], ["+59829160491"]),
         ("Hugo Benítez", "Asunción", ["hbenitez@iom.int"], [])],
        id="es",
    ),
    pytest.param(
        "Pour plus d'informations, veuillez contacter :\nA Genève : Loïc Perrenoud, Tél : +41 79 555 71 21\n"
        "A Bamako : Aïcha Traoré Maïga, Email : atraore@iom.int",
        [("Loïc Perrenoud", "Genève", [], ["+41795557121"]), ("Aïcha Traoré Maïga", "Bamako", ["atraore@iom.int"], [])],
        id="fr-a-on-a-capital-without-its-accent",
    ),
    pytest.param(
        "Contactos:\nOIM: Gema Cortés Salas, Oficial Regional de Comunicación, Ciudad de Panamá. "
        "Celular: +507 6998 4410, gcortess@iom.int",
        [("Gema Cortés Salas", "OIM", ["gcortess@iom.int"], ["+50769984410"])],
        id="es-a-city-named-by-its-kind-is-no-person",
    ),
]
# An office alone on its line over the people it heads: before anyone, or after a person whose e-mail or phone
# is given already; one after the last person is still theirs.
OFFICE_HEADINGS = [
    pytest.param(
        "Media contacts\n\nKarine Ouellet\nChief, Communications\nICAO Headquarters, Montréal\nkouellet@icao.int\n"
        "+1 514 954 6076\n\nMoustapha Sall\nCommunications Officer\nICAO Western and Central African Office, Dakar\n"
        "msall@icao.int\n+221 33 869 24 24",
        [("Karine Ouellet", "ICAO Headquarters", ["kouellet@icao.int"], ["+15149546076"]),
         ("Moustapha Sall", "ICAO Western and Central African Office", ["msall@icao.int"], ["+221338692424"])],
        id="en-a-bare-opener-is-no-office-and-an-acronym-s-office-runs-past-and",
    ),
    pytest.param(
        "Contactos de prensa\nOficina de Comunicación y Relaciones Externas\n"
        "Marcela Ibarra, ibarram@paho.org, tel. +1 202 555 3417\nRodrigo Vallejos, vallejosr@paho.org",
        [("Marcela Ibarra", "Oficina de Comunicación y Relaciones Externas", ["ibarram@paho.org"], ["+12025553417"]),
         ("Rodrigo Vallejos", "Oficina de Comunicación y Relaciones Externas", ["vallejosr@paho.org"], [])],
        id="es-one-heading-over-two-people",
    ),
    pytest.param(
        "Pour plus d'informations, veuillez contacter :\nOIM Dakar\nAïssatou Sy, Tél : +221 77 123 45 67\n"
        "OIM Bamako\nMoussa Traoré, Email : mtraore@iom.int",
        [("Aïssatou Sy", "OIM Dakar", [], ["+221771234567"]), ("Moussa Traoré", "OIM Bamako", ["mtraore@iom.int"], [])],
        id="fr-a-heading-per-person",
    ),
    pytest.param(
        "For more information, please contact:\nAmina Diallo\nIOM Dakar\nEmail: adiallo@iom.int\n"
        "Paul Mensah\nIOM Regional Office\nEmail: pmensah@iom.int",
        [("Amina Diallo", "IOM Dakar", ["adiallo@iom.int"], []),
         ("Paul Mensah", "IOM Regional Office", ["pmensah@iom.int"], [])],
        id="en-office-under-its-person-stays-theirs",
    ),
    pytest.param(
        "Contacts presse :\nGisèle Mabiala – +242 06 555 12 34 – mabialag@who.int\n"
        "Bureau de l'OMS, avenue Patrice Lumumba, Brazzaville",
        [("Gisèle Mabiala", "Bureau de l'OMS", ["mabialag@who.int"], ["+242065551234"])],
        id="fr-office-after-the-last-person-is-theirs",
    ),
]
SEVERAL_PEOPLE = [
    pytest.param(
        "Pour plus d'informations, veuillez contacter Inès Bouchard (OIM Rabat) au +212 537 65 28 81 "
        "ou Paul Girard à Genève, Tél : +41 22 717 93 10",
        [("Inès Bouchard", "OIM Rabat", [], ["+212537652881"]), ("Paul Girard", "Genève", [], ["+41227179310"])],
        id="fr-each-their-own-number",
    ),
    pytest.param(
        "For more information, please contact Tomasz Nowak or Ruta Kazlauskiene at IOM Poland",
        [("Tomasz Nowak", "IOM Poland", [], []), ("Ruta Kazlauskiene", "IOM Poland", [], [])],
        id="en-or-sharing-an-office",
    ),
    pytest.param(
        "Para más información, contactar a Mercedes Quiroga y Hugo Benítez, OIM Montevideo",
        [("Mercedes Quiroga", "OIM Montevideo", [], []), ("Hugo Benítez", "OIM Montevideo", [], [])],
        id="es-y-sharing-an-office",
    ),
    pytest.param(
        "For more information, please contact Jane Mwangi, UNICEF Eastern and Southern Africa, at jmw@unicef.org, "
        "or Peter Holloway, UNICEF New York, at +1 212 555 0101.",
        [("Jane Mwangi", "UNICEF Eastern and Southern Africa", ["jmw@unicef.org"], []),
         ("Peter Holloway", "UNICEF New York", [], ["+12125550101"])],
        id="en-and-within-an-office",
    ),
    pytest.param(
        "Pour plus d'informations, veuillez contacter Jane Mwangi, OIM Dakar et Aïssatou Sy, OIM Paris.",
        [("Jane Mwangi", "OIM Dakar", [], []), ("Aïssatou Sy", "OIM Paris", [], [])],
        id="fr-et-after-an-agency-and-its-place",
    ),
    pytest.param(
        "Pour plus d'informations, veuillez contacter Aminata Diallo, PAM Sénégal et Gambie, +221 77 555 32 10.",
        [("Aminata Diallo", "PAM Sénégal et Gambie", [], ["+221775553210"])],
        id="fr-et-before-a-place",
    ),
    pytest.param(
        "Media contacts:\nAna Lindqvist, Communications and Advocacy Specialist, UN Women Regional Office for Asia and "
        "the Pacific, ana.lindqvist@unwomen.org",
        [("Ana Lindqvist", "UN Women Regional Office for Asia and the Pacific", ["ana.lindqvist@unwomen.org"], [])],
        id="en-and-before-words-that-name-no-one",
    ),
    pytest.param(
        "Media contacts:\nIn Geneva, Claire Beaumont, +41 79 555 12 90\nIn Islamabad, Sana Qureshi, +92 300 555 4411",
        [("Claire Beaumont", "Geneva", [], ["+41795551290"]), ("Sana Qureshi", "Islamabad", [], ["+923005554411"])],
        id="en-in-a-place-before-a-comma-opening-each-line",
    ),
    pytest.param(
        "Contact médias : Clémence Roux, Service de presse de l'UNESCO, c.roux@unesco.org, ou Paul Girard, chargé "
        "de communication à l'OIM Dakar",
        [("Clémence Roux", "Service de presse de l'UNESCO", ["c.roux@unesco.org"], []), ("Paul Girard", "OIM Dakar", [],
                                                                                          [])],
        id="fr-a-unit-of-the-agency-is-the-office-a-role-is-not",
    ),
]
NAMES = [
    pytest.param(
        "Contact presse :\nAbdou N'Daw, chargé de communication, OIM Niger\nTél. : +227 20 75 23 41",
        [("Abdou N'Daw", "OIM Niger", [], ["+22720752341"])], id="fr-role-then-office",
    ),
    pytest.param(
        "Media contact:\nSarah VAN DEN BERG, Senior Media Officer, IOM Netherlands, Email: svandenberg@iom.int",
        [("Sarah VAN DEN BERG", "IOM Netherlands", ["svandenberg@iom.int"], [])], id="en-capitals-and-role",
    ),
    pytest.param(
        "Para más información, por favor contacte a:\nJosé Ignacio del Valle – +34 91 445 71 16 – jidelvalle@iom.int",
        [("José Ignacio del Valle", None, ["jidelvalle@iom.int"], ["+34914457116"])], id="es-dash-line",
    ),
    pytest.param(
        "Contacts :\nOIM Dakar – Aïssatou Sy – +221 33 869 62 00 – asy@iom.int\n"
        "OIM Genève – Paul Dillon – +41 79 636 98 74 – pdillon@iom.int",
        [("Aïssatou Sy", "OIM Dakar", ["asy@iom.int"], ["+221338696200"]),
         ("Paul Dillon", "OIM Genève", ["pdillon@iom.int"], ["+41796369874"])],
        id="fr-office-first-on-dash-lines",
    ),
    pytest.param(
        "Pour plus d'informations, veuillez contacter :\nAmina Touré\nOIM Dakar, Tél. +221 33 869 62 00",
        [("Amina Touré", "OIM Dakar", [], ["+221338696200"])], id="fr-office-line-below-the-name",
    ),
    pytest.param(
        "Pour plus d’informations, veuillez contacter Marie-Charlotte Lehmann de l’OIM Niger, Tél : +227 20 75 23 41",
        [("Marie-Charlotte Lehmann", "OIM Niger", [], ["+22720752341"])], id="fr-de-l-oim",
    ),
    pytest.param(
        "Pour plus d'informations, veuillez contacter :\nYasmine d'Almeida, OIM Lisbonne, Email : ydalmeida@iom.int",
        [("Yasmine d'Almeida", "OIM Lisbonne", ["ydalmeida@iom.int"], [])], id="fr-elided-particle",
    ),
]
BLOCK_ENDS = [
    pytest.param(
        "Pour plus d'informations, veuillez contacter :\nPaul Girard, OIM Genève, Email : pgirard@iom.int\n"
        "À propos de l'OIM\nFondée en 1951, l'Organisation Internationale pour les Migrations aide les migrants.\n"
        "Partager\nFacebook Twitter",
        [("Paul Girard", "OIM Genève", ["pgirard@iom.int"], [])], id="fr-about-and-share",
    ),
    pytest.param(
        "For more information, please contact:\nTomasz Nowak, IOM Poland, Email: tnowak@iom.int\n"
        "About IOM\nEstablished in 1951, IOM Is The Leading Organization\nShare this\nFacebook LinkedIn",
        [("Tomasz Nowak", "IOM Poland", ["tnowak@iom.int"], [])], id="en-about-and-share",
    ),
    pytest.param(
        "Pour toute demande des médias, veuillez contacter Aïcha Ndiaye à aicha.ndiaye@un.org ou au +254 20 762 4512.",
        [("Aïcha Ndiaye", None, ["aicha.ndiaye@un.org"], ["+254207624512"])], id="fr-a-lead-naming-the-press",
    ),
    pytest.param(
        "Para solicitudes de los medios, contacte a Andrea Castillo en castilloa@unhcr.org o al +507 6678 4521.",
        [("Andrea Castillo", None, ["castilloa@unhcr.org"], ["+50766784521"])], id="es-a-lead-naming-the-press",
    ),
    pytest.param(
        "For more information please contact Moussa Diop at IOM's Regional Office for West and Central Africa in "
        "Dakar, Tel: +221 33 869 62 10, Email: mdiop@iom.int",
        [("Moussa Diop", "IOM's Regional Office for West and Central Africa in Dakar", ["mdiop@iom.int"],
          ["+221338696210"])],
        id="en-and-between-directions-in-an-office-read-after-its-name",
    ),
    pytest.param(
        "Pour plus d'informations, veuillez contacter Jane Mwangi à l'OIM Dakar et Aïssatou Sy à l'OIM Bamako, "
        "Courriel : jm@iom.int",
        [("Jane Mwangi", "OIM Dakar", [], []), ("Aïssatou Sy", "OIM Bamako", ["jm@iom.int"], [])],
        id="fr-et-between-two-people-each-with-an-office",
    ),
    pytest.param(
        "Journalists may contact Wanjiru Kamau at wanjiru.kamau@unep.org or +254 20 762 3084.",
        [("Wanjiru Kamau", None, ["wanjiru.kamau@unep.org"], ["+254207623084"])], id="en-the-press-and-a-modal",
    ),
    pytest.param(
        "Para más información, por favor contacte a:\nHugo Benítez, OIM Paraguay, Correo: hbenitez@iom.int\n"
        "Acerca de la OIM\nLa Organización Internacional\nCompartir\nFacebook Twitter WhatsApp",
        [("Hugo Benítez", "OIM Paraguay", ["hbenitez@iom.int"], [])], id="es-about-and-share",
    ),
]


@pytest.mark.parametrize(("block", "expected"), SENTENCES)
def test_contact_sentences(block: str, expected: list[tuple]) -> None:
    assert _people(block) == expected


@pytest.mark.parametrize(("block", "expected"), LINES_PER_OFFICE)
def test_one_line_per_office(block: str, expected: list[tuple]) -> None:
    assert _people(block) == expected


@pytest.mark.parametrize(("block", "expected"), OFFICE_HEADINGS)
def test_an_office_alone_on_its_line_heads_the_people_below(block: str, expected: list[tuple]) -> None:
    assert _people(block) == expected


@pytest.mark.parametrize(("block", "expected"), SEVERAL_PEOPLE)
def test_several_people_in_one_sentence(block: str, expected: list[tuple]) -> None:
    assert _people(block) == expected


@pytest.mark.parametrize(("block", "expected"), NAMES)
def test_names_with_roles_capitals_particles_and_dashes(block: str, expected: list[tuple]) -> None:
    assert _people(block) == expected


@pytest.mark.parametrize(("block", "expected"), BLOCK_ENDS)
def test_block_ends_where_the_footer_starts(block: str, expected: list[tuple]) -> None:
    assert _people(block) == expected


NOT_A_BLOCK = [
    pytest.param("Contacts Médias\nCommuniqués de presse\nDiscours\nPhotos\nRSS / Baladodiffusion",
                 id="menu-item-followed-by-menu"),
    pytest.param("Media contacts\nPress releases\nSpeeches\nAudio and video", id="menu-item-en"),
]


@pytest.mark.parametrize("menu", NOT_A_BLOCK)
def test_a_bare_opener_in_a_menu_opens_no_block(menu: str) -> None:
    record = parse_page(f"Un titre\nLe corps de l'article.\n{menu}\nLa suite de l'article, bien plus longue.\n")
    assert record["contact"] is None


def test_a_bare_opener_followed_by_an_address_opens_a_block() -> None:
    record = parse_page("Un titre\nLe corps.\nContacts médias\nPaul Girard, OIM Genève, pgirard@iom.int\n")
    assert [p["name"] for p in record["contact"]["people"]] == ["Paul Girard"]


@pytest.mark.parametrize(("office", "person"), [
    ("Assessoria de Comunicação do PNUD", "Camila Rezende"),
    ("Press Office", "Giulia Moretti"),
    ("Service de presse de l'UNESCO", "Clémence Roux"),
])
def test_a_press_office_named_over_an_address_opens_a_block(office: str, person: str) -> None:
    record = parse_page(f"Un titre\nLe corps.\n{office}\n{person} – +55 61 3038-9201 – c@undp.org\n")
    assert [p["name"] for p in record["contact"]["people"]] == [person]


def test_a_press_office_named_with_its_owner_and_a_full_stop_opens_a_block() -> None:
    record = parse_page("Un titre de communiqué\nLe corps de l'article, assez long pour être un paragraphe.\n\n"
                        "Unidad de Información Pública de la CEPAL.\n"
                        "Correo electrónico: prensa@cepal.org; Teléfono: (56 2) 2210 2040.\n")
    assert record["contact"] is not None and record["body"].endswith("un paragraphe.")


@pytest.mark.parametrize(("pointer", "contacts"), [
    pytest.param("Pour plus d’informations sur l’UNICEF et son travail, rendez-vous sur : www.unicef.org/senegal",
                 "Contacts presse\nAmina Diallo, UNICEF Dakar, adiallo@unicef.org", id="fr-rendez-vous-sur"),
    pytest.param("For more information about UNICEF and its work, visit www.unicef.org",
                 "Media contacts\nAmina Diallo, UNICEF Dakar, adiallo@unicef.org", id="en-visit"),
])
def test_an_opener_sending_to_a_web_site_opens_no_block(pointer: str, contacts: str) -> None:
    """"For more information about X, visit www…" (lexicon SITE_VERBS, no address on its line) points to a site:
    the block opens below it, at the contacts."""
    page = f"Un titre\nLe corps de l'article, assez long pour être un paragraphe.\n\n{pointer}\n\n{contacts}\n"
    record = parse_page(page)
    assert [p["name"] for p in record["contact"]["people"]] == ["Amina Diallo"]
    assert pointer.split(",")[0] in record["body"]


def test_a_sentence_opening_with_a_press_office_opens_no_block() -> None:
    page = ("Un titre\nLe corps.\nService de presse : le bureau a répondu à 400 demandes, dit-il.\n"
            "La suite, +41 22 717 91 11.\n")
    assert parse_page(page)["contact"] is None


@pytest.mark.xfail(strict=True, reason="a name written as one word (a mononym) is not told from a place or label")
def test_one_word_name() -> None:
    assert _people("For more information, please contact Suharto at IOM Jakarta, Email: s@iom.int")[0][0] == "Suharto"


# Other UN-system sites: "Contacts presse :", a name, an office, a dash, a number, an address on one line.
OTHER_SITES = [
    pytest.param(
        "Media contacts:\nSarah Ferrante\nCommunications Officer\nIFAD\ns.ferrante@ifad.org\n\nThomas Kibet Omondi\n"
        "Regional Communications Specialist, East and Southern Africa\nt.omondi@ifad.org",
        [("Sarah Ferrante", "IFAD", ["s.ferrante@ifad.org"], []),
         ("Thomas Kibet Omondi", "Southern Africa", ["t.omondi@ifad.org"], [])],
        id="en-a-region-is-no-person-an-acronym-alone-an-organisation",
    ),
    pytest.param(
        "Contacto de prensa:\nValeria Montes de Oca\nOficial de Comunicación\nONU-Habitat México\n"
        "valeria.montesdeoca@un.org",
        [("Valeria Montes de Oca", "ONU-Habitat México", ["valeria.montesdeoca@un.org"], [])],
        id="es-a-hyphenated-agency-and-its-place-is-an-office",
    ),
    pytest.param(
        "For further information, please contact the WIPO News and Media Relations Section:\n"
        "Email: publicinf@wipo.int", [], id="en-a-news-section-is-no-person",
    ),
    pytest.param(
        "Media enquiries:\nKanokwan Srisuk\nCommunication Officer\nE: srisuk@un.org\n\nFollow ESCAP\n",
        [("Kanokwan Srisuk", None, ["srisuk@un.org"], [])], id="en-follow-ends-the-block",
    ),
    pytest.param(
        "Para mais informações:\nMariana Fontes Albuquerque\nAssessora de Comunicação\nTel.: +55 61 3038 9100\n"
        "E-mail: mfontes@iom.int",
        [("Mariana Fontes Albuquerque", None, ["mfontes@iom.int"], ["+556130389100"])],
        id="pt-a-role-line-is-no-person",
    ),
    pytest.param(
        "For more information, please contact Faith Wanjiru Mwangi at IOM's Regional Office in Nairobi, "
        "Tel: +254 722 555 018, Email: fwmwangi@iom.int",
        [("Faith Wanjiru Mwangi", "IOM's Regional Office in Nairobi", ["fwmwangi@iom.int"], ["+254722555018"])],
        id="en-a-possessive-organisation-is-an-office",
    ),
    pytest.param(
        "Pour plus d'informations, veuillez contacter Mariama Sow à l'OIM Dakar, Email : msow@iom.int.\n\n"
        "Téléchargements\nAppel régional de l'OIM (PDF, 1,4 Mo)\nRégions\nAfrique de l'Ouest et du Centre",
        [("Mariama Sow", "OIM Dakar", ["msow@iom.int"], [])], id="fr-a-downloads-heading-ends-the-block",
    ),
    pytest.param(
        "Pour plus d'informations, veuillez contacter :\nCheikh Ould Bah (Commissariat aux droits de l'homme), "
        "Tél. : +222 36 55 12 40\n\nPays\nHaïti",
        [("Cheikh Ould Bah", "Commissariat aux droits de l'homme", [], ["+22236551240"])],
        id="fr-a-public-body-is-an-office-a-countries-footer-ends-the-block",
    ),
    pytest.param(
        "Media contacts:\nRamon Villanueva Jr.\nIOM Bangkok\nEmail: rvillanueva@iom.int",
        [("Ramon Villanueva Jr.", "IOM Bangkok", ["rvillanueva@iom.int"], [])], id="en-a-suffix-keeps-its-dot",
    ),
    pytest.param(
        "Contact média\nSophie-Anne Delacroix, PNUD New York, sophie.delacroix@undp.org, +1 212 906 5382",
        [("Sophie-Anne Delacroix", "PNUD New York", ["sophie.delacroix@undp.org"], ["+12129065382"])],
        id="fr-contact-media-in-the-singular-opens",
    ),
    pytest.param(
        "Contacts presse :\nNom\tFonction\tTéléphone\tCourriel\n"
        "Mariama Sow Camara\tChargée de communication, PNUD Guinée\t+224 622 55 41 18\tmariama.camara@undp.org",
        [("Mariama Sow Camara", "PNUD Guinée", ["mariama.camara@undp.org"], ["+224622554118"])],
        id="fr-a-table-s-cells-are-segments-its-header-no-person",
    ),
    pytest.param(
        "For more information please contact the ILO Department of Communication at newsroom@ilo.org. Journalists "
        "in Latin America may also contact Sofía Maldonado Ruiz, ILO Regional Office in Lima, at maldonados@ilo.org.",
        [("Sofía Maldonado Ruiz", "ILO Regional Office in Lima", ["maldonados@ilo.org"], [])],
        id="en-a-later-sentence-s-contact-verb-leads-its-person",
    ),
    pytest.param(
        "Pour plus d'informations :\nSerge-Alain Yao Kouassi\nAssistant médias et communication\n"
        "Mobile : +225 07 07 55 12 34\n\nService de presse de l'UNESCO\nAline Morel\namorel@unesco.org",
        [("Serge-Alain Yao Kouassi", None, [], ["+2250707551234"]),
         ("Aline Morel", "Service de presse de l'UNESCO", ["amorel@unesco.org"], [])],
        id="fr-a-job-title-names-no-office-a-unit-does",
    ),
    pytest.param(
        "Contacto para a comunicação social:\nEscritório da OIT em Lisboa\nRua Viriato, 7 – 7.º, 1050-233 Lisboa\n"
        "Tel.: 213 173 440\nE-mail: lisboa@ilo.org",
        [], id="pt-a-street-is-no-person",
    ),
    pytest.param(
        "Contacto:\nEdvânia Cassoma Neto, Analista de Comunicação, PNUD Angola – Tel.: +244 923 555 102",
        [("Edvânia Cassoma Neto", "PNUD Angola", [], ["+244923555102"])], id="pt-an-analyst-is-a-role",
    ),
    pytest.param(
        "Issued by:\nCommunications Section\nEconomic Commission for Africa\nTel: +251 11 551 5826\n"
        "E-mail: eca-info@un.org",
        [], id="en-issued-by-opens-a-block-of-no-person",
    ),
    pytest.param(
        "Pour toute demande d'information, merci de contacter Salma Ben Youssef, OIM Tunis, sbenyoussef@iom.int",
        [("Salma Ben Youssef", "OIM Tunis", ["sbenyoussef@iom.int"], [])], id="fr-pour-toute-demande-opens",
    ),
    pytest.param(
        "For further information, please contact:\nJoana Macuácua, joana.macuacua@example.org, +258 84 123 4567\n\n"
        "Download Flash Update (PDF | 512 KB)\n",
        [("Joana Macuácua", None, ["joana.macuacua@example.org"], ["+258841234567"])],
        id="en-a-download-link-ends-the-block",
    ),
    pytest.param(
        "Contact presse :\nAwa Diallo, OIM Dakar, adiallo@example.org\nTéléchargez le rapport (PDF, 2 Mo)\n",
        [("Awa Diallo", "OIM Dakar", ["adiallo@example.org"], [])], id="fr-a-download-link-ends-the-block",
    ),
    pytest.param(
        "Contact presse :\nNadia Benkirane\nChargée de communication, ONUDI\nCourriel : n.benkirane@unido.org",
        [("Nadia Benkirane", "ONUDI", ["n.benkirane@unido.org"], [])], id="fr-contact-presse-colon-leads",
    ),
    pytest.param(
        "For further information, please contact:\nOCHA Geneva: Jean-Marc Dufresne, +41 79 555 1234, dufresne@un.org\n"
        "OCHA press releases are available at www.unocha.org or www.reliefweb.int.",
        [("Jean-Marc Dufresne", "OCHA Geneva", ["dufresne@un.org"], ["+41795551234"])],
        id="en-a-line-naming-a-web-address-is-no-office",
    ),
    pytest.param(
        "Contacts presse :\nMarie Durand, UNICEF Genève – +41 22 909 51 17 – mdurand@unicef.org\n"
        "James Elder, UNICEF New York, +1 917 555 0101, jelder@unicef.org",
        [("Marie Durand", "UNICEF Genève", ["mdurand@unicef.org"], ["+41229095117"]),
         ("James Elder", "UNICEF New York", ["jelder@unicef.org"], ["+19175550101"])],
        id="fr-contacts-presse-dash",
    ),
    pytest.param(
        "Contacts presse :\nBabar Baloch, HCR, 94 rue de Montbrillant, 1202 Genève, tél. +41 22 739 8502, "
        "baloch@unhcr.org",
        [("Babar Baloch", "HCR", ["baloch@unhcr.org"], ["+41227398502"])], id="fr-address-on-the-line",
    ),
    pytest.param(
        "Media contacts:\n- Tarik Jasarevic, WHO Geneva, +41 79 367 62 14, jasarevict@who.int\n"
        "- Christian Lindmeier, WHO Geneva, +41 79 500 65 52, lindmeierch@who.int",
        [("Tarik Jasarevic", "WHO Geneva", ["jasarevict@who.int"], ["+41793676214"]),
         ("Christian Lindmeier", "WHO Geneva", ["lindmeierch@who.int"], ["+41795006552"])],
        id="en-bulleted",
    ),
    pytest.param(
        "For further information, contact Dr Margaret Harris at +41 79 290 65 11 or harrism@who.int.",
        [("Margaret Harris", None, ["harrism@who.int"], ["+41792906511"])], id="en-title-and-at-number",
    ),
    pytest.param(
        "Para más información, contacte a la Sra. Ana Torres, OIM Quito, Tel: +593 2 393 4400",
        [("Ana Torres", "OIM Quito", [], ["+59323934400"])], id="es-article-and-title",
    ),
    pytest.param(
        "Pour plus d'informations, veuillez contacter M. Ibrahima Sow, porte-parole, au +221 77 450 12 12 "
        "ou par courriel à isow@un.org.",
        [("Ibrahima Sow", None, ["isow@un.org"], ["+221774501212"])], id="fr-title-role-number-mail",
    ),
]


@pytest.mark.parametrize(("block", "expected"), OTHER_SITES)
def test_blocks_as_other_un_sites_write_them(block: str, expected: list[tuple]) -> None:
    assert _people(block, body="GENÈVE – Le corps de l'article.") == expected


def test_an_address_and_a_number_the_body_gave_first_are_still_their_person_s() -> None:
    """The page lists each address and number once (its first occurrence); the person of the contact block has
    theirs even when the body wrote them first."""
    page = ("L'OIM ouvre un bureau\n\nGenève, 3 mars 2024 – Écrire à jdoe@iom.int ou appeler le +41 22 717 9111.\n\n"
            "Pour plus d'informations, veuillez contacter :\n"
            "Jane Doe, OIM Genève, Tél. : +41 22 717 9111, E-mail : jdoe@iom.int\n")
    record = parse_page(page)
    assert [(p["name"], p["emails"], p["phones"]) for p in record["contact"]["people"]] == [
        ("Jane Doe", ["jdoe@iom.int"], ["+41227179111"])]
    assert [e["value"] for e in record["emails"]] == ["jdoe@iom.int"]
    assert [p["value"] for p in record["phones"]] == ["+41227179111"]


def test_a_line_two_people_of_the_block_share_is_each_one_s() -> None:
    """A number the block gives twice (an office line beside each of two people) is listed once, and both people
    have it."""
    page = ("L'OIM ouvre un bureau\n\nGenève, 3 mars 2024 – Le corps de l'article.\n\n"
            "Pour plus d'informations, veuillez contacter :\n"
            "Jane Doe, OIM Genève, Tél. : +41 22 717 9111, E-mail : jdoe@iom.int\n"
            "Paul Martin, OIM Genève, Tél. : +41 22 717 9111, E-mail : pmartin@iom.int\n")
    record = parse_page(page)
    assert [(p["name"], p["emails"], p["phones"]) for p in record["contact"]["people"]] == [
        ("Jane Doe", ["jdoe@iom.int"], ["+41227179111"]), ("Paul Martin", ["pmartin@iom.int"], ["+41227179111"])]
    assert [p["value"] for p in record["phones"]] == ["+41227179111"]


# Whose a number or an address is, when people are named together or a press unit follows them
SHARED_AND_PRESS_UNITS = [
    pytest.param(
        "Pour plus d'informations, veuillez contacter :\nFatou Diallo et Marc Lefèvre, OIM Mali\n"
        "Tél. : +223 20 22 76 15\nCourriel : fdiallo@iom.int ; mlefevre@iom.int",
        [("Fatou Diallo", "OIM Mali", ["fdiallo@iom.int"], ["+22320227615"]),
         ("Marc Lefèvre", "OIM Mali", ["mlefevre@iom.int"], ["+22320227615"])],
        id="fr-two-named-together-share-the-phone-each-their-address",
    ),
    pytest.param(
        "For more information, please contact Maria Santos or John Okello at IOM Uganda, Tel: +256 312 263 210, "
        "Email: jokello@iom.int",
        [("Maria Santos", "IOM Uganda", [], ["+256312263210"]),
         ("John Okello", "IOM Uganda", ["jokello@iom.int"], ["+256312263210"])],
        id="en-the-address-spells-the-second-name",
    ),
    pytest.param(
        "Media contacts\nKwame Mensah\nCommunications Officer\nWHO\nTelephone: +41 22 791 21 11\n"
        "Email: mensahk@who.int\n\nWHO Media Team\nEmail: mediainquiries@who.int",
        [("Kwame Mensah", "WHO", ["mensahk@who.int"], ["+41227912111"])],
        id="en-a-media-team-after-the-person-has-its-own-address",
    ),
    pytest.param(
        "Pour plus d'informations, veuillez contacter :\nClaire Dubois, Responsable de la communication, PNUE Genève, "
        "+41 22 917 82 42\nService de presse, Programme des Nations Unies pour l'environnement, unep-newsdesk@un.org",
        [("Claire Dubois", "PNUE Genève", [], ["+41229178242"])],
        id="fr-a-press-office-line-after-the-person-s-number",
    ),
    pytest.param(
        "Para más información:\nJuan Pérez\nOficina de prensa de la OIM\nTel: +51 1 633 0000\nCorreo: jperez@iom.int",
        [("Juan Pérez", "Oficina de prensa de la OIM", ["jperez@iom.int"], ["+5116330000"])],
        id="es-a-press-office-before-the-person-s-own-fields-is-their-office",
    ),
    pytest.param(
        "For more information, please contact:\nKhaled Omar al-Masri, UNICEF Amman, +962 79 555 0101, "
        "kalmasri@unicef.org",
        [("Khaled Omar al-Masri", "UNICEF Amman", ["kalmasri@unicef.org"], ["+962795550101"])],
        id="en-a-particle-glued-to-the-surname",
    ),
]


@pytest.mark.parametrize(("block", "expected"), SHARED_AND_PRESS_UNITS)
def test_people_named_together_and_press_units(block: str, expected: list[tuple]) -> None:
    test_people(block, expected)


ADDRESS_OWNERS = [
    pytest.param("asouley@iom.int", ["Aïcha Souley", "Thomas Leroux"], 0, id="initial-and-surname"),
    pytest.param("thomas.leroux@iom.int", ["Aïcha Souley", "Thomas Leroux"], 1, id="first-name-dot-surname"),
    pytest.param("jmartinez@iom.int", ["José Martínez", "Ana Díaz"], 0, id="accents-dropped"),
    pytest.param("press@iom.int", ["Aïcha Souley", "Thomas Leroux"], None, id="no-name-spelled"),
    pytest.param("dupont@iom.int", ["Jean Dupont", "Marie Dupont"], None, id="two-people-spelled"),
    pytest.param("dlopez@iom.int", ["Diego de la Cruz", "Ana López"], 1, id="particles-are-not-looked-for"),
]


@pytest.mark.parametrize(("address", "names", "owner"), ADDRESS_OWNERS)
def test_an_address_belongs_to_the_one_name_it_spells(address: str, names: list[str], owner: int | None) -> None:
    assert address_owner(address, names) == owner
