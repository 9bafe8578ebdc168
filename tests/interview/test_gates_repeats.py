"""WHO gates, repeats, snapshot/restore and back-entry through fill()."""

from __future__ import annotations

import json

import pytest
from engine_support import context, make_form, start

from napsurvey.errors import ErrorCode, NapError
from napsurvey.interview import Interview, fill

CONSENT = make_form(
    [
        {"type": "note", "name": "intro", "label": "Hello"},
        {"type": "select_one yes_no", "name": "consent", "label": "Do you agree?"},
        {"type": "integer", "name": "age", "label": "Age", "required": True},
        {"type": "begin_group", "name": "adult", "label": "Adults"},
        {"type": "select_one yes_no", "name": "safe", "label": "Safe?"},
        {"type": "end_group"},
        {"type": "begin_group", "name": "kids", "label": "Children"},
        {"type": "select_one yes_no", "name": "school", "label": "School?"},
        {"type": "end_group"},
    ],
    consent={"question": "consent", "agree": "yes", "on_refusal": "Thank you for your time."},
    child_protocol={"age_question": "age", "action": "route", "group": "kids", "message": "We will ask a few questions only."},
)


def test_nothing_before_consent_and_refusal_keeps_nothing() -> None:
    iv = start(CONSENT)
    assert iv.current().name == "intro"
    iv.next()
    assert iv.current().name == "consent"
    with pytest.raises(NapError) as exc:
        iv.answer("age", 30)
    assert exc.value.code is ErrorCode.INTERVIEW_CONSENT_REQUIRED
    with pytest.raises(NapError) as exc:
        iv.decline("consent")
    assert exc.value.code is ErrorCode.INTERVIEW_BAD_VALUE
    assert iv.next()[0].code is ErrorCode.INTERVIEW_CONSENT_REQUIRED
    assert iv.progress().total == 1
    iv.answer("consent", "no")
    assert iv.next() == []
    assert iv.current().kind == "ended" and iv.current().message == "Thank you for your time."
    result = iv.complete()
    assert result.status == "refused" and result.answers == {}


def test_child_route_keeps_only_the_named_group() -> None:
    iv = start(CONSENT)
    iv.next()
    iv.answer("consent", "yes")
    iv.next()
    iv.answer("age", 15)
    iv.next()
    assert iv.current().name == "school"
    assert iv.current().message == "We will ask a few questions only."
    with pytest.raises(NapError) as exc:
        iv.answer("safe", "yes")
    assert exc.value.code is ErrorCode.INTERVIEW_NOT_RELEVANT
    iv.back()
    iv.answer("age", 30)
    iv.next()
    assert iv.current().name == "safe"


def test_child_end_ends_kindly_without_answers() -> None:
    form = make_form(
        [{"type": "integer", "name": "age", "label": "Age"}, {"type": "text", "name": "q", "label": "Q"}],
        child_protocol={"age_question": "age", "action": "end", "message": "Thank you, we stop here."},
    )
    iv = start(form)
    iv.answer("age", 12)
    iv.next()
    assert iv.current().kind == "ended" and iv.current().message == "Thank you, we stop here."
    assert iv.complete().status == "ended_child" and iv.complete().answers == {}
    assert fill(form, context(), {"age": 12}).status == "ended_child"
    with pytest.raises(NapError) as exc:
        fill(form, context(), {"age": 12, "q": "x"})
    assert exc.value.code is ErrorCode.INTERVIEW_NOT_RELEVANT


def test_high_sensitivity_start_gate() -> None:
    form = make_form([{"type": "integer", "name": "a", "label": "A"}], settings={"sensitivity": "high"})
    full = {"protocol": True, "trained": True, "referrals": [{"name": "clinic"}]}
    for missing, code in [
        ("protocol", ErrorCode.INTERVIEW_NO_PROTOCOL),
        ("trained", ErrorCode.INTERVIEW_NOT_TRAINED),
        ("referrals", ErrorCode.INTERVIEW_NO_REFERRAL),
    ]:
        with pytest.raises(NapError) as exc:
            start(form, **{**full, missing: [] if missing == "referrals" else False})
        assert exc.value.code is code
    assert start(form, **full).current().name == "a"
    normal = make_form([{"type": "integer", "name": "a", "label": "A"}], referral={"required": True})
    with pytest.raises(NapError) as exc:
        start(normal, referrals=None)
    assert exc.value.code is ErrorCode.INTERVIEW_NO_REFERRAL
    assert start(make_form([{"type": "integer", "name": "a", "label": "A"}])).current().name == "a"


REPEATS = make_form(
    [
        {"type": "integer", "name": "n", "label": "How many children?"},
        {"type": "begin_repeat", "name": "child", "label": "Child", "repeat_count": "${n}"},
        {"type": "integer", "name": "cage", "label": "Age", "required": True},
        {"type": "select_one yes_no", "name": "school", "label": "School?", "relevant": "${cage} >= 6"},
        {"type": "end_repeat"},
        {"type": "calculate", "name": "total_age", "calculation": "sum(${cage})"},
        {"type": "begin_repeat", "name": "visit", "label": "Visit"},
        {"type": "text", "name": "place", "label": "Place"},
        {"type": "end_repeat"},
    ]
)


def test_repeat_with_expression_count() -> None:
    iv = start(REPEATS)
    iv.answer("n", 2)
    iv.next()
    assert iv.current().name == "cage" and iv.current().prompts[0].repeat_index == 0
    iv.answer("cage", 4)
    iv.next()
    assert iv.current().prompts[0].path == (1,)
    iv.answer("cage", 9)
    iv.next()
    assert iv.current().name == "school" and iv.current().path == (1,)
    iv.answer("school", "yes")
    assert iv.value("total_age") == 13
    iv.next()
    assert iv.current().kind == "repeat" and iv.current().name == "visit"
    iv.add_repeat()
    iv.answer("place", "market")
    iv.next()
    assert iv.current().kind == "repeat" and iv.current().repeat_count == 1
    iv.next()
    assert iv.current().kind == "end"
    result = iv.complete()
    assert result.answers["child"] == [{"cage": 4}, {"cage": 9, "school": "yes"}]
    assert result.answers["visit"] == [{"place": "market"}]
    iv2 = start(REPEATS)
    iv2.answer("n", 2)
    iv2.answer("cage", 9, (1,))
    iv2.answer("n", 1)  # the second child's answers go away with its instance
    assert iv2.value("total_age") == 0 and iv2.progress().total == 2


def test_fixed_count_and_open_repeat_removal() -> None:
    form = make_form(
        [
            {"type": "begin_repeat", "name": "r", "label": "R", "repeat_count": 2},
            {"type": "text", "name": "t", "label": "T"},
            {"type": "end_repeat"},
            {"type": "begin_repeat", "name": "o", "label": "O"},
            {"type": "integer", "name": "v", "label": "V"},
            {"type": "end_repeat"},
            {"type": "calculate", "name": "c", "calculation": "count(${v})"},
        ]
    )
    iv = start(form)
    assert [iv.current().path, iv.next(), iv.current().path] == [(0,), [], (1,)]
    for value in (1, 2, 3):
        iv.add_instance("o")
        iv.answer("v", value, (value - 1,))
    iv.remove_instance("o", 0)
    assert iv.value("c") == 2
    assert [iv.value("v", (0,)), iv.value("v", (1,))] == [2, 3]


def test_snapshot_restore_resumes_exactly() -> None:
    iv = start(REPEATS)
    iv.answer("n", 1)
    iv.next()
    iv.answer("cage", 8)
    iv.next()
    snap = json.loads(json.dumps(iv.snapshot()))
    again = Interview.restore(REPEATS, context(), snap)
    assert again.current().name == "school" and again.current().path == (0,)
    assert again.value("total_age") == 8 and again.progress() == iv.progress()
    assert again.back() and again.current().name == "cage"
    with pytest.raises(NapError) as info:
        Interview.restore(REPEATS, context(), {"snapshot": 1, "form_id": "other"})
    assert info.value.code is ErrorCode.INTERVIEW_DRAFT_UNREADABLE
    damaged = {**snap, "history": "not a list of positions"}
    with pytest.raises(NapError) as info:
        Interview.restore(REPEATS, context(), damaged)
    assert info.value.code is ErrorCode.INTERVIEW_DRAFT_UNREADABLE and "damaged" in info.value.message


def test_fill_runs_a_paper_form_through_the_engine() -> None:
    result = fill(REPEATS, context(), {"n": 1, "child": [{"cage": 7, "school": {"declined": True}}], "visit": []})
    assert result.status == "complete"
    assert result.answers == {"n": 1, "child": [{"cage": 7}], "total_age": 7, "visit": []}
    assert result.declined == ["child[0].school"]
    assert fill(CONSENT, context(), {"consent": "no"}).status == "refused"
    ok = fill(CONSENT, context(), {"age": 40, "consent": "yes", "safe": "__declined__"})
    assert ok.answers == {"consent": "yes", "age": 40} and ok.declined == ["safe"]


@pytest.mark.parametrize(
    ("answers", "code", "question"),
    [
        ({"n": 1, "child": [{"cage": 3, "school": "yes"}]}, ErrorCode.INTERVIEW_NOT_RELEVANT, "school"),
        ({"n": 1, "child": [{}]}, ErrorCode.INTERVIEW_REQUIRED, "cage"),
        ({"n": 1, "ghost": 2}, ErrorCode.INTERVIEW_UNKNOWN_QUESTION, "ghost"),
        ({"n": 1, "child": [{"cage": 3, "pet": 1}]}, ErrorCode.INTERVIEW_UNKNOWN_QUESTION, "child[0].pet"),
        ({"n": "two"}, ErrorCode.INTERVIEW_BAD_VALUE, "n"),
        ({"n": 1, "child": [{"cage": 8, "school": "maybe"}]}, ErrorCode.INTERVIEW_UNKNOWN_CHOICE, "school"),
        ({"n": 1, "child": [{"cage": 1}, {"cage": 2}]}, ErrorCode.INTERVIEW_BAD_VALUE, "child"),
        ({"total_age": 3}, ErrorCode.INTERVIEW_READ_ONLY, "total_age"),
    ],
)
def test_fill_refusals_name_the_question(answers: dict, code: ErrorCode, question: str) -> None:
    with pytest.raises(NapError) as exc:
        fill(REPEATS, context(), answers)
    assert exc.value.code is code
    assert exc.value.params["name"] == question


def test_fill_constraint_and_consent() -> None:
    form = make_form([{"type": "integer", "name": "a", "label": "A", "constraint": ". < 5", "constraint_message": "small"}])
    with pytest.raises(NapError) as exc:
        fill(form, context(), {"a": 9})
    assert exc.value.code is ErrorCode.INTERVIEW_CONSTRAINT and exc.value.params["name"] == "a"
    with pytest.raises(NapError) as exc:
        fill(CONSENT, context(), {"age": 30})
    assert exc.value.code is ErrorCode.INTERVIEW_CONSENT_REQUIRED


HOUSEHOLD = make_form(
    [
        {"type": "begin_group", "name": "hh", "label": "Household", "appearance": "field-list"},
        {"type": "integer", "name": "n", "label": "How many children?"},
        {"type": "text", "name": "village", "label": "Village"},
        {"type": "begin_repeat", "name": "kid", "label": "Child", "repeat_count": "${n}"},
        {"type": "integer", "name": "kage", "label": "Age"},
        {"type": "begin_group", "name": "kschool", "label": "School", "appearance": "field-list"},
        {"type": "select_one yes_no", "name": "enrolled", "label": "Enrolled?"},
        {"type": "text", "name": "grade", "label": "Grade", "relevant": "${enrolled} = 'yes'"},
        {"type": "end_group"},
        {"type": "end_repeat"},
        {"type": "begin_repeat", "name": "visit", "label": "Visit"},
        {"type": "text", "name": "place", "label": "Place"},
        {"type": "end_repeat"},
        {"type": "note", "name": "after", "label": "Still on the household screen"},
        {"type": "end_group"},
        {"type": "note", "name": "bye", "label": "Thanks"},
    ]
)


def test_a_repeat_inside_a_field_list_group_gets_its_own_screens_after_the_group_screen() -> None:
    iv = start(HOUSEHOLD)
    # the group's own questions on one screen; the repeats are not on it
    assert iv.current().kind == "group" and [p.name for p in iv.current().prompts] == ["n", "village", "after"]
    iv.answer("n", 2)
    iv.answer("village", "Hilltop")
    assert iv.next() == []
    for i, (age, enrolled) in enumerate([(7, "yes"), (4, "no")]):
        assert iv.current().name == "kage" and iv.current().path == (i,)
        iv.answer("kage", age, (i,))
        assert iv.next() == []
        # a field-list group inside the repeat is one screen per instance
        assert iv.current().kind == "group" and iv.current().path == (i,)
        iv.answer("enrolled", enrolled, (i,))
        assert [p.name for p in iv.current().prompts] == (["enrolled", "grade"] if enrolled == "yes" else ["enrolled"])
        if enrolled == "yes":
            iv.answer("grade", "2", (i,))
        assert iv.next() == []
    # the open repeat is offered next, then the form goes on after the group (not back to its questions)
    assert iv.current().kind == "repeat" and iv.current().name == "visit"
    iv.add_repeat()
    iv.answer("place", "market", (0,))
    assert iv.next() == []
    assert iv.current().kind == "repeat"
    assert iv.next() == []
    assert iv.current().name == "bye"
    assert iv.next() == [] and iv.current().kind == "end"
    # back walks the same screens in reverse, ending on the group's screen
    screens = 0
    while iv.back():
        screens += 1
    assert iv.current().kind == "group" and iv.current().name == "hh" and screens == 9
    result = iv.complete()
    assert result.answers["kid"] == [{"kage": 7, "enrolled": "yes", "grade": "2"}, {"kage": 4, "enrolled": "no"}]
    assert result.answers["visit"] == [{"place": "market"}]


def test_a_question_in_a_repeat_inside_a_field_list_group_is_reopened_on_its_own_screen() -> None:
    iv = start(HOUSEHOLD)
    iv.answer("n", 1)
    iv.next()
    iv.answer("kage", 5, (0,))
    iv.next()
    iv.go_to("kage", (0,))
    assert iv.current().name == "kage" and iv.current().path == (0,)
    iv.go_to("village")
    assert iv.current().name == "hh"
