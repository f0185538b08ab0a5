"""Garbage collection held off while a command starts (issue 15: start-up).

Start-up builds objects that live for the whole run: modules, compiled patterns, vocabulary
tables. Python's collector, triggered by the count of allocations, walks them again and again
while they are made and finds no cycle to free: ~20 M instructions of a one-page run. The command
holds collection off (:func:`hold`) until its first page is done (:func:`release`), then freezes
what start-up made (the collector's later passes skip it, over a run of any length) and collects
as usual, so a long run's memory is what it was.
"""

from __future__ import annotations

import gc

_held = False  # collection was on, and hold() turned it off


def hold() -> None:
    """Turn collection off until :func:`release`, if it is on (a caller's own setting is kept)."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release() -> None:
    """Start-up is over: freeze what it made and turn collection back on, if :func:`hold` turned it off."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()
