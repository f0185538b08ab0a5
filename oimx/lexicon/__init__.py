"""Vocabulary as data: month and day names, currency words, contact labels, places.

Patterns are built from these tables; no word lists live inside a regex.
One module per concern, each holding per-language tables (``fr``, ``en``, ``es``).
"""
