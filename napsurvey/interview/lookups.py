"""What an expression reads beyond answers, seen from one question: lists, labels, repeat positions, randomness.

:class:`~napsurvey.interview.state.ItemEnv` answers the optional questions of
:mod:`napsurvey.forms.expressions.lookups` through these functions.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import Protocol

from napsurvey.forms.expressions import Value
from napsurvey.forms.model import Choice

from .compiled import REPEAT, CompiledForm, Item
from .model import Path

Key = tuple[int, Path]


class InterviewState(Protocol):
    """What these reads need of :class:`~napsurvey.interview.state.InterviewState` (which imports this module)."""

    cf: CompiledForm
    items: list[Item]
    values: dict[Key, Value]
    counts: dict[Key, int]
    language: str
    seed: str
    row_cache: dict[tuple[str, str], list[dict[str, Value]]]


def _cell(value: object) -> Value:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int, float)):
        return value
    return "" if value is None else str(value)


def choice_row(state: InterviewState, choice: Choice) -> dict[str, Value]:
    """A choice as a lookup sees it: name, label in the interview's language, the other columns."""
    row: dict[str, Value] = {"name": choice.name, "label": state.cf.form.text(choice.label, state.language)}
    for column, value in (choice.model_extra or {}).items():
        if not isinstance(value, (dict, list)):
            row[column] = _cell(value)
    return row


def rows(state: InterviewState, list_name: str) -> Sequence[Mapping[str, Value]] | None:
    """The items of the form's list ``list_name`` (None: the form has no such list); cached per language."""
    key = (list_name, state.language)
    cached = state.row_cache.get(key)
    if cached is None:
        choices = state.cf.form.choices.get(list_name)
        if choices is None:
            return None
        cached = [choice_row(state, c) for c in choices]
        state.row_cache[key] = cached
    return cached


def choice_label(state: InterviewState, question: str, value: str) -> str:
    """jr:choice-name(): the label of choice ``value`` of ``question`` ("" if it has none such)."""
    item = state.cf.by_name.get(question)
    if item is None or not item.choices or value == "":
        return ""
    labels = {c.name: c.label for c in item.choices}
    names = [value] if value in labels else value.split()
    return " ".join(state.cf.form.text(labels[n], state.language) for n in names if n in labels)


def indexed(state: InterviewState, where: Item, path: Path, name: str, picks: list[tuple[str, int]]) -> Value:
    """indexed-repeat(): ``name`` in the picked (0-based) instance of each named repeat.

    A repeat around ``name`` that is not picked is the one the question asking is in.
    """
    target = state.cf.by_name.get(name)
    if target is None:
        return ""
    chosen = dict(picks)
    full: list[int] = []
    prefix: Path = ()
    for depth, repeat_index in enumerate(target.chain):
        repeat = state.items[repeat_index]
        if repeat.name in chosen:
            instance = chosen[repeat.name]
        elif depth < len(where.chain) and where.chain[depth] == repeat_index:
            instance = path[depth]
        else:
            return ""
        if not 0 <= instance < state.counts.get((repeat_index, prefix), 0):
            return ""
        full.append(instance)
        prefix = (*prefix, instance)
    return state.values.get((target.index, tuple(full)), "")


def position(state: InterviewState, where: Item, path: Path, levels: int) -> Value:
    """position(..): the 1-based number of the repeat instance ``levels`` up (1 for a group)."""
    node = where
    for _ in range(levels):
        if node.parent is None:
            return ""
        node = state.items[node.parent]
    if node.kind != REPEAT:
        return 1
    depth = len(node.chain)
    return path[depth] + 1 if depth < len(path) else ""


def random(state: InterviewState, where: Item, path: Path, site: str) -> float:
    """random(): the same number for this interview, question, instance and call site, every time."""
    digest = hashlib.blake2b(f"{state.seed}|{where.index}|{path}|{site}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64
