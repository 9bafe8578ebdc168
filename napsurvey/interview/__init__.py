"""The interview engine: a pure-Python state machine over a compiled form (no Qt, no I/O)."""

from __future__ import annotations

from .compiled import CompiledForm, compile_form
from .engine import Interview, check_start
from .fill import DECLINED, fill
from .model import (
    AnswerProblem,
    AnswerProgress,
    ChoiceView,
    CompletedInterview,
    Prompt,
    RepeatInstance,
    Screen,
    Section,
    StartContext,
)
from .screens import Position

__all__ = [
    "DECLINED",
    "ChoiceView",
    "CompiledForm",
    "CompletedInterview",
    "Interview",
    "Position",
    "AnswerProblem",
    "AnswerProgress",
    "Prompt",
    "RepeatInstance",
    "Screen",
    "Section",
    "StartContext",
    "check_start",
    "compile_form",
    "fill",
]
