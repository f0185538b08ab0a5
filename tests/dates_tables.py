"""What the date tests' tables are made of: one item summarised, and positive / negative / strict-xfail cases
in one parameter list (tests/test_dates_families.py, test_dates_written_forms.py, test_dates_years_and_weeks.py)."""

from __future__ import annotations

import pytest


def summary(item: dict) -> tuple:
    """(text, type, value) for a date or time, (text, "range", from, to), (text, "relative", key)."""
    text = " ".join(item["text"].split())
    if item["type"] in ("date", "time"):
        return text, item["type"], item["value"]
    if item["type"] == "range":
        return text, "range", item["from"], item["to"]
    return text, "relative", item["relative"]


def tables(positive: list, negative: list, xfail: list) -> list:
    """One parameter list: positive cases, negative ones (nothing found) and strict xfails."""
    return ([pytest.param(*p.values, id=p.id) for p in positive]
            + [pytest.param(p.values[0], p.values[1], [], id=p.id) for p in negative]
            + [pytest.param(*p.values, id=p.id, marks=pytest.mark.xfail(strict=True)) for p in xfail])
