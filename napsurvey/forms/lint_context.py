"""What every lint rule needs to know about a form, computed once."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.model import BLOCK_TYPES, Form, SurveyRow
from napsurvey.forms.problem import Problem


@dataclass
class LintContext:
    """A form with its rows indexed by name and position, and a place to put problems."""

    form: Form
    source: str
    strict: bool = False
    problems: list[Problem] = field(default_factory=list)
    #: first position of each named row that holds a value (blocks excluded)
    positions: dict[str, int] = field(default_factory=dict)
    #: first position of each named group or repeat
    blocks: dict[str, int] = field(default_factory=dict)
    #: per row, the position of the outermost enclosing field-list group (one screen), else None
    screens: list[int | None] = field(default_factory=list)

    @classmethod
    def build(cls, form: Form, source: str, strict: bool = False) -> LintContext:
        """Index the form's rows."""
        ctx = cls(form=form, source=source, strict=strict)
        stack: list[tuple[str, int]] = []
        for index, row in enumerate(form.survey):
            kind = row.base_type
            screen = next((pos for k, pos in stack if k == "field-list"), None)
            ctx.screens.append(screen)
            if kind in ("begin_group", "begin_repeat"):
                if row.name:
                    ctx.blocks.setdefault(row.name, index)
                stack.append(("field-list" if row.is_field_list else kind, index))
            elif kind in ("end_group", "end_repeat"):
                if stack:
                    stack.pop()
            elif row.name:
                ctx.positions.setdefault(row.name, index)
        return ctx

    @property
    def rows(self) -> list[SurveyRow]:
        """The survey rows."""
        return self.form.survey

    def location(self, index: int) -> str:
        """A row's place: its name, else ``survey row N`` (1-based)."""
        row = self.form.survey[index]
        if row.name and row.base_type not in ("end_group", "end_repeat"):
            return row.name
        return f"survey row {index + 1}"

    def question(self, name: str) -> SurveyRow | None:
        """The first row holding a value under ``name`` (not a group)."""
        pos = self.positions.get(name)
        return None if pos is None else self.form.survey[pos]

    def add(self, location: str, code: ErrorCode, **params: Any) -> None:
        """Record one problem."""
        self.problems.append(Problem(self.source, location, code, NapError(code, **params).message))


def is_value_row(row: SurveyRow) -> bool:
    """A row that can hold or show an answer (not a group or repeat edge)."""
    return row.base_type not in BLOCK_TYPES
