"""Worker processes for ``--jobs N``: each fed through its own pipe, none outliving the run.

``multiprocessing.Pool`` shares one task queue behind a lock: a worker killed while it
holds that lock (SIGTERM to the process group) leaves ``Pool.terminate`` waiting forever.
Here every worker has a pipe of its own, so a dead worker costs only its own pages (an
error record each, and a new worker takes its place), and the parent can always stop
every worker with SIGKILL. On Linux a worker also asks the kernel to kill it when the
parent dies (``PR_SET_PDEATHSIG``); elsewhere it checks its parent every second.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any

# tasks queued at each worker: one being worked on, one ready to start
DEPTH = 2
_PR_SET_PDEATHSIG = 1
# the signals that stop a run: only the parent acts on them
_STOPPING = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}


def max_jobs() -> int:
    """The most worker processes a run starts: four per CPU (more only adds switching and memory)."""
    return 4 * (os.cpu_count() or 1)


def _die_with_parent(parent: int) -> None:
    """Ask the kernel to kill this process when its parent ends (Linux), then check it has not already."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)  # the C library is already loaded: no ldconfig subprocess
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:
        os._exit(1)


def _serve(conn: Connection, parent: int, work: Callable[[Any], Any]) -> None:
    """A worker's loop: receive ``(index, task)``, send ``(index, result)``; ``None`` ends it."""
    # the parent alone decides when the run stops; it ends its workers itself. The signals came
    # blocked from the parent (see _blocked): ignored now, before anything can run its handlers
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPPING)
    _die_with_parent(parent)
    while True:
        while not conn.poll(1.0):
            if os.getppid() != parent:
                os._exit(1)
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        index, task = message
        conn.send((index, work(task)))


@contextlib.contextmanager
def _blocked():
    """Ctrl-C and SIGTERM held while workers are started; delivered (to the parent) at the end.

    A forked worker inherits the parent's handlers: a signal between the fork and its own
    ``SIG_IGN`` would run oimx's handler in the worker (a traceback). And a signal in the
    parent while ``workers`` is being built would leave a started worker unknown to the
    ``finally`` that kills them (multiprocessing's exit would wait for it forever).
    """
    signal.pthread_sigmask(signal.SIG_BLOCK, _STOPPING)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPPING)


class _Worker:
    def __init__(self, context: Any, work: Callable[[Any], Any]) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, os.getpid(), work), daemon=True)
        self.process.start()
        child.close()
        self.tasks: deque[tuple[int, Any]] = deque()

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


def imap(
    work: Callable[[Any], Any],
    tasks: Iterable[Any],
    jobs: int,
    *,
    lost: Callable[[Any, str], Any],
    local: Callable[[Any], bool] = lambda _task: False,
    window: int = 256,
) -> Iterator[Any]:
    """``work(task)`` for every task, in order, on ``jobs`` worker processes.

    ``local(task)`` tasks run here instead (standard input belongs to this process);
    ``lost(task, reason)`` is the result of a task whose worker died; at most ``window``
    results wait for their turn, so memory stays flat.
    """
    fork = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if fork else "spawn")
    workers: list[_Worker] = []
    results: dict[int, Any] = {}
    source = iter(enumerate(tasks))
    exhausted = False
    following = 0  # index of the next result to yield
    try:
        with _blocked():
            workers.extend(_Worker(context, work) for _ in range(jobs))
        while True:
            while following in results:
                yield results.pop(following)
                following += 1
            busy = sum(len(worker.tasks) for worker in workers)
            while not exhausted and busy + len(results) < window:
                worker = min(workers, key=lambda w: len(w.tasks))
                if len(worker.tasks) >= DEPTH:
                    break
                item = next(source, None)
                if item is None:
                    exhausted = True
                    break
                index, task = item
                if local(task):
                    results[index] = work(task)
                    break
                try:
                    worker.conn.send(item)
                except OSError:  # it died idle: its place goes to a new worker, which takes the page
                    worker = _replace(workers, worker, results, lost, context, work)
                    worker.conn.send(item)
                worker.tasks.append(item)
                busy += 1
            if following in results:
                continue
            if exhausted and not busy:
                return
            waiting = {worker.conn: worker for worker in workers if worker.tasks}
            for conn in wait(list(waiting)):
                worker = waiting[conn]
                try:
                    index, result = conn.recv()
                except (EOFError, OSError):
                    _replace(workers, worker, results, lost, context, work)
                    continue
                worker.tasks.popleft()
                results[index] = result
    finally:
        for worker in workers:
            worker.stop()


def _replace(workers: list[_Worker], dead: _Worker, results: dict[int, Any], lost: Callable[[Any, str], Any],
             context: Any, work: Callable[[Any], Any]) -> _Worker:
    """A worker died: its pages get ``lost`` results, and a new worker takes its place (returned)."""
    dead.stop()
    code = dead.process.exitcode
    reason = f"worker process died (signal {-code})" if code and code < 0 else "worker process died"
    for index, task in dead.tasks:
        results[index] = lost(task, reason)
    with _blocked():
        fresh = workers[workers.index(dead)] = _Worker(context, work)
    return fresh
