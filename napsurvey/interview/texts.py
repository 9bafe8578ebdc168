"""Answers shown inside labels and hints: ``How old is ${first_name}?`` reads the answer given.

A reference to a select question shows the label of the chosen choice (or
choices) in the interview's language; one that has no answer yet shows
nothing. This is where an ``identifier`` answer (a first name) serves during
the interview without ever being stored.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from napsurvey.forms.expressions import Value, to_string

from .compiled import Item
from .model import Path

if TYPE_CHECKING:
    from .state import InterviewState

_REFERENCE = re.compile(r"\$\{\s*([A-Za-z_][A-Za-z0-9_.\-]*)\s*\}")


def _shown(state: InterviewState, target: Item, value: Value) -> str:
    if isinstance(value, list) and not target.choices:
        return ", ".join(to_string(v) for v in value if to_string(v) != "")
    if target.choices:
        labels = {c.name: c.label for c in target.choices}
        names = value if isinstance(value, list) else to_string(value).split()
        return ", ".join(state.cf.form.text(labels[n], state.language) or n for n in (to_string(v) for v in names) if n in labels)
    return to_string(value)


def fill_references(text: str, state: InterviewState, item: Item, path: Path) -> str:
    """``text`` with every ``${name}`` replaced by that answer as seen from ``item`` at ``path``."""
    if "${" not in text:
        return text

    def one(match: re.Match[str]) -> str:
        target = state.cf.by_name.get(match.group(1))
        if target is None:
            return match.group(0)
        return _shown(state, target, state.lookup(target.name, item, path))

    return _REFERENCE.sub(one, text)
