"""Scale: N pages through ``--engine ray`` on a local cluster vs ``--jobs`` on one machine, same run.

    python bench/scale.py [--pages 20000] [--cpus 2]

Builds a folder of N pages (the fixture and corpus pages under distinct names), runs
``oimx extract --jobs CPUS`` and then the Ray engine on a fresh local Ray of CPUS CPUs, and
prints pages/s of both (Ray with and without its start-up), their ratio, the peak memory of a
Ray worker, and the cores needed for 10^6 and 10^8 pages in one hour at the measured rate.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import math
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(folder: Path, count: int) -> None:
    pages = sorted((ROOT / "fixtures" / "pages").glob("*.txt"))
    corpus = ROOT.parent / "shared" / "corpus" / "pages"
    if corpus.is_dir():
        pages += sorted(corpus.glob("*.txt"))
    for n in range(count):
        target = folder / f"{n // 1000:03d}" / f"{n:06d}-{pages[n % len(pages)].name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pages[n % len(pages)], target)


def peak_rss(stop: threading.Event, peaks: dict[int, int]) -> None:
    """Watch the Ray shard writers' peak resident memory (VmHWM) until ``stop``."""
    while not stop.is_set():
        for entry in Path("/proc").iterdir():
            try:
                if b"ShardWriter" in (entry / "cmdline").read_bytes():
                    for line in (entry / "status").read_text().splitlines():
                        if line.startswith("VmHWM:"):
                            peaks[int(entry.name)] = max(peaks.get(int(entry.name), 0), int(line.split()[1]))
            except (OSError, ValueError):
                continue
        stop.wait(0.5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20000)
    parser.add_argument("--cpus", type=int, default=2)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="oimx-scale-"))
    try:
        build(work / "pages", args.pages)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "oimx", "extract", str(work / "pages"), "--jobs", str(args.cpus),
                        "-q", "-o", str(work / "one.jsonl")], check=False)
        local = time.perf_counter() - started

        from oimx import batch
        from oimx import ray as engine

        started = time.perf_counter()
        engine.connect(None, num_cpus=args.cpus)
        connected = time.perf_counter()
        stop, peaks = threading.Event(), {}
        watcher = threading.Thread(target=peak_rss, args=(stop, peaks), daemon=True)
        watcher.start()
        manifest = engine.run([str(work / "pages")], str(work / "shards"), batch.Options())
        finished = time.perf_counter()
        stop.set()
        watcher.join()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    pages = manifest["pages"]
    rate_local, rate_ray = pages / local, pages / (finished - connected)
    print(f"pages: {pages}, cpus: {args.cpus}")
    print(f"--jobs {args.cpus}: {local:.1f} s, {rate_local:.0f} pages/s")
    print(f"--engine ray: {finished - started:.1f} s with start-up ({pages / (finished - started):.0f} pages/s), "
          f"{finished - connected:.1f} s after it ({rate_ray:.0f} pages/s)")
    print(f"ratio ray/jobs: {rate_ray / rate_local:.2f} (after start-up), "
          f"{pages / (finished - started) / rate_local:.2f} (with it)")
    print(f"peak memory per Ray worker: {max(peaks.values(), default=0) / 1024:.0f} MB ({len(peaks)} workers seen)")
    per_core = rate_ray / args.cpus
    for target in (10**6, 10**8):
        cores = math.ceil(target / 3600 / per_core)
        print(f"cores for {target:.0e} pages in one hour at {per_core:.0f} pages/s/core: {cores:.0f}")


if __name__ == "__main__":
    main()
