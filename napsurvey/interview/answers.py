"""What the answers say: the problems that keep a screen (or the interview) open, and the result.

Pure functions over the interview's state, used by
:class:`~napsurvey.interview.engine.Interview` when it answers, validates,
draws prompts and completes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.expressions.budget import EvaluationLimit

from .compiled import REPEAT, CompiledForm, Item
from .model import AnswerProblem, Path
from .state import InterviewState, ItemEnv

#: Not an answer (values.get's default in collect).
_NONE = object()

#: Picks a form text (a label in several languages) in the interview's language.
Text = Callable[[dict[str, str]], str]


def problems_of(
    compiled: CompiledForm, state: InterviewState, item: Item, path: Path, text: Text, *, for_leaving: bool = False
) -> list[AnswerProblem]:
    """What is wrong with the answer to ``item`` at ``path`` (empty when nothing).

    ``for_leaving``: also a required answer missing, or consent not recorded
    (what keeps a screen from being left); ``text`` picks a form text in the
    interview's language.
    """
    key = (item.index, path)
    if not item.answerable or key not in state.relevant:
        return []
    if key in state.declined:
        return []
    if key not in state.values:
        if item is compiled.consent and for_leaving:
            return [AnswerProblem(item.name, ErrorCode.INTERVIEW_CONSENT_REQUIRED, ErrorCode.INTERVIEW_CONSENT_REQUIRED.template, path)]
        if for_leaving and state.check(item.required, item, path):
            own = text(item.row.required_message)
            return [AnswerProblem(item.name, ErrorCode.INTERVIEW_REQUIRED, own or "an answer is required", path, bool(own))]
        return []
    value = state.values[key]
    if item.choices:
        allowed = state.allowed_names(item, path)
        names = value if isinstance(value, list) else [value]
        for choice in names:
            if choice not in allowed:
                message = NapError(ErrorCode.INTERVIEW_UNKNOWN_CHOICE, name=item.name, value=choice).message
                return [AnswerProblem(item.name, ErrorCode.INTERVIEW_UNKNOWN_CHOICE, message, path)]
    if item.constraint is not None:
        try:
            passes = state.truthy(item.constraint, ItemEnv(state, item, path, value), "constraint")
        except EvaluationLimit as exc:  # the answer cannot be checked in time: it does not pass
            return [AnswerProblem(item.name, exc.code, exc.message, path)]
        if not passes:
            own = text(item.row.constraint_message)
            return [AnswerProblem(item.name, ErrorCode.INTERVIEW_CONSTRAINT, own or "this answer is not allowed", path, bool(own))]
    return []


def collect(
    compiled: CompiledForm, state: InterviewState, start: int, end: int, path: Path, prefix: str, declined: list[str]
) -> dict[str, Any]:
    """The answers of items ``start``..``end`` at ``path`` as nested data; declined names go to ``declined``."""
    out: dict[str, Any] = {}
    items, values, declined_keys = compiled.items, state.values, state.declined  # every answer passes here
    index = start
    while index < end:
        item = items[index]
        key = (index, path)
        if item.kind == REPEAT:
            if key in state.relevant:
                out[item.name] = [
                    collect(compiled, state, index + 1, item.end, (*path, i), f"{prefix}{item.name}[{i}].", declined)
                    for i in range(state.counts.get(key, 0))
                ]
            index = item.end
            continue
        value = values.get(key, _NONE)
        if value is not _NONE:
            out[item.name] = list(value) if isinstance(value, list) else value
        elif key in declined_keys:
            declined.append(prefix + item.name)
        index += 1
    return out
