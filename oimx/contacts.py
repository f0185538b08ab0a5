"""Read the people out of a contact block.

A block opens with a phrase such as ``Pour plus d'informations, veuillez
contacter :`` and names one or more people, on one line
(``Jieun Lee, email : jilee@iom.int, +82 70 4820 2648``) or across many
(name, office, ``Tél.``, ``E-mail``). The block is masked (e-mails, phones,
labels and HTML debris blanked out, offsets kept), cut into segments, and each
segment is read as a name, an office or noise; walking them in order, a name
opens a person and the office, phones and e-mails that follow are theirs.
"""

from __future__ import annotations

import regex

from oimx.lexicon.contacts import EMAIL_LABELS, NAME_PARTICLES, OFFICE_WORDS, PHONE_LABELS
from oimx.lexicon.places import country_of
from oimx.text import fold

# the end of the opening phrase: "veuillez contacter :", "please contact", "contacto:"
_HEAD_END = regex.compile(
    r"[^\r\n:@+\d]{0,100}?(?:\b(?:contact\w{0,4}|comuníquese\s\w{1,4}|escriba\s\w{1,4})\b[ \t]{0,3}:?|:)",
    regex.IGNORECASE,
)
_LABEL_ALTERNATIVES = "|".join(
    regex.escape(label) for label in sorted((*PHONE_LABELS, *EMAIL_LABELS), key=len, reverse=True)
)
_LABEL_WORDS = regex.compile(rf"(?<!\w)(?:{_LABEL_ALTERNATIVES})(?!\w)[ \t]{{0,2}}[.:]?", regex.IGNORECASE)
_SEGMENT_BREAK = regex.compile(r"[\r\n,;|•]+|\s[–—-]\s|\s(?:ou|or|o|y|et|and)\s")
_WORD = regex.compile(r"[\p{L}][\p{L}'’.-]{0,30}")



def _kind(segment: str) -> str | None:
    """'name', 'office' or None for one masked segment of a contact block."""
    segment = segment.strip(" \t:.()[]\"'")
    if not segment or any(ch.isdigit() for ch in segment) or "@" in segment or "=" in segment:
        return None
    words = _WORD.findall(segment)
    if not words:
        return None
    lowered = [word.casefold().strip(".") for word in words]
    if any(word in OFFICE_WORDS for word in lowered):
        return "office"
    capitalised = all(word[:1].isupper() or low in NAME_PARTICLES for word, low in zip(words, lowered, strict=True))
    if capitalised and 2 <= len(words) <= 5 and len(segment) <= 60 and words[0][:1].isupper():
        return "office" if country_of(segment) else "name"
    if capitalised and len(words) == 1 and country_of(segment):
        return "office"
    return None


def people(text: str, start: int, end: int, emails: list[dict], phones: list[dict]) -> list[dict]:
    """The people named in the block ``text[start:end]``, with their office, e-mails and phones.

    ``text`` is the page with its HTML debris already blanked out (see
    :func:`oimx.segment.mask_debris`); ``emails`` and ``phones`` are the items found
    in the block, offsets into ``text``.
    """
    opener_line_end = text.find("\n", start, end)
    head = _HEAD_END.match(text, start, end if opener_line_end < 0 else min(end, opener_line_end + 60))
    body_start = head.end() if head else start
    chars = list(text[:end])
    for item in (*emails, *phones):
        chars[item["start"] : item["end"]] = " " * (item["end"] - item["start"])
    masked = _LABEL_WORDS.sub(lambda m: " " * len(m.group()), "".join(chars), pos=body_start)
    events: list[tuple[int, str, str]] = []
    position = body_start
    for separator in (*_SEGMENT_BREAK.finditer(masked, body_start, end), None):
        stop = end if separator is None else separator.start()
        piece = masked[position:stop]
        kind = _kind(piece)
        if kind:
            events.append((position + len(piece) - len(piece.lstrip()), kind, fold(piece).strip(" :.()")))
        if separator is not None:
            position = separator.end()
    events += [(item["start"], "email", item["value"]) for item in emails]
    events += [(item["start"], "phone", item["value"] or item["text"]) for item in phones]
    events.sort(key=lambda event: event[0])

    found: list[dict] = []
    pending_office: str | None = None
    for _, kind, value in events:
        if kind == "name":
            found.append({"name": value, "office": pending_office, "emails": [], "phones": []})
            pending_office = None
        elif kind == "office":
            if found and found[-1]["office"] is None:
                found[-1]["office"] = value
            else:
                pending_office = value
        elif found:
            bucket = found[-1]["emails" if kind == "email" else "phones"]
            if value not in bucket:
                bucket.append(value)
    return found
