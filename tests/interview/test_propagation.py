"""Incremental propagation: after an answer, each dependent is evaluated once, and only those."""

from __future__ import annotations

import collections
from collections.abc import Iterator
from typing import Any

import pytest
from engine_support import make_form, start

from napsurvey.forms.loader import load_form
from napsurvey.interview import StartContext, fill
from napsurvey.interview import state as state_module
from napsurvey.paths import shipped_forms_dir
from tests.answer_sets import ANSWERS

Counts = collections.Counter[tuple[int, tuple[int, ...]]]


@pytest.fixture
def refreshed(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counts]:
    """Counts every evaluation of an item's state, per (item index, path)."""
    counts: Counts = collections.Counter()
    original = state_module.InterviewState.refresh

    def counting(self: state_module.InterviewState, index: int, path: tuple[int, ...]) -> bool:
        counts[(index, path)] += 1
        return original(self, index, path)

    monkeypatch.setattr(state_module.InterviewState, "refresh", counting)
    yield counts


KIDS = [
    {"type": "integer", "name": "n", "label": "How many children?"},
    {"type": "begin_repeat", "name": "kids", "label": "Child", "repeat_count": "${n}"},
    {"type": "integer", "name": "kage", "label": "Age", "relevant": "${n} > 2"},
    {"type": "integer", "name": "school", "label": "Years at school", "relevant": "${kage} > 5"},
    {"type": "end_repeat"},
    {"type": "calculate", "name": "ages", "calculation": "sum(${kage})"},
]


def _keys(counts: Counts, iv: Any) -> dict[tuple[str, tuple[int, ...]], int]:
    return {(iv.items[i].name, p): n for (i, p), n in counts.items()}


def test_growing_a_repeat_evaluates_only_the_new_instance_and_what_reads_the_whole_list(refreshed: Counts) -> None:
    iv = start(make_form(KIDS))
    iv.answer("n", 5)
    refreshed.clear()
    iv.answer("n", 6)
    # n's own dependents (the repeat, kage everywhere: its relevance reads n), then only the new instance
    assert _keys(refreshed, iv) == {
        ("kids", ()): 1,
        **{("kage", (i,)): 1 for i in range(6)},
        ("school", (5,)): 1,
        ("ages", ()): 1,
    }


def test_answering_inside_one_instance_touches_that_instance_and_the_totals(refreshed: Counts) -> None:
    iv = start(make_form(KIDS))
    iv.answer("n", 4)
    refreshed.clear()
    iv.answer("kage", 9, (2,))
    assert _keys(refreshed, iv) == {("school", (2,)): 1, ("ages", ()): 1}


def test_shrinking_a_repeat_leaves_no_ghost_instances(refreshed: Counts) -> None:
    iv = start(make_form(KIDS))
    iv.answer("n", 6)
    iv.answer("kage", 7, (4,))
    refreshed.clear()
    iv.answer("n", 3)
    assert sorted(p for i, p in iv.state.relevant if iv.items[i].name == "kage") == [(0,), (1,), (2,)]
    assert iv.progress().total == 1 + 3  # n and the three ages; nobody's school applies yet
    assert iv.value("ages") == 0
    assert all(p[0] < 3 for (i, p) in refreshed if iv.items[i].name in ("kage", "school"))  # the dropped are not evaluated
    iv.answer("n", 6)  # the removed instances come back empty
    assert iv.value("kage", (4,)) == "" and iv.progress().total == 1 + 6


def _shipped(form_id: str) -> Any:
    return load_form(shipped_forms_dir() / f"{form_id}.yaml").form


@pytest.mark.parametrize("form_id", sorted(ANSWERS))
def test_each_dependent_is_evaluated_at_most_once_per_answer(
    form_id: str, refreshed: Counts, monkeypatch: pytest.MonkeyPatch
) -> None:
    per_answer: list[int] = []
    original = state_module.InterviewState.propagate

    def one_answer(self: state_module.InterviewState, changed: list[Any]) -> None:
        refreshed.clear()
        original(self, changed)
        per_answer.append(max(refreshed.values(), default=0))

    monkeypatch.setattr(state_module.InterviewState, "propagate", one_answer)
    context = StartContext(today=__import__("datetime").date(2026, 3, 15), trained=True, protocol=True, referrals=[{"name": "x"}])
    fill(_shipped(form_id), context, dict(ANSWERS[form_id]), incremental=True)
    assert per_answer and max(per_answer) == 1


def test_what_counts_a_repeat_follows_its_count(refreshed: Counts) -> None:
    iv = start(make_form([*KIDS, {"type": "calculate", "name": "children", "calculation": "count(${kids})"}]))
    iv.answer("n", 2)
    assert iv.value("children") == 2
    iv.answer("n", 5)
    assert iv.value("children") == 5
    iv.answer("n", 1)
    assert iv.value("children") == 1
