"""The shipped look-up of place names (issue 15: start-up): what the names and aliases make, read instead of made."""

from __future__ import annotations

from oimx.lexicon import places


def test_shipped_plain_names_are_those_the_names_make() -> None:
    assert places._names() == places.build_plain_names(), "rebuild it: python -m oimx.lexicon.places"


def test_the_plain_names_cover_every_language_and_alias() -> None:
    names = places._names()
    assert names[places._plain("Côte d’Ivoire")] == "CI"
    assert names[places._plain("Genève")] == names[places._plain("Geneva")] == "CH"
    assert len(names) > 800
