"""Properties that hold for any input: never raises, spans valid, kinds never overlap, deterministic."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from oimx import parse_page
from oimx.boilerplate import content_start, find_article
from oimx.extract import dates, emails, money, phones
from tests.conftest import spans_ok

# text drawn from the characters that matter here: digits, separators, letters, accents, dashes, debris
ALPHABET = st.sampled_from(list("0123456789 +-–.,:;/()@\n\r\t\u00a0\u202f'’«»\"<>=[]aeimnorstuxAEIMOST éèàç€$£"))
PIECES = st.sampled_from([
    "Tél. ", "+41 22 717 91 11", "E-mail : ", "x@iom.int", '"mailto:x@iom.int">', "11 mars", "du 27 au 30 mai 2024",
    "23 millions de dollars", "Genève/Séoul, ", " – ", "- 2030 AGENDA\n", "Communiqué\n", "Global\n", "-\n",
    "Pour plus d'informations, veuillez contacter :\n", "aujourd'hui", "1,5 million", "\n\n", "***\n",
])
TEXT = st.lists(st.one_of(st.text(ALPHABET, max_size=12), PIECES), max_size=30).map("".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXT)
def test_parse_page_never_raises_and_spans_are_valid(text: str) -> None:
    record = parse_page(text)
    for kind in ("emails", "phones", "dates", "money"):
        assert spans_ok(text, record[kind])
    assert record["warnings"] == [] or all(w in ("empty page", "no article text after the site navigation")
                                           for w in record["warnings"])


@SETTINGS
@given(TEXT)
def test_items_of_different_kinds_never_overlap(text: str) -> None:
    record = parse_page(text)
    spans = sorted((item["start"], item["end"]) for kind in ("emails", "phones", "dates", "money")
                   for item in record[kind])
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in pairwise(spans))


@SETTINGS
@given(TEXT)
def test_same_input_same_output(text: str) -> None:
    assert parse_page(text, "x") == parse_page(text, "x")


@SETTINGS
@given(TEXT)
def test_each_extractor_never_raises(text: str) -> None:
    for found in (emails.find(text), phones.find(text, contact=True), dates.find(text), money.find(text)):
        assert spans_ok(text, found)


@SETTINGS
@given(TEXT)
@example("Global\n0\r- 2030 AGENDA\nA")  # a stray line inside the menu: its last line is no title
@example("Global\n0- 2030 AGENDA\n- 2030 AGENDA\nA")  # the menu under a label and a stray line
@example("- 2030 AGENDA\n0\rA\r- 2030 AGENDA\nTél. ")  # the menu again under a stray line and a header line
@example("- 2030 AGENDA\n0- 2030 AGENDA\nCommuniqué\n- 2030 AGENDA\nA")  # the menu again under a header line
@example("a\r0\r0- 2030 AGENDA\nA\raPour plus d'informations, veuillez contacter :\n0- 2030 AGENDA\n- 2030 AGENDA\nA")
# ^ a page read as generic, its title over IOM's menu under a header
@example("0- 2030 AGENDA\n0\r\r- 2030 AGENDA\nGenève/Séoul, ")  # stray lines over the menu's end
@example("- 2030 AGENDA\nA\r0Pour plus d'informations, veuillez contacter :\n0A\rA:Pour plus d'informations, "
         "veuillez contacter :\n")  # no menu is left: a stray line over a heading may go, as on any generic page
def test_stripping_boilerplate_twice_changes_nothing(text: str) -> None:
    once = text[content_start(text) :]
    start, layout = find_article(once)
    assert start == 0 or layout == "generic" or once[start:].strip() == ""


@SETTINGS
@given(st.text(st.one_of(ALPHABET, st.sampled_from(["_", "\u0301", "½", "²", "\u2028", "\x1c", "ǅ"]), st.characters()),
               max_size=80), st.sampled_from([4, 16, 1 << 16]))
def test_words_of_is_the_set_of_word_runs(text: str, chunk: int) -> None:
    """The page's word set, read from space-separated tokens a chunk at a time, holds the runs a
    ``\\w+`` search finds, whatever the punctuation, marks or spaces."""
    from oimx.text import WORD_RUN, words_of

    assert words_of(text, chunk) == set(WORD_RUN.findall(text))


@SETTINGS
@given(st.text(st.one_of(ALPHABET, st.sampled_from(["İ", "ẞ", "Σ", "ǅ", "K"]), st.characters()), max_size=40))
def test_the_kept_lower_case_is_the_text_s_own(text: str) -> None:
    """The lower case kept for the dates and money extractors is ``str.lower``'s, for an equal text
    that is another object too (a slice of the same page), never a text seen before."""
    from oimx.text import lower_case

    assert lower_case(text) == text.lower()
    assert lower_case("".join([text, "x"])[:-1]) == text.lower()
    assert lower_case(text + "Ä") == (text + "Ä").lower()
