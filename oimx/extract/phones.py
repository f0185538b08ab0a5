"""Phone numbers, normalised by libphonenumber (the ``phonenumbers`` package).

Candidates are found with patterns, then handed one by one to ``phonenumbers``:

- a number written with its country code (``+82 2 6245 7647``, ``+51.221 7209``,
  ``+41 (0)22 717 9111``, ``0041 22 717 9111`` after a label);
- a number after a phone label (``Tél.``, ``Tel:``, ``Mobile``, ``Cel.``) without a
  country code, read in the ``region`` the page's context gives (the contact's
  office or the dateline place) when it is a valid number there, else in the first
  of the ``fallbacks`` (the other countries the page names, the usual countries of
  its language) where it is valid; when none validates it, ``value`` and ``region``
  are None: an E.164 value is never built from a guess libphonenumber rejects;
- in a contact block (``contact=True``), a bare number of 8 digits or more.

Dates, years, amounts and counts are never phones: a candidate needs a ``+``,
a label or a contact block, and phone-like digit groups; a span of years (``© 1996-2024``) is not one
without a ``+`` or a label.

Schema of an item::

    {"text": str,               # as written, == input[start:end] (extension included)
     "start": int, "end": int,
     "value": str | None,       # E.164 ("+82262457647"); None when no country validates a national number
     "extension": str | None,   # "203" for "Ext. 203" / "poste 203"
     "region": str | None,      # ISO 3166 alpha-2 of the number, per libphonenumber
     "valid": bool,             # libphonenumber's verdict; invalid numbers are kept
     "kind": "phone" | "mobile" | "fax"}

Example::

    >>> find("Tel: +86 10 8532 5303, Ext. 203")[0]["value"]
    '+861085325303'
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

import regex

from oimx import rx
from oimx.extract.digits import digit_runs
from oimx.lexicon.contacts import EXTENSION_LABELS, PHONE_LABELS
from oimx.text import alternation

_LABELS = alternation(PHONE_LABELS)
_EXTENSIONS = alternation(EXTENSION_LABELS)

_PHONE = rx.compile(
    rf"""
    (?P<number>
        (?<![\w+])
        (?: (?P<plus> \(? \+ [ \t]{{0,2}} | 00 (?=[1-9]) ) )?  # country-code mark: + or 00, "(+41)"
        \(? \d{{1,15}} \)?                                 # first group, maybe in brackets
        (?: (?: [ \t\u00a0.-]{{1,2}} | (?<=\d)(?=\() )      # a separator
            (?: \(0\) [ \t\u00a0]{{0,2}} )?                 # the (0) trunk prefix
            \(? \d{{1,12}} \)?                             # next group
        ){{0,7}}
    )
    (?![\d]|[.,]\d)                                        # not cut inside a longer number
    (?: [ \t]{{0,2}} (?: , | \( | [-–] )? [ \t]{{0,2}}       # ", ext. 203", "(poste 482)", "- anexo 12"
        (?P<extlabel> (?:{_EXTENSIONS}) ) [ \t.:]{{0,3}} (?P<ext> \d{{1,6}} ) (?: (?<=\(\D*\d+) \) )?
    )?
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# a label just before a number: "Tél. : ", "Mobile (CH): "; matched backwards from the number
_LABEL = rx.compile(
    rf"""
    (?<!\w) (?P<label> {_LABELS} )                         # Tél / Tel. / Mobile / Fax
    [ \t\u00a0\u202f.:]{{0,4}}                              # "Tél. :", "Mobile\u00a0:" (French typography)
    (?: \([^)\r\n]{{1,20}}\) [ \t\u00a0\u202f.:]{{0,3}} )?     # an optional note in brackets
    \Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# its groups read by number: by name, ``regex`` first tries the name as a number, raising and clearing a
# TypeError (2.2 K instructions a read; a page reads about twenty)
_NUMBER, _PLUS, _EXT = (_PHONE.groupindex[name] for name in ("number", "plus", "ext"))
_LABEL_TEXT = _LABEL.groupindex["label"]
# how far before a number its label may start
_LABEL_REACH = 40
_DIGITS = rx.compile(r"\d")
_YEAR_SPAN = rx.compile(r"((?:1[89]|20)\d\d)[ \t]?-[ \t]?((?:1[89]|20)\d\d)")
# a number's first digit opens a run of digits (digit_runs), at most _LEAD_REACH characters after the number's start
# ("+ (22", the longest lead: a "+", two spaces or tabs, a bracket); only a "+" or a bracket may stand there
_LEAD_REACH = 4
_LEAD_MARKS = "+("
_KINDS = {label.casefold(): kind for label, kind in PHONE_LABELS.items()}


def _closed(text: str, start: int, end: int) -> int:
    """The end of the number ``text[start:end]`` without a closing bracket it did not open: "(Tél. : 01 40 44 06
    91)" ends on 91; "(56 2) 2210 2381" and "(poste 482)" keep theirs."""
    if text[end - 1] == ")" and text.count(")", start, end) > text.count("(", start, end):
        return end - 1
    return end


def _is_year_span(number: str) -> bool:
    """Two years joined by a dash, the later one second ("1996-2024"): a span of years, not a number to call."""
    years = _YEAR_SPAN.fullmatch(number.strip())
    return years is not None and years.group(1) < years.group(2)


@lru_cache(maxsize=4096)
def _normalise(number: str, region: str | None) -> tuple[str | None, str | None, bool]:
    """E.164 value, region and validity of one candidate read in ``region``, per libphonenumber."""
    import phonenumbers

    digits = "".join(_DIGITS.findall(number))
    international = number.lstrip(" \t(").startswith(("+", "00"))
    try:
        parsed = phonenumbers.parse(number, None if international else region)
    except phonenumbers.NumberParseException:
        return ((f"+{digits.removeprefix('00')}" if international else None), None, False)
    value = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return value, phonenumbers.region_code_for_number(parsed), phonenumbers.is_valid_number(parsed)


def _read(number: str, region: str | None, fallbacks: Sequence[str]) -> tuple[str | None, str | None, bool]:
    """A national number read in ``region``, else in the first of ``fallbacks`` where it is valid."""
    for where in (region, *fallbacks) if region else fallbacks:
        value, number_region, valid = _normalise(number, where)
        if valid:
            return value, number_region, valid
    return None, None, False


def find(
    text: str,
    *,
    region: str | Callable[[int], str | None] | None = None,
    fallbacks: Sequence[str] = (),
    contact: bool = False,
) -> list[dict]:
    """Phone numbers in ``text``.

    ``region`` reads numbers written without country code: an ISO 3166 code, or a
    function from a candidate's offset to the code (the office named before it);
    ``fallbacks`` are tried in order when the number is not valid there.
    """
    return list(finditer(text, region=region, fallbacks=fallbacks, contact=contact))


def _numbers(text: str) -> Iterator[regex.Match]:
    """What ``_PHONE.finditer(text)`` yields, the pattern tried only around runs of digits (the engine's
    search tried it at every character, ~350 instructions each): a number opens on the first digit of a
    run, or a little before it on a "+" or a bracket; no number opens on a later digit of a run, where a
    word character stands before it (``(?<![\\w+])``)."""
    at = 0
    for first, end in digit_runs(text):
        if end <= at:  # inside the last number
            continue
        first = max(first, at)  # its extension ended inside this run: the rest of it
        match = None
        for lead in range(max(at, first - _LEAD_REACH), first):
            if text[lead] in _LEAD_MARKS and (match := _PHONE.match(text, lead)) is not None:
                break
        if match is None and (match := _PHONE.match(text, first)) is None:
            at = end
            continue
        yield match
        at = match.end()


_INTERNATIONAL = rx.compile(r"(?<![\w+])\+[ \t]{0,2}\d(?:[ \t.()/-]{0,2}\d){6,15}")  # "+227 20 75 23 25"


def country_codes_along(text: str, start: int = 0) -> list[tuple[int, str]]:
    """Where each number written with its country code in ``text[start:]`` ends, and the code's main region ("+227
    20 75 23 25" -> NE), in order (country codes are prefix-free: the first of one to three digits that is one);
    those of no known code are left out."""
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

    found = []
    for m in _INTERNATIONAL.finditer(text, start):
        digits = "".join(ch for ch in m.group()[:8] if ch.isdigit())
        code = next((int(digits[:n]) for n in (1, 2, 3) if int(digits[:n]) in COUNTRY_CODE_TO_REGION_CODE), None)
        if code is not None:
            found.append((m.end(), COUNTRY_CODE_TO_REGION_CODE[code][0]))
    return found


def finditer(
    text: str,
    *,
    region: str | Callable[[int], str | None] | None = None,
    fallbacks: Sequence[str] = (),
    contact: bool = False,
) -> Iterator[dict]:
    """The items of :func:`find`, one at a time: the pipeline drops a repeated number as it comes
    (a line of one number written 50,000 times held 50,000 dicts until the repeats were dropped)."""
    for match in _numbers(text):
        number = match.group(_NUMBER)
        digits = sum(map(str.isdigit, number))
        if not 7 <= digits <= 15:
            continue
        label_match = _LABEL.search(text[max(0, match.start() - _LABEL_REACH) : match.start()])
        labelled = label_match is not None
        international = match.group(_PLUS) is not None
        if not (international or labelled or (contact and digits >= 8)):
            continue
        if match.group(_PLUS) and match.group(_PLUS).startswith("00") and not (labelled or contact):
            continue
        if not (international or labelled) and _is_year_span(number):
            continue  # "© 1996-2024 International Labour Organization": a footer's years in a contact block
        if not international and digits < 8 and number.count(" ") + number.count(".") + number.count("-") == 0:
            continue
        if international:
            value, number_region, valid = _normalise(number.strip(), None)
        else:
            where = region(match.start(_NUMBER)) if callable(region) else region
            value, number_region, valid = _read(number.strip(), where, fallbacks)
        start = match.start(_NUMBER)
        end = match.end() if match.group(_EXT) else _closed(text, start, match.end(_NUMBER))
        label = label_match.group(_LABEL_TEXT).casefold() if label_match else ""
        yield {
            "text": text[start:end],
            "start": start,
            "end": end,
            "value": value,
            "extension": match.group(_EXT),
            "region": number_region,
            "valid": valid,
            "kind": _KINDS.get(label, "phone"),
        }
