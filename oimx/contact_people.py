"""Read the people out of a contact block (its edges: :mod:`oimx.contacts`).

IOM and other sites write a block in many shapes: one field per line (name,
office, ``Tél.``, ``E-mail``); one sentence (``veuillez contacter Amina Touré à
l'OIM Dakar, Tél : …``); one line per office after the lead (``Au Burundi :
Name, Tél : …``); several people joined by ``et``/``or``/``y``; a dash-separated
line (``Name – 06 … – name@example.org``). The block is masked (e-mails, phones,
labels and HTML debris blanked out, offsets kept), cut into segments at commas,
line ends, brackets, dashes, colons and joiners, and each segment is read as a
name, an office (perhaps after a name: ``Name at IOM Haiti``) or noise; walking
them in order, a name opens a person, and the office, phones and e-mails that
follow are theirs until the next name or office lead.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain
from operator import attrgetter

import regex

from oimx import rx
from oimx.contact_walk import walk
from oimx.contacts import bare_opener, name_words
from oimx.lexicon.contacts import (
    ADDRESS_WORDS,
    COMPASS_WORDS,
    CONTACT_VERBS,
    EMAIL_LABELS,
    HONORIFICS,
    JOINERS,
    NAME_LEADS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    OFFICE_WORDS,
    ORGANISATION_WORDS,
    PHONE_LABELS,
    PLACE_LEADS,
    PLACE_LEADS_ON_CAPITALS,
    ROLE_WORDS,
    UNIT_WORDS,
)
from oimx.lexicon.places import PLACE_ADMIN_WORDS, PLACE_PARTICLES, is_place, is_region
from oimx.text import all_languages, alternation, first_matches, fold

# the end of the lead on the block's first line: "… veuillez contacter", "please contact", "contactar a", ":"
# (\m, a word's start, where (?<!\w) would stand: the same before a word's first letter, and a quarter less work)
_VERB = rx.compile(rf"\m(?:{alternation(all_languages(CONTACT_VERBS))})(?!\w)[ \t]{{0,3}}:?", regex.IGNORECASE)
_LEAD_COLON = rx.compile(r"[^\r\n:@+\d]{0,120}:")
_LABEL_WORDS = rx.compile(
    rf"\m(?:{alternation((*PHONE_LABELS, *EMAIL_LABELS))})(?!\w)[ \t]{{0,2}}"
    r"(?:\([^)\r\n]{1,20}\)[ \t]{0,2})?[.:]?",
    regex.IGNORECASE,
)
# where one segment ends, read as one alternation of these kinds (see first_matches)
_SEGMENT_BREAKS = (
    rx.compile(r"[\r\n\t,;|•()\[\]:/]+"),  # line ends, tabs (a table's cells), commas, semicolons, bars, bullets,
    # brackets, colons, slashes
    rx.compile(r"\s[–—-]{1,2}\s"),  # spaced dashes
    rx.compile(rf"(?<=\s)(?:{alternation(all_languages(JOINERS))})(?=\s)", regex.IGNORECASE),  # joiners
)
_JOINER = _SEGMENT_BREAKS[2]
# the words after a joiner, up to the next break of another kind
_AFTER_JOINER = rx.compile(r"[^\r\n\t,;|•()\[\]:/]{0,80}")
# the kinds but the spaced dashes: for a block without a dash (no search of that kind needed)
_UNDASHED_BREAKS = (_SEGMENT_BREAKS[0], _SEGMENT_BREAKS[2])
_DASHES = "–—-"
# what a segment is stripped of before it is read: a segment of these alone holds nothing
_SEGMENT_MARKS = " \t.:\"'“”«»*_•–—-"
# a preposition between a name and its office, or opening an office lead: "à l'OIM Dakar", "at IOM Haiti"
_PLACE_LEAD = rx.compile(rf"(?:^|(?<=\s))(?:{alternation(all_languages(PLACE_LEADS))}"
                         rf"|(?-i:{alternation(all_languages(PLACE_LEADS_ON_CAPITALS))}))(?:\s{{1,3}}|(?<=['’]))",
                         regex.IGNORECASE)
_NAME_LEAD = rx.compile(rf"(?:(?:{alternation(all_languages(NAME_LEADS))})\s{{1,3}}){{1,2}}(?=\p{{Lu}})")
# a title before a name, and a preposition left dangling at a segment's end once its number is masked
_HONORIFIC = rx.compile(rf"(?:{alternation(all_languages(HONORIFICS))})(?!\w)\s{{0,3}}(?=\p{{Lu}})",
                           regex.IGNORECASE)
_DANGLING = rx.compile(rf"\s(?:{alternation((*all_languages(PLACE_LEADS), *all_languages(NAME_LEADS)))})\s*$",
                          regex.IGNORECASE)
_NAME_CHARS = rx.compile(r"[\p{L}\p{M}'’. \t-]+")
# an elided particle glued to a surname: "d'Almeida", "l’Hôte"
_ELIDED = rx.compile(r"[dl]['’]\p{Lu}")
# a web address: "www.unocha.org", "https://…"
_WEB_ADDRESS = rx.compile(r"(?<!\w)www\.|://", regex.IGNORECASE)
# an organisation's acronym: "ONUDC", "UNICEF", "OCHA", "ONU-Habitat", "UN-Women"
_ACRONYM = rx.compile(r"\p{Lu}{2,8}(?:-\p{Lu}\p{Ll}{2,12})?")
# a name has this many words at most, and this many characters
NAME_WORDS = 6
NAME_CHARS = 60
# words after a contact verb that still lead the block when a colon ends them ("Contact presse :")
_LEAD_TAIL_WORDS = 3


@dataclass(slots=True)
class _Event:
    start: int
    kind: str  # "name", "office", "lead" (an office opening a line: "Au Burundi :"), "email", "phone"
    value: str
    strength: float = 0  # offices: 2 names an organisation or a place, 1 a unit or role
    line: int = -1  # names and offices: the number of the block's line they stand on
    opens_line: bool = False  # an office first on its line: "OIM Dakar – Aïssatou Sy – …"
    end: int = -1  # e-mails and phones: where the item ends


def _is_name(segment: str) -> bool:
    """Two to six capitalised words (capitals, compounds, accents and particles allowed), no office word."""
    words = name_words(segment)
    if not 2 <= len(words) <= NAME_WORDS or len(segment) > NAME_CHARS or not words[0][:1].isupper():
        return False
    if not _NAME_CHARS.fullmatch(segment):
        return False  # something else than words: digits, symbols
    for word in words:
        lowered = word.casefold()
        if _unelided(lowered.strip(".")) in OFFICE_WORDS:  # "OIM", "l’OIM"
            return False
        if not (word[:1].isupper() or lowered in NAME_PARTICLES or _ELIDED.match(word) or _glued_particle(word)):
            return False
    if words[0].casefold() in ADDRESS_WORDS:
        return False  # a street: "Rua Viriato", "Avenida Paulista"
    if words[0].casefold() in PLACE_ADMIN_WORDS and words[1].casefold() in PLACE_PARTICLES:
        return False  # a settlement named by its kind: "Ciudad de Panamá", "Ville de Québec", "Isla de Margarita"
    capitalised = sum(word[:1].isupper() or _ELIDED.match(word) is not None or _glued_particle(word) for word in words)
    return capitalised >= 2 and not is_place(segment) and not is_region(segment) and not _agency_office(words)


def _glued_particle(word: str) -> bool:
    """A particle joined by a hyphen to a capitalised surname: "al-Sayed", "el-Amin", "ben-Ali"."""
    particle, hyphen, rest = word.partition("-")
    return bool(hyphen) and rest[:1].isupper() and particle.casefold() in NAME_PARTICLES


def _unelided(word: str) -> str:
    """A word without its elided article or its possessive: "l'oim" -> "oim", "iom's" -> "iom"."""
    word = word.removesuffix("'s").removesuffix("’s")
    return word[max(word.rfind("'"), word.rfind("’")) + 1 :]


def _agency_office(words: list[str]) -> bool:
    """An acronym then a place: an organisation's office ("ONUDC Dakar", "UNICEF Guatemala"), not a person."""
    return len(words) >= 2 and _ACRONYM.fullmatch(words[0]) is not None and is_place(" ".join(words[1:]))


def _looks_like_place(segment: str) -> bool:
    """One to four capitalised words (particles aside): how a place opening an office lead is written."""
    words = name_words(segment)
    return 1 <= len(words) <= 4 and words[0][:1].isupper() and _NAME_CHARS.fullmatch(segment) is not None and all(
        word[:1].isupper() or word.casefold() in PLACE_PARTICLES for word in words
    )


def _office_strength(segment: str) -> int:
    """2 for an organisation or a place, 1 for a unit or a role, 0 for anything else."""
    words = name_words(segment)
    if not words or len(segment) > 2 * NAME_CHARS or _WEB_ADDRESS.search(segment):
        return 0  # an office names no web address: "OCHA press releases are available at www.unocha.org"
    lowered = [_unelided(word.casefold().strip(".")) for word in words]  # "l'OIM": "oim"
    office = any(word in OFFICE_WORDS for word in lowered)
    if any(word in ORGANISATION_WORDS for word in lowered) or (len(words) == 1 and _ACRONYM.fullmatch(words[0])) \
            or (words[0][:1].isupper() and (is_place(segment) or is_region(segment))) \
            or _agency_office(words) or (office and _ACRONYM.fullmatch(words[0])):  # "ICAO Headquarters"
        return 2
    return 1 if office else 0


def _read_segment(segment: str, start: int, line_lead: bool, place_lead: bool = False) -> list[_Event]:
    """The events of one masked segment: a name, an office, or a name then its office. ``line_lead``: the segment
    opens its line before a colon; ``place_lead``: before a colon or a comma ("In Islamabad, Sana Qureshi")."""
    stripped = segment.strip(_SEGMENT_MARKS)
    if not stripped or "@" in stripped or any(map(str.isdigit, stripped)):
        return []
    start += segment.index(stripped[0])
    stripped = _DANGLING.sub("", stripped)  # "Margaret Harris at [number]"
    verb = _VERB.search(stripped)  # a later sentence's lead: "Journalists in Latin America may also contact Ana Ríos"
    if verb is not None and stripped[verb.end():].strip():
        rest = stripped[verb.end():]
        start, stripped = start + verb.end() + len(rest) - len(rest.lstrip()), rest.strip()
    for opener in (_NAME_LEAD, _HONORIFIC):  # "a la Sra. Ana Torres", "o a Diego Salazar en Ginebra"
        found = opener.match(stripped)
        if found:
            start, stripped = start + found.end(), stripped[found.end() :]
    lead = _PLACE_LEAD.match(stripped)
    if lead:  # "Au Burundi", "In Geneva", "à l'OIM Dakar"; "En Tapachula :" opening a line is a place too
        rest = stripped[lead.end() :].strip()
        strength = 2 if (place_lead and _looks_like_place(rest)) or _unit_of_agency(rest) else _office_strength(rest)
        kind = "lead" if place_lead else "office"
        return [_Event(start + lead.end(), kind, fold(rest), strength)] if strength == 2 else []
    if _is_name(stripped):
        after = segment[segment.find(stripped) + len(stripped):]
        if after[:1] == "." and stripped.rsplit(None, 1)[-1].casefold() in NAME_SUFFIXES:
            stripped += "."  # "Ramon Villanueva Jr.": the suffix keeps its dot
        return [_Event(start, "name", fold(stripped))]
    for split in _PLACE_LEAD.finditer(stripped):  # "Amina Touré à l'OIM Dakar", "Ana at IOM Haiti"
        before, office = stripped[: split.start()].strip(), stripped[split.end() :].strip()
        strength = _office_strength(office)
        if strength == 1 and _is_name(before) and not _only_a_role(office):  # a unit, no agency named:
            return [_Event(start, "name", fold(before)), _Event(start + split.end(), "office", fold(office), 1)]
            # "Hala Ben Youssef at the Regional Office in Cairo"
        if strength < 2:
            continue
        if _is_name(before):
            return [_Event(start, "name", fold(before)), _Event(start + split.end(), "office", fold(office), 2)]
        if _office_strength(before) == 1:  # a role, then where: "chargé de communication à l'OIM Dakar"
            if _unit_of_agency(stripped):  # a unit of the agency: "Service de presse de l'UNESCO"
                return [_Event(start, "office", fold(stripped), 2)]
            return [_Event(start + split.end(), "office", fold(office), 2)]
    strength = _office_strength(stripped)
    if strength == 1 and _only_a_role(stripped):
        return []  # a job title names no office: "Assistant médias et communication", "Communication Officer"
    if strength:
        return [_Event(start, "lead" if line_lead and strength == 2 else "office", fold(stripped), strength)]
    return []


def _joins_by_slash(after: str) -> bool:
    """What an acronym and a slash join into one office: a place ("PAM/N'Djamena"), another agency's acronym
    ("OPS/OMS Perú")."""
    words = after.split()
    return is_place(after) or (bool(words) and _ACRONYM.fullmatch(words[0]) is not None)


def _unit_of_agency(segment: str) -> bool:
    """A unit, then "de" and its agency: "Service de presse de l'UNESCO", "Unidad de Información Pública de la
    CEPAL" (after a lead: "…, de la Unidad de … de la CEPAL")."""
    return any(split.group()[:2].casefold() == "de" and _office_strength(unit := segment[: split.start()].strip()) == 1
               and not _only_a_role(unit)  # "comunicaciones del PNUD Colombia": a job's field, the office is PNUD's
               and _office_strength(segment[split.end() :].strip()) == 2 for split in _PLACE_LEAD.finditer(segment))


def _only_a_role(segment: str) -> bool:
    """``segment`` is a job title, or the end of one past its joiner: it holds a role's word (ROLE_WORDS: "Assistant
    médias", "Communication Officer") or is one word that qualifies a unit without naming one ("communication" of
    "Assistant médias et communication"), and no unit's word (UNIT_WORDS: "Service de presse")."""
    words = [_unelided(word.casefold().strip(".")) for word in name_words(segment)]
    lowered = set(words)
    return lowered.isdisjoint(UNIT_WORDS) and (not lowered.isdisjoint(ROLE_WORDS) or len(words) == 1)


def _head_end(text: str, start: int, end: int) -> int:
    """Where the lead of the block's first line ends: after its contact verb, else its colon."""
    line_end = text.find("\n", start, end)
    line_end = end if line_end < 0 else line_end
    if bare_opener(text[start:line_end]):
        return line_end  # "Media contacts" over the people: the block's label, no office of theirs
    verb = _VERB.search(text, start, min(line_end, start + 300))
    if verb:
        rest = text[verb.end():line_end].strip()
        if rest.endswith(":") and rest[:1].islower() and len(rest.split()) <= _LEAD_TAIL_WORDS:
            return text.rindex(":", start, line_end) + 1  # "Contact presse :", "Contacts médias :"
        return verb.end()
    colon = _LEAD_COLON.match(text, start, line_end)
    return colon.end() if colon else start


def _office_runs_on(read: list[_Event], events: list[_Event], after: str) -> bool:
    """The office ``read`` goes on past a joiner, ``after`` the words that follow it up to the next break: they
    name no person ("PAM Sénégal et Gambie", "Regional Office for Asia and the Pacific", "Oficina de Comunicación
    y Relaciones Externas"), or the office follows a name and is not yet an agency and its place ("Jane Mwangi,
    UNICEF Eastern and Southern Africa"; "Jane Mwangi, OIM Dakar et Aïssatou Sy" names two people). Words opening
    on an acronym, read as a name, go on the same way into an office ("ICAO Western and Central African Office")."""
    if len(read) == 1 and read[0].kind == "name" and _ACRONYM.fullmatch(name_words(read[0].value)[0]):
        return _office_strength(after.strip(_SEGMENT_MARKS)) > 0
    if len(read) == 2 and (read[0].kind, read[1].kind) == ("name", "office"):  # a name and its office read after
        # it: a direction word ends the office's region ("at IOM's Regional Office for West and Central Africa")
        return name_words(read[1].value)[-1].casefold() in COMPASS_WORDS
    if len(read) != 1 or read[0].kind not in ("office", "lead"):
        return False
    if not _is_name(after.strip(_SEGMENT_MARKS)):
        return True
    return bool(events) and events[-1].kind == "name" and not _agency_office(name_words(read[0].value))


def _events(masked: str, body_start: int, stop: int) -> list[_Event]:
    """Names and offices of the masked block, segment by segment, in one pass."""
    events: list[_Event] = []
    position = body_start
    at_line_start = True  # nothing but separators and blanks since the lead or the last line end
    line = 0
    dashed = any(masked.find(dash, body_start, stop) >= 0 for dash in _DASHES)
    breaks = first_matches(_SEGMENT_BREAKS if dashed else _UNDASHED_BREAKS, masked, body_start, stop)
    for separator in chain(breaks, (None,)):
        segment = masked[position : stop if separator is None else separator.start()]
        if separator is not None and separator.group() == "/" and _ACRONYM.fullmatch(segment.strip(_SEGMENT_MARKS)) \
                and _joins_by_slash(_AFTER_JOINER.match(masked, separator.end(), stop).group().strip()):
            continue  # an acronym and its place or partner joined by a slash are one office: "PAM/N'Djamena",
            # "OPS/OMS Perú"
        if segment.strip(_SEGMENT_MARKS):  # else nothing to read (a blank left by a masked number, say)
            colon_follows = separator is not None and ":" in separator.group()
            comma_follows = separator is not None and separator.group()[:1] == ","
            read = _read_segment(segment, position, at_line_start and colon_follows,
                                 at_line_start and (colon_follows or comma_follows))
            if separator is not None and separator.re is _JOINER \
                    and _office_runs_on(read, events, _AFTER_JOINER.match(masked, separator.end(), stop).group()):
                continue  # "and" within an office joins its words: "UNICEF Eastern and Southern Africa"
            for n, event in enumerate(read):  # an office read after its name ("Ana at IOM Haiti") opens no line
                event.line, event.opens_line = line, at_line_start and n == 0
                events.append(event)
        if separator is not None:
            line += separator.group().count("\n") or separator.group().count("\r")
            position = separator.end()
            at_line_start = "\n" in separator.group() or "\r" in separator.group() or (
                at_line_start and not segment.strip())
    return events


def people(text: str, start: int, end: int, emails: Iterable[dict], phones: Iterable[dict]) -> list[dict]:
    """The people named in the block ``text[start:end]``, with their office, e-mails and phones.

    ``text`` is the page with its HTML debris already blanked out (see
    :func:`oimx.debris.mask_debris`); ``end`` is where the block stops: before its first later line that
    :func:`ends_block` tells, or a footer (see :func:`oimx.segment.segment`); ``emails`` and ``phones`` are
    the items found in the block (each read once, as it comes), offsets into ``text``.
    """
    body_start = _head_end(text, start, end)
    fields = [_Event(item["start"], "email", item["value"], end=item["end"]) for item in emails if item["start"] < end]
    fields += [_Event(item["start"], "phone", item["value"] or item["text"], end=item["end"]) for item in phones
               if item["start"] < end]
    fields.sort(key=attrgetter("start"))
    masked = _blanked(text[:end], ((field.start, field.end) for field in fields))
    masked = _blanked(masked, (label.span() for label in _LABEL_WORDS.finditer(masked, body_start)))
    events = _events(masked, body_start, end) + fields
    events.sort(key=attrgetter("start"))
    return walk(events)


def _blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with ``spans`` (in order of their starts) as spaces, offsets kept, built from slices joined
    _JOINED_AT at a time: a list of its characters cost 8 bytes a character, a list of all its slices (or a StringIO,
    or a ``regex.sub``) 8 bytes a byte of a block of numbers (issue 9's leftover), the slices joined as they come 2.
    """
    joined: list[str] = []
    pieces: list[str] = []
    at = 0
    for start, end in spans:
        start = max(start, at)
        if start < end:
            pieces += (text[at:start], " " * (end - start))
            at = end
            if len(pieces) >= _JOINED_AT:
                joined.append("".join(pieces))
                pieces.clear()
    pieces.append(text[at:])
    joined.append("".join(pieces))
    return "".join(joined)


# how many slices _blanked holds before it joins them
_JOINED_AT = 128
