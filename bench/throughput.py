"""Throughput, memory and start-up of ``oimx extract``, measured side by side in one run.

    python bench/throughput.py                 # 20,000 pages a set, 3 runs each
    python bench/throughput.py --pages 2000 --runs 5 --rss-pages 5000,50000
    python bench/throughput.py --start-up ../shared/seeds/003_1311757176bef219.txt --runs 11

Two page sets, built by repeating real pages into temporary folders:

- ``mix``: the pages of ../shared/corpus/pages and ../shared/seeds (most corpus pages
  were saved cut at 2,000 bytes);
- ``full``: whole pages only, longer than the corpus's 2,000-byte cut (../shared/seeds and the
  project's fixture pages of that length).

On each set, in the same run and on the same files:

- a floor: read each file, run ONE combined candidate regex over it (the cues every
  extractor starts from: at signs, digit runs, currency signs, month words), write a
  small JSON line. It is what any extractor must at least pay;
- ``oimx extract --jobs 1`` and ``--jobs 2``, then their CPU time per page past the fixed costs:
  ``--jobs 2``'s parent apart from its workers (``getrusage``), and the speed-up that bounds on
  two CPUs (CPU time, unlike wall time, holds on a machine others are using), and the CPU per
  page of each of two ``--jobs 1`` runs started together: what the machine itself lets two
  processes gain, whatever the code does;
- Duckling (``pyduckling-native-phihos``, time and money) when installed, on a sample.

Then peak RSS of ``--jobs 1`` at each size of ``--rss-pages`` (growth in %), and
start-up: ``oimx --help`` and ``oimx extract`` on one page, with the compiled-pattern cache
off and warm (``OIMX_CACHE_DIR``), beside ``python -c pass`` and the floors of the fixed
dependencies (``--start-up PAGE``: those rows alone). Start-up runs may write
bytecode (``PYTHONDONTWRITEBYTECODE`` is dropped for them, as an installed tool has its
``.pyc``). The rows of a table are run in turn, round after round (floor, ``--jobs 1``,
``--jobs 2``, then again), so that a shared machine whose speed drifts moves them alike.
It prints medians and ratios; nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import resource
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
CUT_BYTES = 2_000  # most corpus pages were saved cut at this size
SMALL_RUN = 16  # pages of the run whose CPU stands for the fixed costs (enough to learn and start workers)

FLOOR = r"""
import json, os, sys
import regex
CUES = regex.compile(r'''
    @[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}                        # e-mail, from its at sign
  | \+?\d[\d .()/-]{5,20}\d                                   # phone-like digit run
  | \d{1,2}(?:er)?\s                                          # day, then a month word
    (?:janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc|jan|feb|mar|apr|may|jun|jul|aug|sep|dec|ene|abr|ago|dic)
    \p{L}{0,7}\.?(?:\s\d{4})?                                 # the rest of the month word, a year
  | (?:19|20)\d\d                                             # year
  | [$€£¥]\s?\d[\d.,\s]{0,15}|\d[\d.,\s]{0,15}\s?(?:[$€£]|dollars?|euros?|USD|EUR|CHF|francs?)  # money
''', regex.VERBOSE | regex.IGNORECASE)
out = sys.stdout
for name in sorted(os.listdir(sys.argv[1])):
    with open(os.path.join(sys.argv[1], name), encoding="utf-8") as handle:
        text = handle.read()
    found = [[m.start(), m.end()] for m in CUES.finditer(text)]
    out.write(json.dumps({"source": name, "found": found}) + "\n")
"""

CPU_SPLIT = r"""
import resource, sys
sys.argv = ["oimx", "extract", *sys.argv[1:]]
from oimx.cli import main
try:
    main()
except SystemExit:
    pass
own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(own.ru_utime + own.ru_stime, workers.ru_utime + workers.ru_stime, file=sys.stderr)
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


def page_sets() -> dict[str, list[Path]]:
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    fixtures = sorted((ROOT / "fixtures" / "pages").glob("*.txt"))
    mix = sorted((SHARED / "corpus" / "pages").glob("*.txt")) + seeds
    full = [page for page in seeds + fixtures if page.stat().st_size > CUT_BYTES]
    return {"mix": mix or fixtures, "full": full}


def build(folder: Path, pages: list[Path], count: int) -> int:
    """Copy ``count`` pages into ``folder`` (cycling through ``pages``); the bytes written."""
    folder.mkdir(parents=True)
    size = 0
    for i in range(count):
        page = pages[i % len(pages)]
        shutil.copyfile(page, folder / f"p{i:06d}.txt")
        size += page.stat().st_size
    return size


def timed(command: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True, env=env)
    return time.perf_counter() - start


# what a start-up cannot go below: the interpreter and the fixed dependencies it must import
START_UP_FLOORS = [
    ("floor: python + typer", "import typer"),
    ("floor: + rich modules of typer's help", "import typer.core, rich.box, rich.align, rich.columns, rich.console, "
     "rich.emoji, rich.highlighter, rich.markup, rich.padding, rich.panel, rich.table, rich.text, rich.theme"),
    ("floor: python + typer + regex + phonenumbers", "import typer, regex, phonenumbers"),
]


def timed_cpu(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = timed(command, env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def start_up(one_page: Path, runs: int, cache: Path) -> None:
    """Wall and CPU medians of a bare interpreter, its floors, ``--help`` and one page (pattern cache off, warm)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cold, warm = {**env, "OIMX_CACHE_DIR": ""}, {**env, "OIMX_CACHE_DIR": str(cache)}
    timed([*OIMX, "extract", str(one_page)], warm)  # writes the bytecode and fills the cache
    commands = [
        ("python -c pass", [sys.executable, "-c", "pass"], env),
        *((label, [sys.executable, "-c", code], env) for label, code in START_UP_FLOORS),
        ("oimx --help", [*OIMX, "--help"], env),
        ("oimx extract one page, pattern cache off", [*OIMX, "extract", str(one_page)], cold),
        ("oimx extract one page, pattern cache warm", [*OIMX, "extract", str(one_page)], warm),
    ]
    rounds = [[timed_cpu(command, environment) for _, command, environment in commands] for _ in range(runs)]
    print(f"\n{f'start-up, medians of {runs} ({sys.executable} -m oimx)':<50}{'wall':>9}{'CPU':>9}")
    for i, (label, _, _) in enumerate(commands):
        wall, cpu = (statistics.median(round_[i][which] for round_ in rounds) for which in (0, 1))
        print(f"{label:<50}{wall:>7.3f} s{cpu:>7.3f} s")


def cpu_split(folder: Path, jobs: int, runs: int) -> tuple[float, float]:
    """Median CPU seconds of ``oimx extract --jobs N`` itself and of its worker processes."""
    splits = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", CPU_SPLIT, "--quiet", "--jobs", str(jobs), str(folder)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
        own, workers = done.stderr.split()[-2:]
        splits.append((float(own), float(workers)))
    return statistics.median(own for own, _ in splits), statistics.median(workers for _, workers in splits)


def cpu_side_by_side(folder: Path, runs: int) -> float:
    """Median CPU seconds of one of two ``oimx extract --jobs 1`` runs started together (each its own process,
    nothing shared but the machine): what a CPU gives a process while the other CPU is busy too."""
    each = []
    for _ in range(runs):
        pair = [subprocess.Popen([sys.executable, "-c", CPU_SPLIT, "--quiet", "--jobs", "1", str(folder)],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        for run in pair:
            _, err = run.communicate()
            if run.returncode:
                raise subprocess.CalledProcessError(run.returncode, run.args, stderr=err)
            each.append(float(err.split()[-2]))
    return statistics.median(each)


def cpu_shares(folder: Path, n: int, runs: int) -> None:
    """CPU per page of ``--jobs 1`` and, for ``--jobs 2``, of the parent and of the workers, and the speed-up
    those bound on two CPUs (the parent and the workers share them; the parent is one process).

    Per page means past the fixed costs (imports, warm-up, learning, starting the workers): the
    figures of a run of ``SMALL_RUN`` pages are taken off those of the whole set.
    """
    small = folder.parent / f"{folder.name}-small"
    if not small.exists():
        small.mkdir()
        for page in sorted(folder.iterdir())[:SMALL_RUN]:
            shutil.copyfile(page, small / page.name)
    (alone, _), (small_alone, _) = cpu_split(folder, 1, runs), cpu_split(small, 1, runs)
    (parent, workers), (small_parent, small_workers) = cpu_split(folder, 2, runs), cpu_split(small, 2, runs)
    pages = n - SMALL_RUN
    per_alone, per_parent = (alone - small_alone) / pages, (parent - small_parent) / pages
    per_workers = (workers - small_workers) / pages
    print(f"CPU ms/page past fixed costs (medians of {runs}): --jobs 1 {1000 * per_alone:.3f}; --jobs 2 parent "
          f"{1000 * per_parent:.3f} + workers {1000 * per_workers:.3f}; fixed: --jobs 1 {small_alone:.2f} s, "
          f"--jobs 2 parent {small_parent:.2f} s")
    bound = per_alone / max(per_parent, (per_parent + per_workers) / 2)
    print(f"--jobs 2 speed-up those bound on 2 CPUs, per page: {bound:.2f}")
    per_pair = (cpu_side_by_side(folder, runs) - small_alone) / pages
    print(f"two --jobs 1 runs side by side: CPU ms/page {1000 * per_pair:.3f} each ({per_pair / per_alone:.2f}x one "
          f"alone): the most two processes can gain on this machine is {2 * per_alone / per_pair:.2f}")


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


def measure_set(name: str, folder: Path, size: int, n: int, args: argparse.Namespace) -> None:
    commands = [("floor (one combined regex)", [sys.executable, "-c", FLOOR, str(folder)]),
                *((f"oimx extract --jobs {jobs}", [*OIMX, "extract", "--quiet", "--jobs", str(jobs), str(folder)])
                  for jobs in (1, 2))]
    rounds = [[timed(command) for _, command in commands] for _ in range(args.runs)]
    rows = [(label, statistics.median(round_[i] for round_ in rounds)) for i, (label, _) in enumerate(commands)]
    duck = duckling_seconds_per_page(folder, args.duckling_sample, args.runs)
    if duck is not None:
        rows.append((f"Duckling (sample of {args.duckling_sample})", duck * n))
    floor, jobs1, jobs2 = rows[0][1], rows[1][1], rows[2][1]
    print(f"\n{name}: {n} pages, {size / n / 1000:.1f} kB/page, medians of {args.runs}")
    print(f"{'run':<34}{'seconds':>9}{'pages/s':>10}{'MB/s':>8}{'ms/page':>9}{'x floor':>9}")
    for label, seconds in rows:
        print(f"{label:<34}{seconds:>9.2f}{n / seconds:>10.0f}{size / seconds / 1e6:>8.2f}"
              f"{1000 * seconds / n:>9.3f}{seconds / floor:>9.1f}")
    print(f"--jobs 2 speed-up over --jobs 1: {jobs1 / jobs2:.2f}")
    cpu_shares(folder, n, args.runs)
    if duck is not None:
        print(f"oimx --jobs 1 is {duck * n / jobs1:.1f} times faster than Duckling")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=20_000, help="pages in each set")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--duckling-sample", type=int, default=300)
    parser.add_argument("--rss-pages", default="5000,50000", help="page counts for the peak-RSS row")
    parser.add_argument("--start-up", metavar="PAGE", type=Path, help="only the start-up rows, on this page")
    args = parser.parse_args()
    print(f"{os.cpu_count()} CPUs; Python {sys.version.split()[0]}")
    if args.start_up:
        with tempfile.TemporaryDirectory(prefix="oimx-bench-") as tmp:
            start_up(args.start_up, max(7, args.runs), Path(tmp) / "patterns")
        return

    with tempfile.TemporaryDirectory(prefix="oimx-bench-") as tmp:
        for name, pages in page_sets().items():
            folder = Path(tmp) / name
            size = build(folder, pages, args.pages)
            measure_set(f"{name} ({len(pages)} distinct pages)", folder, size, args.pages, args)
            one_page = folder / "p000000.txt"

        counts = [int(c) for c in args.rss_pages.split(",")]
        rss = []
        for count in counts:
            folder = Path(tmp) / f"rss{count}"
            build(folder, page_sets()["mix"], count)
            rss.append(max_rss_mb([*OIMX, "extract", "--quiet", "--jobs", "1", str(folder)]))
            shutil.rmtree(folder)
        sizes = ", ".join(f"{mb:.0f} MB at {c} pages" for mb, c in zip(rss, counts, strict=True))
        print(f"\npeak RSS, --jobs 1: {sizes} ({100 * (rss[-1] - rss[0]) / rss[0]:+.1f}% from first to last)")

        start_up(one_page, max(7, args.runs), Path(tmp) / "patterns")


if __name__ == "__main__":
    main()
