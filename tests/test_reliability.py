"""What a hostile run used to break (issue 9), through the real entry point in a subprocess.

Each test names the item of the issue it covers and is a row of the README's robustness
table. No test races the clock: processes are waited for with generous timeouts, and
only exit codes, outputs and messages are asserted.
"""

from __future__ import annotations

import contextlib
import json
import os
import pty
import select
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from oimx import batch, budget, parse_page
from oimx.sources import Source
from tests.conftest import FIXTURES

PAGE = "Un titre inventé\nDakar – Le 3 mai 2024, l'OIM a reçu 2 millions de dollars pour la résilience.\n"
OIMX = [sys.executable, "-m", "oimx"]
WAIT = 120  # seconds a process may take before a test calls it hung


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([*OIMX, *args], input=stdin, capture_output=True, timeout=WAIT, cwd=cwd, **kwargs)


def shell(command: str, cwd: Path) -> subprocess.CompletedProcess:
    """``command`` in bash, with ``oimx`` standing for this interpreter's oimx."""
    line = command.replace("oimx ", f"{sys.executable} -m oimx ", 1)
    return subprocess.run(["bash", "-c", line], capture_output=True, timeout=WAIT, cwd=cwd)


def lines_of(out: bytes) -> list[dict]:
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


def no_traceback_in(stderr: bytes) -> bool:
    return b"Traceback" not in stderr and b"Exception ignored" not in stderr


def no_traceback(result: subprocess.CompletedProcess) -> bool:
    return no_traceback_in(result.stderr)


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


# --- 1. -o and what sits at its path -----------------------------------------------------------------------

def test_1_output_keeps_the_mode_of_the_file_it_replaces(page: Path, tmp_path: Path) -> None:
    kept = tmp_path / "kept.jsonl"
    kept.write_text("old\n", encoding="utf-8")
    kept.chmod(0o644)
    assert run("extract", str(page), "-o", str(kept)).returncode == 0
    assert stat.S_IMODE(kept.stat().st_mode) == 0o644 and lines_of(kept.read_bytes())[0]["title"]
    new = tmp_path / "new.jsonl"
    assert shell(f"umask 022; oimx extract {page} -o {new}", tmp_path).returncode == 0
    assert stat.S_IMODE(new.stat().st_mode) == 0o644


@pytest.mark.parametrize("command", ["extract", "contacts"])
def test_1_output_dash_is_standard_output(tmp_path: Path, command: str) -> None:
    result = run(command, str(FIXTURES / "pages"), "-o", "-", cwd=tmp_path)
    assert result.returncode == 0 and lines_of(result.stdout)
    assert list(tmp_path.iterdir()) == []


def test_1_output_through_a_symlink_writes_its_target(page: Path, tmp_path: Path) -> None:
    target = tmp_path / "target.jsonl"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    assert run("extract", str(page), "-o", str(link)).returncode == 0
    assert link.is_symlink() and lines_of(target.read_bytes())[0]["title"] == "Un titre inventé"


def test_1_output_to_a_fifo_is_written_through(page: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    result = run("extract", str(page), "-o", str(fifo))
    out, _ = reader.communicate(timeout=WAIT)
    assert result.returncode == 0 and stat.S_ISFIFO(fifo.stat().st_mode)
    assert lines_of(out)[0]["title"] == "Un titre inventé"


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        pytest.param("missing/out.jsonl", "No such file or directory", id="missing-folder"),
        pytest.param(".", "Is a directory", id="folder"),
        # through a link: a build that replaced what sits at -o must not destroy the device
        pytest.param("full.jsonl", "No space left on device", id="full-disk"),
    ],
)
def test_1_output_that_cannot_be_written_is_one_line_and_exit_1(page: Path, tmp_path: Path, target: str,
                                                                 reason: str) -> None:
    (tmp_path / "full.jsonl").symlink_to("/dev/full")
    result = run("extract", str(page), "-o", target, cwd=tmp_path)
    assert result.returncode == 1 and no_traceback(result)
    assert result.stderr.decode() == f"oimx: {target}: {reason}\n"
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]


# --- 2. -o onto an input -----------------------------------------------------------------------------------

def test_2_output_onto_an_input_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "same"
    folder.mkdir()
    (folder / "a.txt").write_text(PAGE, encoding="utf-8")
    for args in (["same", "-o", "same/a.txt"], ["same/a.txt", "-o", "same/a.txt"],
                 ["same", "--glob", "*", "-o", "same/out.jsonl"]):
        result = run("extract", *args, cwd=tmp_path)
        assert result.returncode == 2, args
        assert b"is one of the inputs" in result.stderr
    assert (folder / "a.txt").read_text(encoding="utf-8") == PAGE
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt"]


def test_2_temporary_output_files_are_never_read_as_pages(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / ".oimx-out.jsonl.x1y2.tmp").write_text(PAGE, encoding="utf-8")  # a run being written
    result = run("extract", ".", "--glob", "*", "-o", "../out.jsonl", cwd=tmp_path)
    assert result.returncode == 0
    assert [Path(r["source"]).name for r in lines_of((tmp_path.parent / "out.jsonl").read_bytes())] == ["a.txt"]


# --- 3. standard input beside other paths ------------------------------------------------------------------

def test_3_stdin_with_other_paths_is_read_under_every_jobs(page: Path) -> None:
    one = run("extract", "-", str(page), "--jobs", "1", stdin=PAGE.encode())
    two = run("extract", "-", str(page), "--jobs", "2", stdin=PAGE.encode())
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert lines_of(two.stdout)[0]["title"] == "Un titre inventé"


# --- 4. a stray Latin-1 byte in a UTF-8 page ---------------------------------------------------------------

def test_4_a_stray_byte_does_not_make_a_utf8_page_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "stray.txt"
    data = PAGE.encode("utf-8")
    at = data.index(b"pour")
    path.write_bytes(data[:at] + b"\xe0 " + data[at:])  # 'à' in Latin-1
    result = run("extract", str(path))
    assert result.returncode == 0
    (rec,) = lines_of(result.stdout)
    assert rec["encoding"] == "utf-8" and "résilience" in rec["body"]
    assert rec["warnings"][0] == f"invalid UTF-8 at byte {at} (1 replaced by U+FFFD)"
    assert result.stderr.decode() == f"oimx: {path}: invalid UTF-8 at byte {at} (1 replaced by U+FFFD)\n"
    assert rec["body"] and all(item["section"] != "body" or rec["body"] for item in rec["dates"] + rec["money"])


# --- 5. file names that are not UTF-8 ----------------------------------------------------------------------

def test_5_a_file_name_that_is_not_utf8_gives_valid_output(tmp_path: Path) -> None:
    name = b"bad\xff\xfe.txt"
    (tmp_path / os.fsdecode(name)).write_text(PAGE, encoding="utf-8")
    result = run("extract", ".", cwd=tmp_path)
    assert result.returncode == 0
    (rec,) = lines_of(result.stdout)  # valid UTF-8 and JSON
    assert os.fsencode(rec["source"]) == b"./" + name
    csv = run("extract", ".", "--format", "csv", cwd=tmp_path)
    assert "./bad\\udcff\\udcfe.txt,date," in csv.stdout.decode("utf-8")
    assert b"\\udcff" in run("extract", os.fsdecode(b"nope\xff.txt"), cwd=tmp_path).stderr


# --- 6, 7. signals to the process group, --jobs and processes that outlive the run -------------------------

def _group(pid: int) -> list[str]:
    return subprocess.run(["pgrep", "-g", str(pid)], capture_output=True, text=True).stdout.split()


def _wait_for_output(path: Path, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + WAIT
    while path.stat().st_size == 0 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)


def _gone(pid: int) -> bool:
    deadline = time.monotonic() + WAIT
    while _group(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    return not _group(pid)


def _status(pid: int) -> dict[str, str]:
    """The fields of ``/proc/PID/status`` ({} once the process is gone)."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return {}
    return dict(line.split(":\t", 1) for line in text.splitlines() if ":\t" in line)


def _children(pid: int) -> list[int]:
    try:
        return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _wchan(pid: int) -> str:
    """Where in the kernel a process sleeps (its wait channel)."""
    try:
        return Path(f"/proc/{pid}/wchan").read_text()
    except OSError:
        return ""


def _until(condition, what: str):
    """Poll ``condition`` until it holds; the bound only stops a hang, no assertion depends on it."""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.02)
    pytest.fail(f"gave up waiting for {what}")


@contextlib.contextmanager
def _group_of(command: list[str], **kwargs):
    """``command`` in a process group of its own, killed whole if a test fails half-way."""
    process = subprocess.Popen(command, stderr=subprocess.PIPE, start_new_session=True, **kwargs)
    try:
        yield process
    finally:
        if _group(process.pid):
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate(timeout=WAIT)


def _two_workers(process: subprocess.Popen, busy) -> bool:
    workers = _children(process.pid)
    return len(workers) == 2 and all(busy(worker) for worker in workers)


def _parsing(tmp_path: Path) -> tuple[list[str], bytes | None, object]:
    """Both workers deep in a page slow by construction (their CPU clocks prove it)."""
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Titre\n" + "le 3 mai 2024, " * 40_000, encoding="utf-8")
    (tmp_path / "c.txt").write_text(PAGE, encoding="utf-8")
    return [str(tmp_path), "--timeout", "0"], None, lambda p: _two_workers(p, lambda w: _cpu_seconds(w) >= 0.3)


def _blocked_on_fifos(tmp_path: Path) -> tuple[list[str], bytes | None, object]:
    """Both workers blocked opening a named pipe nobody writes to."""
    for name in ("a.txt", "b.txt"):
        os.mkfifo(tmp_path / name)
    return ([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], None,
            lambda p: _two_workers(p, lambda w: _wchan(w) == "wait_for_partner"))


def _reading_stdin(tmp_path: Path) -> tuple[list[str], bytes | None, object]:
    """oimx itself waiting for standard input (in ``poll``, sources._read_pipe), its workers idle."""
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    return (["-", str(tmp_path / "a.txt")], subprocess.PIPE,
            lambda p: len(_children(p.pid)) == 2 and "poll" in _wchan(p.pid))


@pytest.mark.parametrize("state", [_parsing, _blocked_on_fifos, _reading_stdin],
                         ids=["workers-parsing", "workers-blocked-on-fifos", "main-reading-stdin"])
def test_6_sigterm_to_the_process_group_ends_the_run(tmp_path: Path, state) -> None:
    """The signal is sent once the run is provably in the state named, so no run depends on timing."""
    args, stdin, ready = state(tmp_path)
    with _group_of([*OIMX, "extract", *args, "--jobs", "2"], stdin=stdin, stdout=subprocess.PIPE) as process:
        _until(lambda: ready(process) or process.poll() is not None, "the run to reach its state")
        assert process.poll() is None
        os.killpg(process.pid, signal.SIGTERM)
        _, err = process.communicate(timeout=WAIT)
    assert process.returncode == 143, err
    assert no_traceback_in(err) and err.decode().splitlines()[-1].startswith("oimx: interrupted after 0 of")
    assert _gone(process.pid)


_SIGTERM_BIT = 1 << (signal.SIGTERM - 1)


def _exposed(pid: int) -> bool:
    """A worker that would run oimx's own SIGTERM handler: neither ignoring nor blocking the signal."""
    fields = _status(pid)
    return bool(fields) and not (int(fields["SigIgn"], 16) | int(fields["SigBlk"], 16)) & _SIGTERM_BIT


def test_6_sigterm_while_workers_start(batch_folder: Path) -> None:
    """The whole group frozen as its first worker appears: no worker may be exposed to oimx's handler,
    and SIGTERM delivered then (oimx still starting the others) ends the run cleanly."""
    with _group_of([*OIMX, "extract", str(batch_folder), "--jobs", "4"], stdout=subprocess.DEVNULL) as process:
        _until(lambda: _children(process.pid) or process.poll() is not None, "the first worker")
        os.killpg(process.pid, signal.SIGSTOP)
        try:
            exposed = [pid for pid in _children(process.pid) if _exposed(pid)]
            os.killpg(process.pid, signal.SIGTERM)
        finally:
            os.killpg(process.pid, signal.SIGCONT)
        _, err = process.communicate(timeout=WAIT)
    assert exposed == []
    assert process.returncode == 143 and no_traceback_in(err), err
    assert _gone(process.pid)


# SIGTERM delivered while a destructor runs (as regex's or a worker handle's may, at any time): Python
# ignores the handler's exception there, so the run must still stop, quietly, when it next looks.
_STOP_IN_A_DESTRUCTOR = """
import os, signal
from oimx import output
output.signals.install()
class Closing:
    def __del__(self):
        os.kill(os.getpid(), signal.SIGTERM)
Closing()
try:
    output.signals.check()
except output.Terminated:
    print("stopped")
"""


def test_6_ctrl_c_while_the_command_is_imported_ends_quietly() -> None:
    interrupted_import = (  # Ctrl-C landing while oimx.cli and its libraries load: raised there, every time
        "import sys\n"
        "class Interrupt:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'oimx.cli':\n"
        "            raise KeyboardInterrupt\n"
        "sys.meta_path.insert(0, Interrupt())\n"
        "from oimx.console import main\n"
        "main()\n"
    )
    result = subprocess.run([sys.executable, "-c", interrupted_import, "--version"], capture_output=True, timeout=WAIT)
    assert (result.returncode, result.stderr) == (130, b"oimx: interrupted\n")


def test_6_sigterm_lost_in_a_destructor_still_stops_the_run() -> None:
    done = subprocess.run([sys.executable, "-c", _STOP_IN_A_DESTRUCTOR], capture_output=True, text=True, timeout=60)
    assert done.stdout == "stopped\n" and done.stderr == ""


def test_7_many_jobs_are_capped_and_change_nothing(tmp_path: Path) -> None:
    for i in range(40):
        (tmp_path / f"p{i:02d}.txt").write_text(PAGE.replace("3 mai", f"{i % 28 + 1} mai"), encoding="utf-8")
    one = run("extract", str(tmp_path), "--jobs", "1")
    many = run("extract", str(tmp_path), "--jobs", "1000")
    assert many.returncode == 0 and many.stderr == b""
    assert many.stdout == one.stdout


def test_7_workers_are_at_most_four_per_cpu_and_die_with_their_parent(batch_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with out.open("wb") as handle:
        process = subprocess.Popen([*OIMX, "extract", str(batch_folder), "--jobs", "1000"], stdout=handle,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
        _wait_for_output(out, process)
        assert 2 <= len(_group(process.pid)) <= 4 * (os.cpu_count() or 1) + 1
        process.kill()  # SIGKILL: the parent cannot clean up, the kernel must
        process.wait(timeout=WAIT)
    assert _gone(process.pid)


# --- 8. FIFOs --------------------------------------------------------------------------------------------

def test_8_a_fifo_in_a_walked_folder_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    os.mkfifo(tmp_path / "b.txt")
    for jobs in ("1", "2"):
        result = run("extract", str(tmp_path), "--jobs", jobs)
        assert result.returncode == 0
        assert [Path(r["source"]).name for r in lines_of(result.stdout)] == ["a.txt"]
        assert result.stderr.decode() == f"oimx: {tmp_path / 'b.txt'}: skipped: not a regular file (FIFO)\n"


def test_8_a_walked_file_become_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    """A file listed in a walk and replaced by a FIFO before it is read: an error, no wait for a writer (an alarm
    fails the test rather than let it hang)."""
    from oimx.sources import InputError, Source, read_bytes

    fifo = tmp_path / "p.txt"
    os.mkfifo(fifo)
    signal.signal(signal.SIGALRM, lambda *_: pytest.fail("read_bytes waited for a writer"))
    signal.alarm(10)
    try:
        with pytest.raises(InputError, match="no longer a regular file"):
            read_bytes(Source(str(fifo), explicit=False))
    finally:
        signal.alarm(0)


def test_8_a_named_fifo_blocks_like_cat_but_sigterm_stops_it(tmp_path: Path) -> None:
    fifo = tmp_path / "page.txt"
    os.mkfifo(fifo)
    process = subprocess.Popen([*OIMX, "extract", str(fifo)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    writer = os.open(fifo, os.O_WRONLY)  # returns once oimx has opened it: oimx now waits in read()
    try:
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=WAIT)
    finally:
        os.close(writer)
    assert process.returncode == 143 and b"Traceback" not in err


def test_8_a_stop_noted_just_before_a_pipe_s_read_is_acted_on_while_it_waits() -> None:
    """A stop whose handler is due while a pipe's read waits, no signal interrupting the call (a signal that
    landed after Python last looked, just before the read), ends the wait, not the writer's closing the pipe.
    ``interrupt_main`` makes that state exactly."""
    import _thread
    import threading

    from oimx.sources import _read_pipe

    reader, writer = os.pipe()
    rescued = threading.Event()

    def stop_then_rescue() -> None:
        # most likely the read waits by now (if not, the stop lands before it and the test proves less, never
        # fails wrongly); then Ctrl-C's handler made due in the main thread, no signal interrupting its call
        time.sleep(0.5)
        _thread.interrupt_main()
        if not rescued.wait(WAIT):  # a read that never looks at it ends only when the pipe does
            rescued.set()
            os.close(writer)

    helper = threading.Thread(target=stop_then_rescue, daemon=True)
    try:
        with pytest.raises(KeyboardInterrupt):
            helper.start()
            _read_pipe(reader, 100)
        assert not rescued.is_set()
    finally:
        if not rescued.is_set():
            rescued.set()
            os.close(writer)
        helper.join()
        os.close(reader)


def test_8_a_named_fifo_is_read_once_and_only_as_a_page(tmp_path: Path) -> None:
    """Enough pages to learn from, and a named pipe: learning must not read the pipe (it would
    take its content, or block the run before any page)."""
    for i in range(10):
        (tmp_path / f"p{i}.txt").write_text(PAGE, encoding="utf-8")
    fifo = tmp_path / "z.fifo"
    os.mkfifo(fifo)
    process = subprocess.Popen([*OIMX, "extract", *sorted(map(str, tmp_path.glob("p*.txt"))), str(fifo),
                                "--jobs", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        with open(fifo, "w", encoding="utf-8") as writer:  # returns once oimx opens the pipe
            writer.write(PAGE)
        out, err = process.communicate(timeout=WAIT)
    finally:
        process.kill()
    assert process.returncode == 0, err
    records = lines_of(out)
    assert len(records) == 11 and records[-1]["title"] == "Un titre inventé"


# --- 9. standard input on a terminal ---------------------------------------------------------------------

def _read_until(fd: int, needle: bytes) -> bytes:
    seen = b""
    deadline = time.monotonic() + WAIT
    while needle not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 1)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    return seen


def test_9_stdin_on_a_terminal_says_so_and_records_are_not_glued_to_a_bar() -> None:
    primary, secondary = pty.openpty()
    process = subprocess.Popen([*OIMX, "extract"], stdin=secondary, stdout=secondary, stderr=secondary)
    os.close(secondary)
    seen = _read_until(primary, b"Ctrl-D")
    assert b"oimx: reading standard input (Ctrl-D to end)" in seen
    os.write(primary, PAGE.encode() + b"\x04")
    seen = _read_until(primary, b"}\r\n")
    process.wait(timeout=WAIT)
    os.close(primary)
    assert process.returncode == 0
    record = seen[seen.index(b'{"source"'):].split(b"\r\n")[0]
    assert json.loads(record)["title"] == "Un titre inventé"
    assert b"\x1b[" not in seen  # no progress bar on the terminal the records go to


# --- 10. the per-page time budget ------------------------------------------------------------------------

@pytest.mark.parametrize("module", ["money", "dates", "emails"])
def test_10_a_timeout_inside_an_extractor_is_an_error_record(monkeypatch, page: Path, module: str) -> None:
    import importlib

    def out_of_time(*_args, **_kwargs):
        raise budget.PageTimeout  # what the budget's signal raises, wherever the page is

    monkeypatch.setattr(importlib.import_module(f"oimx.extract.{module}"), "find", out_of_time)
    with pytest.raises(budget.PageTimeout):  # no guard of the pipeline swallows it
        parse_page(PAGE)
    outcome = batch.process(Source(str(page)), batch.Options(timeout=5))
    assert outcome.failed and json.loads(outcome.line)["error"] == "gave up after 5 s (time budget per page)"


def test_10_timeout_gives_the_error_record_through_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "slow.txt"
    path.write_text("Titre\n" + "le 3 mai 2024 et 5 millions de dollars, " * 40_000, encoding="utf-8")
    result = run("extract", "--timeout", "0.05", str(path))
    assert result.returncode == 1 and no_traceback(result)
    (rec,) = lines_of(result.stdout)
    assert rec["error"] == "gave up after 0.05 s (time budget per page)" and rec["warnings"] == []
    assert result.stderr.decode() == f"oimx: {path}: gave up after 0.05 s (time budget per page)\n"


# --- 13, 14, 15. bad arguments ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--reference-date", "0001-01-01"], id="reference-year-1"),
        pytest.param(["--reference-date", "9999-12-31"], id="reference-year-9999"),
        pytest.param(["--timeout", "inf"], id="timeout-inf"),
        pytest.param(["--timeout", "nan"], id="timeout-nan"),
        pytest.param(["--encoding", "nonexistent"], id="unknown-encoding"),
        pytest.param(["--encoding", "base64"], id="not-a-text-encoding"),
        pytest.param(["--encoding", "undefined"], id="an-encoding-that-decodes-nothing"),
        pytest.param(["--glob", "["], id="glob-syntax"),
    ],
)
def test_13_14_15_bad_arguments_are_usage_errors_before_reading(page: Path, args: list[str]) -> None:
    result = run("extract", *args, str(page), str(page))
    assert result.returncode == 2 and result.stdout == b"" and no_traceback(result)


def test_13_reference_dates_at_the_edges_of_the_allowed_years(page: Path) -> None:
    for reference in ("1000-01-01", "8999-12-31"):
        result = run("extract", "--reference-date", reference, str(page))
        assert result.returncode == 0
        (rec,) = lines_of(result.stdout)
        assert [d["value"] for d in rec["dates"]] == ["2024-05-03"] and rec["warnings"] == []


_LIBRARY_CALLS = """
import datetime, json, sys
from oimx import parse_page
page = "Un titre\\n\\nGenève – Hier, le 3 mai 2024, puis demain.\\n"
calls = {
    "text None": lambda: parse_page(None), "text bytes": lambda: parse_page(page.encode()),
    "lang EN": lambda: parse_page(page, lang="EN"), "lang xx": lambda: parse_page(page, lang="xx"),
    "lang 3": lambda: parse_page(page, lang=3), "source 3": lambda: parse_page(page, source=3),
    "reference str": lambda: parse_page(page, reference="2024-01-01"),
    "reference datetime": lambda: parse_page(page, reference=datetime.datetime(2024, 1, 1)),
    "learned str": lambda: parse_page(page, learned="Menu"),
}
told = {}
for name, call in calls.items():
    try:
        call()
        told[name] = "accepted"
    except (TypeError, ValueError) as error:
        told[name] = [type(error).__name__, str(error)]
edges = {}
for year, month, day in ((1, 1, 1), (9999, 12, 31)):
    record = parse_page(page, reference=datetime.date(year, month, day))
    edges[year] = [[d["text"], d["resolved"]] for d in record["dates"]], record["warnings"]
json.dump({"told": told, "edges": edges}, sys.stdout)
"""


def test_13_library_arguments_are_checked_and_the_calendar_edges_keep_the_dates() -> None:
    """parse_page(None) failed deep inside, lang="EN" was taken as a language, and a reference of year 1
    or 9999 with a relative date dropped every date of the page (OverflowError)."""
    result = subprocess.run([sys.executable, "-c", _LIBRARY_CALLS], capture_output=True, timeout=WAIT)
    assert result.returncode == 0, result.stderr.decode()
    out = json.loads(result.stdout)
    expected_types = {"lang EN": "ValueError", "lang xx": "ValueError"}
    for name, told in out["told"].items():
        assert told != "accepted", name
        assert told[0] == expected_types.get(name, "TypeError") and told[1].startswith("parse_page: "), told
    first, last = out["edges"]["1"], out["edges"]["9999"]
    assert first[1] == last[1] == []  # no warning: no extractor failed
    assert dict(map(tuple, first[0]))["3 mai 2024"] == dict(map(tuple, last[0]))["3 mai 2024"] == "2024-05-03"
    assert dict(map(tuple, first[0]))["demain"] == "0001-01-02" and dict(map(tuple, last[0]))["Hier"] == "9999-12-30"
    assert dict(map(tuple, last[0]))["demain"] is None  # past the last day: left unresolved


def test_15_globs_with_folders(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deep").mkdir(parents=True)
    for name in ("a.txt", "sub/b.txt", "sub/deep/c.txt"):
        (tmp_path / name).write_text(PAGE, encoding="utf-8")

    def names(glob: str) -> list[str]:
        result = run("extract", ".", "--glob", glob, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        return [r["source"] for r in lines_of(result.stdout)]

    assert names("sub/*.txt") == ["./sub/b.txt"]
    assert names("**/*.txt") == ["./a.txt", "./sub/b.txt", "./sub/deep/c.txt"]
    assert names("sub/**/*.txt") == ["./sub/b.txt", "./sub/deep/c.txt"]


def test_15_a_link_looping_on_itself_counts_only_when_the_glob_takes_its_name(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "self.jpg").symlink_to("self.jpg")
    result = run("extract", ".", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, b"")
    assert [r["source"] for r in lines_of(result.stdout)] == ["./a.txt"]
    (tmp_path / "self.txt").symlink_to("self.txt")
    result = run("extract", ".", cwd=tmp_path)
    assert result.returncode == 1 and result.stderr.decode() == "oimx: ./self.txt: symlink loop\n"


def test_15_show_on_a_folder_says_so(tmp_path: Path) -> None:
    result = run("show", str(tmp_path))
    assert result.returncode == 1 and result.stderr.decode() == f"oimx: {tmp_path}: is a directory\n"


def test_15_an_input_without_pages_is_told_and_exit_1(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run("extract", "empty", cwd=tmp_path)
    assert result.returncode == 1 and result.stdout == b""
    assert result.stderr.decode() == "oimx: empty: no file matches --glob '*.txt'\n"


def test_15_a_folder_without_pages_among_other_inputs_is_told_and_exit_1(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "page.txt").write_text("Titre\n\nTexte.\n", encoding="utf-8")
    result = run("extract", "empty", "page.txt", cwd=tmp_path)
    assert result.returncode == 1 and len(result.stdout.splitlines()) == 1
    assert result.stderr.decode() == "oimx: empty: no file matches --glob '*.txt'\n"


# --- 16. closed and full standard streams ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("redirect", "reason"),
    [pytest.param("> /dev/full", "No space left on device", id="full"),
     pytest.param(">&-", "Bad file descriptor", id="closed")],
)
@pytest.mark.parametrize(
    "command", ["extract {page}", "extract --format csv {page}", "stats {page}", "stats --json {page}",
                f"contacts {FIXTURES / 'pages'}", "show {page}", "schema", "--help", "extract --help", "--version"],
)
def test_16_standard_output_that_fails_is_one_line_and_exit_1(page: Path, command: str, redirect: str,
                                                               reason: str) -> None:
    result = shell(f"oimx {command.format(page=page)} {redirect}", page.parent)
    assert result.returncode == 1, result.stderr
    assert result.stderr.decode() == f"oimx: standard output: {reason}\n"


@pytest.mark.parametrize(
    "command", ["extract {page}", "stats {page}", f"contacts {FIXTURES / 'pages'}", "show {page}", "schema",
                "--help", "show --help", "--version"],
)
def test_16_a_reader_gone_before_the_output_ends_the_command_quietly(page: Path, command: str) -> None:
    read, write = os.pipe()
    os.close(read)  # every write to the pipe fails at once: no race with the reader
    try:
        result = subprocess.run([*OIMX, *command.format(page=page).split()], stdout=write, stderr=subprocess.PIPE,
                                timeout=WAIT)
    finally:
        os.close(write)
    assert (result.returncode, result.stderr) == (0, b"")


def test_16_closed_stdin_is_an_error_record(page: Path) -> None:
    result = shell("oimx extract <&-", page.parent)
    assert result.returncode == 1 and no_traceback(result)
    assert lines_of(result.stdout)[0]["error"] == "bad file descriptor"


# --- 17. names with escape sequences ---------------------------------------------------------------------

def test_17_names_are_escaped_on_the_terminal(tmp_path: Path) -> None:
    evil = "nope\x1b]0;pwned\x07.txt"
    result = run("extract", evil, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.decode() == "oimx: nope\\x1b]0;pwned\\x07.txt: no such file or directory\n"
    (tmp_path / evil).write_text(PAGE, encoding="utf-8")
    shown = run("show", evil, cwd=tmp_path, env={**os.environ, "NO_COLOR": "1"})
    assert shown.returncode == 0 and b"\x1b" not in shown.stdout and b"\x07" not in shown.stdout


def test_17_the_contacts_table_escapes_names_and_reads_no_markup(tmp_path: Path) -> None:
    page = FIXTURES / "pages" / "en_contact_dash_line.txt"
    (tmp_path / "a\nb[bold]x.txt").write_bytes(page.read_bytes())
    result = run("contacts", "--format", "table", ".", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "a\\nb[bold]x.txt" in result.stdout.decode()


@pytest.mark.parametrize("args", [["--format", "csv"], ["--per", "item"], []], ids=["csv", "per-item", "records"])
def test_17_output_to_a_terminal_is_escaped_and_to_a_pipe_kept(tmp_path: Path, args: list[str]) -> None:
    evil = "nope\x1b]0;pwned\x07\u202e.txt"
    (tmp_path / evil).write_text(PAGE, encoding="utf-8")
    primary, secondary = pty.openpty()
    process = subprocess.Popen([*OIMX, "extract", evil, *args], cwd=tmp_path, stdin=subprocess.DEVNULL,
                               stdout=secondary, stderr=subprocess.PIPE)
    os.close(secondary)
    seen = _read_until(primary, b"\x00never")  # everything, up to the end of the run
    process.wait(timeout=WAIT)
    os.close(primary)
    assert process.returncode == 0 and b"pwned" in seen
    assert not set(seen.decode()) & {"\x1b", "\x07", "\u202e"}
    piped = run("extract", evil, *args, cwd=tmp_path)  # a pipe gets the data as it is
    first = piped.stdout.splitlines()[1 if args == ["--format", "csv"] else 0]
    assert (first.startswith(evil.encode()) if args == ["--format", "csv"] else json.loads(first)["source"] == evil)


# --- 18. --redact and every written form of a phone ------------------------------------------------------

def test_18_redact_hashes_every_form_of_a_phone(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(
        "Un titre inventé\nGenève – Le 3 mai 2024, appelez le 00 41 79 123 45 67, le (0)79 123 45 67, "
        "le 079 123 45 67 ou le +41 (0)79 123 45 67 ; 10 000 000 dollars le 03.05.2024.\n\n"
        "Pour plus d'informations, veuillez contacter :\nAmina Touré, OIM Genève, Tél. : +41 79 123 45 67\n",
        encoding="utf-8",
    )
    result = run("extract", "--redact", str(path))
    assert result.returncode == 0
    out = result.stdout.decode()
    assert "123 45 67" not in out and "79 123" not in out
    assert "10 000 000 dollars le 03.05.2024" in out  # amounts and dates stay
    (rec,) = lines_of(result.stdout)
    tokens = {word.strip(".,;") for word in rec["body"].split() if word.startswith("phone:")}
    assert len(tokens) == 1  # every form of the number has the same hash


def test_18_redact_hashes_every_form_of_an_address(tmp_path: Path) -> None:
    """Every form the e-mail extractor reads is hashed, not only the first one found."""
    path = tmp_path / "page.txt"
    path.write_text(
        "Un titre inventé\nGenève – Le 3 mai 2024, écrivez à amina.toure [at] iom.int, AMINA.TOURE@IOM.INT, "
        "amina.toure(at)iom(dot)int ou amina.toure {at} iom.int.\n",
        encoding="utf-8",
    )
    result = run("extract", "--redact", str(path))
    assert result.returncode == 0
    (rec,) = lines_of(result.stdout)
    assert "amina" not in result.stdout.decode().casefold()
    tokens = {word.strip(".,;") for word in rec["body"].split() if word.startswith("email:")}
    assert len(tokens) == 1 and rec["body"].count("email:") == 4


def test_6_a_worker_killed_alone_costs_only_its_pages(tmp_path: Path) -> None:
    batch_folder = tmp_path / "batch"  # 300 short pages: still running when the first record is out
    batch_folder.mkdir()
    text = "\n".join(f"Ligne {i} du corps, le {i % 28 + 1} mars 2020." for i in range(12))
    for i in range(300):
        (batch_folder / f"p{i:05d}.txt").write_text(f"Titre {i}\n{text}\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with out.open("wb") as handle:
        process = subprocess.Popen([*OIMX, "extract", str(batch_folder), "--jobs", "2"], stdout=handle,
                                   stderr=subprocess.PIPE)
        _wait_for_output(out, process)
        children = subprocess.run(["pgrep", "-P", str(process.pid)], capture_output=True, text=True).stdout.split()
        if children:
            os.kill(int(children[0]), signal.SIGKILL)
        _, err = process.communicate(timeout=WAIT)
    records = lines_of(out.read_bytes())
    assert process.returncode in (0, 1) and b"Traceback" not in err
    assert [Path(r["source"]).name for r in records] == sorted(p.name for p in batch_folder.iterdir())
    assert all(r["error"] in (None, "worker process died (signal 9)") for r in records)


# --- smaller things: a page in a script oimx has no words for -------------------------------------------

OTHER_SCRIPTS = {
    "arabic": "عنوان الخبر\n\nجنيف - قالت المنظمة الدولية للهجرة اليوم إن آلاف المهاجرين وصلوا إلى الجزيرة "
              "خلال الأسبوع الماضي، وإن الاحتياجات الإنسانية كبيرة جدا.\n",
    "chinese": "国际移民组织发布新闻稿\n\n日内瓦——国际移民组织今天表示，过去一周有数千名移民抵达该岛，"
               "人道主义需求非常大。该组织发言人说，各小组正在夜以继日地工作。\n",
    "russian": "Заголовок новости\n\nЖЕНЕВА - Международная организация по миграции сообщила сегодня, что "
               "тысячи мигрантов прибыли на остров за последнюю неделю.\n",
}


@pytest.mark.parametrize("text", list(OTHER_SCRIPTS.values()), ids=list(OTHER_SCRIPTS))
def test_a_page_in_another_script_has_no_language_and_says_so(tmp_path: Path, text: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    result = run("extract", str(path))
    assert result.returncode == 0 and no_traceback(result)
    record = lines_of(result.stdout)[0]
    assert record["lang"] is None
    assert any(w.startswith("language not recognised") for w in record["warnings"])


def test_a_latin_page_keeps_its_language() -> None:
    record = parse_page((FIXTURES / "pages" / "es_comunicado_local_lima.txt").read_text(encoding="utf-8"))
    assert record["lang"] == "es" and not any(w.startswith("language") for w in record["warnings"])


@pytest.mark.parametrize(("status", "code", "said"), [("0", 0, ""), ("None", 0, ""), ("1", 1, ""), ("130", 130, ""),
                                                      ("'oimx: stopped'", 1, "oimx: stopped\n")])
def test_a_process_that_ran_a_ray_job_ends_with_its_status_after_its_exit_hooks(status: str, code: int,
                                                                                 said: str) -> None:
    """``oimx.ray.leave`` (no finalisation after a Ray job): the exit hooks run, buffered output is
    written, and the status is the one ``sys.exit`` would give."""
    program = ("import atexit, sys\nfrom oimx import ray\n"
               "atexit.register(lambda: sys.stdout.write('hook ran\\n'))\n"
               f"sys.stdout.write('kept in the buffer\\n')\nray.leave({status})\n")
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=WAIT)
    assert (done.returncode, done.stdout, done.stderr) == (code, "kept in the buffer\nhook ran\n", said)


def test_learned_lines_may_be_any_collection() -> None:
    """``learned`` is "a set of lines": a set or a list gives the record a frozenset gives (a set raised
    'unhashable type', found by a hostile tester)."""
    from oimx import parse_page

    page = "Menu du site\n- 2030 AGENDA\nUn titre\n\nGenève – Le 3 mai 2024, le corps.\n"
    expected = parse_page(page, learned=frozenset({"menu du site"}))
    assert parse_page(page, learned={"menu du site"}) == expected
    assert parse_page(page, learned=["menu du site"]) == expected
