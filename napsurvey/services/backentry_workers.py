"""Worker processes for back-entry's engine step, results in input order.

The engine step (parse, engine, anonymise, dump: :mod:`.backentry_lines`) is
pure CPU; the vault has one writer. Workers are started with ``spawn`` after
the vault is open, so they inherit neither the key, the passphrase nor the
database connection: each gets the form and chunks of lines through a pipe
and sends back results. Chunks go round-robin and come back in the same
order, at most two in flight per worker, so the output is the same as one
process would give and memory stays flat however long the file. A thread of
the writer's process does the piping (reading the file, sending chunks,
receiving results) and hands results over through a short queue: so the
writer's SQL never waits for a worker to take its next chunk, and a worker
never waits, its results unsent, while the writer stores a batch.

If the writer is killed, the workers read end-of-file on their pipe and exit.
If a worker dies, :meth:`EnginePool.results` raises :class:`WorkerFailed` and
the writer rolls back what it had not committed (BACKENTRY_WORKER).
"""

from __future__ import annotations

import multiprocessing
import queue
import signal
import threading
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
#: Chunks of results waiting for the writer, at most (memory stays flat).
QUEUED = 8
#: Seconds the piping thread waits, at most, for a full queue before it looks whether to stop.
_POLL = 0.1


def _serve(conn: Connection, setup: LineSetup) -> None:
    """A worker's loop: a chunk of lines in, their results out; None (or end of file) ends it.

    A thread takes the chunks off the pipe as they come, so that the writer's next chunk
    never waits in a full pipe while this worker waits to send its results: with chunks
    larger than the pipe's buffer (long lines of a big form), both would wait for ever.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the writer's to handle
    inbox: queue.Queue[Chunk | None] = queue.Queue()  # at most IN_FLIGHT chunks: the writer sends no more

    def receive() -> None:
        while True:
            try:
                chunk = conn.recv()
            except (EOFError, OSError):
                chunk = None
            inbox.put(chunk)
            if chunk is None:
                return

    threading.Thread(target=receive, daemon=True, name="napsurvey-engine-inbox").start()
    runner = LineRunner(setup)
    while True:
        chunk = inbox.get()
        if chunk is None:
            return
        try:
            conn.send(("ok", runner.run_all(chunk)))
        except (EOFError, OSError):
            return  # the writer is gone
        except Exception as exc:  # noqa: BLE001 - reported to the writer, which stops the run
            conn.send(("error", type(exc).__name__))
            return


class EnginePool:
    """``count`` engine workers for one form."""

    def __init__(self, count: int, setup: LineSetup) -> None:
        context = multiprocessing.get_context("spawn")
        self._conns: list[Connection] = []
        self._procs: list[Any] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
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

    @property
    def pids(self) -> list[int]:
        """The workers' process ids."""
        return [int(process.pid) for process in self._procs]

    def results(self, chunks: Iterable[Chunk]) -> Iterator[list[LineResult]]:
        """Results of each chunk, in the order of ``chunks`` (read by the piping thread)."""
        handed: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=QUEUED)
        self._stop.clear()

        def hand(kind: str, payload: Any) -> bool:
            """Put one message for the writer; False once the writer has stopped taking them."""
            while not self._stop.is_set():
                try:
                    handed.put((kind, payload), timeout=_POLL)
                    return True
                except queue.Full:
                    continue
            return False

        def pipe() -> None:
            try:
                for results in self._piped(chunks):
                    if not hand("ok", results):
                        return
                hand("end", None)
            except BaseException as exc:  # noqa: BLE001 - handed to the writer, which raises it
                hand("error", exc)

        self._thread = threading.Thread(target=pipe, daemon=True, name="napsurvey-engine-pipe")
        self._thread.start()
        try:
            while True:
                kind, payload = handed.get()
                if kind == "end":
                    return
                if kind == "error":
                    raise payload
                yield payload
        finally:
            self._stop_piping()

    def _piped(self, chunks: Iterable[Chunk]) -> Iterator[list[LineResult]]:
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
        while pending and not self._stop.is_set():  # each worker answers its chunks in order: input order
            worker = pending.popleft()
            yield self._receive(worker)
            send_next(worker)

    def _stop_piping(self) -> None:
        """Stop the piping thread (it ends once the chunk it waits for is in, or a worker is gone)."""
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5)

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
        """Stop the piping thread and the workers (politely, then for sure)."""
        self._stop_piping()
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
