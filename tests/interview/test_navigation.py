"""Skip logic, constraints, required, calculations, defaults, back, sections, progress."""

from __future__ import annotations

import pytest
from engine_support import make_form, start

from napsurvey.errors import ErrorCode, NapError


def names(iv) -> list[str]:
    return [p.name for p in iv.current().prompts]


def walk(iv, answers: dict) -> list[str]:
    """Answer what is shown (from ``answers``) and go on; the names of the screens shown."""
    seen = []
    while iv.current().kind in ("question", "group"):
        for prompt in iv.current().prompts:
            seen.append(prompt.name)
            if prompt.name in answers:
                iv.answer(prompt.name, answers[prompt.name])
        assert iv.next() == []
    return seen


SKIP = make_form(
    [
        {"type": "integer", "name": "age", "label": "Age"},
        {"type": "select_one yes_no", "name": "works", "label": "Works?", "relevant": "${age} >= 18"},
        {"type": "text", "name": "job", "label": "Job", "relevant": "selected(${works}, 'yes')"},
        {"type": "note", "name": "bye", "label": "Thanks"},
    ]
)


def test_skip_logic_shows_only_relevant_questions() -> None:
    assert walk(start(SKIP), {"age": 12}) == ["age", "bye"]
    assert walk(start(SKIP), {"age": 30, "works": "yes", "job": "x"}) == ["age", "works", "job", "bye"]
    assert walk(start(SKIP), {"age": 30, "works": "no"}) == ["age", "works", "bye"]


def test_irrelevant_answers_are_cleared_transitively() -> None:
    iv = start(SKIP)
    iv.answer("age", 30)
    iv.answer("works", "yes")
    iv.answer("job", "teacher")
    iv.answer("age", 10)
    assert iv.value("works") == "" and iv.value("job") == ""
    with pytest.raises(NapError) as exc:
        iv.answer("job", "x")
    assert exc.value.code is ErrorCode.INTERVIEW_NOT_RELEVANT


def test_constraint_keeps_the_monitor_on_the_screen() -> None:
    form = make_form(
        [{"type": "integer", "name": "age", "label": "Age", "constraint": ". >= 15 and . <= 110", "constraint_message": "15 to 110"}]
    )
    iv = start(form)
    problems = iv.answer("age", 7)
    assert [p.code for p in problems] == [ErrorCode.INTERVIEW_CONSTRAINT]
    assert iv.current().prompts[0].message == "15 to 110"
    assert iv.next()[0].code is ErrorCode.INTERVIEW_CONSTRAINT
    assert iv.current().name == "age"
    assert iv.answer("age", 20) == []
    assert iv.next() == [] and iv.current().kind == "end"


def test_required_flag_and_expression() -> None:
    form = make_form(
        [
            {"type": "select_one yes_no", "name": "a", "label": "A", "required": True, "required_message": "Please"},
            {"type": "text", "name": "b", "label": "B", "required": "selected(${a}, 'yes')"},
        ]
    )
    iv = start(form)
    problems = iv.next()
    assert problems[0].code is ErrorCode.INTERVIEW_REQUIRED and problems[0].message == "Please"
    assert iv.current().prompts[0].message == "Please"
    iv.answer("a", "no")
    assert iv.next() == []
    assert iv.current().prompts[0].required is False
    assert iv.next() == []
    iv.back()
    iv.back()
    iv.answer("a", "yes")
    iv.next()
    assert iv.current().prompts[0].required is True
    assert iv.next()[0].code is ErrorCode.INTERVIEW_REQUIRED
    iv.decline("b")  # a declined answer satisfies required
    assert iv.next() == []


def test_calculation_is_read_only_and_follows_answers() -> None:
    form = make_form(
        [
            {"type": "integer", "name": "a", "label": "A"},
            {"type": "integer", "name": "b", "label": "B"},
            {"type": "calculate", "name": "total", "calculation": "${a} + ${b}"},
            {"type": "note", "name": "show", "label": "Total", "relevant": "${total} > 10"},
        ]
    )
    iv = start(form)
    iv.answer("a", 4)
    iv.answer("b", 9)
    assert iv.value("total") == 13
    with pytest.raises(NapError) as exc:
        iv.answer("total", 1)
    assert exc.value.code is ErrorCode.INTERVIEW_READ_ONLY
    iv.answer("b", 1)
    assert iv.value("total") == 5
    result = iv.complete()
    assert result.answers == {"a": 4, "b": 1, "total": 5}


def test_default_applies_when_item_first_becomes_relevant() -> None:
    form = make_form(
        [
            {"type": "select_one yes_no", "name": "a", "label": "A"},
            {"type": "integer", "name": "n", "label": "N", "default": 3, "relevant": "${a} = 'yes'"},
        ]
    )
    iv = start(form)
    assert iv.value("n") == ""
    iv.answer("a", "yes")
    assert iv.value("n") == 3
    iv.answer("n", "")  # the monitor clears it: the default does not come back
    iv.answer("a", "yes")
    assert iv.value("n") == ""


def test_bad_types_are_refused_with_codes() -> None:
    form = make_form(
        [
            {"type": "integer", "name": "i", "label": "I"},
            {"type": "decimal", "name": "d", "label": "D"},
            {"type": "date", "name": "when", "label": "When"},
            {"type": "select_one yes_no", "name": "s", "label": "S"},
            {"type": "select_multiple yes_no", "name": "m", "label": "M"},
        ]
    )
    iv = start(form)
    for name, value, code in [
        ("i", "1.5", ErrorCode.INTERVIEW_BAD_VALUE),
        ("i", True, ErrorCode.INTERVIEW_BAD_VALUE),
        ("d", "abc", ErrorCode.INTERVIEW_BAD_VALUE),
        ("when", "15/03/2026", ErrorCode.INTERVIEW_BAD_VALUE),
        ("when", "2026-02-30", ErrorCode.INTERVIEW_BAD_VALUE),
        ("s", "maybe", ErrorCode.INTERVIEW_UNKNOWN_CHOICE),
        ("m", ["yes", "maybe"], ErrorCode.INTERVIEW_UNKNOWN_CHOICE),
        ("nope", 1, ErrorCode.INTERVIEW_UNKNOWN_QUESTION),
    ]:
        with pytest.raises(NapError) as exc:
            iv.answer(name, value)
        assert exc.value.code is code, (name, value)
    iv.answer("m", "no yes")
    assert iv.value("m") == ["no", "yes"]
    iv.answer("when", "2026-01-02")
    iv.answer("d", "2.5")
    assert iv.value("d") == 2.5


def test_field_list_group_is_one_screen_and_group_relevance_applies_inside() -> None:
    form = make_form(
        [
            {"type": "select_one yes_no", "name": "go", "label": "Go"},
            {"type": "begin_group", "name": "g", "label": "G", "appearance": "field-list", "relevant": "${go} = 'yes'"},
            {"type": "text", "name": "x", "label": "X"},
            {"type": "text", "name": "y", "label": "Y", "relevant": "${x} != ''"},
            {"type": "end_group"},
            {"type": "note", "name": "end", "label": "End"},
        ]
    )
    iv = start(form)
    iv.answer("go", "yes")
    iv.next()
    screen = iv.current()
    assert screen.kind == "group" and names(iv) == ["x"]
    iv.answer("x", "a")
    assert names(iv) == ["x", "y"]
    iv.answer("y", "b")
    iv.back()
    iv.answer("go", "no")
    assert iv.value("x") == "" and iv.value("y") == ""
    iv.next()
    assert iv.current().name == "end"


def test_sections_jump_and_progress() -> None:
    form = make_form(
        [
            {"type": "begin_group", "name": "one", "label": "One"},
            {"type": "integer", "name": "a", "label": "A", "required": True},
            {"type": "end_group"},
            {"type": "begin_group", "name": "two", "label": "Two", "relevant": "${a} > 1"},
            {"type": "integer", "name": "b", "label": "B"},
            {"type": "end_group"},
            {"type": "begin_group", "name": "three", "label": "Three"},
            {"type": "integer", "name": "c", "label": "C"},
            {"type": "end_group"},
        ]
    )
    iv = start(form)
    assert iv.progress().total == 2  # a and c apply; b does not yet
    with pytest.raises(NapError) as exc:
        iv.jump("three")
    assert exc.value.code is ErrorCode.INTERVIEW_NOT_REACHED
    iv.answer("a", 5)
    assert (iv.progress().answered, iv.progress().total) == (1, 3)
    iv.next()
    iv.next()
    assert iv.current().name == "c"
    iv.jump("one")
    assert iv.current().name == "a"
    iv.answer("a", 0)
    sections = {s.name: s for s in iv.sections()}
    assert not sections["two"].relevant and sections["three"].reachable and sections["one"].complete
    with pytest.raises(NapError) as exc:
        iv.jump("two")
    assert exc.value.code is ErrorCode.INTERVIEW_NOT_RELEVANT


def test_language_switch_changes_labels_and_choices() -> None:
    form = make_form([{"type": "select_one yes_no", "name": "a", "label": {"en": "Safe?", "fr": "En sécurité ?"}}])
    iv = start(form, language="fr")
    assert iv.current().prompts[0].label == "En sécurité ?"
    assert [c.label for c in iv.current().prompts[0].choices] == ["Oui", "Non"]
    iv.language = "en"
    assert iv.current().prompts[0].label == "Safe?"
    with pytest.raises(NapError) as info:
        iv.language = "xx"
    assert info.value.code is ErrorCode.INTERVIEW_BAD_VALUE


def test_choice_filter_uses_choice_columns() -> None:
    form = make_form(
        [
            {"type": "select_one region", "name": "region", "label": "Region"},
            {"type": "select_one district", "name": "district", "label": "District", "choice_filter": "region=${region}"},
        ],
        choices={
            "region": [{"name": "n", "label": "North"}, {"name": "s", "label": "South"}],
            "district": [
                {"name": "d1", "label": "D1", "region": "n"},
                {"name": "d2", "label": "D2", "region": "n"},
                {"name": "d3", "label": "D3", "region": "s"},
            ],
        },
    )
    iv = start(form)
    iv.answer("region", "s")
    iv.next()
    assert [c.name for c in iv.current().prompts[0].choices] == ["d3"]
    with pytest.raises(NapError) as exc:
        iv.answer("district", "d1")
    assert exc.value.code is ErrorCode.INTERVIEW_UNKNOWN_CHOICE
    iv.answer("district", "d3")
    iv.back()
    iv.answer("region", "n")  # the kept answer no longer fits the filter: flagged, not silently kept
    iv.next()
    assert iv.next()[0].code is ErrorCode.INTERVIEW_UNKNOWN_CHOICE


def test_unknown_reference_is_refused_at_build_time_naming_the_question() -> None:
    form = make_form([{"type": "integer", "name": "a", "label": "A", "relevant": "${ghost} > 1"}])
    with pytest.raises(NapError) as exc:
        start(form)
    assert exc.value.code is ErrorCode.FORM_UNKNOWN_REFERENCE
    assert exc.value.params["question"] == "a" and exc.value.params["name"] == "ghost"


def test_calculation_cycle_is_refused() -> None:
    form = make_form(
        [
            {"type": "calculate", "name": "a", "calculation": "${b} + 1"},
            {"type": "calculate", "name": "b", "calculation": "${a} + 1"},
        ]
    )
    with pytest.raises(NapError) as exc:
        start(form)
    assert exc.value.code is ErrorCode.FORM_CALCULATION_CYCLE


def test_stop_is_always_possible_and_keeps_nothing() -> None:
    iv = start(SKIP)
    iv.answer("age", 40)
    iv.stop()
    assert iv.current().kind == "ended"
    result = iv.complete()
    assert result.status == "stopped" and result.answers == {}
    with pytest.raises(NapError) as exc:
        iv.answer("age", 3)
    assert exc.value.code is ErrorCode.INTERVIEW_ENDED
