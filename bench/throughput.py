"""Throughput, memory and start-up of ``oimx extract``, measured side by side in one run.

    python bench/throughput.py                 # 20,000 pages, 3 runs each
    python bench/throughput.py --pages 2000 --runs 5

Builds a corpus of N pages by repeating the real pages of ../shared/corpus/pages
and ../shared/seeds (the project's fixtures when ../shared is absent) into a
temporary folder, then measures on the same files, in the same run:

- a floor: a bare Python pass that reads each file and writes its text as one JSON line;
- ``oimx extract --jobs 1`` and ``--jobs 2``;
- Duckling (``pyduckling-native-phihos``, time and money dimensions) when installed,
  on a sample of the same texts (it is slow) and reported per page;
- peak RSS of ``oimx extract --jobs 1`` at 5,000 and N pages;
- the start-up of ``oimx --help`` and of ``oimx extract`` on one page.

It prints medians over the runs and the ratios; nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
OIMX = [sys.executable, "-m", "oimx"]

FLOOR = r"""
import json, os, sys
out = sys.stdout
for name in sorted(os.listdir(sys.argv[1])):
    with open(os.path.join(sys.argv[1], name), encoding="utf-8") as handle:
        out.write(json.dumps({"source": name, "text": handle.read()}, ensure_ascii=False) + "\n")
"""

MAX_RSS = r"""
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""

DUCKLING = r"""
import sys, time
from duckling import (Context, default_locale_lang, load_time_zones, parse, parse_dimensions, parse_lang,
                      parse_ref_time)
texts = [open(p, encoding="utf-8").read() for p in sys.argv[1:]]
reference = parse_ref_time(load_time_zones("/usr/share/zoneinfo"), "UTC", 1704067200)
context = Context(reference, default_locale_lang(parse_lang("FR")))
dims = parse_dimensions(["time", "amount-of-money"])
parse(texts[0], context, dims, False)  # warm-up, not timed
start = time.perf_counter()
for text in texts:
    parse(text, context, dims, False)
print(time.perf_counter() - start)
"""


def source_pages() -> list[Path]:
    pages = sorted((SHARED / "corpus" / "pages").glob("*.txt")) + sorted((SHARED / "seeds").glob("*.txt"))
    return pages or sorted((ROOT / "fixtures" / "pages").glob("*.txt"))


def build(folder: Path, count: int) -> None:
    pages = source_pages()
    folder.mkdir(parents=True)
    for i in range(count):
        shutil.copyfile(pages[i % len(pages)], folder / f"p{i:06d}.txt")


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def median_time(command: list[str], runs: int) -> float:
    return statistics.median(timed(command) for _ in range(runs))


def max_rss_mb(command: list[str]) -> float:
    out = subprocess.run([sys.executable, "-c", MAX_RSS, *command], capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) / 1024


def duckling_seconds_per_page(folder: Path, sample: int, runs: int) -> float | None:
    try:
        import duckling  # noqa: F401
    except ImportError:
        return None
    files = [str(p) for p in sorted(folder.iterdir())[:sample]]
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", DUCKLING, *files], capture_output=True, text=True, check=True)
        times.append(float(out.stdout.strip()) / len(files))
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--duckling-sample", type=int, default=300)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="oimx-bench-") as tmp:
        big, small = Path(tmp) / "big", Path(tmp) / "small"
        build(big, args.pages)
        build(small, min(5_000, args.pages))
        one_page = next(big.iterdir())
        n = args.pages
        rows = []
        floor = median_time([sys.executable, "-c", FLOOR, str(big)], args.runs)
        rows.append(("floor (read + one JSON line)", floor))
        jobs1 = median_time([*OIMX, "extract", "--quiet", "--jobs", "1", str(big)], args.runs)
        rows.append(("oimx extract --jobs 1", jobs1))
        jobs2 = median_time([*OIMX, "extract", "--quiet", "--jobs", "2", str(big)], args.runs)
        rows.append(("oimx extract --jobs 2", jobs2))
        duck = duckling_seconds_per_page(big, args.duckling_sample, args.runs)

        print(f"corpus: {n} pages from {len(source_pages())} real pages, {os.cpu_count()} CPUs, medians of {args.runs}")
        print(f"{'run':<32}{'seconds':>10}{'pages/s':>11}{'ms/page':>10}{'x floor':>9}")
        for name, seconds in rows:
            print(f"{name:<32}{seconds:>10.2f}{n / seconds:>11.0f}{1000 * seconds / n:>10.3f}{seconds / floor:>9.1f}")
        if duck is not None:
            print(f"{'Duckling (time, money)':<32}{duck * n:>10.2f}{1 / duck:>11.0f}{1000 * duck:>10.3f}"
                  f"{duck * n / floor:>9.1f}   (sample of {args.duckling_sample}, per page x {n})")
            print(f"oimx --jobs 1 is {duck * n / jobs1:.1f} times faster than Duckling")
        else:
            print("Duckling: not installed (pip install -e '.[bench]')")
        print(f"--jobs 2 / --jobs 1 speed-up: {jobs1 / jobs2:.2f}")
        rss_small = max_rss_mb([*OIMX, "extract", "--quiet", "--jobs", "1", str(small)])
        rss_big = max_rss_mb([*OIMX, "extract", "--quiet", "--jobs", "1", str(big)])
        print(f"peak RSS, --jobs 1: {rss_small:.0f} MB at {min(5_000, n)} pages, {rss_big:.0f} MB at {n} pages "
              f"({100 * (rss_big - rss_small) / rss_small:+.1f}%)")
        help_s = median_time([*OIMX, "--help"], max(5, args.runs))
        one_s = median_time([*OIMX, "extract", str(one_page)], max(5, args.runs))
        print(f"start-up: oimx --help {help_s:.3f} s, oimx extract one page {one_s:.3f} s (wall, median)")


if __name__ == "__main__":
    main()
