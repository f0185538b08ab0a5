"""Coverage-guided fuzzing of the whole pipeline with atheris (libFuzzer).

    python fuzz/fuzz_parse.py "$(mktemp -d)" fixtures/pages -max_total_time=60

libFuzzer reads every corpus folder and writes new inputs to the first one only,
so the fixture pages seed the run and stay untouched. Each input is decoded the way the CLI
decodes files, parsed, and checked: no exception, every item's span indexes the
input, items of different kinds never overlap, the record has every field.
"""

from __future__ import annotations

import itertools
import sys

import atheris

with atheris.instrument_imports():
    from oimx import record
    from oimx.pipeline import parse_page
    from oimx.sources import InputError, decode

KINDS = ("emails", "phones", "dates", "money")


def check(data: bytes) -> None:
    """One fuzz input: must parse cleanly and keep the record's promises."""
    try:
        text, _ = decode(data, text=True)
    except InputError:
        return
    rec = parse_page(text, "fuzz")
    assert list(rec) == list(record.FIELDS), rec.keys()
    spans = []
    for kind in KINDS:
        for item in rec[kind]:
            assert text[item["start"] : item["end"]] == item["text"], (kind, item)
            spans.append((item["start"], item["end"]))
    spans.sort()
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start, spans


def main() -> None:
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
