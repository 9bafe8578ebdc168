"""Back-entry: feed a whole answer object through the engine, in form order.

Two paths give the same results: the forward walk (:mod:`.forward`, each item
evaluated once) for forms whose dependencies all point forward, and the
incremental engine, answer by answer as the desktop app does, for the rest.
"""

from __future__ import annotations

from typing import Any

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.model import Form

from .compiled import CALCULATE, GROUP, NOTE, REPEAT, CompiledForm, compile_form
from .engine import Interview
from .forward import DECLINED, check_keys, fill_forward, walks_forward
from .forward import is_declined as _is_declined
from .model import CompletedInterview, Path, StartContext

__all__ = ["DECLINED", "fill"]


def _feed(interview: Interview, start: int, end: int, path: Path, answers: dict[str, Any], where: str) -> None:
    items = interview.items
    check_keys(items, start, end, answers, where)
    index = start
    while index < end:
        item = items[index]
        if item.kind == GROUP:
            index += 1
            continue
        if item.name not in answers:
            index = item.end
            continue
        value = answers[item.name]
        if item.kind == REPEAT:
            _feed_repeat(interview, item.index, path, value, where)
        elif item.kind in (CALCULATE, NOTE):
            raise NapError(ErrorCode.INTERVIEW_READ_ONLY, name=item.name)
        elif _is_declined(value):
            interview.decline(item.name, path)
        else:
            problems = interview.answer(item.name, value, path)
            if problems:
                first = problems[0]
                raise NapError(first.code, name=item.name, message=first.message)
        index = item.end


def _feed_repeat(interview: Interview, index: int, path: Path, value: Any, where: str) -> None:
    item = interview.items[index]
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise NapError(ErrorCode.INTERVIEW_BAD_VALUE, name=item.name, reason="expected a list of objects")
    state = interview.state
    if (index, path) not in state.relevant:
        if value:
            raise NapError(ErrorCode.INTERVIEW_NOT_RELEVANT, name=item.name)
        return
    if item.repeat_count is None:
        for _ in range(len(value) - state.counts.get((index, path), 0)):
            interview.add_instance(item.name, path)
    elif len(value) > state.counts.get((index, path), 0):
        raise NapError(
            ErrorCode.INTERVIEW_BAD_VALUE,
            name=item.name,
            reason=f"{len(value)} entries but the form asks for {state.counts.get((index, path), 0)}",
        )
    for i, entry in enumerate(value):
        _feed(interview, index + 1, item.end, (*path, i), entry, f"{where}{item.name}[{i}].")


def fill(
    form: Form | CompiledForm, context: StartContext, answers: dict[str, Any], *, incremental: bool = False
) -> CompletedInterview:
    """Run ``answers`` (name -> value) through the engine in form order and complete the interview.

    Values: as :meth:`Interview.answer` takes them; select_multiple as a list
    or a space-separated string; repeats as a list of objects; a declined
    answer as ``{"declined": true}`` or ``"__declined__"``. Raises NapError
    naming the question: INTERVIEW_UNKNOWN_QUESTION, INTERVIEW_NOT_RELEVANT,
    INTERVIEW_BAD_VALUE, INTERVIEW_UNKNOWN_CHOICE, INTERVIEW_CONSTRAINT,
    INTERVIEW_REQUIRED, INTERVIEW_CONSENT_REQUIRED, INTERVIEW_READ_ONLY.
    A refused consent gives a result with status ``refused`` and no answers.
    ``incremental`` forces the answer-by-answer path even where the forward walk applies.
    """
    if not isinstance(answers, dict):
        raise NapError(ErrorCode.INTERVIEW_BAD_VALUE, name="(interview)", reason="expected a JSON object")
    compiled = form if isinstance(form, CompiledForm) else compile_form(form)
    if not incremental and walks_forward(compiled):
        return fill_forward(compiled, context, answers)
    interview = Interview.start(compiled, context, undoable=False)  # a refusal ends it: nothing to undo
    consent = interview.cf.consent
    if consent is not None and consent.name in answers:
        # consent first, whatever the order of the object: it opens (or closes) everything else
        interview.answer(consent.name, answers[consent.name])
        if not interview.state.consent_open():
            others = [k for k in answers if k != consent.name]
            if others:
                raise NapError(ErrorCode.INTERVIEW_NOT_RELEVANT, name=others[0])
            interview.status = "refused"
            return interview.complete()
        answers = {k: v for k, v in answers.items() if k != consent.name}
    _feed(interview, 0, len(interview.items), (), answers, "")
    return interview.complete()
