"""Unit tests of the modules behind show, contacts, stats, --per item and --redact."""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import re

from rich.console import Console

from oimx import flat, record, show, stats
from oimx.directory import Directory, name_key
from oimx.kinds import KINDS
from oimx.pipeline import parse_page
from oimx.redact import Redactor
from tests.conftest import FIXTURES
from tests.test_commands import golden

PAGES = sorted((FIXTURES / "pages").glob("*.txt"))


def parsed(name: str) -> tuple[str, dict]:
    path = FIXTURES / "pages" / f"{name}.txt"
    text = path.read_text(encoding="utf-8")
    rec = parse_page(text, f"fixtures/pages/{path.name}")
    rec["encoding"] = "utf-8"
    return text, rec


def person(name: str, emails: list[str], phones: list[str] = (), office: str | None = None) -> dict:
    return {"name": name, "office": office, "emails": list(emails), "phones": list(phones)}


def page(source: str, *people: dict) -> dict:
    return record.build(source=source, contact={"text": "", "start": 0, "end": 0, "people": list(people)})


# --- flat ---------------------------------------------------------------------------------------------------

def test_rows_follow_the_page_and_share_the_columns() -> None:
    text, rec = parsed("fr_dates_money_distractors")
    rows = list(flat.rows(rec))
    assert all(tuple(row) == flat.COLUMNS for row in rows)
    assert [row["start"] for row in rows] == sorted(row["start"] for row in rows)
    assert all(text[row["start"] : row["end"]] == row["text"] for row in rows)
    values = {row["text"]: row["value"] for row in rows}
    assert values["1,5 million d'euros"] == "1500000 EUR"
    assert values["Entre 2007 et 2010"] == "2007/2010"
    assert values["hier"] is None


def test_relative_value_is_the_resolved_date() -> None:
    rec = parse_page("Titre\nDakar – Hier, l'OIM a ouvert un centre.\n", reference=dt.date(2024, 6, 1))
    (row,) = [row for row in flat.rows(rec) if row["kind"] == "date"]
    assert (row["relative"], row["value"], row["resolved"]) == ("yesterday", "2024-05-31", "2024-05-31")


def test_error_record_is_one_error_row() -> None:
    (row,) = flat.rows(record.error_record("x.txt", "no such file or directory"))
    assert (row["source"], row["kind"], row["text"], row["start"]) == ("x.txt", "error", "no such file or directory",
                                                                       None)


def test_csv_cells() -> None:
    assert flat.csv_line(["a,b", None, True, False, 1.5, 'say "hi"\nnow']) == '"a,b",,true,false,1.5,"say ""hi""\nnow"'


# --- redact -------------------------------------------------------------------------------------------------

def test_redacted_records_keep_no_address_or_number() -> None:
    redactor = Redactor()
    for path in PAGES:
        text = path.read_text(encoding="utf-8")
        rec = parse_page(text, path.name)
        secrets = {item["text"] for item in rec["emails"] + rec["phones"]}
        secrets |= {item["value"] for item in rec["emails"] + rec["phones"] if item["value"]}
        out = record.dumps(redactor.record(rec))
        assert not [secret for secret in secrets if secret in out], path.name
        assert "@" not in out, path.name
        assert record.dumps(redactor.record(parse_page(text, path.name))) == out  # stable


def test_hashes_are_keyed_and_normalised() -> None:
    one, other = Redactor(), Redactor("secret")
    assert one.email("A.Person@IOM.int") == one.email("a.person@iom.int") != other.email("a.person@iom.int")
    assert one.email("a@iom.int").startswith("email:") and len(one.email("a@iom.int")) == len("email:") + 12
    assert one.phone("+41 22 548 31 09") == one.phone("+41225483109") != one.phone("41225483109")
    redacted = Redactor().record(parse_page("Titre\nÉcrire à x.y@iom.int ou appeler le +41 22 548 31 09.\n"))
    assert "x.y@iom.int" not in redacted["body"] and "+41 22" not in redacted["body"]
    assert redacted["emails"][0]["start"] == parse_page("Titre\nÉcrire à x.y@iom.int.\n")["emails"][0]["start"]


def test_error_records_pass_unchanged() -> None:
    rec = record.error_record("x.txt", "boom")
    assert Redactor().record(rec) == rec


# --- directory ----------------------------------------------------------------------------------------------

def test_people_merge_by_email_then_by_name() -> None:
    pages = [
        page("c.txt", person("June Lee", ["jlee@iom.int"], ["+82262457647"], "OIM Séoul")),
        page("a.txt", person("Jun Lee", ["jlee@iom.int", "june.lee@iom.int"])),
        page("b.txt", person("June  LEE", []), person("Nobody Known", [])),
        page("d.txt", person("Other Person", ["june.lee@iom.int"])),
    ]
    results = []
    for order in range(6):
        shuffled = pages[:]
        random.Random(order).shuffle(shuffled)
        people = Directory()
        for rec in shuffled:
            people.add(rec)
        results.append(people.entries())
    assert all(result == results[0] for result in results)
    june, nobody = results[0]
    assert june["emails"] == ["jlee@iom.int", "june.lee@iom.int"]
    assert june["names"] == ["Jun Lee", "June  LEE", "June Lee", "Other Person"]
    assert (june["pages"], june["first"], june["last"], june["offices"]) == (4, "a.txt", "d.txt", ["OIM Séoul"])
    assert nobody["name"] == "Nobody Known" and nobody["emails"] == []


def test_ambiguous_name_stays_apart() -> None:
    people = Directory()
    for rec in (page("a", person("Ana Ruiz", ["a@x.org"])), page("b", person("Ana Ruiz", ["b@x.org"])),
                page("c", person("Ana Ruiz", []))):
        people.add(rec)
    assert len(people.entries()) == 3
    assert name_key(" Sofía  RAMÍREZ ") == "sofia ramirez"


# --- stats --------------------------------------------------------------------------------------------------

def test_stats_summary() -> None:
    totals = stats.Stats()
    for path in PAGES[:3]:
        totals.add(parse_page(path.read_text(encoding="utf-8"), path.name))
    totals.add(record.error_record("x", "boom"))
    summary = totals.summary()
    assert (summary["pages"], summary["errors"]) == (4, 1)
    assert sum(summary["languages"].values()) == 3
    json.dumps(summary)
    assert stats.year_of({"type": "range", "from": None, "to": "2013", "value": None, "resolved": None}) == 2013
    assert stats.year_of({"type": "date", "value": "XXXX-03-11", "from": None, "to": None, "resolved": None}) is None
    assert stats.bar(10, 10, 4) == "████" and stats.bar(1, 100, 4) == "▏" and stats.bar(0, 5) == ""


# --- show ---------------------------------------------------------------------------------------------------

def recording(width: int = 100) -> Console:
    return Console(record=True, file=io.StringIO(), width=width, force_terminal=True, color_system="truecolor",
                   legacy_windows=False, highlight=False, markup=False, emoji=False)


def test_show_svg_golden() -> None:
    text, rec = parsed("en_main_two_contacts_ext_mobile")
    console = recording()
    console.print(show.render(text, rec))
    golden("show_en_main_two_contacts_ext_mobile.txt", console.export_text(clear=False))  # as the command prints
    golden("show_en_main_two_contacts_ext_mobile.svg", console.export_svg(title="oimx show"))


def test_show_styles_every_item_in_its_kind_colour() -> None:
    text, rec = parsed("fr_dates_money_distractors")
    console = recording()
    console.print(show.render(text, rec))
    styled = console.export_text(styles=True)
    assert "\x1b[" in styled
    for kind in KINDS:
        assert rec[kind.field], kind.field
        background = ";".join(console.get_style(show.STYLES[kind.name]).bgcolor.get_ansi_codes(foreground=False))
        word = rec[kind.field][0]["text"].split()[0]
        assert re.search(rf"\x1b\[[\d;]*\b{background}m{re.escape(word)}", styled), kind.name


def test_show_keeps_control_characters_out_of_the_terminal() -> None:
    text = "Titre \x1b[31mrouge\x1b[0m\r\nDakar – Contact : a@iom.int\x07\n"
    rec = parse_page(text)
    console = recording()
    console.print(show.render(text, rec, full=True))
    out = console.export_text()
    assert "\x1b" not in out and "\x07" not in out and "[31mrouge" in out


def test_show_keeps_bidirectional_overrides_out_of_the_terminal() -> None:
    text = "Titre \u202eevil\u202c fin\n\nGenève, 11 mars 2024 – Texte \u2066isolé\u2069 et \u200fmarque.\n"
    console = recording()
    console.print(show.render(text, parse_page(text), full=True))
    out = console.export_text()
    assert not any(mark in out for mark in "\u202e\u202c\u2066\u2069\u200f") and "evil" in out


# the names of one place in several languages (issue 9: "Genève" and "Geneva" were two places)
SAME_PLACE = [("Genève", "Geneva"), ("GINEBRA", "geneve"), ("Suisse", "Switzerland"), ("Bruxelles", "Bruselas"),
              ("Séoul", "Seoul"), ("Le Caire", "Cairo")]
OTHER_PLACES = [("Genève", "Berne"), ("Genève", "Suisse"), ("Dakar", "Niamey"), ("Trucville", "Machinville")]


def test_one_place_in_several_languages_is_one_stats_place() -> None:
    from oimx.lexicon.places import place_key

    for one, other in SAME_PLACE:
        assert place_key(one) == place_key(other), (one, other)
    for one, other in OTHER_PLACES:
        assert place_key(one) != place_key(other), (one, other)
    summary = stats.Stats()
    for places in (["Genève"], ["Geneva"], ["Genève", "Séoul"], ["Dakar"]):
        rec = parse_page("Titre\n\nTexte.\n")
        rec["dateline"] = {"text": "", "start": 0, "end": 0, "places": places, "date": None}
        summary.add(rec)
    assert summary.summary()["places"] == [{"place": "Genève", "pages": 3}, {"place": "Dakar", "pages": 1},
                                           {"place": "Séoul", "pages": 1}]


def test_every_city_entry_is_a_name_or_a_group_of_names() -> None:
    from oimx.lexicon.places import CITIES

    for code, entries in CITIES.items():
        assert isinstance(entries, tuple), code
        for entry in entries:
            names = entry if isinstance(entry, tuple) else (entry,)
            assert names and all(isinstance(n, str) and n == n.lower() for n in names), (code, entry)
