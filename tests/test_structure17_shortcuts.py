"""Pre-tests of the contact block's edges (its opening line, its end), each against the slow path it stands for:
on tables of tricky lines and on every line of the shared corpus pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oimx import contacts, debris, edges
from oimx.lexicon import places
from oimx.text import Line, key, line_list

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = sorted((SHARED / "corpus" / "pages").glob("*.txt")) + sorted((SHARED / "other-sites" / "pages").glob("*.txt"))
EVIDENCE = "\nana@iom.int"

# lines that open a block, lines that nearly do, and first characters the pre-tests read
OPENING_LINES = [
    "Pour plus d'informations, veuillez contacter", "  ** Pour plus d'informations :", "Contacts médias",
    "Media contacts", "- - - Para más información", "_______Pour plus", "Le texte de l'article.", "", " ",
    "\u00a0Pour plus d'informations", "\x1cPour plus d'informations", "\x1c Contact", ":Contact:", ": contacts :",
    "Contact", "CONTACTOS", "contacto\t", "Ⅽontact", "ſhare", "Pou", "Po", "Pourquoi", "pour ce faire", "FOR MORE INFO",
    "For\tmore information", "Fo r more information", "Relations avec les médias :", "Presse", "Press contact:",
    "Mé dia", "Médiа contact", "Kontakt", "contact:", "Contact :", "«Pour plus d'informations»", "1 Pour plus",
    "*" * 7 + "Pour plus d'informations", "\tMedia enquiries:", "Prensa", "Para más información", "Parar",
    "Service de presse de l'UNESCO", "Press Office", "Assessoria de Comunicação do PNUD", "Oficina de prensa :",
    "Service de presse : le bureau a répondu.", "Gabinete de imprensa", "Services de presse", "Media relations",
]


def _slow_opening_row(rows: list[Line], text: str) -> tuple[int, Line] | None:
    """contacts.opening_row as it read before its pre-tests: the pattern asked of every row."""
    for index, row in enumerate(rows):
        opener = contacts._OPENER.match(row.text)
        if opener is None:
            if len(row.text) <= contacts.PRESS_OFFICE_CHARS and contacts._names_the_press(key(row.text).strip(" :")) \
                    and contacts.CONTACT_EVIDENCE.search(text, row.end, row.end + contacts._EVIDENCE_REACH):
                return index, row
            continue
        bare = not row.text[opener.end() :].strip() and not opener.group().endswith(":")
        if not bare or contacts.CONTACT_EVIDENCE.search(text, row.end, row.end + contacts._EVIDENCE_REACH):
            return index, row
    return None


@pytest.mark.parametrize("line", OPENING_LINES)
def test_opening_row_reads_a_line_as_the_pattern(line: str) -> None:
    for text in (f"{line}{EVIDENCE}", line):
        rows = line_list(text, 0)
        assert contacts.opening_row(rows, text) == _slow_opening_row(rows, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*OPENING_LINES, "Ana Sy", "+41 22 717 91 11"]), min_size=1, max_size=6))
def test_opening_row_finds_the_row_the_pattern_finds(picked: list[str]) -> None:
    text = "\n".join(picked)
    rows = line_list(text, 0)
    assert contacts.opening_row(rows, text) == _slow_opening_row(rows, text)


def test_opening_row_on_the_corpus_pages() -> None:
    assert CORPUS, "the shared corpus is missing"
    for path in CORPUS:
        text = path.read_text(encoding="utf-8")
        rows = line_list(text)
        for at in range(0, len(rows), 7):  # from several lines of the page, so that later openers are read too
            assert contacts.opening_row(rows[at:], text) == _slow_opening_row(rows[at:], text), path.name


# lines ending a block or not: share links, related headings, footer leads, contact lines
END_LINES = [
    "Partager sur LinkedIn", "Facebook Twitter E-mail", "SHARE", "Share", "ſhare", "Ṫwitter", "Face book",
    "Articles connexes", "Related stories", "Noticias relacionadas", "CONNEXES", "À propos de l'OIM", "About IOM",
    "Tél. : +41 22 717 91 11", "Ana Sy, OIM Dakar", "E-mail : ana@iom.int", "Imprimer", "Suivez-nous", "###",
    "* *** *", "Lire aussi", "Twitter@x", "Partager :", "Compartir en Twitter", "Mots-clés", "relacionado",
]


def _slow_end(line: str) -> bool:
    return contacts.ends_block(line) or edges.is_footer(line)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(END_LINES), min_size=1, max_size=5))
def test_block_wide_pre_tests_keep_every_end(picked: list[str]) -> None:
    """What may_share and may_relate tell of all the lines holds of each: no end is lost."""
    folded = "\n".join(picked).casefold()
    shares, related = contacts.may_share(folded), edges.may_relate(folded)
    for line in picked:
        assert (contacts.ends_block(line, shares) or edges.is_footer(line, shares, related)) == _slow_end(line)


def test_block_wide_pre_tests_on_the_corpus_pages() -> None:
    for path in CORPUS:
        lines = [row.text for row in line_list(path.read_text(encoding="utf-8"))]
        for at in range(0, len(lines), 5):
            block = lines[at : at + 5]
            folded = "\n".join(block).casefold()
            shares, related = contacts.may_share(folded), edges.may_relate(folded)
            for line in block:
                fast = contacts.ends_block(line, shares) or edges.is_footer(line, shares, related)
                assert fast == _slow_end(line), (path.name, line)


# pieces of a contact block's text: place names of one to four words (and their last words alone), other words
LAST_PLACE_PIECES = ["Genève", "Geneva", "New", "York", "Burkina", "Faso", "Côte", "d'Ivoire", "République", "du",
                     "Congo", "démocratique", "Port-au-Prince", "Dakar", "Sénégal", "OIM", "Tél.", " ", "/", ",", "(",
                     ")", "\n", "\u00a0", "\x1c", "x" * 61]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(LAST_PLACE_PIECES), max_size=14).map(" ".join), st.integers(0, 8))
def test_last_place_reads_as_the_places_along(text: str, start: int) -> None:
    start = min(start, len(text))
    assert places.last_place(text, start) == places.PlacesAlong(text, start).before(len(text))


def test_last_place_on_the_corpus_pages() -> None:
    for path in CORPUS:
        text = path.read_text(encoding="utf-8")
        for start in range(0, len(text), max(1, len(text) // 6)):
            assert places.last_place(text, start) == places.PlacesAlong(text, start).before(len(text)), path.name


# lines folded or not: spaces at the ends, doubled, other white space, unprintable characters, debris, entities
FOLD_PIECES = ["Un", "texte", " ", "  ", "\t", "\u00a0", "\u2028", "\x1c", "\x0b", "", "é", "a=b", "&amp;", "<p>", "."]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(st.sampled_from(FOLD_PIECES), max_size=5).map("".join), max_size=5))
def test_clean_lines_reads_as_clean_line_a_line(lines: list[str]) -> None:
    assert debris.clean_lines(lines) == [debris.clean_line(line) for line in lines]


def test_clean_lines_on_the_corpus_pages() -> None:
    for path in CORPUS:
        lines = [row.text for row in line_list(path.read_text(encoding="utf-8"))]
        for at in range(0, len(lines), 6):
            assert debris.clean_lines(lines[at : at + 6]) == [debris.clean_line(line) for line in lines[at : at + 6]]
