"""The ``oimx`` console script (and ``python -m oimx``): Ctrl-C while the command's modules are still
being imported ends it as Ctrl-C later does, with ``oimx: interrupted`` and status 130, no traceback."""

from __future__ import annotations

import sys


def main() -> None:
    """Import the command line and run it."""
    try:
        from oimx.cli import main as run
    except KeyboardInterrupt:
        sys.stderr.write("oimx: interrupted\n")
        sys.exit(130)
    run()
