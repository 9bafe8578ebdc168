"""What each question type accepts as an answer, and the coded refusal of anything else."""

from __future__ import annotations

import datetime
import math
from typing import Any

import pytest
from engine_support import start

from napsurvey.errors import ErrorCode, NapError
from napsurvey.interview import compile_form
from napsurvey.interview.coercion import MAX_TEXT, coerce
from tests.form_tables import form_from_table

FORM = form_from_table("""
| survey   |
|          | type                    | name    | label     |
|          | integer                 | count   | Count     |
|          | decimal                 | amount  | Amount    |
|          | date                    | day     | Day       |
|          | text                    | note    | Note      |
|          | acknowledge             | ok      | OK?       |
|          | select_one codes        | code    | Code      |
|          | select_multiple codes   | codes   | Codes     |
| choices  |
|          | list_name               | name    | label     |
|          | codes                   | 1       | One       |
|          | codes                   | 2       | Two       |
|          | codes                   | red     | Red       |
""")


def _answer(name: str, value: Any) -> Any:
    iv = start(FORM)
    iv.answer(name, value)
    return iv.value(name)


def _refusal(name: str, value: Any) -> NapError:
    iv = start(FORM)
    with pytest.raises(NapError) as info:
        iv.answer(name, value)
    assert iv.value(name) == ""  # nothing stored
    return info.value


@pytest.mark.parametrize(("value", "stored"), [(7, 7), (7.0, 7), (" -3 ", -3), ("+12", 12)])
def test_whole_numbers(value: Any, stored: int) -> None:
    assert _answer("count", value) == stored


@pytest.mark.parametrize("value", [True, 7.5, "7.5", "seven", {"n": 1}])
def test_not_a_whole_number(value: Any) -> None:
    error = _refusal("count", value)
    assert error.code is ErrorCode.INTERVIEW_BAD_VALUE and "whole number" in error.message


@pytest.mark.parametrize(("value", "stored"), [(2, 2.0), (2.5, 2.5), (" .5", 0.5), ("-1.", -1.0)])
def test_numbers(value: Any, stored: float) -> None:
    assert _answer("amount", value) == stored


@pytest.mark.parametrize("value", [False, math.nan, math.inf, "1e3", "one"])
def test_not_a_number(value: Any) -> None:
    error = _refusal("amount", value)
    assert error.code is ErrorCode.INTERVIEW_BAD_VALUE and "a number" in error.message


@pytest.mark.parametrize(("value", "stored"), [
    (datetime.date(2026, 3, 1), "2026-03-01"),
    (datetime.datetime(2026, 3, 1, 17, 45), "2026-03-01"),  # the time of day is never kept
    (" 2026-02-28 ", "2026-02-28"),
])
def test_dates(value: Any, stored: str) -> None:
    assert _answer("day", value) == stored


@pytest.mark.parametrize("value", ["2026-02-30", "01/03/2026", 20260301])
def test_not_a_date(value: Any) -> None:
    error = _refusal("day", value)
    assert error.code is ErrorCode.INTERVIEW_BAD_VALUE and "YYYY-MM-DD" in error.message


def test_text_has_a_length_limit_and_must_be_text() -> None:
    assert _answer("note", "x" * MAX_TEXT) == "x" * MAX_TEXT
    assert _refusal("note", "x" * (MAX_TEXT + 1)).code is ErrorCode.INTERVIEW_BAD_VALUE
    secret = 4711
    error = _refusal("note", secret)
    assert error.code is ErrorCode.INTERVIEW_BAD_VALUE and str(secret) not in error.message  # never echoed


@pytest.mark.parametrize("value", [True, "ok", " Yes ", "1"])
def test_acknowledge_is_stored_as_ok(value: Any) -> None:
    assert _answer("ok", value) == "OK"


def test_acknowledge_refuses_anything_else() -> None:
    assert _refusal("ok", "no").code is ErrorCode.INTERVIEW_BAD_VALUE


@pytest.mark.parametrize(("value", "stored"), [("red", "red"), (" red ", "red"), (2, "2"), (1.0, "1")])
def test_one_choice_by_its_name(value: Any, stored: str) -> None:
    assert _answer("code", value) == stored


def test_one_choice_refuses_an_unknown_name_and_a_wrong_type() -> None:
    unknown = _refusal("code", "blue")
    assert unknown.code is ErrorCode.INTERVIEW_UNKNOWN_CHOICE and "blue" not in unknown.message  # never echoed
    assert _refusal("code", True).code is ErrorCode.INTERVIEW_BAD_VALUE
    assert _refusal("code", {"name": "red"}).code is ErrorCode.INTERVIEW_BAD_VALUE


@pytest.mark.parametrize(("value", "stored"), [("red 2", ["red", "2"]), (["2", 1, "2"], ["2", "1"]), (("red",), ["red"])])
def test_several_choices_from_a_list_or_a_spaced_string_without_repeats(value: Any, stored: list[str]) -> None:
    assert _answer("codes", value) == stored


def test_several_choices_refuse_an_unknown_one_and_a_wrong_type() -> None:
    assert _refusal("codes", ["red", "blue"]).code is ErrorCode.INTERVIEW_UNKNOWN_CHOICE
    assert _refusal("codes", 12).code is ErrorCode.INTERVIEW_BAD_VALUE


def test_a_type_that_takes_no_answer_is_read_only() -> None:
    item = compile_form(form_from_table("""
        | survey |
        |        | type | name  | label      |
        |        | note | intro | Read this. |
    """)).by_name["intro"]
    with pytest.raises(NapError) as info:
        coerce(item, "anything", [])
    assert info.value.code is ErrorCode.INTERVIEW_READ_ONLY


def test_an_empty_value_clears_the_answer() -> None:
    iv = start(FORM)
    iv.answer("count", 3)
    for empty in (None, "", []):
        iv.answer("count", 3)
        assert iv.answer("count", empty) == [] and iv.value("count") == ""
