"""Peak memory of parsing one long page, per MB of input (issue 9 leftover, issue 15).

    python bench/memory.py [--mb 1]

Each shape is one hostile page of about ``--mb`` MB (a single line of words, of dates, of
e-mails, of phone numbers, of amounts, a mixed line, many contact lines). The peak of the
memory Python allocates while ``parse_page`` runs is read with tracemalloc (counts, not
time) and printed per MB of input, beside what the returned record itself holds (a dict per
item: on dense lines many times the text), the working memory beyond it (peak - record) and
the size of the record's JSON line (what the record must become anyway).
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import tracemalloc
from collections.abc import Callable

from oimx import parse_page
from oimx.pipeline import warm_up
from oimx.record import dumps

_MIXED = "le 3 mai 2024 a@iom.int +41 22 000 00 00 5 millions de dollars "
_CONTACT = "Pour plus d'informations, veuillez contacter :\nAmina Touré, OIM Genève\n"
# page shapes of about n characters
SHAPES: dict[str, Callable[[int], str]] = {
    "one line of words": lambda n: "Titre\n" + "mot " * (n // 4) + "\n",
    "one line of dates": lambda n: "Titre\n" + "le 3 mai 2024, " * (n // 15) + "\n",
    "one line of e-mails": lambda n: "Titre\n" + " ".join(f"p{i}@iom.int" for i in range(n // 12)) + "\n",
    "one line of phones": lambda n: "Titre\n" + "+41 22 000 00 00, " * (n // 18) + "\n",
    "one line of amounts": lambda n: "Titre\n" + "5 millions de dollars, " * (n // 23) + "\n",
    "one mixed line": lambda n: "Titre\n" + _MIXED * (n // len(_MIXED)) + "\n",
    "many contact lines": lambda n: "Titre\nCorps.\n" + _CONTACT
    + "".join(f"Tél. : +41 22 {i % 1000:03d} {i % 100:02d} 00\n" for i in range(n // 25)),
}


def peak_per_mb(text: str) -> tuple[float, float, float]:
    """Per byte of ``text``'s UTF-8: the peak allocated while parsing it, what its record holds, its JSON line."""
    tracemalloc.start()
    try:
        record = parse_page(text)
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    size = len(text.encode("utf-8"))
    return peak / size, kept / size, len(dumps(record).encode("utf-8")) / size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=1.0, help="size of each page, in MB")
    args = parser.parse_args()
    warm_up()
    print(f"{'page (' + format(args.mb, 'g') + ' MB)':<24}{'MB per MB of input: peak':>26}{'record':>8}{'working':>9}"
          f"{'JSON':>6}")
    for name, make in SHAPES.items():
        peak, kept, json_line = peak_per_mb(make(int(args.mb * 1_000_000)))
        print(f"{name:<24}{peak:>26.1f}{kept:>8.1f}{peak - kept:>9.1f}{json_line:>6.1f}")


if __name__ == "__main__":
    main()
