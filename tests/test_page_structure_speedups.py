"""The shortcuts the page-structure code takes for speed find what the plain way finds.

Each table holds texts where the shortcut could go wrong; the plain way (one pattern, one call per
line) is written out here and compared with the module's answer.
"""

from __future__ import annotations

import string
import sys
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from oimx import boilerplate, contact_people, contacts, debris, edges, segment
from oimx import text as text_helpers
from oimx.extract import emails, phones
from oimx.lexicon.contacts import BLOCK_ENDS, BLOCK_OPENERS
from oimx.text import all_languages, is_separator

FIXTURE_PAGES = Path(__file__).parent.parent / "fixtures" / "pages"

# the debris kinds in one alternation: what debris._debris must find, kind by kind
ONE_ALTERNATION = regex.compile("|".join(f"(?:{kind.pattern})" for kind in debris._DEBRIS_KINDS), regex.VERBOSE)

DEBRIS = [
    pytest.param('Voir <a href="mailto:ana@iom.int" target="_blank">Ana</a>.', id="mailto-inside-a-tag"),
    pytest.param('"mailto:ana@iom.int" title="x">Ana', id="mailto-before-attributes"),
    pytest.param('alt="" border="0" src=\n"/x.gif" width="3"> Le texte', id="attributes-over-a-line-end"),
    pytest.param('data-x="a>b" <p class="c">', id="a-quote-holding-a-tag-end"),
    pytest.param('a "b" c="d" "e">', id="quote-then-attribute-then-quote"),
    pytest.param('[block:views=abc] x=1 "y">', id="block-holding-an-equals-sign"),
    pytest.param('x-y-z-long-attribute-name-over-twenty="v">', id="attribute-name-past-twenty"),
    pytest.param('src=\nLa suite', id="attribute-losing-its-value"),
    pytest.param("Le prix = 5 < 6 > 4, rien d'autre.", id="signs-without-debris"),
    pytest.param('<<b>>"q"/> "r" s="t"', id="overlapping-candidates"),
    pytest.param('Ecrire "mailto:x >"/> ici', id="two-kinds-from-one-quote"),  # the first kind listed wins
]


@pytest.mark.parametrize("text", DEBRIS)
def test_debris_kinds_find_what_one_alternation_finds(text: str) -> None:
    expected = [match.span() for match in ONE_ALTERNATION.finditer(text)]
    assert [match.span() for match in text_helpers.first_matches(debris._DEBRIS_KINDS, text, 0, len(text))] == expected
    assert debris.clean_line(text) == debris.fold(ONE_ALTERNATION.sub(" ", text))


def test_mask_debris_keeps_offsets_and_line_ends() -> None:
    page = 'Titre\nalt="" src=\n"/x.gif" Le texte.\r\nFin <br/>'
    masked = debris.mask_debris(page, 5)
    assert len(masked) == len(page)
    assert masked.splitlines() == ["Titre", " " * 11, " " * 9 + "Le texte.", "Fin      "]


def test_mask_debris_reads_only_from_start() -> None:
    page = '<p>Titre</p>\n<p>Le texte.</p>'
    assert debris.mask_debris(page, page.index("\n")) == "<p>Titre</p>\n   Le texte.    "


ENDINGS = ["Une phrase.", "Une phrase.  \n", "Un titre", "", "   ", "Cité :\u00a0", "Fin.\x1c", "«Citation»\u3000",
           "(note)", "x\u2028", "Question ?\t\r\n", ".", "a.b"]


@pytest.mark.parametrize("text", ENDINGS)
def test_ends_with_mark_reads_as_the_pattern(text: str) -> None:
    marks = ".!?…»\"”:;)"
    pattern = regex.compile(rf"[{regex.escape(marks)}]\s*+$")
    assert text_helpers.ends_with_mark(text, marks) == (pattern.search(text) is not None)


@pytest.mark.parametrize("text", ["• Un point", "  - Un autre", "-Un mot", "*\u00a0note", "* ", "*", "", "\x1c- x",
                                  "Un - deux", "\u2003▪\tpoint"])
def test_opens_with_bullet_reads_as_the_pattern(text: str) -> None:
    assert segment._opens_with_bullet(text) == (regex.match(r"\s*+[•·▪●◦*-]\s", text) is not None)


@pytest.mark.parametrize("text", [
    "Genève – Le texte", "Genève — Le texte", "Dakar, 5 mars 2019 - Le texte", "Suiza: La reunión",
    "2011—Un texte", "21 de noviembre de 2023.- El Gobierno", "Port-au-Prince – Le texte", "Sans tiret ici",
    "Un mot-clé puis rien", "a   \t - b", "a\u00a0\u00a0\u00a0 — b", ": au début", "Libreville –Dans",
])
def test_dateline_dash_finds_what_the_search_finds(text: str) -> None:
    for start in range(3):
        found = segment._dateline_dash(text, start, len(text))
        expected = segment._DATELINE_DASH.search(text, start, len(text))
        assert (found and found.span()) == (expected and expected.span())


# the menu patterns as they were written before the str tests and the bounded glue search
MENU_ITEM = regex.compile(rf"-(?:[ \t]{{1,4}}+\S[^\r\n]{{0,{boilerplate.ITEM_MAX}}})?+")
GLUED = regex.compile(r"^[^.!?:;\r\n]{2,45}?(?:\p{Ll}|\p{Lu}{2})\p{Lu}[\p{Ll}'’]")


@pytest.mark.parametrize("text", ["-", "- Accueil", "-\tAccueil", "-     Accueil", "-Accueil", "- ", "-  \u00a0x",
                                  "- " + "x" * 90, "- " + "x" * 91, "- a\nb", "-\x1cx", "Accueil"])
def test_menu_item_reads_as_the_pattern(text: str) -> None:
    assert boilerplate._is_menu_item(text) == (text[:1] == "-" and MENU_ITEM.fullmatch(text) is not None)


@pytest.mark.parametrize("text", [
    "Qui sommes nousL'Organisation internationale pour les migrations", "WHO WE AREThe organization",
    "NousLe", "aBc", "Une phrase. PuisLe texte", "Titre: sousTitre", "x" * 44 + "aBc", "x" * 45 + "aBc",
    "x" * 46 + "aBc",
    "x" * 43 + "ABCd", "x" * 44 + "ABCd", "Notre travailÉtat", "Mot’Xy", "Sans colle du tout ici",
])
def test_glued_heading_reads_as_the_pattern(text: str) -> None:
    assert boilerplate._glued_heading(text) == (GLUED.match(text) is not None)


def test_regex_spaces_are_what_the_pattern_reads_as_white_space() -> None:
    every = (chr(code) for code in range(sys.maxunicode + 1))
    assert set(text_helpers.REGEX_SPACES) == {ch for ch in every if regex.match(r"\s", ch)}


@pytest.mark.parametrize("table", [BLOCK_ENDS, BLOCK_OPENERS], ids=["block-ends", "block-openers"])
def test_an_ascii_character_matches_a_phrase_initial_only_in_its_own_two_cases(table) -> None:
    """What may_open_with relies on: the case-blind patterns match an ASCII character to a phrase's first
    letter only when the two are one letter in either case, and no phrase starts with a mark."""
    for initial in contacts.initials(all_languages(table)):
        assert initial.isalpha()
        for ch in string.printable:
            blind = regex.match(regex.escape(initial), ch, regex.IGNORECASE) is not None
            assert blind == (ch.lower() == initial)


@pytest.mark.parametrize("line", [
    "Pour plus d'informations, veuillez contacter", "  ** Pour plus d'informations :", "Contacts médias",
    "Media contacts", "- - - Para más información", "_______Pour plus", "Le texte de l'article.", "",
    "\u00a0Pour plus d'informations", "ÀPropos", "À propos de l'OIM", "Share this", "Partager sur Facebook",
    "### À propos", "> Follow us", "1 Pour plus", "\x1cPour plus d'informations", "Service de presse de l'UNESCO",
    "Assessoria de Comunicação do PNUD", "Press Office",
])
def test_initials_test_passes_every_line_the_pattern_matches(line: str) -> None:
    if not contacts.may_open_with(line, contacts._OPENER_MARKS, contacts._OPENER_INITIALS):
        assert contacts._OPENER.match(line) is None
    if not contacts.may_open_with(line, contacts._BLOCK_END_MARKS, contacts._BLOCK_END_INITIALS):
        assert contacts._BLOCK_END.match(line) is None
    bare = len(line) <= contacts.PRESS_OFFICE_CHARS and contacts._names_the_press(text_helpers.key(line).strip(" :"))
    opens = contacts._OPENER.match(line) is not None or bare  # an address follows: a bare opener opens too
    assert (contacts.contact_start(f"{line}\nana@iom.int", 0) == 0) == opens


@pytest.mark.parametrize("line", ["Partager sur LinkedIn", "Facebook Twitter E-mail", "SHARE", "Imprimer",
                                  "Partager : Facebook", "Share 2 Facebook", "Twitter@x", "ſhare", "Ṫwitter"])
def test_share_line_reads_its_words(line: str) -> None:
    words = [word.casefold() for word in contacts.name_words(line)]
    expected = all(word in contacts.SHARE_WORDS for word in words) and any(
        word in contacts.SHARE_PLATFORMS for word in words) and not any(ch.isdigit() or ch == "@" for ch in line)
    assert contacts.is_share_line(line) == expected


@pytest.mark.parametrize("text", ["Tél. : 01", "Hôtel Tél: 01", "x_tel: 1", "1tel 2", "\u0301tel: 3", "É-mail : a",
                                  "Contactez Amina. Tel (bureau) : 4", "veuillez contacter : Ana", "recontacter Ana"])
def test_word_start_reads_as_no_word_character_before(text: str) -> None:
    """\\m stands where (?<!\\w) stood before the label and verb words: every such word starts with a word character."""
    for pattern in (contact_people._VERB, contact_people._LABEL_WORDS):
        before = regex.compile(pattern.pattern.replace("\\m", "(?<!\\w)", 1), pattern.flags)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in before.finditer(text)]


def test_no_letter_opens_a_separator_line() -> None:
    """What is_separator relies on to answer a line opening on a letter without its pattern."""
    every = (chr(code) for code in range(sys.maxunicode + 1))
    assert not any(text_helpers._SEPARATOR.fullmatch(ch + " ***") for ch in every if ch.isalpha())
    assert is_separator("*** ---") and not is_separator("Un titre")


# pieces of text where a phone number or an address may open, or nearly: digits (ASCII and others), leads,
# separators, extension and at words, brackets, letters and a combining mark
PIECES = ["0", "1", "7", "00", "41", "22 717", "+", "+ ", "(", "(0)", ")", " ", "\t", "\u00a0", ".", ",", "-", "\n",
          "x", "Ext. ", "poste", "a", "é", "_", "\u0301", "\u0663", "\uff15", "\u0967", "@", "[", "]", "{", "}",
          " at ", "(at)", "[at]", "chez", "ana", "iom.int", "dot", "%"]
PIECED = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(PIECED)
def test_phone_numbers_are_found_where_the_search_finds_them(text: str) -> None:
    assert [m.span() for m in phones._numbers(text)] == [m.span() for m in phones._PHONE.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(PIECED)
def test_at_signs_are_found_where_the_search_finds_them(text: str) -> None:
    found = text_helpers.matches_opening_on(emails._AT, text, emails._AT_FIRSTS)
    assert [m.span() for m in found] == [m.span() for m in emails._AT.finditer(text)]


def test_phone_leads_and_at_signs_open_on_the_characters_named() -> None:
    """What the two shortcuts rely on: a digit is a word character (no number opens on a run's later digit),
    and every at sign or bracketed at word opens on one of _AT_FIRSTS."""
    every = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code < 0xE000)
    digits = regex.findall(r"\d", every)
    assert len(digits) > 600 and all(regex.fullmatch(r"\w", digit) for digit in digits)
    assert {m.group()[0] for m in emails._AT.finditer(" ".join(f"{o}at{c} @ {o} chez {c}" for o, c in
                                                                   ("()", "[]", "{}", "(]")))} <= set(emails._AT_FIRSTS)


@pytest.mark.parametrize("path", sorted(FIXTURE_PAGES.glob("*.txt")), ids=lambda path: path.stem)
def test_menu_language_from_the_rows_held_reads_as_every_line(path) -> None:
    page = path.read_text(encoding="utf-8")
    top = boilerplate.PageTop(page)
    start, _ = top.find_article()
    for where in (start, len(page), 0, start // 2):  # the plain function reads line by line
        assert top.menu_language(where) == boilerplate.menu_language(page, where)
    crlf = page.replace("\n", "\r\n") + "\n \t\n- English\n"
    top = boilerplate.PageTop(crlf)
    top.find_article()
    assert top.menu_language(len(crlf)) == boilerplate.menu_language(crlf, len(crlf))
    assert "" not in boilerplate.MENU_LANGUAGE  # a blank line, which the held rows leave out, names no language


def _dates_everywhere(fragment: str) -> list[dict]:
    """A date finder that reads all of any fragment as a date: the shortcut must hold whatever dates say."""
    return [{"type": "date", "start": 0, "end": len(fragment)}] if fragment.strip() else []


def _date_after_comma(fragment: str) -> list[dict]:
    at = fragment.find(",") + 2
    return [{"type": "date", "start": at, "end": len(fragment.rstrip())}] if 1 < at < len(fragment.rstrip()) else []


LINE_PIECES = ["GENÈVE", "Dakar", " ", "\u00a0", ",", " – ", "-", "—", ":", "(OCHA)", "5", "mars", "2024", "Le",
               "texte", ".", "/", "Washington, D.C.", "l'OIM", "\t", "«"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LINE_PIECES), min_size=1, max_size=12).map("".join), st.sampled_from([
    _dates_everywhere, _date_after_comma]))
def test_no_dateline_opens_a_line_the_shortcut_passes_over(line: str, find_dates) -> None:
    if segment._may_hold_dateline(line):
        return
    page = f"Titre\n{line}\nSuite."
    start = page.index(line) + len(line) - len(line.lstrip())
    paragraph = segment.Paragraph(start, page.index(line) + len(line), line.strip())
    assert segment._dateline(page, paragraph, find_dates) is None


# the segment breaks of a contact block in one alternation, as they were written before first_matches
ONE_BREAK = regex.compile("|".join(f"(?:{kind.pattern})" for kind in contact_people._SEGMENT_BREAKS), regex.IGNORECASE)
BREAK_PIECES = ["Ana", " ", "\t", "\n", "\r\n", ",", ";", ":", "/", "(", ")", "•", "|", "-", "–", "—", " - ", " et ",
                " Y ", "e", " ou", "or ", " and", "OIM", "Tél", "\u00a0", "\u2003o\u2003", "É"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(BREAK_PIECES), max_size=30).map("".join), st.integers(0, 5))
def test_segment_breaks_are_found_where_one_alternation_finds_them(text: str, start: int) -> None:
    found = text_helpers.first_matches(contact_people._SEGMENT_BREAKS, text, start, len(text))
    assert [m.span() for m in found] == [m.span() for m in ONE_BREAK.finditer(text, start, len(text))]


END_PIECES = ["*", "#", "-", " ", "\t", "30", "FIN", "fin", "End", "x", "###", "—", "\u00a0", "* *"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(END_PIECES), max_size=10).map("".join))
def test_end_marks_open_on_the_characters_named(text: str) -> None:
    assert edges.is_end_mark(text) == (edges._END_MARK.fullmatch(text.strip()) is not None)


LINE_TAGS = [
    pytest.param("Le texte.<br>\n<br>\nLa suite.", "Le texte.    \n    \nLa suite.",
                 id="breaks-closing-lines-and-alone"),
    pytest.param("Le texte.</p><p>\r\nLa suite.<br />", "Le texte.       \r\nLa suite.      ",
                 id="tags-then-crlf-and-end"),
    pytest.param('Voir <a href="x">le site</a> ici.', 'Voir <a href="x">le site</a> ici.',
                 id="tags-inside-a-line-kept"),
    pytest.param("5 < 6 et 7 > 4\n", "5 < 6 et 7 > 4\n", id="signs-are-no-tag"),
]


@pytest.mark.parametrize(("page", "expected"), LINE_TAGS)
def test_tags_closing_a_line_are_blanked_keeping_offsets(page: str, expected: str) -> None:
    assert debris.blank_line_tags(page) == expected
