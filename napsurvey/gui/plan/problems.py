"""Coded problems of a plan or a period, as lines in the interface language."""

from __future__ import annotations

from collections.abc import Sequence

from napsurvey.errors import NapError
from napsurvey.forms.problem import Problem
from napsurvey.gui.messages import error_text


def problem_lines(problems: Sequence[Problem]) -> list[str]:
    """``where: message (CODE)`` for each problem, translated where the catalogue knows the code."""
    lines = []
    for problem in problems:
        exc = NapError(problem.code, **dict(problem.params)) if problem.params else NapError(problem.code)
        if not problem.params:
            exc.message = problem.message
        where = problem.location if problem.location != "file" else problem.file
        lines.append(f"{where}: {error_text(exc)}")
    return lines
