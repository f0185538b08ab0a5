"""The shipped CLDR currency table, and the money extractor's cost on long lines."""

from __future__ import annotations

import gc
import time

from oimx.extract.money import find
from oimx.lexicon import currencies


def test_shipped_table_equals_what_babel_gives() -> None:
    assert currencies.load() == currencies.build(), "rebuild it: python -m oimx.lexicon.currencies"


def test_table_covers_every_territory_currency_in_three_languages() -> None:
    table = currencies.load()
    in_use = {code for codes in table["territories"].values() for code in codes}
    for lang in currencies.LANGS:
        named = {code for codes in table["names"][lang].values() for code in codes}
        assert in_use - named <= {"XXX"}, lang


def test_cfa_zones_come_from_territories() -> None:
    assert find("500 000 francs CFA", country="TD")[0]["currency"] == "XAF"
    assert find("500 000 francs CFA", country="BF")[0]["currency"] == "XOF"


def _seconds(text: str) -> float:
    """Least CPU time of three runs, the garbage collector held: no race with the wall clock."""
    best = float("inf")
    gc.disable()
    try:
        for _ in range(3):
            start = time.thread_time()
            find(text)
            best = min(best, time.thread_time() - start)
    finally:
        gc.enable()
    return best


def test_a_long_line_full_of_amounts_costs_linear_time() -> None:
    """Eight times the text costs about eight times as much; a quadratic cost would be 64x."""
    unit = "entre 2 et 3 millions de dollars, 1 000 personnes, 500 000 francs CFA au Mali, USD1,23 et 15 $ 30 cents; "
    small, large = unit * 150, unit * 1200
    assert len(find(large)) == 8 * len(find(small))
    assert _seconds(large) < 24 * _seconds(small)
