"""The review before completion: every answer given, per section, and a way back to it.

The front end draws :func:`review` as a list and calls :func:`go_to` when the
monitor clicks an entry to change it. Both read the engine's own state, so the
review shows exactly what :meth:`Interview.complete` will keep.
"""

from __future__ import annotations

from dataclasses import dataclass

from napsurvey.errors import ErrorCode, NapError

from .compiled import CALCULATE, GROUP, NOTE, REPEAT, Item
from .engine import Interview, Position
from .model import Path


@dataclass(frozen=True)
class ReviewEntry:
    """One question as the review shows it.

    ``section`` is the top-level group or repeat holding the question (None
    outside any); ``answer`` is the value as text in the interview language
    (choice labels, not names); ``declined`` says the respondent declined.
    """

    section: str | None
    section_label: str
    name: str
    label: str
    answer: str
    declined: bool
    path: Path
    required: bool


def _answer_text(interview: Interview, item: Item, value: object) -> str:
    if item.choices:
        labels = {c.name: interview.form.text(c.label, interview.language) or c.name for c in item.choices}
        names = value if isinstance(value, list) else [value]
        return ", ".join(labels.get(str(n), str(n)) for n in names)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _instance_suffix(interview: Interview, item: Item, path: Path) -> str:
    # "Unit 2" style prefix for questions inside repeats: the repeat's label and the instance number.
    parts = []
    for level, repeat_index in enumerate(item.chain):
        repeat = interview.items[repeat_index]
        name = interview.form.text(repeat.row.label, interview.language) or repeat.name
        parts.append(f"{name} {path[level] + 1}")
    return " · ".join(parts)


def review(interview: Interview) -> list[ReviewEntry]:
    """Every question that applies now, in form order, with its answer (or ''), for the review page."""
    state = interview.state
    out: list[ReviewEntry] = []
    for item in interview.items:
        if not item.answerable:
            continue
        for path in state.instances(item, ()):
            key = (item.index, path)
            if key not in state.relevant:
                continue
            section_item = interview.items[item.section] if item.section is not None else None
            label = interview.form.text(item.row.label, interview.language) or item.name
            prefix = _instance_suffix(interview, item, path)
            value = state.values.get(key)
            out.append(
                ReviewEntry(
                    section=section_item.name if section_item is not None else None,
                    section_label=(
                        interview.form.text(section_item.row.label, interview.language) or section_item.name
                        if section_item is not None
                        else ""
                    ),
                    name=item.name,
                    label=f"{prefix} — {label}" if prefix else label,
                    answer="" if value is None else _answer_text(interview, item, value),
                    declined=key in state.declined,
                    path=path,
                    required=state.check(item.required, item, path),
                )
            )
    return out


def go_to(interview: Interview, name: str, path: Path = ()) -> None:
    """Show the screen of question ``name`` (at repeat ``path``) again, to change its answer.

    Only questions that apply now and were already reached can be opened;
    consent cannot be changed (it was recorded before anything else).
    """
    interview._require_running()  # noqa: SLF001 - same package: the engine's own guard
    item = interview.cf.by_name.get(name)
    if item is None:
        raise NapError(ErrorCode.INTERVIEW_UNKNOWN_QUESTION, name=name)
    if item.kind in (CALCULATE, NOTE, GROUP, REPEAT) or item is interview.cf.consent:
        raise NapError(ErrorCode.INTERVIEW_READ_ONLY, name=name)
    path = tuple(path[: len(item.chain)])
    if (item.index, path) not in interview.state.relevant:
        raise NapError(ErrorCode.INTERVIEW_NOT_RELEVANT, name=name)
    top = item.section if item.section is not None else item.index
    if top > interview.furthest:
        raise NapError(ErrorCode.INTERVIEW_NOT_REACHED, name=name)
    screen = interview.screen_of(item)
    interview._go(Position(screen.index, path[: len(screen.chain)], "item"))  # noqa: SLF001
