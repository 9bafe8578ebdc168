"""Worker processes for back-entry's engine step, results in input order.

The engine step (parse, engine, anonymise, dump: :mod:`.backentry_lines`) is
pure CPU; the vault has one writer. Workers are started with ``spawn`` after
the vault is open, so they inherit neither the key, the passphrase nor the
database connection: each gets the form and chunks of lines through a pipe
and sends back results. Chunks go round-robin and come back in the same
order, at most two in flight per worker, so the output is the same as one
process would give and memory stays flat however long the file.

If the writer is killed, the workers read end-of-file on their pipe and exit.
If a worker dies, :meth:`EnginePool.results` raises :class:`WorkerFailed` and
the writer rolls back what it had not committed (BACKENTRY_WORKER).
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection
from typing import Any

from .backentry_lines import LineResult, LineRunner, LineSetup

#: (line number, text, the line's refusal if reading it failed, else "")
Chunk = list[tuple[int, str, str]]


class WorkerFailed(Exception):
    """A worker died or failed; the writer turns this into BACKENTRY_WORKER with what it kept."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

#: Chunks each worker holds at once: one being worked on, one waiting.
IN_FLIGHT = 2


def _serve(conn: Connection, setup: LineSetup) -> None:
    """A worker's loop: a chunk of lines in, their results out; None (or end of file) ends it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the writer's to handle
    runner = LineRunner(setup)
    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        try:
            conn.send(("ok", runner.run_all(chunk)))
        except Exception as exc:  # noqa: BLE001 - reported to the writer, which stops the run
            conn.send(("error", type(exc).__name__))
            return


class EnginePool:
    """``count`` engine workers for one form."""

    def __init__(self, count: int, setup: LineSetup) -> None:
        context = multiprocessing.get_context("spawn")
        self._conns: list[Connection] = []
        self._procs: list[Any] = []
        try:
            for _ in range(count):
                mine, theirs = context.Pipe()
                process = context.Process(target=_serve, args=(theirs, setup), daemon=True, name="napsurvey-engine")
                process.start()
                theirs.close()
                self._conns.append(mine)
                self._procs.append(process)
        except BaseException:
            self.close()
            raise

    def results(self, chunks: Iterable[Chunk]) -> Iterator[list[LineResult]]:
        """Results of each chunk, in the order of ``chunks``."""
        source = iter(chunks)
        pending: deque[int] = deque()  # the worker holding each chunk in flight, oldest first

        def send_next(worker: int) -> bool:
            chunk = next(source, None)
            if chunk is None:
                return False
            self._send(worker, chunk)
            pending.append(worker)
            return True

        for _ in range(IN_FLIGHT):
            for worker in range(len(self._conns)):
                if not send_next(worker):
                    break
        while pending:  # each worker answers its chunks in order, so this is input order
            worker = pending.popleft()
            yield self._receive(worker)
            send_next(worker)

    def _send(self, worker: int, chunk: Chunk) -> None:
        try:
            self._conns[worker].send(chunk)
        except (OSError, EOFError):
            raise self._died(worker) from None

    def _receive(self, worker: int) -> list[LineResult]:
        try:
            kind, payload = self._conns[worker].recv()
        except (OSError, EOFError):
            raise self._died(worker) from None
        if kind != "ok":
            raise WorkerFailed(f"{payload} in the engine step")
        result: list[LineResult] = payload
        return result

    def _died(self, worker: int) -> WorkerFailed:
        process = self._procs[worker]
        process.join(timeout=1)
        return WorkerFailed(f"exit code {process.exitcode}")

    def close(self) -> None:
        """Stop the workers (politely, then for sure)."""
        for conn in self._conns:
            try:
                conn.send(None)
            except (OSError, EOFError):
                pass
        for process in self._procs:
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
                process.join(timeout=5)
        for conn in self._conns:
            conn.close()
        self._conns, self._procs = [], []

    def __enter__(self) -> EnginePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
