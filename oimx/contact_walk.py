"""Walk the events of a contact block (names, offices, e-mails, phones, in order) into its people.

:mod:`oimx.contact_people` reads the events out of the block; this module decides whose each one is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from oimx.contacts import name_words
from oimx.lexicon.contacts import NAME_PARTICLES, PRESS_NOUNS, PRESS_OFFICES, TEAM_WORDS, UNIT_WORDS
from oimx.text import all_languages, key, loose_key

if TYPE_CHECKING:
    from oimx.contact_people import _Event

# an office taken from a lead ("Au Burundi :") yields to one written beside the person, not to a role
_INHERITED = 1.5
_PRESS_OFFICE_LEADS = tuple(all_languages(PRESS_OFFICES))
_PRESS_NOUN_WORDS = frozenset(all_languages(PRESS_NOUNS))
_GROUP_WORDS = frozenset(all_languages(TEAM_WORDS)) | UNIT_WORDS
# a name's word shorter than this is not looked for in an address ("Li", initials)
_NAME_IN_ADDRESS_LETTERS = 3


def press_unit(office: str) -> bool:
    """An office that is the press's, no person's: a press office ("Service de presse", "Media Relations") or a
    press noun with a team's or a unit's word ("WHO Media Team", "Cellule presse")."""
    lowered = key(office)
    if lowered.startswith(_PRESS_OFFICE_LEADS):
        return True
    words = {word.strip(".") for word in name_words(lowered)}
    return not words.isdisjoint(_PRESS_NOUN_WORDS) and not words.isdisjoint(_GROUP_WORDS)


def address_owner(address: str, names: list[str]) -> int | None:
    """Index in ``names`` of the one person whose surname (else first name) the address's local part spells
    ("asouley@iom.int": "Aïcha Souley"), or None when none or several do."""
    local = "".join(filter(str.isalpha, loose_key(address.partition("@")[0])))
    owners = [n for n, name in enumerate(names) if _spelled_in(name, local)]
    return owners[0] if len(owners) == 1 else None


def _spelled_in(name: str, local: str) -> bool:
    words = ["".join(filter(str.isalpha, loose_key(word))) for word in name_words(name)
             if word.casefold() not in NAME_PARTICLES]
    words = [word for word in words if len(word) >= _NAME_IN_ADDRESS_LETTERS]
    return bool(words) and (words[-1] in local or words[0] in local)


def walk(events: list[_Event]) -> list[dict]:
    """People from the block's events in order: a name opens a person, what follows is theirs.

    An office first on its line with a name after it on that line opens that person's entry
    (``OIM Dakar – Aïssatou Sy – …``). Alone on its line, it is the office of the person above,
    unless no one is above yet or the person above has their e-mail or phone already and a
    name follows: then it heads the people below (``Oficina de Comunicación`` over two lines
    of people; ``OIM Dakar`` / a person / ``OIM Bamako`` / a person). A press unit opening its line
    after the person's own e-mail or phone ("WHO Media Team", "Service de presse, …") gives what follows
    as its own, no one's. People named together on one line with nothing of their own ("Aïcha Souley et
    Thomas Leroux, OIM Niger") share the phones written after them; each e-mail goes to the one whose
    name it spells.
    """
    named_after: dict[int, int] = {}  # line -> offset of its last name
    last_name = -1  # offset of the block's last name
    for event in events:
        if event.kind == "name":
            named_after[event.line] = last_name = event.start
    for event in events:
        if event.kind == "office" and event.opens_line and named_after.get(event.line, -1) > event.start:
            event.kind = "lead"
    found: list[dict] = []
    by_name: dict[str, int] = {}
    seen: set[tuple[int, str]] = set()  # (person, e-mail or phone) already given
    strengths: list[float] = []
    current: int | None = None  # index of the person the next fields belong to
    group: list[int] = []  # the people named together on one line, nothing of their own between them
    group_line = -1
    pending: _Event | None = None  # an office named before its person

    def has_fields(person: int) -> bool:
        return bool(found[person]["emails"] or found[person]["phones"])

    for event in events:
        if event.kind == "name":
            if key(event.value) in by_name:  # named again ("Mariam Traoré, Tél : …" after the lead)
                current = by_name[key(event.value)]
                group = [current]
                continue
            joined = current is not None and event.line == group_line and not any(map(has_fields, group))
            by_name[key(event.value)] = len(found)
            found.append({"name": event.value, "office": pending.value if pending else None,
                          "emails": [], "phones": []})
            strengths.append(_INHERITED if pending else 0)
            current = len(found) - 1
            group, group_line = ([*group, current] if joined else [current]), event.line
            if pending and pending.kind == "office":
                pending = None  # a lead ("Au Burundi :") holds for the people after it, an office for one
        elif event.kind == "lead":
            pending, current, group = event, None, []
        elif event.kind == "office":
            if event.opens_line and event.start < last_name and (current is None or has_fields(current)):
                event.kind = "lead"  # a heading over the people below, not the office of the one above
            if current is None or event.kind == "lead":
                pending, current, group = event, None, []
                continue
            if event.opens_line and has_fields(current) and press_unit(event.value):
                pending, current, group = None, None, []  # the unit's own address or number follows
                continue
            if event.strength > strengths[current]:
                found[current]["office"], strengths[current] = event.value, event.strength
            # the people named just before with nothing of their own share it ("Ana et Luis, OIM Lima")
            index = current - 1
            while index >= 0 and strengths[index] == 0 and not has_fields(index):
                found[index]["office"], strengths[index] = event.value, event.strength
                index -= 1
        elif current is not None:
            owners = [current]
            if len(group) > 1 and event.kind == "phone":
                owners = group  # "Aïcha Souley et Thomas Leroux, OIM Niger, Tél. : …": both
            elif len(group) > 1:
                owner = address_owner(event.value, [found[person]["name"] for person in group])
                owners = [current if owner is None else group[owner]]
            for person in owners:
                if (person, event.value) not in seen:
                    seen.add((person, event.value))
                    found[person]["emails" if event.kind == "email" else "phones"].append(event.value)
    return found
