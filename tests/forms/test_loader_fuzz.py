"""Hypothesis: whatever a form file holds, the loader gives a form or coded problems, never another exception."""

from __future__ import annotations

import copy
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lintkit import YES_NO, form, q

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.loader import LoadedForm, lint_text, load_form_text
from napsurvey.forms.problem import Problem

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

VALID = form(
    q("select_one yes_no", "consent"),
    q("integer", "age", constraint=". >= 15", privacy="quasi", bands=[15, 18, 25]),
    q("begin_group", "g", appearance="field-list"),
    q("select_one yes_no", "safe", relevant="${age} >= 18", required="yes", hint="h"),
    q("select_multiple yes_no", "many", choice_filter="name != 'no'"),
    q("end_group", None, label=None),
    q("begin_repeat", "r", repeat_count="${age}"),
    q("text", "t"),
    q("end_repeat", None, label=None),
    q("calculate", "adult", label=None, calculation="if(${age} >= 18, 1, 0)"),
    consent={"question": "consent"},
    child_protocol={"age_question": "age"},
    referral={"area_question": "safe"},
    indicators=[{"name": "safe", "label": "Safe", "question": "safe", "by": ["consent"]}],
)

SNIPPETS = [
    "${age}", "${ghost}", ". > 1", "selected(${many}, 'yes')", "(((", "foo()", "begin_group", "end_repeat",
    "select_one yes_no", "select_one nowhere", "integer", "text", "geopoint", "quasi", "identifier", "yes", "no",
    "high", "normal", "route", "end", "field-list", "", " ", "\u0000", "\ud7ff", "${", "}", "'", '"',
]  # fmt: skip

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(SNIPPETS),
    st.text(max_size=20),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12,
)


def _assert_outcome(text: str | bytes) -> None:
    problems = lint_text(text, "fuzz.yaml")
    assert all(isinstance(p, Problem) and isinstance(p.code, ErrorCode) for p in problems)
    assert all(len(p.line().splitlines()) == 1 for p in problems)
    try:
        loaded = load_form_text(text, "fuzz.yaml")
    except NapError as exc:
        assert problems and exc.code is problems[0].code
    else:
        assert isinstance(loaded, LoadedForm) and problems == []


@FUZZ
@given(st.text(max_size=400))
def test_random_text(text):
    _assert_outcome(text)


@FUZZ
@given(st.binary(max_size=400))
def test_random_bytes(data):
    _assert_outcome(data)


@FUZZ
@given(st.lists(st.sampled_from(["settings:", "survey:", "choices:", "  - ", "{", "}", "[", "]", ": ", "&a ", "*a",
                                 "!!str ", "? ", "\n", "  ", "type: ", "name: x", "- {type: integer, name: a}", "'", "#"]),
                max_size=40))
def test_random_yaml_tokens(parts):
    _assert_outcome("".join(parts))


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


@st.composite
def mutated_forms(draw: st.DrawFn) -> Any:
    data: Any = copy.deepcopy(VALID)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        paths = _paths(data)
        path = draw(st.sampled_from(paths))
        if not path:
            data = draw(values)
            continue
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["set", "delete", "duplicate"]))
        last = path[-1]
        if action == "set":
            parent[last] = draw(values)
        elif action == "delete":
            del parent[last]
        elif isinstance(parent, list):
            parent.insert(last, copy.deepcopy(parent[last]))
        else:
            parent[draw(st.sampled_from(["name", "type", "relevant", "label::Français (fr)", "privacy", "by", "x"]))] = (
                copy.deepcopy(parent[last])
            )
    return data


@FUZZ
@given(mutated_forms())
def test_mutated_forms(data):
    try:
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    except yaml.YAMLError:
        return
    _assert_outcome(text)


def test_the_fuzzed_base_form_is_valid():
    # The mutations start from a valid form, so they probe the edges of validity.
    assert lint_text(yaml.safe_dump(VALID), "base.yaml") == []
    assert YES_NO
