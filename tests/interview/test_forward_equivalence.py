"""Back-entry's forward walk gives exactly what the incremental engine gives.

Random forms (groups, repeats with fixed, computed and open counts, relevance,
calculations, constraints, choice filters, defaults, consent and the child
protocol) and random answer objects (valid, invalid, declined, misplaced) go
through both paths; the completed interview or the refusal (code and
parameters) must be the same. Forms the walk does not apply to must say so
and fall back. ``NAPSURVEY_HYPOTHESIS=heavy`` runs many more cases.
"""

from __future__ import annotations

import contextlib
import datetime
import os
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.model import Form
from napsurvey.interview import Interview, StartContext, compile_form, fill
from napsurvey.interview.forward import fill_forward, walks_forward

HEAVY = os.environ.get("NAPSURVEY_HYPOTHESIS") == "heavy"
settings.register_profile("forward-default", max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
settings.register_profile("forward-heavy", max_examples=5000, deadline=None, suppress_health_check=list(HealthCheck))
PROFILE = settings.get_profile("forward-heavy" if HEAVY else "forward-default")

TODAY = datetime.date(2026, 3, 15)
CHOICES = {
    "abc": [{"name": n, "label": n.upper(), "grp": g} for n, g in (("a", "x"), ("b", "x"), ("c", "y"), ("d", "y"))],
    "yes_no": [{"name": "yes", "label": "Yes"}, {"name": "no", "label": "No"}],
}
KINDS = ["integer", "integer", "select_one abc", "select_multiple abc", "text", "decimal"]


class Builder:
    """Draws one form row by row, remembering what earlier rows can be referred to."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw
        self.rows: list[dict[str, Any]] = []
        self.seen: list[tuple[str, str, tuple[str, ...]]] = []  # (name, type, enclosing repeats)
        self.repeats: list[str] = []  # repeats already closed, for count(${repeat})
        self.n = 0
        self.forward_only = draw(st.booleans()) or draw(st.booleans())  # mostly forms the walk applies to

    def name(self) -> str:
        self.n += 1
        return f"q{self.n}"

    def ref(self, repeats: tuple[str, ...], kinds: tuple[str, ...] = ("integer", "decimal")) -> str | None:
        """An earlier question's name that can be read from here (same or outer repeat, or a list)."""
        pool = [n for n, t, r in self.seen if t.split()[0] in kinds]
        if not self.forward_only and self.draw(st.integers(0, 5)) == 0:
            pool = [f"q{self.n + self.draw(st.integers(1, 4))}"]  # a reference forward (may not exist: then skip)
        if not pool:
            return None
        return self.draw(st.sampled_from(pool))

    def condition(self, repeats: tuple[str, ...]) -> str | None:
        number = self.ref(repeats)
        select = self.ref(repeats, ("select_one", "select_multiple"))
        options = []
        if number:
            options += [f"${{{number}}} > {self.draw(st.integers(0, 5))}", f"${{{number}}} != ''"]
            options.append(f"${{{number}}} > {self.draw(st.integers(0, 5))} or today() > date('2026-03-16')")  # the day too
        if select:
            options += [f"selected(${{{select}}}, '{self.draw(st.sampled_from('abcd'))}')", f"count-selected(${{{select}}}) < 2"]
        if not options:
            return None
        return self.draw(st.sampled_from(options))

    def question(self, repeats: tuple[str, ...]) -> None:
        kind = self.draw(st.sampled_from(KINDS))
        row: dict[str, Any] = {"type": kind, "name": self.name(), "label": "Q"}
        if self.draw(st.integers(0, 2)) == 0:
            row["relevant"] = self.condition(repeats)
        if self.draw(st.integers(0, 3)) == 0:
            row["required"] = True if self.draw(st.booleans()) else (self.condition(repeats) or True)
        base = kind.split()[0]
        if base in ("integer", "decimal") and self.draw(st.integers(0, 2)) == 0:
            other = self.ref(repeats)
            row["constraint"] = f". != ${{{other}}}" if other and self.draw(st.booleans()) else f". < {self.draw(st.integers(1, 9))}"
        if base.startswith("select") and self.draw(st.integers(0, 3)) == 0:
            row["choice_filter"] = self.draw(st.sampled_from(["grp = 'x'", "name != 'b'"]))
            other = self.ref(repeats, ("select_one",))
            if other and self.draw(st.booleans()):
                row["choice_filter"] = f"name != ${{{other}}}"
        if self.draw(st.integers(0, 4)) == 0:
            row["default"] = {"integer": "3", "decimal": "1.5", "text": "none", "select_one": "c", "select_multiple": "a d"}[base]
        self.rows.append(row)
        self.seen.append((row["name"], kind, repeats))

    def calculate(self, repeats: tuple[str, ...]) -> None:
        a, b = self.ref(repeats), self.ref(repeats)
        if a is None:
            return
        lists = [n for n, t, r in self.seen if r and r != repeats and len(r) > len(repeats) and t.startswith("integer")]
        options = [f"${{{a}}} + {self.draw(st.integers(0, 3))}", f"if(${{{a}}} > 2, 1, 0) + if(${{{b or a}}} > 4, 1, 0)"]
        if lists:
            options.append(f"sum(${{{self.draw(st.sampled_from(lists))}}})")
        if self.repeats:
            options.append(f"count(${{{self.draw(st.sampled_from(self.repeats))}}}) + {self.draw(st.integers(0, 2))}")
        row = {"type": "calculate", "name": self.name(), "calculation": self.draw(st.sampled_from(options))}
        self.rows.append(row)
        self.seen.append((row["name"], "integer", repeats))

    def block(self, repeats: tuple[str, ...], depth: int, size: int) -> None:
        for _ in range(size):
            what = self.draw(st.sampled_from(["q", "q", "q", "calc", "note", "group", "repeat"] if depth < 2 else ["q", "q", "calc"]))
            if what == "q":
                self.question(repeats)
            elif what == "calc":
                self.calculate(repeats)
            elif what == "note":
                self.rows.append({"type": "note", "name": self.name(), "label": "Note"})
            elif what == "group":
                row: dict[str, Any] = {"type": "begin_group", "name": self.name(), "label": "G"}
                if self.draw(st.booleans()):
                    row["relevant"] = self.condition(repeats)
                if self.draw(st.booleans()):
                    row["appearance"] = "field-list"
                self.rows.append(row)
                self.block(repeats, depth + 1, self.draw(st.integers(1, 3)))
                self.rows.append({"type": "end_group"})
            else:
                name = self.name()
                row = {"type": "begin_repeat", "name": name, "label": "R"}
                count = self.draw(st.sampled_from(["open", "fixed", "expr"]))
                number = self.ref(repeats, ("integer",))
                if count == "fixed":
                    row["repeat_count"] = self.draw(st.integers(0, 3))
                elif count == "expr" and number:
                    row["repeat_count"] = f"${{{number}}}"
                if self.draw(st.integers(0, 3)) == 0:
                    row["relevant"] = self.condition(repeats)
                self.rows.append(row)
                self.block((*repeats, name), depth + 1, self.draw(st.integers(1, 3)))
                self.rows.append({"type": "end_repeat"})
                self.repeats.append(name)


@st.composite
def forms(draw: st.DrawFn) -> Form:
    b = Builder(draw)
    extra: dict[str, Any] = {}
    if draw(st.booleans()):
        if draw(st.booleans()):
            b.rows.append({"type": "note", "name": "intro", "label": "Hello"})
        b.rows.append({"type": "select_one yes_no", "name": "consent", "label": "Consent?"})
        extra["consent"] = {"question": "consent", "agree": "yes", "on_refusal": "Thank you."}
    if draw(st.booleans()):
        b.rows.append({"type": "integer", "name": "age", "label": "Age"})
        b.seen.append(("age", "integer", ()))
        action = draw(st.sampled_from(["end", "route"]))
        extra["child_protocol"] = {"age_question": "age", "adult_age": 18, "action": action, "message": "Bye."}
        if action == "route":
            b.block((), 1, draw(st.integers(0, 2)))
            b.rows.append({"type": "begin_group", "name": "kids_part", "label": "K"})
            b.question(())
            b.rows.append({"type": "end_group"})
            extra["child_protocol"]["group"] = "kids_part"
    b.block((), 0, draw(st.integers(1, 8)))
    names = {r.get("name") for r in b.rows}
    for row in b.rows:  # drop references to rows that were never made (forward references drawn past the end)
        for column in ("relevant", "constraint", "calculation", "choice_filter", "required", "repeat_count"):
            value = row.get(column)
            if isinstance(value, str) and any(n not in names for n in _refs(value)):
                del row[column]
    if not any(r["type"] not in ("end_group", "end_repeat") and r.get("name") for r in b.rows):
        b.rows.append({"type": "integer", "name": "only", "label": "Q"})
    data = {"settings": {"form_id": "gen", "form_title": "Generated", "version": "1"}, "survey": b.rows,
            "choices": CHOICES, **extra}  # fmt: skip
    return Form.model_validate(data)


def _refs(text: str) -> list[str]:
    out, i = [], text.find("${")
    while i >= 0:
        j = text.find("}", i)
        out.append(text[i + 2 : j])
        i = text.find("${", j)
    return out


def _value(draw: st.DrawFn, kind: str) -> Any:
    base = kind.split()[0]
    if draw(st.integers(0, 7)) == 0:
        return {"declined": True}
    if draw(st.integers(0, 11)) == 0:
        return draw(st.sampled_from(["oops", -1, 99, ["a", "z"], 2.5, "", None, True, 1.0, -0.0, "3"]))  # often wrong
    if base == "integer":
        return draw(st.integers(0, 8))
    if base == "decimal":
        return draw(st.sampled_from([0.5, 1.5, 3, "4.25"]))
    if base == "select_one":
        return draw(st.sampled_from("abcd"))
    if base == "select_multiple":
        return draw(st.lists(st.sampled_from("abcd"), min_size=1, max_size=3, unique=True))
    if base == "text":
        return draw(st.sampled_from(["x", "a longer answer"]))
    return "yes"


def _answers(draw: st.DrawFn, iv: Interview, start: int, end: int, path: tuple[int, ...]) -> dict[str, Any]:
    """Answers for items ``start..end-1`` at ``path``, mostly to questions that apply by then.

    An incremental interview is fed alongside, only to know what applies; an answer it
    refuses stays in the object (the paths must then refuse it alike).
    """
    out: dict[str, Any] = {}
    state = iv.state
    i = start
    while i < end:
        item = iv.items[i]
        relevant = (i, path) in state.relevant
        if item.kind == "repeat":
            if draw(st.integers(0, 5)) and (relevant or draw(st.integers(0, 5)) == 0):
                count = state.counts.get((i, path), 0)
                if item.repeat_count is None:
                    count = draw(st.integers(0, 3))
                    for _ in range(count - state.counts.get((i, path), 0)):
                        with contextlib.suppress(NapError):
                            iv.add_instance(item.name, path)
                elif draw(st.integers(0, 8)) == 0:
                    count += draw(st.sampled_from([-1, 1]))
                out[item.name] = [_answers(draw, iv, i + 1, item.end, (*path, k)) for k in range(max(count, 0))]
            i = item.end
            continue
        if item.kind == "group" or item.name == "consent":
            i += 1
            continue
        if item.kind in ("calculate", "note"):
            if draw(st.integers(0, 40)) == 0:
                out[item.name] = 1  # refused alike
        elif item.name == "age":
            out["age"] = draw(st.sampled_from([15, 30, 45]))
        elif (relevant and draw(st.integers(0, 6))) or draw(st.integers(0, 25)) == 0:
            out[item.name] = _value(draw, str(item.row.type))
        if item.name in out and item.kind == "question":
            with contextlib.suppress(NapError):
                value = out[item.name]
                if isinstance(value, dict):
                    iv.decline(item.name, path)
                else:
                    iv.answer(item.name, value, path)
        i += 1
    if draw(st.integers(0, 60)) == 0:
        out["nowhere"] = 1  # no such question
    return out


def _answer_set(draw: st.DrawFn, form: Form, today: datetime.date = TODAY) -> dict[str, Any]:
    try:
        iv = Interview.start(form, StartContext(today=today))
    except NapError:
        return {"x": 1}  # not a form the engine runs (a cycle): the test skips it
    answers: dict[str, Any] = {}
    if form.consent is not None:
        answers["consent"] = draw(st.sampled_from(["yes"] * 6 + ["no", "maybe"]))
        with contextlib.suppress(NapError):
            iv.answer("consent", answers["consent"])
    answers.update(_answers(draw, iv, 0, len(iv.items), ()))
    return answers


@st.composite
def cases(draw: st.DrawFn) -> tuple[Form, dict[str, Any]]:
    form = draw(forms())
    return form, _answer_set(draw, form)


#: Days the questionnaires of one batch are dated (an expression may read today()).
DAYS = (TODAY, TODAY + datetime.timedelta(days=2))


@st.composite
def batches(draw: st.DrawFn) -> tuple[Form, list[dict[str, Any]]]:
    """One form and several questionnaires of it, as back-entry walks a file."""
    form = draw(forms())
    return form, [_answer_set(draw, form, DAYS[i % 2]) for i in range(draw(st.integers(2, 6)))]


def _outcome(form: Form, answers: dict[str, Any], incremental: bool, today: datetime.date = TODAY) -> tuple[Any, ...]:
    context = StartContext(today=today)
    try:
        done = fill(form, context, answers, incremental=incremental)
    except NapError as exc:
        return ("refused", exc.code, exc.params)
    return ("done", done.status, done.answers, done.declined, done.language, done.message)


@PROFILE
@given(cases())
def test_the_forward_walk_gives_what_the_incremental_engine_gives(case: tuple[Form, dict[str, Any]]) -> None:
    form, answers = case
    try:
        compiled = compile_form(form)
    except NapError:
        return  # a form the engine refuses (a cycle, say) never reaches back-entry
    assert _outcome(form, answers, incremental=False) == _outcome(form, answers, incremental=True)
    if walks_forward(compiled):
        counted["forward"] += 1
    counted["all"] += 1


counted = {"forward": 0, "all": 0}


@PROFILE
@given(batches())
def test_questionnaires_walked_one_after_another_each_give_what_the_incremental_engine_gives(
    batch: tuple[Form, list[dict[str, Any]]],
) -> None:
    # The walk keeps what plain expressions gave, by the values they read, across the
    # questionnaires of one form: each must still come out as if it were the only one.
    form, answer_sets = batch
    try:
        compile_form(form)
    except NapError:
        return
    walked = [_outcome(form, answers, False, DAYS[i % 2]) for i, answers in enumerate(answer_sets)]
    assert walked == [_outcome(form, answers, True, DAYS[i % 2]) for i, answers in enumerate(answer_sets)]


def test_most_generated_forms_take_the_forward_walk() -> None:
    # runs after the property test (file order): the walk was really exercised, not skipped
    if counted["all"]:
        assert counted["forward"] >= counted["all"] // 3


def _forced_walk(form: Form, answers: dict[str, Any]) -> tuple[Any, ...]:
    try:
        done = fill_forward(compile_form(form), StartContext(today=TODAY), answers)
    except NapError as exc:
        return ("refused", exc.code, exc.params)
    return ("done", done.status, done.answers, done.declined, done.language, done.message)


def _form(survey: list[dict[str, Any]]) -> Form:
    return Form.model_validate({"settings": {"form_id": "f", "form_title": "F", "version": "1"}, "survey": survey, "choices": CHOICES})


# Each rule of walks_forward, with a form where walking it anyway would give another result.
NEEDS_INCREMENTAL = {
    "a dependency pointing back": (
        [{"type": "calculate", "name": "double", "calculation": "${b} * 2"}, {"type": "integer", "name": "b", "label": "B"}],
        {"b": 2},
    ),
    "a constraint reading a later question": (
        [{"type": "integer", "name": "a", "label": "A", "constraint": ". < ${b}"},
         {"type": "integer", "name": "b", "label": "B", "default": "5"}],
        {"a": 3, "b": 9},
    ),
    "a calculation that reads its own value": (
        [{"type": "text", "name": "a", "label": "A"}, {"type": "text", "name": "b", "label": "B"},
         {"type": "calculate", "name": "c", "calculation": "once(concat(${a}, ${b}))"}],
        {"a": "x", "b": "y"},
    ),
    "a default on a question whose relevance changes": (
        [{"type": "integer", "name": "a", "label": "A"}, {"type": "integer", "name": "b", "label": "B"},
         {"type": "integer", "name": "c", "label": "C"},
         {"type": "integer", "name": "d", "label": "D", "default": "5", "relevant": "${a} != ${b} or ${c} = 1"}],
        {"a": 1, "b": 1, "c": 1},
    ),
    "a default on a filtered select": (
        [{"type": "select_one abc", "name": "a", "label": "A"},
         {"type": "select_one abc", "name": "b", "label": "B", "default": "b", "choice_filter": "name != ${a}"}],
        {"a": "b"},
    ),
}


@pytest.mark.parametrize("case", sorted(NEEDS_INCREMENTAL))
def test_forms_the_walk_would_get_wrong_take_the_incremental_path(case: str) -> None:
    survey, answers = NEEDS_INCREMENTAL[case]
    form = _form(survey)
    assert not walks_forward(compile_form(form))
    assert _forced_walk(form, answers) != _outcome(form, answers, incremental=True)  # why the rule exists
    assert _outcome(form, answers, incremental=False) == _outcome(form, answers, incremental=True)


@pytest.mark.parametrize("incremental", [False, True])
def test_a_repeat_question_given_outside_its_list_is_refused_not_dropped(incremental: bool) -> None:
    form = _form([
        {"type": "integer", "name": "n", "label": "N"},
        {"type": "begin_repeat", "name": "kids", "label": "K", "repeat_count": "${n}"},
        {"type": "integer", "name": "kage", "label": "Age"},
        {"type": "end_repeat"},
    ])  # fmt: skip
    assert walks_forward(compile_form(form))
    with pytest.raises(NapError) as err:
        fill(form, StartContext(today=TODAY), {"n": 1, "kage": 4}, incremental=incremental)
    assert err.value.code is ErrorCode.INTERVIEW_BAD_VALUE and err.value.params["name"] == "kage"
    assert "kids" in err.value.message
    done = fill(form, StartContext(today=TODAY), {"n": 1, "kids": [{"kage": 4}]}, incremental=incremental)
    assert done.answers == {"n": 1, "kids": [{"kage": 4}]}


def test_only_expressions_made_of_known_parts_count_as_plain() -> None:
    from napsurvey.forms.expressions import parse
    from napsurvey.interview.plain import plain

    assert plain(parse("if(${a} > 2, concat(${b}, 'x'), today())")) and plain(parse(". >= 0 and . <= 110"))
    assert not plain(parse("once(${a})"))  # its value depends on when it was first evaluated
