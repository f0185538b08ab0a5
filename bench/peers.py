"""Dates and money of oimx beside three peer tools, scored on the same gold pages.

    python bench/peers.py                      # all gold pages of ../shared/corpus/gold.jsonl
    python bench/peers.py --lang fr            # French gold pages only
    python bench/peers.py --markdown           # the same table as Markdown, for the README
    python bench/peers.py --gold ../shared/seeds/gold.jsonl

Peers (the optional extra ``bench``: ``pip install -e '.[bench]'``):

- Duckling (``pyduckling-native-phihos``, module ``duckling``): dimensions ``time`` and
  ``amount-of-money``, locale from the page's language;
- Microsoft Recognizers-Text (``ms-recognizers-text-suite``): ``recognize_datetime`` and
  ``recognize_currency`` with the page's culture;
- ``dateparser.search.search_dates`` (dates only), languages from the page.

Every tool, oimx included, gets the same input: the page text from the start of the
article title (found by oimx's ``parse_page``, ``spans["title"][0]``) to the end. Reference
time is fixed at 2024-01-01 00:00 UTC so results are deterministic. Each tool's output is
turned into oimx-shaped ``dates`` / ``money`` items, written to a temporary JSON-lines
file and scored with ``../shared/eval/score.py --json``. Seconds per page cover the
per-page calls only; imports, model loading and a warm-up call are reported apart as
load time. A tool that will not import is reported and skipped. No network is used.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORE = SHARED / "eval" / "score.py"
REF_TIME = datetime(2024, 1, 1, tzinfo=timezone.utc)
FIGURES = ("dates_f1", "dates_strict_f1", "money_f1", "money_strict_f1")
HEADERS = ("dates F1", "dates strict F1", "money F1", "money strict F1", "s/page", "load s")

Item = dict[str, Any]
Record = dict[str, Any]


@dataclass
class Page:
    """One gold page: its file name, language and the text every tool is given."""

    name: str
    lang: str
    text: str
    full: str


@dataclass
class Result:
    """One tool's run: records, timings and figures, or why it did not run."""

    tool: str
    records: list[Record] = field(default_factory=list)
    load: float = 0.0
    run: float = 0.0
    figures: dict[str, float] = field(default_factory=dict)
    error: str | None = None
    money: bool = True


# ---------------------------------------------------------------- input


def load_pages(gold: Path, pages_dir: Path, lang: str | None) -> list[Page]:
    """The gold pages (of one language if asked), each cut to start at its title."""
    from oimx import parse_page

    pages = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        page_lang = entry.get("lang", "fr")
        if lang and page_lang != lang:
            continue
        full = (pages_dir / entry["file"]).read_text(encoding="utf-8")
        spans = parse_page(full, source=entry["file"]).get("spans") or {}
        start = (spans.get("title") or [0])[0]
        pages.append(Page(entry["file"], page_lang, full[start:], full))
    return pages


# ---------------------------------------------------------------- conversions


def date_item(text: str, value: str | None) -> Item:
    """A single-date mention, oimx-shaped."""
    return {"text": text, "type": "date", "value": value, "from": None, "to": None}


def range_item(text: str, start: str | None, end: str | None) -> Item:
    """A range mention, oimx-shaped (either bound may be open)."""
    return {"text": text, "type": "range", "value": None, "from": start, "to": end}


def iso_at_grain(stamp: str, grain: str) -> str:
    """Duckling's timestamp at its grain: year → YYYY, month/quarter → YYYY-MM, else YYYY-MM-DD."""
    if grain == "year":
        return stamp[:4]
    if grain in ("month", "quarter"):
        return stamp[:7]
    return stamp[:10]


def minus_one_grain(stamp: str, grain: str) -> str:
    """Duckling's exclusive interval end made inclusive (one grain earlier)."""
    moment = datetime.fromisoformat(stamp)
    if grain == "year":
        moment = moment.replace(year=moment.year - 1)
    elif grain in ("month", "quarter"):
        step = 3 if grain == "quarter" else 1
        months = moment.year * 12 + moment.month - 1 - step
        moment = moment.replace(year=months // 12, month=months % 12 + 1)
    elif grain == "week":
        moment -= timedelta(weeks=1)
    elif grain == "day":
        moment -= timedelta(days=1)
    else:  # hour and finer: the end is still on the same day
        moment -= timedelta(seconds=1)
    return moment.isoformat()


def duckling_text(text: str, hit: dict[str, Any]) -> str:
    """A Duckling entity's span as written: its ``body`` comes back mis-decoded (UTF-8 read as Latin-1)."""
    return text[hit["start"] : hit["end"]] or hit["body"]


def duckling_date(text: str, hit: dict[str, Any]) -> Item | None:
    """A Duckling ``time`` entity as an oimx date item."""
    value, text = hit["value"], duckling_text(text, hit)
    if value.get("type") == "value":
        return date_item(text, iso_at_grain(value["value"], value["grain"]))
    start, end = value.get("from"), value.get("to")
    if start and end:
        # closed intervals end exclusively ("entre 2007 et 2010" → to 2011); keep the end when
        # stepping back would not leave it after the start (some Spanish rules end inclusively)
        inclusive = minus_one_grain(end["value"], end["grain"])
        stop = end["value"] if inclusive[:10] <= start["value"][:10] else inclusive
        return range_item(text, iso_at_grain(start["value"], start["grain"]), iso_at_grain(stop, end["grain"]))
    if start:
        return range_item(text, iso_at_grain(start["value"], start["grain"]), None)
    if end:
        return range_item(text, None, iso_at_grain(end["value"], end["grain"]))
    return None


DUCKLING_UNITS = {"$": "USD", "£": "GBP", "€": "EUR"}


def duckling_money(text: str, hit: dict[str, Any]) -> list[Item]:
    """A Duckling ``amount-of-money`` entity as oimx money items (none without a currency)."""
    value, text = hit["value"], duckling_text(text, hit)
    bounds = [value] if value.get("type") == "value" else [b for b in (value.get("from"), value.get("to")) if b]
    items = []
    for bound in bounds:
        unit = bound.get("unit")
        if not unit or unit in ("unknown", "cent"):
            continue
        items.append({"text": text, "amount": bound["value"], "currency": DUCKLING_UNITS.get(unit, unit)})
    return items


RECOGNIZER_UNITS = {"Dollar": "USD", "Euro": "EUR", "Pound": "GBP"}


def split_timex(timex: str) -> tuple[str | None, str | None] | None:
    """The two bounds of a timex range ``(a,b,Pn)``, each reduced to its date part."""
    if not (timex.startswith("(") and timex.endswith(")")):
        return None
    parts = timex[1:-1].split(",")
    if len(parts) < 2:
        return None
    return tuple(p.split("T")[0] or None for p in parts[:2])  # type: ignore[return-value]


def recognizer_date(kind: str, text: str, resolution: dict[str, Any] | None) -> Item | None:
    """A Recognizers-Text ``datetimeV2.*`` result as an oimx date item, or None for times and durations."""
    if kind in ("time", "timerange", "duration", "set"):
        return None
    values = (resolution or {}).get("values") or []
    if not values:
        return date_item(text, None)
    first = values[0]
    timex = str(first.get("timex") or "")
    if timex == "PRESENT_REF":
        return {"text": text, "type": "relative", "value": None, "from": None, "to": None}
    bounds = split_timex(timex)
    if bounds:
        start, end = bounds
        return range_item(text, start, end) if start != end else date_item(text, start)
    value = timex.split("T")[0] or None
    mod = first.get("Mod")
    if mod in ("since", "after", "since-end"):
        return range_item(text, value, None)
    if mod in ("before", "until", "until-end"):
        return range_item(text, None, value)
    return date_item(text, value)


# ---------------------------------------------------------------- tools


def run_oimx(pages: list[Page]) -> Result:
    """oimx's own records from ``parse_page`` on the same text the peers get."""
    result = Result("oimx")
    begin = time.perf_counter()
    from oimx import parse_page

    parse_page(pages[0].text, source="warm-up")
    result.load = time.perf_counter() - begin
    begin = time.perf_counter()
    for page in pages:
        record = parse_page(page.text, source=page.name)
        result.records.append({"source": page.name, "dates": record["dates"], "money": record["money"]})
    result.run = time.perf_counter() - begin
    return result


def run_duckling(pages: list[Page]) -> Result:
    """Duckling, ``time`` and ``amount-of-money``, locale from the page's language."""
    result = Result("Duckling")
    begin = time.perf_counter()
    from duckling import (
        Context,
        default_locale_lang,
        load_time_zones,
        parse,
        parse_dimensions,
        parse_lang,
        parse_ref_time,
    )

    ref = parse_ref_time(load_time_zones("/usr/share/zoneinfo"), "UTC", int(REF_TIME.timestamp()))
    dims = parse_dimensions(["time", "amount-of-money"])
    contexts = {lang: Context(ref, default_locale_lang(parse_lang(lang.upper()))) for lang in {p.lang for p in pages}}
    for context in contexts.values():
        parse("le 11 mars 2024, 5 dollars", context, dims, False)
    result.load = time.perf_counter() - begin
    begin = time.perf_counter()
    for page in pages:
        dates: list[Item] = []
        money: list[Item] = []
        for hit in parse(page.text, contexts[page.lang], dims, False):
            if hit["dim"] == "time":
                item = duckling_date(page.text, hit)
                if item:
                    dates.append(item)
            elif hit["dim"] == "amount-of-money":
                money += duckling_money(page.text, hit)
        result.records.append({"source": page.name, "dates": dates, "money": money})
    result.run = time.perf_counter() - begin
    return result


def run_recognizers(pages: list[Page]) -> Result:
    """Microsoft Recognizers-Text, ``recognize_datetime`` and ``recognize_currency``."""
    result = Result("Recognizers-Text")
    begin = time.perf_counter()
    try:  # ms-recognizers-text ships its modules with an ``ms_`` prefix
        from ms_recognizers_date_time import recognize_datetime
        from ms_recognizers_number_with_unit import recognize_currency
        from ms_recognizers_text import Culture
    except ImportError:
        from recognizers_date_time import recognize_datetime
        from recognizers_number_with_unit import recognize_currency
        from recognizers_text import Culture
    cultures = {"fr": Culture.French, "en": Culture.English, "es": Culture.Spanish}
    reference = REF_TIME.replace(tzinfo=None)
    for lang in {p.lang for p in pages} & cultures.keys():
        recognize_datetime("le 11 mars 2024", cultures[lang], reference=reference)
        recognize_currency("5 dollars", cultures[lang])
    result.load = time.perf_counter() - begin
    begin = time.perf_counter()
    for page in pages:
        dates: list[Item] = []
        money: list[Item] = []
        culture = cultures.get(page.lang)
        if culture:  # no Arabic culture: such a page gets an empty record
            for hit in recognize_datetime(page.text, culture, reference=reference):
                item = recognizer_date(hit.type_name.split(".")[-1], source_text(page.text, hit), hit.resolution)
                if item:
                    dates.append(item)
            for hit in recognize_currency(page.text, culture):
                res = hit.resolution or {}
                unit = res.get("isoCurrency") or RECOGNIZER_UNITS.get(str(res.get("unit")), res.get("unit"))
                if res.get("value") is not None:
                    money.append({"text": source_text(page.text, hit), "amount": res["value"], "currency": unit})
        result.records.append({"source": page.name, "dates": dates, "money": money})
    result.run = time.perf_counter() - begin
    return result


def source_text(text: str, hit: Any) -> str:
    """The span of a Recognizers result as written (its ``text`` is lower-cased; ``end`` is inclusive)."""
    span = text[hit.start : hit.end + 1]
    return (span if span.casefold() == str(hit.text).casefold() else str(hit.text)).strip()


def run_dateparser(pages: list[Page]) -> Result:
    """``dateparser.search.search_dates``, languages from the page, day precision."""
    result = Result("dateparser.search_dates", money=False)
    begin = time.perf_counter()
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": REF_TIME.replace(tzinfo=None)}
    for lang in {p.lang for p in pages}:
        search_dates("le 11 mars 2024", languages=[lang], settings=settings)
    result.load = time.perf_counter() - begin
    begin = time.perf_counter()
    for page in pages:
        found = search_dates(page.text, languages=[page.lang], settings=settings) or []
        dates = [date_item(text, moment.date().isoformat()) for text, moment in found]
        result.records.append({"source": page.name, "dates": dates, "money": []})
    result.run = time.perf_counter() - begin
    return result


TOOLS: tuple[Callable[[list[Page]], Result], ...] = (run_oimx, run_duckling, run_recognizers, run_dateparser)
NAMES = ("oimx", "Duckling", "Recognizers-Text", "dateparser.search_dates")


# ---------------------------------------------------------------- scoring and report


def score(records: list[Record], gold: Path, lang: str | None, folder: Path, name: str) -> dict[str, float]:
    """Figures of ``score.py --json`` for these records."""
    pred = folder / f"{name}.jsonl"
    with pred.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    command = [sys.executable, str(SCORE), "--gold", str(gold), "--pred", str(pred), "--json"]
    if lang:
        command += ["--lang", lang]
    proc = subprocess.run(command, capture_output=True, text=True)
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("{")), None)
    if line is None:
        raise RuntimeError(f"score.py failed: {proc.stderr[-2000:]}")
    return json.loads(line)


def cells(result: Result, pages: int) -> list[str]:
    """One table row's cells after the tool name."""
    if result.error:
        return ["-"] * len(FIGURES) + ["-", "-"]
    row = []
    for name in FIGURES:
        money = name.startswith("money")
        row.append("-" if money and not result.money else f"{result.figures[name]:.2f}")
    row.append(f"{result.run / pages:.4f}")
    row.append(f"{result.load:.2f}")
    return row


def table(results: list[Result], pages: int, markdown: bool) -> str:
    """The figures as a plain-text or Markdown table."""
    rows = [[r.tool, *cells(r, pages)] for r in results]
    if markdown:
        lines = ["| tool | " + " | ".join(HEADERS) + " |", "|---" + "|---:" * len(HEADERS) + "|"]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join(lines)
    widths = [max(len(x) for x in col) for col in zip(("tool", *HEADERS), *rows, strict=True)]
    head = ("tool", *HEADERS)
    return "\n".join(
        "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True)))
        for row in [head, *rows]
    )


def main(argv: list[str] | None = None) -> int:
    """Run every tool on the gold pages, score them and print the table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=SHARED / "corpus" / "gold.jsonl",
                        help="gold file (default: %(default)s)")
    parser.add_argument("--pages", type=Path,
                        help="folder of the gold pages (default: pages/ beside the gold file, else its folder)")
    parser.add_argument("--lang", choices=("fr", "en", "es"), help="keep only the gold pages of this language")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--keep", type=Path, help="write each tool's JSON lines into this folder and keep them")
    args = parser.parse_args(argv)

    if not SHARED.is_dir() or not SCORE.is_file():
        sys.exit(f"peers: {SHARED} (with eval/score.py) is absent; this benchmark needs the shared gold pages")
    gold = args.gold.resolve()
    if not gold.is_file():
        sys.exit(f"peers: no gold file at {gold}")
    pages_dir = args.pages or (gold.parent / "pages" if (gold.parent / "pages").is_dir() else gold.parent)
    pages = load_pages(gold, pages_dir, args.lang)
    if not pages:
        sys.exit("peers: no gold page to run on")

    started = time.perf_counter()
    results = []
    with tempfile.TemporaryDirectory(prefix="oimx-peers-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for tool, name in zip(TOOLS, NAMES, strict=True):
            try:
                result = tool(pages)
            except Exception as exc:  # a peer that will not install or import is reported, not fatal
                result = Result(name, error=f"{type(exc).__name__}: {exc}")
                print(f"peers: {name} did not run ({result.error}); carrying on", file=sys.stderr)
                results.append(result)
                continue
            result.figures = score(result.records, gold, args.lang, folder, name.split(".")[0].lower())
            results.append(result)

    print("$ " + shlex.join(["python", "bench/peers.py", *(sys.argv[1:] if argv is None else argv)]))
    print(f"{len(pages)} gold pages from {gold}" + (f" (lang {args.lang})" if args.lang else "")
          + f"; reference time {REF_TIME.isoformat()}")
    print()
    print(table(results, len(pages), args.markdown))
    for result in results:
        if result.error:
            print(f"\n{result.tool}: not run: {result.error}")
    print(f"\ns/page: per-page calls only; load s: imports, model loading and a warm-up call. "
          f"Total run {time.perf_counter() - started:.1f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
