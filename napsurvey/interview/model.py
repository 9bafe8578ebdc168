"""What the engine takes in and hands out: start context, screens, problems, results."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any, Literal

from napsurvey.errors import ErrorCode
from napsurvey.forms.expressions import Value
from napsurvey.forms.model import SurveyRow

InterviewStatus = Literal["in_progress", "complete", "refused", "ended_child", "stopped"]
Path = tuple[int, ...]


@dataclass(frozen=True)
class StartContext:
    """Inputs the engine needs from the vault and the monitor's profile."""

    today: datetime.date
    language: str | None = None
    trained: bool = False
    referrals: list[Any] | None = None
    protocol: bool = False


@dataclass(frozen=True)
class AnswerProblem:
    """Why a question cannot be left as it is (a coded, one-line message)."""

    name: str
    code: ErrorCode
    message: str
    path: Path = ()
    #: True when ``message`` is the form's own text (its required or constraint message), not the engine's default.
    from_form: bool = False


@dataclass(frozen=True)
class ChoiceView:
    """A choice as shown: its name and label in the chosen language."""

    name: str
    label: str


@dataclass(frozen=True)
class Prompt:
    """One question (or note) of a screen, resolved for display."""

    name: str
    type: str
    row: SurveyRow
    label: str
    hint: str
    choices: tuple[ChoiceView, ...]
    value: Value
    declined: bool
    message: str | None
    required: bool
    read_only: bool
    path: Path
    #: The code of the problem ``message`` describes, and whether the message is the form's own text:
    #: a front end shows a form's message as written and words the defaults itself, in its own language.
    problem: ErrorCode | None = None
    message_from_form: bool = False

    @property
    def repeat_index(self) -> int | None:
        """0-based instance of the innermost repeat, None outside repeats."""
        return self.path[-1] if self.path else None


@dataclass(frozen=True)
class RepeatInstance:
    """Which instance of an enclosing repeat a question belongs to: label, number (from 1) and how many."""

    label: str
    number: int
    count: int


@dataclass(frozen=True)
class Screen:
    """What the GUI draws now.

    kind: ``question`` (one prompt), ``group`` (a field-list: several prompts),
    ``repeat`` (an open repeat: add another instance or go on), ``end`` (all
    questions done: review and complete) or ``ended`` (consent refused, child
    protocol ended it, or stopped; ``message`` says why, kindly).
    """

    kind: Literal["question", "group", "repeat", "end", "ended"]
    name: str | None = None
    label: str = ""
    hint: str = ""
    prompts: tuple[Prompt, ...] = ()
    path: Path = ()
    section: str | None = None
    repeat_count: int = 0
    message: str = ""
    #: For a screen inside repeats: the instance of each enclosing repeat, outermost first.
    instances: tuple[RepeatInstance, ...] = ()


@dataclass(frozen=True)
class Section:
    """A top-level group or repeat, for the section list."""

    name: str
    label: str
    relevant: bool
    reachable: bool
    answered: int
    total: int
    complete: bool


@dataclass(frozen=True)
class AnswerProgress:
    """Answered (or declined) questions out of those that apply now."""

    answered: int
    total: int


@dataclass(frozen=True)
class CompletedInterview:
    """The result of an interview, JSON-able.

    ``answers`` maps name -> value (repeats: name -> list of dicts); declined
    questions are listed in ``declined`` (inside repeats as ``repeat[i].name``)
    and never appear as values. A refused, ended or stopped interview keeps no
    answers, only its status.
    """

    form_id: str
    version: str
    status: InterviewStatus
    answers: dict[str, Any] = field(default_factory=dict)
    declined: list[str] = field(default_factory=list)
    language: str = ""
    message: str = ""

    def to_json(self) -> dict[str, Any]:
        """A plain dict for JSON."""
        return {
            "form_id": self.form_id,
            "version": self.version,
            "status": self.status,
            "answers": self.answers,
            "declined": list(self.declined),
            "language": self.language,
        }
