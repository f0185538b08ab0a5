"""CPU milliseconds per page of ``parse_page``, in process, for one checkout or several side by side.

    python bench/cpu.py                         # this checkout
    python bench/cpu.py OLD_CHECKOUT .          # another checkout first, then this one, interleaved

Each checkout runs in its own interpreter (``PYTHONPATH`` set to it), in turns, ``--runs`` times;
a turn parses the corpus mix (../shared/corpus and the seeds) and whole pages (the seeds and the
fixture pages longer than 2,000 bytes, 20 times each) after a warm-up, and reports process CPU
time, not wall time, so a busy machine blurs it less. It prints medians and the least of the turns
(the turn a noisy neighbour disturbed least); it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

_TURN = r"""
import json, sys, time
from pathlib import Path
from oimx.pipeline import parse_page
shared, fixtures = Path(sys.argv[1]), Path(sys.argv[2])
seeds = sorted((shared / "seeds").glob("*.txt"))
sets = {
    "mix": sorted((shared / "corpus" / "pages").glob("*.txt")) + seeds,
    "full": [p for p in seeds + sorted(fixtures.glob("*.txt")) if p.stat().st_size > 2000] * 20,
}
result = {}
for name, paths in sets.items():
    pages = [p.read_text(encoding="utf-8") for p in paths]
    for page in pages[:60]:
        parse_page(page)
    start = time.process_time()
    for page in pages:
        parse_page(page)
    result[name] = (time.process_time() - start) / len(pages) * 1000
print(json.dumps(result))
"""


def turn(checkout: Path) -> dict[str, float]:
    """One interpreter's CPU ms per page on each set, with ``checkout`` first on the path."""
    env = dict(os.environ, PYTHONPATH=str(checkout))
    done = subprocess.run([sys.executable, "-c", _TURN, str(SHARED), str(ROOT / "fixtures" / "pages")],
                          env=env, capture_output=True, text=True, check=True, cwd=checkout)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkouts", nargs="*", type=Path, default=[ROOT], help="checkouts to compare (default: this)")
    parser.add_argument("--runs", type=int, default=3, help="turns per checkout (default: %(default)s)")
    args = parser.parse_args()
    figures: dict[Path, dict[str, list[float]]] = {c: {"mix": [], "full": []} for c in args.checkouts}
    for _ in range(args.runs):
        for checkout in args.checkouts:
            for name, value in turn(checkout.resolve()).items():
                figures[checkout][name].append(value)
    print(f"{'checkout':40} {'mix ms/page':>12} {'full ms/page':>13}   (CPU: median of {args.runs}, then the least)")
    for checkout, sets in figures.items():
        mix, full = sets["mix"], sets["full"]
        print(f"{checkout!s:40} {statistics.median(mix):12.3f} {statistics.median(full):13.3f}"
              f"   least: {min(mix):.3f} {min(full):.3f}")


if __name__ == "__main__":
    main()
