"""The review before completion: every answer given, per section, and a way back to it.

The front end draws :func:`review` as a list and calls :meth:`Interview.go_to`
when the monitor clicks an entry to change it. Both read the engine's own state, so the
review shows exactly what :meth:`Interview.complete` will keep.
"""

from __future__ import annotations

from dataclasses import dataclass

from .compiled import Item
from .engine import Interview
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
    #: The ``table-list`` group the question belongs to ('' outside one) and its label: the review
    #: shows such a battery as one block under that label.
    block: str = ""
    block_label: str = ""


def _answer_text(interview: Interview, item: Item, value: object) -> str:
    if item.choices:
        labels = {c.name: interview.form.text(c.label, interview.language) or c.name for c in item.choices}
        names = value if isinstance(value, list) else [value]
        return ", ".join(labels.get(str(n), str(n)) for n in names)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _instance_prefix(interview: Interview, item: Item, path: Path) -> str:
    # "Unit 2" style prefix for questions inside repeats: the repeat's label and the instance number.
    return " · ".join(f"{i.label} {i.number}" for i in interview.repeat_instances(item, path))


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
            prefix = _instance_prefix(interview, item, path)
            value = state.values.get(key)
            group = interview.items[item.parent] if item.parent is not None else None
            in_table = group is not None and "table-list" in (group.row.appearance or "").split()
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
                    block=group.name if in_table and group is not None else "",
                    block_label=(interview.form.text(group.row.label, interview.language) or group.name)
                    if in_table and group is not None
                    else "",
                )
            )
    return out
