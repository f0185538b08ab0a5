"""show, contacts, stats, extract --format csv / --per item and --redact through the real entry point.

Golden files live in ``tests/golden/``; regenerate them with
``OIMX_REGEN=1 pytest tests/test_commands.py tests/test_views.py`` and review the diff.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from oimx import flat
from tests.conftest import FIXTURES, ROOT, SHARED, needs_shared

GOLDEN = Path(__file__).resolve().parent / "golden"
PAGES = "fixtures/pages"  # relative, so that `source` in the goldens does not depend on the checkout
SHOWN = ["en_main_two_contacts_ext_mobile", "fr_html_debris_contact", "fr_dates_money_distractors"]


def oimx(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m oimx`` from the checkout, without a terminal, 100 columns wide."""
    environment = {name: value for name, value in os.environ.items()
                   if name not in {"FORCE_COLOR", "NO_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"}}
    environment.update({"PYTHONIOENCODING": "utf-8", "COLUMNS": "100", **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "oimx", *args], input=stdin, capture_output=True, cwd=ROOT, env=environment,
        timeout=300,
    )


def ok(*args: str, **kwargs) -> str:
    """Run a command that must succeed silently; its stdout as text."""
    result = oimx(*args, **kwargs)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    return result.stdout.decode("utf-8")


@functools.cache
def once(*args: str) -> str:
    """``ok(*args)``, run once per test session: several tests read the same run over the fixture pages."""
    return ok(*args)


def golden(name: str, got: str) -> None:
    """Compare with ``tests/golden/NAME`` (written with OIMX_REGEN=1); for text views, without trailing spaces."""
    path = GOLDEN / name
    if name.endswith(".txt"):
        got = "".join(line.rstrip() + "\n" for line in got.splitlines())
    if os.environ.get("OIMX_REGEN"):
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(got, encoding="utf-8", newline="")
    assert path.exists(), f"no golden file {name}: run OIMX_REGEN=1 pytest {__file__}"
    assert got == path.read_bytes().decode("utf-8"), f"{name} differs (OIMX_REGEN=1 rewrites it)"


def originals() -> set[str]:
    """Every e-mail address and phone number of the fixture pages, as written and as normalised."""
    found: set[str] = set()
    for line in once("extract", PAGES, "--jobs", "1").splitlines():
        record = json.loads(line)
        for item in record["emails"] + record["phones"]:
            found.add(item["text"])
            if item["value"]:
                found.add(item["value"])
                found.add(item["value"].lstrip("+"))
    return found


def colours(text: str) -> set[str]:
    """The colour codes (foreground, background) of the ANSI SGR sequences in ``text``."""
    codes = {code for sgr in re.findall(r"\x1b\[([\d;]*)m", text) for code in sgr.split(";")}
    return {code for code in codes if (code[:1] in {"3", "4", "9"} and len(code) == 2) or code.startswith("10")}


# --- extract --format csv / --per item --------------------------------------------------------------------

def test_csv_golden_and_loads_back_with_the_csv_module() -> None:
    text = ok("extract", PAGES, "--format", "csv", "--jobs", "1")
    golden("items.csv", text)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert rows and list(rows[0]) == list(flat.COLUMNS)
    lines = [json.loads(line) for line in once("extract", PAGES, "--per", "item", "--jobs", "1").splitlines()]
    assert len(rows) == len(lines)
    for row, line in zip(rows, lines, strict=True):
        assert row == {key: flat.csv_cell(value) for key, value in line.items()}
    money = next(r for r in rows if r["text"] == "USD 48 million")
    assert (money["kind"], money["amount"], money["currency"], money["value"]) == (
        "money", "48000000", "USD", "48000000 USD")
    phone = next(r for r in rows if r["value"] == "+41225483109")
    assert (phone["extension"], phone["valid"], phone["phone_kind"], phone["section"]) == ("245", "true", "phone",
                                                                                         "contact")
    page = (FIXTURES / "pages" / "en_main_two_contacts_ext_mobile.txt").read_text(encoding="utf-8")
    assert page[int(phone["start"]) : int(phone["end"])] == phone["text"]


def test_per_item_lines_share_one_shape() -> None:
    lines = [json.loads(line) for line in once("extract", PAGES, "--per", "item", "--jobs", "1").splitlines()]
    assert {tuple(line) for line in lines} == {flat.COLUMNS}
    assert {line["kind"] for line in lines} == {"email", "phone", "date", "money"}
    ranges = [line for line in lines if line["type"] == "range"]
    assert {"2024-05-27/2024-05-30", "2015/..", "../2013"} <= {line["value"] for line in ranges}


def test_csv_of_pages_is_a_usage_error_and_failures_become_error_rows(tmp_path: Path) -> None:
    assert oimx("extract", PAGES, "--format", "csv", "--per", "page").returncode == 2
    missing = tmp_path / "nope.txt"
    result = oimx("extract", str(missing), "--format", "csv")
    assert result.returncode == 1
    assert result.stderr.decode() == f"oimx: {missing}: no such file or directory\n"
    (row,) = csv.DictReader(io.StringIO(result.stdout.decode()))
    assert (row["kind"], row["text"]) == ("error", "no such file or directory")


def test_a_lone_carriage_return_in_a_field_is_quoted(tmp_path: Path) -> None:
    page = tmp_path / "cr.txt"
    page.write_bytes("Titre\r\rGenève, 11 mars 2024 – L'OIM a reçu 23 millions\rde dollars.\r".encode())
    result = oimx("extract", str(page), "--format", "csv")
    rows = list(csv.reader(io.StringIO(result.stdout.decode(), newline="")))
    assert len({len(row) for row in rows}) == 1 and any("23 millions\rde dollars" in row for row in rows)


def test_csv_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "items.csv"
    assert ok("extract", PAGES, "--format", "csv", "-o", str(target)) == ""
    assert target.read_text(encoding="utf-8").startswith("source,kind,text,value,start,end,section,")


# --- --redact -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "args",
    [["extract", "--jobs", "2"], ["extract", "--per", "item"], ["extract", "--format", "csv"], ["contacts"],
     ["contacts", "--format", "csv"], ["contacts", "--format", "table"]],
    ids=["extract", "per-item", "csv", "contacts", "contacts-csv", "contacts-table"],
)
def test_redact_leaves_no_address_or_number(args: list[str]) -> None:
    out = once(*args, PAGES, "--redact")
    secrets = originals()
    assert len(secrets) > 20
    assert not [secret for secret in secrets if secret in out]
    assert "@" not in out
    assert "email:" in out and "phone:" in out


def test_redact_reads_a_long_run_of_digits_once_and_hashes_a_long_international_number() -> None:
    """The phone-like pattern splits no run of digits two ways: 20 runs of 100 digits took 45 s (now linear),
    and a '+' number past 68 digits was left in clear."""
    from oimx.redact import _PHONE_LIKE

    long_runs = ("9" * 100 + " ") * 200
    assert _PHONE_LIKE.search(long_runs) is None
    assert [m.group() for m in _PHONE_LIKE.finditer("le +" + "1" * 70 + " fin")] == ["+" + "1" * 70]


def test_redact_hashes_a_number_whatever_its_separators_and_digits() -> None:
    """Slashes, en dashes, non-breaking hyphens and full-width digits part a number as spaces do: one hash for
    all, never the number in clear nor a placeholder."""
    from oimx.pipeline import parse_page
    from oimx.redact import Redactor

    forms = ["+33 6 12 34 56 78", "+33/6/12/34/56/78", "+33–6–12–34–56–78", "＋３３６１２３４５６７８",
             "+33\u20116\u201112\u201134\u201156\u201178"]
    page = "Titre\n\nGenève, 3 mars 2024 – Appelez le " + ", le ".join(forms) + ".\n"
    body = Redactor("oimx").record(parse_page(page))["body"]
    assert not any(form in body for form in forms) and "[redacted]" not in body
    assert len(set(re.findall(r"phone:[0-9a-f]{12}", body))) == 1


def test_redact_hashes_numbers_and_addresses_with_invisible_characters_inside() -> None:
    """A soft hyphen, a zero-width space or a word joiner inside a number or an address hides nothing of it: the
    extractors read past them, and the whole of each is one hash, the same as without them."""
    from oimx.pipeline import parse_page
    from oimx.redact import Redactor

    forms = ["+41\u00ad22\u00ad717\u00ad91\u00ad11", "+41\u200b22\u200b717\u200b91\u200b11",
             "+41 22 717\u00ad91 11", "jean\u00addupont@iom.int", "jean.dupont@iom\u00ad.int"]
    page = "Titre\n\nGenève, 3 mars 2024 – Appelez le " + ", le ".join(forms) + " ou +41 22 717 91 11.\n"
    record = parse_page(page)
    assert [p["value"] for p in record["phones"]] == ["+41227179111"]
    assert [e["value"] for e in record["emails"]] == ["jeandupont@iom.int", "jean.dupont@iom.int"]
    body = Redactor("oimx").record(record)["body"]
    assert not any(piece in body for piece in ("717", "91", "jean", "dupont", "iom"))
    assert len(set(re.findall(r"phone:[0-9a-f]{12}", body))) == 1
    assert len(re.findall(r"email:[0-9a-f]{12}", body)) == 2


def test_redact_hashes_are_stable_across_runs_jobs_and_pages() -> None:
    one = ok("extract", PAGES, "--redact", "--jobs", "1")
    assert once("extract", "--jobs", "2", PAGES, "--redact") == one  # another run, with two workers
    by_value = {}
    for line in one.splitlines():
        for email in json.loads(line)["emails"]:
            by_value.setdefault(email["value"], set()).add(email["text"])
    assert all(len(texts) == 1 for texts in by_value.values())
    contacts = once("contacts", PAGES, "--redact")
    hashed = {email for line in contacts.splitlines() for email in json.loads(line)["emails"]}
    assert hashed == set(by_value)  # the same hash in contacts as in extract
    page = f"{PAGES}/en_main_two_contacts_ext_mobile.txt"
    (plain,) = [line for line in one.splitlines() if json.loads(line)["source"] == page]
    assert ok("extract", page, "--redact") == plain + "\n"  # a page alone hashes as in its batch
    assert ok("extract", page, "--redact", "--redact-salt", "another key") != plain + "\n"
    assert oimx("extract", PAGES, "--redact", "--redact-salt", "x" * 65).returncode == 2


# --- contacts -----------------------------------------------------------------------------------------------

def test_contacts_golden() -> None:
    lines = ok("contacts", PAGES)
    golden("contacts.jsonl", lines)
    golden("contacts.csv", ok("contacts", PAGES, "--format", "csv"))
    entries = [json.loads(line) for line in lines.splitlines()]
    assert all(list(entry) == ["name", "names", "offices", "emails", "phones", "pages", "first", "last"]
               for entry in entries)
    lucas = next(entry for entry in entries if entry["name"] == "Lucas Ferreira")
    assert lucas["phones"] == ["+41225483109", "+41792846107"] and lucas["offices"] == ["IOM Geneva"]


def test_contacts_merge_pages_and_report_failures(tmp_path: Path) -> None:
    page = FIXTURES / "pages" / "en_main_two_contacts_ext_mobile.txt"
    text = page.read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text.replace("Sofía Ramírez", "Sofia Ramirez"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = oimx("contacts", str(tmp_path), str(missing))
    assert result.returncode == 1
    assert result.stderr.decode() == f"oimx: {missing}: no such file or directory\n"
    entries = {entry["emails"][0]: entry for entry in map(json.loads, result.stdout.decode().splitlines())}
    sofia = entries["sramirez@iom.int"]
    assert sofia["names"] == ["Sofia Ramirez", "Sofía Ramírez"] and sofia["pages"] == 2
    assert Path(sofia["first"]).name == "a.txt" and Path(sofia["last"]).name == "b.txt"


def test_contacts_table_is_plain_text_when_piped() -> None:
    out = ok("contacts", PAGES, "--format", "table")
    golden("contacts.txt", out)
    assert "\x1b[" not in out and "Lucas Ferreira" in out


# --- stats --------------------------------------------------------------------------------------------------

def test_stats_golden() -> None:
    summary = ok("stats", PAGES, "--json")
    golden("stats.json", summary)
    data = json.loads(summary)
    assert data["pages"] == len(list((FIXTURES / "pages").glob("*.txt"))) and data["errors"] == 0
    assert data["money"]["CHF"] == {"total": 2500000, "mentions": 1}
    text = ok("stats", PAGES)
    golden("stats.txt", text)
    assert "\x1b[" not in text and "█" in text


def test_stats_counts_errors() -> None:
    result = oimx("stats", PAGES + "/fr_truncated_midword.txt", "nope.txt", "--json")
    assert result.returncode == 1
    assert result.stderr.decode() == "oimx: nope.txt: no such file or directory\n"
    data = json.loads(result.stdout)
    assert (data["pages"], data["errors"]) == (2, 1)


# --- show ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("stem", SHOWN)
def test_show_golden_plain_text(stem: str) -> None:
    out = ok("show", f"{PAGES}/{stem}.txt")
    golden(f"show_{stem}.txt", out)
    assert "\x1b" not in out


def test_show_of_a_page_with_thousands_of_items_is_bounded(tmp_path: Path) -> None:
    """Issue 9: rich laid out a table row per item (a page of 70,000 dates took minutes): the table
    stops at show.TABLE_ROWS rows and says how many items there are; the page keeps every highlight."""
    from oimx.show import TABLE_ROWS

    page = tmp_path / "dates.txt"
    page.write_text("Titre\n" + "le 3 mai 2024, " * 2000 + "\n", encoding="utf-8")
    out = ok("show", str(page))
    assert out.count("│ date ") == TABLE_ROWS
    assert f"the first {TABLE_ROWS} of 2000 items; oimx extract lists them all" in out


def test_show_reads_stdin_and_honours_no_color() -> None:
    page = (FIXTURES / "pages" / "fr_main_wrapped_contact.txt").read_bytes()
    out = ok("show", "-", stdin=page, env={"NO_COLOR": "1", "FORCE_COLOR": "1"})
    assert "navigation" in out and "contact" in out
    assert "\x1b[" in out  # bold, dim: forced to a terminal
    assert not colours(out)  # but no colour
    assert ok("show", "--full", "-", stdin=page).count("\n") > out.count("\n")


def test_show_missing_page_exits_1() -> None:
    result = oimx("show", "nope.txt")
    assert result.returncode == 1
    assert result.stderr.decode() == "oimx: nope.txt: no such file or directory\n"


@pytest.mark.parametrize(("content", "args"), [
    pytest.param(b"Titre\x00binaire\n", [], id="binary"),
    pytest.param("Titre\nGen\u00e8ve, le 3 mai 2024 \u2013 un texte.\n".encode("utf-8")[:-3] + b"\xe9t\xe9.\n", [],
                 id="stray-bytes"),
    pytest.param("Titre\n".encode("utf-16"), ["--encoding", "ascii"], id="wrong-encoding"),
])
def test_show_reads_a_page_as_extract_does(tmp_path, content: bytes, args: list[str]) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(content)
    shown, extracted = oimx("show", str(page), *args), oimx("extract", str(page), *args)
    assert shown.stderr == extracted.stderr and shown.stderr.startswith(f"oimx: {page}: ".encode())
    assert shown.returncode == extracted.returncode
    (rec,) = [json.loads(line) for line in extracted.stdout.splitlines()]
    if rec["error"] is None:
        assert rec["warnings"][0] in shown.stdout.decode()


# --- help ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["extract", "contacts", "stats", "show", "schema"])
def test_help_ends_with_examples(command: str) -> None:
    out = ok(command, "--help")
    assert "Examples" in out and f"oimx {command} " in out.split("Examples")[-1]


@pytest.mark.parametrize("command", [[], ["extract"], ["contacts"], ["stats"], ["show"], ["schema"]],
                         ids=["oimx", "extract", "contacts", "stats", "show", "schema"])
def test_flags_show_as_flags(command: list[str]) -> None:
    out = ok(*command, "--help")
    assert "<bool>" not in out and "Examples" in out
    flags = {"--help", "--version"} if not command else {"--help", "--quiet", "--redact", "--text", "--json", "--full"}
    shown = [line.strip("│ ").split() for line in out.splitlines()]
    rows = [words for words in shown if words and words[0] in flags]
    assert rows
    for words in rows:  # the flag, maybe its short form, then its help: no <type> between them
        assert not any(word.startswith("<") for word in words[1:3]), words


# --- the real pages of ../shared ----------------------------------------------------------------------------

@needs_shared
@pytest.mark.parametrize(
    "args",
    [["extract", "--format", "csv"], ["extract", "--per", "item", "--redact"], ["contacts", "--format", "table"],
     ["contacts", "--redact"], ["stats"], ["stats", "--json"]],
    ids=["csv", "items-redacted", "contacts-table", "contacts-redacted", "stats", "stats-json"],
)
def test_commands_on_shared_pages(args: list[str]) -> None:
    out = ok(*args, str(SHARED / "corpus" / "pages"), str(SHARED / "seeds"))
    assert out.strip()


@needs_shared
def test_show_on_every_seed() -> None:
    for page in sorted((SHARED / "seeds").glob("*.txt")):
        assert "title" in ok("show", str(page))
