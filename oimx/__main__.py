"""``python -m oimx``."""

from oimx.cli import main

main()
