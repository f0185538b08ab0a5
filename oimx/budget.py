"""The time budget of a page: seconds of CPU time (not wall time: a busy machine changes nothing)
after which its parsing ends with :class:`PageTimeout`.

On the main thread the budget is the CPU timer (``ITIMER_PROF``) and its signal: the handler is
installed once for a run of pages (:func:`page_budgets`, or :func:`stand_in_worker` for a worker
process's whole life) and each page only re-arms the timer. Off the main thread (a Ray actor's),
where no signal can reach, a watchdog thread reads the thread's own CPU clock instead.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class PageTimeout(BaseException):
    """A page took longer than its time budget.

    A ``BaseException``, like ``KeyboardInterrupt``: the guards that keep one failing
    extractor from sinking a page (``except Exception``) must not swallow it.
    """


# the budget's signal handler stands in this process (installed once for a run of pages, see page_budgets)
_installed = False
# a page is being parsed under the budget: only then does the signal raise
_parsing = False
# the budget ran out while the page was parsed (kept: the exception may be swallowed where it lands)
_spent = False
# the thread that installed the handler (a process's main thread): its pages only re-arm the timer
_owner: int | None = None


def _on_budget_spent(_signum: int, _frame: object) -> None:
    global _spent
    if _parsing:
        _spent = True
        raise PageTimeout  # between pages (reading, writing) a spent budget costs nothing: the next page re-arms


@contextmanager
def page_budgets() -> Iterator[None]:
    """Install the budget's signal handler for a run of pages: each page then only re-arms the timer."""
    global _installed, _owner
    if _installed or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGPROF, _on_budget_spent)
    hook = sys.unraisablehook

    def quiet(unraisable) -> None:  # a PageTimeout Python ignored (in a __del__): _spent still ends the page
        if unraisable.exc_type is not PageTimeout:
            hook(unraisable)

    sys.unraisablehook = quiet
    _installed, _owner = True, threading.get_ident()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
        sys.unraisablehook = hook
        _installed = False


def stand_in_worker() -> None:
    """Install the handler for good in a worker process (its pages are all it runs), once."""
    global _installed, _owner
    if not _installed:
        signal.signal(signal.SIGPROF, _on_budget_spent)
        _installed, _owner = True, threading.get_ident()


def within_budget(parse: Callable[[], dict], budget: float) -> dict:
    """``parse()``, cut by :class:`PageTimeout` after ``budget`` seconds of CPU time.

    The handler's exception can land where Python ignores exceptions (a ``__del__``, as
    regex's while it compiles a pattern): the page then still ends as out of time.
    """
    global _parsing, _spent
    if not _installed or threading.get_ident() != _owner:
        if threading.current_thread() is not threading.main_thread():
            return _parse_watched(parse, budget)
        if not _installed:  # a page on its own (not in a run): the handler stands for this page only
            with page_budgets():
                return within_budget(parse, budget)
    _spent = False
    signal.setitimer(signal.ITIMER_PROF, budget)
    _parsing = True
    try:
        parsed = parse()
    finally:
        _parsing = False
    if _spent:
        raise PageTimeout
    return parsed


def _parse_watched(parse: Callable[[], dict], budget: float) -> dict:
    """``parse()`` off the main thread (a Ray actor's), where no signal can reach it.

    A watchdog reads this thread's own CPU clock and, past ``budget``, raises
    :class:`PageTimeout` in it (delivered, like a signal handler's, between bytecodes).
    """
    import ctypes
    import time

    target = threading.get_ident()
    clock = time.pthread_getcpuclockid(target)
    start = time.clock_gettime(clock)
    finished, lock = threading.Event(), threading.Lock()

    def watch() -> None:
        while not finished.wait(0.05):
            if time.clock_gettime(clock) - start >= budget:
                with lock:  # never fire once parse() has returned
                    if not finished.is_set():
                        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target),
                                                                   ctypes.py_object(PageTimeout))
                return

    watcher = threading.Thread(target=watch, name="oimx-page-budget", daemon=True)
    watcher.start()
    try:
        return parse()
    finally:
        with lock:
            finished.set()
        watcher.join()
