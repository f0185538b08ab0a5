"""The contact-block fixtures against their hand-made gold (fixtures/contacts/gold.jsonl).

People are matched by the rules of ``../shared/eval/score.py``: names compared after
NFC, straightened apostrophes, folded white space and case; a person is fully right
when their e-mails (case-folded) and phones (E.164) are exactly the gold ones. The
rules are checked here on their own, and with score.py itself when ``../shared`` is
beside the checkout.
"""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from functools import cache

from oimx import parse_page
from oimx.directory import Directory
from tests.conftest import FIXTURES, SHARED, needs_shared

GOLD = FIXTURES / "contacts" / "gold.jsonl"
PAGES = FIXTURES / "pages"
FORMS = ("sentence", "lines_per", "two_people", "role_capitals", "particle_names", "dash_line", "phone_labels",
         "short_labels", "footer")


@cache
def gold() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


@cache
def records() -> dict[str, dict]:
    return {g["file"]: parse_page((PAGES / g["file"]).read_text(encoding="utf-8"), source=g["file"]) for g in gold()}


def _key(text: str | None) -> str:
    straight = unicodedata.normalize("NFC", text or "").translate(str.maketrans("\u2019\u2018\u02bc\u00a0", "''' "))
    return " ".join(straight.split()).casefold()


def _f1(tp: int, fp: int, fn: int) -> float:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def test_fixtures_cover_every_form_in_every_language() -> None:
    assert len(gold()) >= 40
    for lang in ("fr", "en", "es"):
        stems = [g["file"] for g in gold() if g["lang"] == lang]
        missing = [form for form in FORMS if not any(form in stem for stem in stems)]
        assert not missing, f"{lang}: no fixture for {missing}"


def test_people_and_their_details_by_the_score_rules() -> None:
    people = [0, 0, 0]
    full = [0, 0, 0]
    for page in gold():
        got = records()[page["file"]]["contact"]["people"]
        got_keys = [_key(p["name"]) for p in got]
        for want in page["people"]:
            match = next((p for p in got if _key(p["name"]) == _key(want["name"])), None)
            if match is None:
                people[2] += 1
                full[2] += 1
                continue
            got_keys.remove(_key(want["name"]))
            people[0] += 1
            right = sorted(e.casefold() for e in match["emails"]) == sorted(e.casefold() for e in want["emails"]) \
                and sorted(match["phones"]) == sorted(want["phones"])
            full[0 if right else 2] += 1
            full[1] += not right
        people[1] += len(got_keys)
        full[1] += len(got_keys)
    assert (_f1(*people), _f1(*full)) == (1.0, 1.0), (people, full)


def test_page_phones_and_emails_match_the_gold() -> None:
    for page in gold():
        record = records()[page["file"]]
        assert sorted(p["value"] for p in record["phones"]) == sorted(p["e164"] for p in page["phones"]), page["file"]
        assert sorted(e["value"] for e in record["emails"]) == sorted(page["emails"]), page["file"]


@needs_shared
def test_score_py_gives_people_f1_one(tmp_path) -> None:
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records().values()),
                           encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(GOLD), "--pred", str(predictions), "--json"],
        capture_output=True, text=True, check=True,
    )
    figures = json.loads(run.stdout.splitlines()[0])
    assert {name: figures[name] for name in ("people_f1", "people_full_f1", "emails_f1", "phones_f1")} == dict.fromkeys(
        ("people_f1", "people_full_f1", "emails_f1", "phones_f1"), 1.0
    )


def test_directory_merges_a_person_written_in_two_forms_on_two_pages() -> None:
    directory = Directory()
    for record in records().values():
        directory.add(record)
    becker = [entry for entry in directory.entries() if entry["name"] == "Thomas Becker"]
    assert len(becker) == 1
    assert becker[0]["pages"] == 2 and becker[0]["offices"] == ["Geneva", "OIM Genève"]


def test_directory_merges_a_name_in_capitals_with_the_same_name_written_plainly() -> None:
    directory = Directory()
    for source, block in (
        ("a.txt", "Pour plus d'informations, veuillez contacter :\nClaire DUMONT, OIM Niger, Tél. : +227 20 75 23 50"),
        ("b.txt", "Pour plus d'informations, veuillez contacter Claire Dumont à l'OIM Niamey, Email : cdumont@iom.int"),
    ):
        directory.add(parse_page(f"Titre\nNIAMEY – Le corps de l'article.\n{block}\n", source=source))
    (entry,) = directory.entries()
    assert (entry["names"], entry["pages"]) == (["Claire DUMONT", "Claire Dumont"], 2)
    assert (entry["emails"], entry["phones"]) == (["cdumont@iom.int"], ["+22720752350"])
