"""Back-entry of paper questionnaires: a file of them, through the same engine as the app.

Each questionnaire is one JSON object (JSON Lines, or one pretty-printed
object) with the answers, ``@date`` (the date on the paper, kept to the month)
and ``@paper_id`` (the number written on the paper). The file is read as it
streams, line by line; the engine step runs in this process or in worker
processes (:mod:`.backentry_workers`), and this module is the single writer:

* a file is stored **whole or not at all** by default: one transaction, and
  one refused line means nothing is stored (the summary says so); a kill at
  any moment leaves the vault as it was;
* ``partial=True`` keeps the good lines, committed in batches (a crash loses
  at most the batch being written);
* a paper questionnaire is stored once: the vault keeps a keyed hash of form
  id and paper number (:mod:`napsurvey.vault.repo.papers`) and refuses a
  repeat, in the file or from an earlier run, with BACKENTRY_DUPLICATE. So a
  file entered again after an interruption stores only what was not stored.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from napsurvey.errors import ErrorCode, NapError
from napsurvey.interview import check_start
from napsurvey.services.interviews import start_context
from napsurvey.services.session import Session
from napsurvey.vault.connection import Connection
from napsurvey.vault.repo import forms as forms_repo
from napsurvey.vault.repo.audit import log_event
from napsurvey.vault.repo.completion import OutcomeKey, store_entered
from napsurvey.vault.repo.papers import add_papers, entered, paper_digest, paper_key
from napsurvey.vault.repo.records import RecordRow

from .backentry_lines import Entered, LineResult, LineRunner, LineSetup, Refused, read_units
from .backentry_workers import Chunk, EnginePool, WorkerFailed

#: Lines per chunk sent to a worker.
CHUNK_LINES = 250

#: Called with ("checked", lines read so far) or ("committed", interviews stored so far).
Progress = Callable[[str, int], None]


@dataclass
class BackEntryReport:
    """What a back-entry run did: what it accepted, what it stored, one coded line per refusal."""

    lines: int = 0
    #: Accepted questionnaires: records, and counts only (refused consent, ended for a child).
    completed: int = 0
    counted_only: int = 0
    refused: list[str] = field(default_factory=list)
    dry_run: bool = False
    partial: bool = False
    #: What the vault now holds from this run.
    stored_completed: int = 0
    stored_counted: int = 0

    @property
    def ok(self) -> bool:
        """True when no questionnaire was refused."""
        return not self.refused

    def summary(self) -> str:
        """One line saying exactly what was stored."""
        if self.dry_run:
            text = f"dry run: {_counts(self.completed, 'would be stored', self.counted_only)}"
            if self.refused:
                text += f"; {_n(len(self.refused), 'line')} refused"
            return text + "; nothing was written"
        if not self.partial and self.refused:
            return (
                f"nothing stored: {len(self.refused)} of {_n(self.lines, 'line')} refused, and a file is stored whole"
                " or not at all (correct those lines, or store the others with --partial)"
            )
        text = _counts(self.stored_completed, "stored", self.stored_counted)
        if self.refused:
            text += f"; {_n(len(self.refused), 'line')} refused and not stored"
        return text


def _n(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def _counts(completed: int, verb: str, counted: int) -> str:
    return f"{_n(completed, 'interview')} {verb}, {counted} counted only (refused consent or ended)"


class _Discard(Exception):
    """Leaves the run's transaction without committing (a refused line, a dry run)."""


def _chunks(units: Iterator[tuple[int, str | NapError]]) -> Iterator[Chunk]:
    chunk: Chunk = []
    for number, text in units:
        chunk.append((number, text, "") if isinstance(text, str) else (number, "", str(text)))
        if len(chunk) >= CHUNK_LINES:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _Writer:
    """Checks paper numbers and stores accepted questionnaires, batch by batch, in input order."""

    def __init__(self, session: Session, report: BackEntryReport, form_id: str, version: str, progress: Progress | None) -> None:
        self.vault = session.vault
        self.report = report
        self.form_id, self.version = form_id, version
        self.progress = progress
        self.key = paper_key(self.vault)
        self.run = secrets.token_bytes(8)  # with a batch number, the tag of the papers entered
        self.batches = 0

    def batch(self, results: list[LineResult]) -> None:
        """Check and store one batch, in input order: in its own transaction (partial), or in the
        whole file's (no savepoint: each would copy every page it changes)."""
        report = self.report
        if report.partial:
            with self.vault.transaction() as conn:
                rows, outcomes = self._batch(conn, results)
                self._log(len(rows), len(outcomes))
            report.stored_completed += len(rows)
            report.stored_counted += len(outcomes)
            self.tell("committed", report.stored_completed + report.stored_counted)
        else:
            self._batch(self.vault.connection, results)
            self.tell("checked", report.lines)

    def _batch(self, conn: Connection, results: list[LineResult]) -> tuple[list[RecordRow], list[OutcomeKey]]:
        report = self.report
        accepted = [r for r in results if isinstance(r, Entered)]
        repeats = self._repeats(conn, accepted)
        rows: list[RecordRow] = []
        outcomes: list[OutcomeKey] = []
        for result in results:
            if isinstance(result, Refused):
                report.refused.append(result.message)
                continue
            where = repeats.get(result.line) if repeats else None
            if where is not None:
                report.refused.append(str(NapError(ErrorCode.BACKENTRY_DUPLICATE, line=result.line, where=where)))
            elif result.status == "complete":
                rows.append((self.form_id, self.version, result.month, result.body))
            else:
                outcomes.append((self.form_id, self.version, result.month, result.status))
        report.completed += len(rows)
        report.counted_only += len(outcomes)
        report.lines += len(results)
        if not report.dry_run and (report.partial or not report.refused):
            store_entered(conn, rows, outcomes)  # else the run is rolled back: checking goes on
        return rows, outcomes

    def _repeats(self, conn: Connection, accepted: list[Entered]) -> dict[int, str]:
        """Record the papers of ``accepted`` as entered; line -> where it was entered first, for
        the lines whose paper was already entered (before, or on an earlier line).

        Repeats are rare: the whole batch goes in with one INSERT OR IGNORE, and only a batch
        where something was already there is looked at line by line.
        """
        self.batches += 1
        tag = self.run + self.batches.to_bytes(4, "big")
        digests = [paper_digest(self.key, self.form_id, r.paper_id) for r in accepted]
        if add_papers(conn, digests, tag):
            return {}
        first = entered(self.vault, digests)
        repeats: dict[int, str] = {}
        seen: set[bytes] = set()
        for result, digest in zip(accepted, digests, strict=True):
            by = first[digest]
            if by == tag and digest not in seen:
                seen.add(digest)  # this line entered it
            elif by[: len(self.run)] == self.run:
                repeats[result.line] = "earlier in this file"
            else:
                repeats[result.line] = "by an earlier back-entry"
        return repeats

    def _log(self, completed: int, counted: int) -> None:
        if completed or counted:
            log_event(self.vault, "back_entry", f"{completed} completed, {counted} counted only",
                      data={"completed": completed, "counted_only": counted})

    def tell(self, kind: str, n: int) -> None:
        if self.progress is not None:
            self.progress(kind, n)

    def finish_whole(self) -> None:
        """End of a whole-file run, inside its transaction: discard, or log before the commit."""
        report = self.report
        if report.refused or report.dry_run:
            raise _Discard
        self._log(report.completed, report.counted_only)


def _results(setup: LineSetup, chunks: Iterator[Chunk], pool: EnginePool | None) -> Iterator[list[LineResult]]:
    if pool is not None:
        yield from pool.results(chunks)
        return
    runner = LineRunner(setup)
    for chunk in chunks:
        yield runner.run_all(chunk)


def back_entry(
    session: Session,
    form_id: str,
    source: str | Iterable[bytes | str],
    *,
    dry_run: bool = False,
    partial: bool = False,
    today: dt.date | None = None,
    batch_size: int = 2000,
    on_progress: Progress | None = None,
    workers: int = 0,
) -> BackEntryReport:
    """Enter paper questionnaires of ``form_id`` from ``source`` (text, or lines as they are read).

    A refused questionnaire is reported with its line number and code.
    Whole-file mode (the default) stores everything or, if a line is refused,
    nothing; ``partial`` stores the accepted ones in batches of ``batch_size``;
    ``dry_run`` checks everything (paper numbers included) and writes nothing.
    ``today`` is the date used when a line has no ``@date``. ``workers`` > 0
    runs the engine step in that many processes (same results, same order).
    """
    vault = session.require_role("monitor", "coordinator")  # a hub holds no answers
    form = forms_repo.get_form(vault, form_id)
    default_day = today or dt.date.today()
    base = start_context(session, today=default_day)
    check_start(form, base)  # the WHO gates: refused before anything is read
    setup = LineSetup(form, default_day, dt.date.today(), base.trained, base.referrals, base.protocol)
    report = BackEntryReport(dry_run=dry_run, partial=partial and not dry_run)
    writer = _Writer(session, report, form.form_id, form.version, on_progress)
    lines = source.splitlines(keepends=True) if isinstance(source, str) else source
    chunks = _chunks(read_units(lines))
    pool = EnginePool(workers, setup) if workers > 0 else None
    try:
        if report.partial:
            _feed(writer, setup, chunks, pool, batch_size)
        else:
            try:
                with vault.transaction():
                    _feed(writer, setup, chunks, pool, batch_size)
                    writer.finish_whole()
            except _Discard:
                return report
            report.stored_completed, report.stored_counted = report.completed, report.counted_only
            writer.tell("committed", report.stored_completed + report.stored_counted)
    except WorkerFailed as exc:
        if report.partial and report.stored_completed + report.stored_counted:
            kept = (
                f"the {report.stored_completed + report.stored_counted} interviews committed before are kept; enter the"
                " file again with --partial to add the rest (those already stored are refused as repeats)"
            )
        else:
            kept = "nothing of this file was stored"
        raise NapError(ErrorCode.BACKENTRY_WORKER, reason=exc.reason, kept=kept) from None
    finally:
        if pool is not None:
            pool.close()
    return report


def _feed(writer: _Writer, setup: LineSetup, chunks: Iterator[Chunk], pool: EnginePool | None, batch_size: int) -> None:
    batch: list[LineResult] = []
    for results in _results(setup, chunks, pool):
        batch.extend(results)
        if len(batch) >= batch_size:
            writer.batch(batch)
            batch = []
    if batch:
        writer.batch(batch)
