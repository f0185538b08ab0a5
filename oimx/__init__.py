"""oimx: turn saved IOM/OIM press-release pages into JSON records.

Library use::

    from oimx import parse_page
    record = parse_page(text, source="page.txt")
"""

from __future__ import annotations

__version__ = "1.0.0"
__all__ = ["__version__", "parse_page"]


def __getattr__(name: str):
    if name == "parse_page":
        from oimx.pipeline import parse_page

        return parse_page
    raise AttributeError(name)
