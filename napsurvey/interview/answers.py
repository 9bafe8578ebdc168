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

from .compiled import GROUP, REPEAT, CompiledForm, Item
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
    values, declined_keys = state.values, state.declined  # every answer passes here
    steps = compiled.collect_steps.get(start)
    if steps is None or steps[0] != end:
        steps = compiled.collect_steps[start] = (end, _collect_steps(compiled, start, end))
    for index, name, repeat_end in steps[1]:
        key = (index, path)
        if repeat_end:
            if key in state.relevant:
                out[name] = [
                    collect(compiled, state, index + 1, repeat_end, (*path, i), f"{prefix}{name}[{i}].", declined)
                    for i in range(state.counts.get(key, 0))
                ]
            continue
        value = values.get(key, _NONE)
        if value is not _NONE:
            out[name] = list(value) if isinstance(value, list) else value
        elif key in declined_keys:
            declined.append(prefix + name)
    return out


def _collect_steps(compiled: CompiledForm, start: int, end: int) -> list[tuple[int, str, int]]:
    """(index, name, end of the repeat or 0) of the items ``start..end-1`` collect reads: groups
    hold nothing, and a repeat's items are read per instance."""
    out: list[tuple[int, str, int]] = []
    items = compiled.items
    index = start
    while index < end:
        item = items[index]
        if item.kind == REPEAT:
            out.append((index, item.name, item.end))
            index = item.end
            continue
        if item.kind != GROUP:
            out.append((index, item.name, 0))
        index += 1
    return out
