"""``python -m oimx``."""

from oimx.console import main

main()
