"""Extractors: one module per kind of item, each with the same shape.

Every extractor module has a docstring (purpose, schema, example) and a
``find(text, ...) -> list[dict]`` function. Each returned item is a JSON-ready
dict that carries at least:

- ``text``: the raw text as written, always ``text[start:end]`` of the input;
- ``start`` / ``end``: half-open code-point offsets into the text given;
- the kind's normalised value(s).

The pipeline shifts offsets to the whole page and adds ``section``. Each kind is
registered in :mod:`oimx.kinds`, which tells the pipeline where on the page to call
its ``find`` and the views how to show its items.
"""
