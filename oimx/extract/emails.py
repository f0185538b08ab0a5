"""E-mail addresses.

Finds addresses as written, including the scraper's ``"mailto:x@iom.int">x@iom.int``
debris (one address), an address cut into two lines after its at sign (``x@<br>`` / ``iom.int``) and common
obfuscations (``x [at] iom.int``, ``x(at)iom.int``,
``x at iom dot int`` in brackets).

Schema of an item::

    {"text": str,   # as written, == input[start:end]
     "start": int, "end": int,
     "value": str}  # the address, lower-case, obfuscation undone

Example::

    >>> [e["value"] for e in find('E-mail : "mailto:JLee@iom.int">JLee@iom.int')]
    ['jlee@iom.int']
"""

from __future__ import annotations

import regex

from oimx import rx
from oimx.lexicon.contacts import EMAIL_AT_WORDS, EMAIL_DOT_WORDS
from oimx.text import matches_opening_on

_AT_WORDS = "|".join(EMAIL_AT_WORDS)
_DOT_WORDS = "|".join(EMAIL_DOT_WORDS)

_EMAIL = rx.compile(
    rf"""
    (?<![\w.%+-])                                   # not inside a longer token
    (?P<local> [\w%+-] (?: [\w.%+-]{{0,62}} [\w%+-] )? )   # local part, no leading/trailing dot
    (?P<at>
        @ (?: [ \t]{{0,3}} (?: <br\s{{0,2}}/?> )? [ \t]{{0,3}} \r?\n [ \t]{{0,3}} )?  # a plain at sign, maybe the line
                                                    # cut after it ("lperrenoud@<br>" / "iom.int")
      | \s{{0,2}} [\[({{]\s{{0,2}} (?:{_AT_WORDS}) \s{{0,2}} [\])}}] \s{{0,2}}   # [at] (at) {{at}}
    )
    (?P<domain>
        (?: [\p{{L}}0-9] [\p{{L}}0-9-]{{0,62}}     # a domain label
            (?: \. | \s{{0,2}} [\[(]\s{{0,2}} (?:{_DOT_WORDS}) \s{{0,2}} [\])] \s{{0,2}} )   # . or [dot]
        ){{1,6}}
        [a-zA-Z]{{2,24}}                            # the top-level domain
    )
    (?![\w-])                                       # not cut inside a longer token
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_LOCAL, _AT_SIGN, _DOMAIN = (_EMAIL.groupindex[name] for name in ("local", "at", "domain"))  # read by number (phones)
_OBFUSCATED_DOT = rx.compile(rf"\s{{0,2}}[\[(]\s{{0,2}}(?:{_DOT_WORDS})\s{{0,2}}[\])]\s{{0,2}}", regex.IGNORECASE)


def _value(match: regex.Match) -> str:
    domain = _OBFUSCATED_DOT.sub(".", match.group(_DOMAIN))
    return f"{match.group(_LOCAL)}@{domain}".casefold()


# where an address may be: an at sign, or a bracketed at word; _AT_FIRSTS, what each of them opens on
_AT = rx.compile(rf"@|[\[({{]\s{{0,2}}(?:{_AT_WORDS})\s{{0,2}}[\])}}]", regex.IGNORECASE)
_AT_FIRSTS = "@[({"
# read backwards from an at sign: the local part, and the spaces a bracketed [at] may follow
_LOCAL_RUN = rx.compile(r"(?r)[\w.%+-]+\s{0,2}")
# how far an address may reach on either side of its at sign
_LOCAL_REACH, _DOMAIN_REACH = 80, 300


def _match_at(text: str, start: int, at: int, stop: int) -> regex.Match | None:
    """The address around the at sign at ``at``: tried only where its local part starts.

    A local part holds no at sign, space or bracket, so it is the run of its characters
    just before the at sign; trying every position of the window instead cost 80 µs an
    at sign on a line of them (``a@a@a@…``).
    """
    run = _LOCAL_RUN.match(text, start, at)
    return None if run is None else _EMAIL.match(text, run.start(), stop)


def _matches(text: str):
    """Address matches, looked for only around at signs (most pages have one or none)."""
    end = 0
    for at in matches_opening_on(_AT, text, _AT_FIRSTS):
        if at.start() < end:
            continue
        match = _match_at(text, max(end, at.start() - _LOCAL_REACH), at.start(),
                          min(len(text), at.end() + _DOMAIN_REACH))
        if match is not None and match.start(_AT_SIGN) <= at.start() < match.end(_AT_SIGN):
            end = match.end()
            yield match


def every(text: str) -> list[tuple[int, int, str]]:
    """Each address as written, repeats included: ``(start, end, value)`` (what ``--redact`` hides)."""
    return [(match.start(), match.end(), _value(match)) for match in _matches(text)]


def find(text: str) -> list[dict]:
    """Each distinct address once, at its first plain occurrence (a ``mailto:`` link only if alone)."""
    chosen: dict[str, tuple[int, int, str, bool]] = {}  # value: start, end, text, inside a mailto: link
    for match in _matches(text):
        value = _value(match)
        in_link = text[max(0, match.start() - 7) : match.start()].casefold() == "mailto:"
        if value not in chosen or (chosen[value][3] and not in_link):
            chosen[value] = (match.start(), match.end(), match.group(), in_link)
    items = []
    for value in sorted(chosen, key=lambda value: chosen[value][0]):  # no pair per address, each tuple freed
        start, end, written, _ = chosen.pop(value)
        items.append({"text": written, "start": start, "end": end, "value": written if written == value else value})
    return items
