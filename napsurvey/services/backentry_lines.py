"""One line of a back-entry file, from JSON text to what the vault stores (or why not).

This is the engine step of back-entry: parse, check the paper's date and
number, run the answers through the engine, anonymise, dump the record. It
touches no vault and holds no key, so worker processes can run it
(:mod:`napsurvey.services.backentry_workers`); the single writer in
:mod:`napsurvey.services.backentry` checks the paper numbers and stores.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.model import Form
from napsurvey.interview import StartContext, compile_form, fill
from napsurvey.privacy.anonymise import Anonymiser, interview_month
from napsurvey.vault.repo.records import dump_record

#: In a back-entry object, the date written on the paper questionnaire.
DATE_KEY = "@date"
#: In a back-entry object, the paper questionnaire's own number.
PAPER_KEY = "@paper_id"
#: Longest paper number accepted (they are written by hand on paper).
MAX_PAPER_ID = 64


class Entered(NamedTuple):
    """A line the engine accepted: a record (``status`` complete, ``body`` the dumped record)
    or a count only (refused consent, ended for a child). A named tuple: workers send
    thousands a second through a pipe."""

    line: int
    paper_id: str
    month: str
    status: Literal["complete", "refused", "ended_child"]
    body: str = ""


class Refused(NamedTuple):
    """A line refused, with its one coded line."""

    line: int
    message: str


LineResult = Entered | Refused


def parse_line(number: int, text: str) -> Any:
    """One JSON value, or a BACKENTRY_JSON error for any input json refuses.

    Besides syntax errors, json raises ValueError for integers longer than
    Python's digit limit and RecursionError for absurdly deep nesting.
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        return NapError(ErrorCode.BACKENTRY_JSON, line=number, reason=exc.msg)
    except ValueError:
        return NapError(ErrorCode.BACKENTRY_JSON, line=number, reason="a number has too many digits")
    except RecursionError:
        return NapError(ErrorCode.BACKENTRY_JSON, line=number, reason="nested too deeply")


def refusal_line(line: int, error: NapError) -> str:
    """The coded line for an interview the engine refused."""
    question = str(error.params.get("name") or error.params.get("question") or "-")
    return str(
        NapError(ErrorCode.BACKENTRY_REFUSED, line=line, question=question, reason_code=error.code.name, reason=error.message)
    )


def paper_number(line: int, obj: dict[str, Any]) -> str:
    """The paper's number, taken out of ``obj``; BACKENTRY_PAPER_ID if it is missing or unusable."""
    if PAPER_KEY not in obj:
        reason = "is missing: give each paper questionnaire its number, so that entering a file again cannot store it twice"
        raise NapError(ErrorCode.BACKENTRY_PAPER_ID, line=line, reason=reason)
    raw = obj.pop(PAPER_KEY)
    if isinstance(raw, bool) or not isinstance(raw, (str, int)):
        raise NapError(ErrorCode.BACKENTRY_PAPER_ID, line=line, reason="must be the number written on the paper (text or a whole number)")
    number = str(raw).strip()
    if not number:
        raise NapError(ErrorCode.BACKENTRY_PAPER_ID, line=line, reason="is empty")
    if len(number) > MAX_PAPER_ID or not number.isprintable():
        raise NapError(ErrorCode.BACKENTRY_PAPER_ID, line=line, reason=f"must be at most {MAX_PAPER_ID} printable characters")
    return number


def _interview_date(obj: dict[str, Any], default: dt.date, today: dt.date) -> dt.date:
    raw = obj.pop(DATE_KEY, None)
    if raw is None:
        return default
    try:
        day = dt.date.fromisoformat(str(raw))
    except ValueError:
        raise NapError(ErrorCode.INTERVIEW_BAD_VALUE, name=DATE_KEY, reason="not an ISO date (YYYY-MM-DD)") from None
    if day > today:
        raise NapError(ErrorCode.INTERVIEW_BAD_VALUE, name=DATE_KEY, reason="the interview date is in the future")
    return day


@dataclass(frozen=True)
class LineSetup:
    """What the engine step needs, the same in every process (picklable)."""

    form: Form
    default_day: dt.date
    today: dt.date
    trained: bool
    referrals: list[Any] | None
    protocol: bool


class LineRunner:
    """Runs lines of one form (build once per process: the form is compiled once)."""

    def __init__(self, setup: LineSetup) -> None:
        self.setup = setup
        self.form = setup.form
        self.compiled = compile_form(setup.form)
        self.anonymiser = Anonymiser(setup.form)
        #: day -> (its start context, its month as stored): the same few hundred days come back.
        self._days: dict[dt.date, tuple[StartContext, str]] = {}

    def _day(self, day: dt.date) -> tuple[StartContext, str]:
        known = self._days.get(day)
        if known is None:
            s = self.setup
            context = StartContext(today=day, trained=s.trained, referrals=s.referrals, protocol=s.protocol)
            if len(self._days) >= 4096:  # a file spanning more days than that is rare: start afresh
                self._days.clear()
            known = self._days[day] = (context, interview_month(day))
        return known

    def run(self, number: int, text: str) -> LineResult:
        """One line's result."""
        obj = parse_line(number, text)
        if isinstance(obj, NapError):
            return Refused(number, str(obj))
        if not isinstance(obj, dict):
            return Refused(number, str(NapError(ErrorCode.BACKENTRY_NOT_OBJECT, line=number)))
        try:
            paper = paper_number(number, obj)
        except NapError as exc:
            return Refused(number, str(exc))
        try:
            day = _interview_date(obj, self.setup.default_day, self.setup.today)
            context, month = self._day(day)
            result = fill(self.compiled, context, obj)
        except NapError as exc:
            return Refused(number, refusal_line(number, exc))
        if result.status == "complete":
            body = dump_record(self.anonymiser.apply(result.answers, result.declined))
            return Entered(number, paper, month, "complete", body)
        if result.status in ("refused", "ended_child"):
            return Entered(number, paper, month, result.status)
        return Refused(number, refusal_line(number, NapError(ErrorCode.INTERVIEW_NOT_COMPLETE, reason=f"status {result.status}")))

    def run_all(self, lines: Iterable[tuple[int, str, str]]) -> list[LineResult]:
        """Results of ``(line number, text, error)`` in order (``error``: the line's coded refusal
        found while reading it, else "")."""
        return [Refused(number, error) if error else self.run(number, text) for number, text, error in lines]


# --- reading the file ------------------------------------------------------------------

#: A pretty-printed single object larger than this is read as JSON Lines instead.
MAX_SINGLE_OBJECT = 16 * 1024 * 1024


def _decode(number: int, raw: bytes | str) -> str | NapError:
    if isinstance(raw, str):
        return raw
    try:
        return raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError:
        return NapError(ErrorCode.BACKENTRY_JSON, line=number, reason="the line is not UTF-8 text")


def read_units(source: Iterable[bytes | str]) -> Iterator[tuple[int, str | NapError]]:
    """(line number, text) of each questionnaire of a back-entry file, read as it streams.

    The file is JSON Lines (one object a line), or one object written over
    several lines (pretty-printed), which is told apart without reading a JSON
    Lines file whole: only when the first non-blank line is not valid JSON on
    its own are lines held back, until a line that starts a new object at the
    margin shows the file is JSON Lines after all, or the end shows one object.
    """
    lines = ((n, _decode(n, raw)) for n, raw in enumerate(source, start=1))
    held: list[tuple[int, str | NapError]] = []
    for number, text in lines:
        if isinstance(text, NapError) or text.strip():
            held.append((number, text))
            break
    else:
        return
    first = held[0][1]
    if isinstance(first, str) and first.lstrip().startswith("{") and isinstance(parse_line(1, first), NapError):
        size = len(first)
        for number, text in lines:
            held.append((number, text))
            if isinstance(text, NapError):
                break
            size += len(text)
            if size > MAX_SINGLE_OBJECT or (text.startswith("{") and isinstance(parse_line(number, text), dict)):
                break
        else:
            whole = "".join(t for _, t in held if isinstance(t, str))
            if isinstance(parse_line(1, whole), dict):
                yield held[0][0], whole
                return
    for number, text in held:
        if isinstance(text, NapError) or text.strip():
            yield number, text
    for number, text in lines:
        if isinstance(text, NapError) or text.strip():
            yield number, text
