"""A plan and its assessments get one coded line per problem; a good plan gets none."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from plankit import (
    EXAMPLE,
    EXAMPLE_ASSESSMENTS,
    action,
    as_yaml,
    assessments_dict,
    codes,
    example,
    lint,
    lint_assessments,
    plan_dict,
    shipped_forms,
)

from napsurvey.errors import ErrorCode, NapError
from napsurvey.plan.reader import load_plan, read_assessments_data, read_plan, read_plan_data


def test_the_shipped_example_and_its_two_periods_are_clean() -> None:
    plan, assessments = example()
    assert len(plan.pillars) == 4
    assert len(plan.actions()) == 20
    assert len(plan.indicators) == 15
    assert [p.period.id for p in assessments.periods] == ["2026-H1", "2026-H2"]
    assert all(any(f.scheme == "S/2010/498" for f in i.frameworks) or any(f.scheme == "GNWP" for f in i.frameworks)
               for i in plan.indicators)


def test_the_small_plan_is_clean() -> None:
    assert lint(plan_dict()) == []
    assert lint_assessments(assessments_dict()) == []


def test_a_broken_plan_gets_one_coded_line_per_problem() -> None:
    data = plan_dict()
    first = action(data)
    del first["responsible"]  # action without responsible institution
    data["pillars"][0]["objectives"][0]["actions"].append({
        "id": "A2", "title": "Train judges; call +243 81 234 5678", "responsible": {"institution": "Ministry of Justice"},
    })
    data["pillars"][0]["objectives"][0]["actions"].append({
        "id": "A3", "title": "Brief the minister through Mme Kabila", "responsible": {"institution": "Ministry of Justice"},
    })
    indicator = data["indicators"][0]
    del indicator["baseline"]  # target without baseline
    indicator["frameworks"] = [{"scheme": "S/2010/498", "code": "99z"}]  # unknown framework code
    problems = lint(data)
    assert sorted(codes(problems)) == sorted([
        "PLAN_NO_RESPONSIBLE", "PLAN_PERSONAL_DATA", "PLAN_PERSONAL_DATA", "PLAN_UNKNOWN_FRAMEWORK",
        "PLAN_TARGET_WITHOUT_BASELINE",
    ])
    lines = [p.line() for p in problems]
    assert all("\n" not in line and line.startswith("plan.yaml: ") for line in lines)
    assert "plan.yaml: action A1: PLAN_NO_RESPONSIBLE: action 'A1' names no responsible institution" in lines
    assert any(line.startswith("plan.yaml: action A2: PLAN_PERSONAL_DATA: title.en: a phone or ID number") for line in lines)
    assert any(line.startswith("plan.yaml: action A3: PLAN_PERSONAL_DATA: title.en: a person's name") for line in lines)
    assert "plan.yaml: indicator I1: PLAN_UNKNOWN_FRAMEWORK: 'S/2010/498 99z' is not a framework code napsurvey knows" in lines


def test_a_field_that_could_hold_a_person_is_named_and_the_rest_is_still_checked() -> None:
    data = plan_dict()
    action(data)["focal_point"] = "Jean Dupont"
    action(data)["title"] = "Open gender desks, contact jean@example.org"
    problems = lint(data)
    assert codes(problems) == ["PLAN_PERSON_FIELD", "PLAN_PERSONAL_DATA"]
    assert problems[0].location == "action A1"
    assert "'focal_point' could hold a person" in problems[0].message
    assert "an e-mail address" in problems[1].message


def test_an_unknown_field_that_is_not_a_person_is_a_schema_problem() -> None:
    data = plan_dict()
    action(data)["colour"] = "blue"
    assert codes(lint(data)) == ["PLAN_SCHEMA"]


def test_one_bad_record_does_not_hide_the_problems_of_the_others() -> None:
    data = plan_dict()
    action(data)["start"] = "January 2026"  # not YYYY-MM
    data["indicators"][0]["frameworks"] = [{"scheme": "SDG", "code": "99.9"}]
    problems = lint(data)
    assert codes(problems) == ["PLAN_SCHEMA", "PLAN_UNKNOWN_FRAMEWORK"]
    assert problems[0].location == "action A1" and problems[0].message.startswith("start:")


def test_references_dates_money_and_values_are_checked() -> None:
    data = plan_dict()
    first = action(data)
    first["end"] = "2025-12"  # before the start
    first["indicators"] = ["I9"]  # unknown indicator
    first["cost"] = {"currency": "USD", "by_year": {2026: 10}}  # another currency
    data["indicators"][0]["target"]["value"] = 130  # a percentage above 100
    data["indicators"].append(dict(data["indicators"][0], id="I1"))  # duplicate id
    assert sorted(codes(lint(data))) == sorted([
        "PLAN_DATES", "PLAN_UNKNOWN_REFERENCE", "PLAN_CURRENCY", "PLAN_VALUE", "PLAN_VALUE", "PLAN_DUPLICATE_ID",
    ])


def test_survey_evidence_must_name_a_real_indicator_and_answers_of_its_question() -> None:
    data = plan_dict()
    data["indicators"][0]["survey"] = {"form": "community_safety", "indicator": "safe_night_by_sex",
                                       "numerator": ["very_safe", "quite_safe"], "where": {"sex": "femme"}}
    problems = lint(data, shipped_forms())
    assert codes(problems) == ["PLAN_SURVEY_EVIDENCE", "PLAN_SURVEY_EVIDENCE"]
    assert "'quite_safe' is not an answer" in problems[0].message
    assert "'femme' is not an answer of question 'sex'" in problems[1].message
    data["indicators"][0]["survey"] = {"form": "no_such_form", "indicator": "x", "numerator": ["yes"]}
    assert "form 'no_such_form' is neither shipped nor installed" in lint(data, shipped_forms())[0].message


@pytest.mark.parametrize(("content", "code"), [
    (b"\x00\x01\x02binary\xff", "PLAN_NOT_A_PLAN"),
    (b"\xff\xfe\x00garbage", "PLAN_NOT_A_PLAN"),
    (b"plan: [unclosed", "PLAN_YAML"),
    (b"- just\n- a list\n", "PLAN_NOT_A_PLAN"),
    (b"", "PLAN_NOT_A_PLAN"),
    (b"a: &a [*a, *a]\n", "PLAN_YAML"),
    (b"plan: {id: x}\nplan: {id: y}\npillars: []\n", "PLAN_YAML"),
    (b"PK\x03\x04not really a zip", "PLAN_NOT_A_PLAN"),
])
def test_binary_or_malformed_files_are_one_coded_line(content: bytes, code: str) -> None:
    plan, problems = read_plan_data(content, "bad.yaml")
    assert plan is None
    assert codes(problems) == [code]


def test_an_assessments_file_given_as_a_plan_says_so() -> None:
    plan, problems = read_plan(EXAMPLE_ASSESSMENTS)
    assert plan is None and codes(problems) == ["PLAN_NOT_A_PLAN"]
    assert "assessments file" in problems[0].message


def test_load_plan_raises_the_first_problem_with_its_code(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    data = plan_dict()
    del action(data)["responsible"]
    path.write_bytes(as_yaml(data))
    with pytest.raises(NapError) as caught:
        load_plan(path)
    assert caught.value.code is ErrorCode.PLAN_NO_RESPONSIBLE
    assert load_plan(EXAMPLE).id == "example_republic_nap_2026"


def test_a_missing_file_is_a_coded_line(tmp_path: Path) -> None:
    _, problems = read_plan(tmp_path / "nope.yaml")
    assert codes(problems) == ["PLAN_FILE_NOT_FOUND"]


# -- assessments -----------------------------------------------------------------------------


def test_broken_assessments_get_one_coded_line_per_problem() -> None:
    data = assessments_dict()
    period = data["periods"][0]
    period["actions"].append({"action": "A9", "status": "on_track"})  # unknown action
    period["actions"][0]["civil_society"]["text"] = "Confirmed by Dr. Amina on 0812345678"
    period["indicators"][0].pop("source")  # a value without its source
    period["finance"][0]["womens_organisations"][0]["amount"] = 900  # more than disbursed
    period["finance"][0]["womens_organisations"][0]["grantee"] = "Women's Association of the North"
    problems = lint_assessments(data)
    assert sorted(codes(problems)) == sorted([
        "PLAN_PERSON_FIELD", "PLAN_UNKNOWN_REFERENCE", "PLAN_PERSONAL_DATA", "PLAN_PERSONAL_DATA", "PLAN_NO_SOURCE",
        "PLAN_VALUE",
    ])


def test_assessments_of_another_plan_are_refused() -> None:
    data = assessments_dict()
    data["plan"] = "other_plan"
    assert codes(lint_assessments(data)) == ["PLAN_WRONG_PLAN"]


def test_a_survey_linked_indicator_never_takes_a_typed_value() -> None:
    plan = plan_dict()
    plan["indicators"][0]["survey"] = {"form": "community_safety", "indicator": "safe_night_by_sex",
                                       "numerator": ["very_safe"]}
    data = assessments_dict()
    data["periods"][0]["indicators"][0] = {"indicator": "I1", "value": 37}
    assert codes(lint_assessments(data, plan)) == ["PLAN_SURVEY_VALUE"]
    data["periods"][0]["indicators"][0] = {"indicator": "I1", "survey_period": "2026Q2"}
    assert lint_assessments(data, plan) == []


def test_a_status_outside_the_five_is_refused() -> None:
    data = assessments_dict()
    data["periods"][0]["actions"][0]["status"] = "almost_done"
    problems = lint_assessments(data)
    assert codes(problems) == ["PLAN_SCHEMA"]
    assert problems[0].location == "period 2026-H1 action A1" and problems[0].message.startswith("status:")


def test_confidential_evidence_carries_nothing_more() -> None:
    data = assessments_dict()
    data["periods"][0]["actions"][0]["civil_society"]["evidence"] = [{"confidential": True, "who": "a judge"}]
    assert "PLAN_SCHEMA" in codes(lint_assessments(data))


def test_the_example_assessments_read_against_the_example_plan() -> None:
    plan, _ = example()
    data = EXAMPLE_ASSESSMENTS.read_bytes()
    assessments, problems = read_assessments_data(data, plan, str(EXAMPLE_ASSESSMENTS))
    assert problems == [] and assessments is not None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_any_bytes_give_a_plan_or_coded_problems_never_an_exception(data: bytes) -> None:
    plan, problems = read_plan_data(data, "fuzz.yaml")
    assert plan is not None or problems
    assert all(p.code.name.startswith("PLAN_") for p in problems)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
                    max_leaves=30))
def test_any_yaml_shape_gives_a_plan_or_coded_problems(shape: object) -> None:
    data = plan_dict()
    data["pillars"][0]["objectives"][0]["actions"][0]["responsible"] = shape
    _, problems = read_plan_data(as_yaml(data), "fuzz.yaml")
    assert all(p.code.name.startswith("PLAN_") for p in problems)
