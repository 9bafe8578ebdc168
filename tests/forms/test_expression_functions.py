"""ODK's function list: the math, text and date functions, lookups into the form's lists,
repeat positions and indexed-repeat(), jr:choice-name(), pulldata(), once() and random()
— evaluated alone, then in a running interview."""

from __future__ import annotations

import datetime
import math
from typing import Any

import pytest
from lintkit import form, problems, q

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.expressions import KNOWN_FUNCTIONS, REFUSED_FUNCTIONS, check, parse
from napsurvey.forms.model import Form
from napsurvey.interview import Interview, StartContext

TODAY = datetime.date(2026, 3, 15)


class Env:
    def __init__(self, values: dict[str, Any] | None = None, current: Any = "") -> None:
        self.values = values or {}
        self._current = current

    def value(self, name: str) -> Any:
        return self.values.get(name, "")

    @property
    def current(self) -> Any:
        return self._current

    @property
    def today(self) -> datetime.date:
        return TODAY


def ev(source: str, current: Any = "", **values: Any) -> Any:
    return parse(source).evaluate(Env(values, current))


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("sqrt(16)", 4),
        ("pow(2, 10)", 1024),
        ("exp(0) + exp10(2)", 101),
        ("log10(1000)", 3),
        ("round(log(exp(2)), 6)", 2),
        ("round(sin(pi() div 2) + cos(0) + tan(0), 6)", 2),
        ("round(asin(1) * 2, 6) = round(pi(), 6)", True),
        ("round(acos(1) + atan(0) + atan2(0, 1), 6)", 0),
        ("sqrt(-1) != sqrt(-1)", True),  # NaN
        ("count-non-empty(${r})", 2),
        ("checklist(1, 2, true(), false(), true())", True),
        ("checklist(-1, 1, true(), true())", False),
        ("weighted-checklist(3, -1, true(), 2, true(), 1, false(), 10)", True),
        ("substring-before('2026-03-15', '-') + 0", 2026),
        ("substring-after('a=b', '=')", "b"),
        ("translate('Peace', 'aeP', 'AEp')", "pEAcE"),
        ("substring('12345', 2, 3)", "234"),
        ("boolean-from-string('true') and boolean-from-string('1') and not(boolean-from-string('yes'))", True),
        ("base64-decode('cGFpeA==')", "paix"),
        ("string-length(uuid())", 36),
        ("string-length(uuid(8))", 8),
        ("difference-in-months('2024-01-31', '2024-03-01')", 1),
        ("difference-in-months('2024-01-15', '2025-01-15')", 12),
        ("difference-in-months('2025-01-15', '2024-01-16')", -11),
        ("decimal-time('12:00:00')", 0.5),
        ("format-date-time('2026-03-05', '%e %b %Y')", "5 Mar 2026"),
        ("random() >= 0 and random() < 1", True),
        ("once(5)", 5),
    ],
)
def test_functions(source: str, expected: Any) -> None:
    assert ev(source, r=["a", "", "b"]) == expected


def test_every_function_of_odks_list_is_either_known_or_refused_with_a_reason() -> None:
    odk = {
        "if", "position", "once", "instance", "count", "count-non-empty", "sum", "max", "min", "regex", "contains",
        "starts-with", "ends-with", "substr", "substring-before", "substring-after", "translate", "string-length",
        "normalize-space", "concat", "join", "boolean-from-string", "string", "digest", "base64-decode",
        "extract-signed", "uuid", "selected", "selected-at", "count-selected", "jr:choice-name", "indexed-repeat",
        "checklist", "weighted-checklist", "round", "int", "number", "pow", "log", "log10", "abs", "sin", "cos",
        "tan", "asin", "acos", "atan", "atan2", "sqrt", "exp", "exp10", "pi", "random", "area", "distance",
        "today", "now", "decimal-date-time", "date", "decimal-time", "date-time", "format-date",
        "format-date-time", "pulldata", "boolean", "not", "coalesce", "true", "false", "property",
    }  # fmt: skip
    from napsurvey.forms.expressions import SYNTAX_FUNCTIONS

    assert odk - KNOWN_FUNCTIONS - SYNTAX_FUNCTIONS == set(REFUSED_FUNCTIONS) & odk
    assert all(reason for reason in REFUSED_FUNCTIONS.values())


def test_refused_functions_say_why() -> None:
    with pytest.raises(NapError) as exc:
        parse("distance(${where})")
    assert exc.value.code is ErrorCode.EXPR_REFUSED_FUNCTION
    assert "GPS" in exc.value.message


def test_every_problem_of_an_expression_is_reported() -> None:
    expr, found = check("foo(${a}) + digest(${b}) + selected(${c}) + bar()")
    assert expr is None
    assert [p.code for p in found] == [
        ErrorCode.EXPR_UNKNOWN_FUNCTION,
        ErrorCode.EXPR_REFUSED_FUNCTION,
        ErrorCode.EXPR_ARITY,
        ErrorCode.EXPR_UNKNOWN_FUNCTION,
    ]


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2007", "\u200b", "\ufeff", "\u3000"])
def test_invisible_and_non_breaking_spaces_are_spaces(space: str) -> None:
    assert ev(f"${{a}}{space}>{space}1{space}and{space}selected(${{b}},{space}'x')", a=2, b="x") is True


def test_current_is_dot() -> None:
    assert ev("current() + 1", current=2) == 3


@pytest.mark.parametrize(
    "source",
    ["../x", "${a}/b", "/data/x", "instance('x')/context/y", "position()", "jr:choice-name(${a})"],
)
def test_paths_and_malformed_special_forms_are_coded(source: str) -> None:
    expr, found = check(source)
    assert expr is None and found and found[0].code in (ErrorCode.EXPR_SYNTAX, ErrorCode.EXPR_ARITY)


# --- in a running interview ----------------------------------------------------------------


PLACES = [
    {"name": "north", "label": {"en": "North", "fr": "Nord"}, "capital": "Alpha", "population": "1200"},
    {"name": "south", "label": {"en": "South", "fr": "Sud"}, "capital": "Beta", "population": "800"},
]


def interview(*rows: dict[str, Any], language: str = "en", **choices: Any) -> Interview:
    data = form(*rows)
    data["choices"].update(choices)
    data["choices"].setdefault("places", PLACES)
    data["settings"]["languages"] = ["en", "fr"]
    data["settings"]["form_title"] = {"en": "Test", "fr": "Test"}
    for row in data["survey"]:
        if isinstance(row.get("label"), str):
            row["label"] = {"en": row["label"], "fr": row["label"]}
    for items in data["choices"].values():
        for item in items:
            if isinstance(item.get("label"), str):
                item["label"] = {"en": item["label"], "fr": item["label"]}
    assert problems(data) == [], problems(data)
    return Interview.start(Form.model_validate(data), StartContext(today=TODAY, language=language))


def test_choice_name_gives_the_label_in_the_interview_language() -> None:
    rows = (
        q("select_one places", "place", "Where?"),
        q("calculate", "place_label", None, calculation="jr:choice-name(${place}, '${place}')"),
    )
    iv = interview(*rows, language="fr")
    iv.answer("place", "south")
    assert iv.value("place_label") == "Sud"
    iv = interview(*rows)
    iv.answer("place", "south")
    assert iv.value("place_label") == "South"


def test_lookups_into_the_forms_own_lists() -> None:
    iv = interview(
        q("select_one places", "place", "Where?"),
        q("calculate", "capital", None, calculation="instance('places')/root/item[name = ${place}]/capital"),
        q("calculate", "big", None, calculation="count(instance('places')/root/item[population > 1000])"),
        q("calculate", "label", None, calculation="instance('places')/root/item[name = ${place}]/label"),
    )
    iv.answer("place", "south")
    assert iv.value("capital") == "Beta"
    assert iv.value("big") == 1
    assert iv.value("label") == "South"


def test_pulldata_reads_a_list_by_key() -> None:
    iv = interview(
        q("select_one places", "place", "Where?"),
        q("calculate", "people", None, calculation="pulldata('places', 'population', 'name', ${place})"),
        q("integer", "asked", "How many?", constraint=". <= ${people}"),
    )
    iv.answer("place", "north")
    assert iv.value("people") == "1200"
    assert iv.answer("asked", 1500)[0].code is ErrorCode.INTERVIEW_CONSTRAINT
    assert iv.answer("asked", 1000) == []


def test_position_and_indexed_repeat() -> None:
    iv = interview(
        q("integer", "n", "How many?"),
        q("begin_repeat", "member", "Member", repeat_count="${n}"),
        q("calculate", "number", None, calculation="position(..)"),
        q("text", "first", "First name"),
        {"type": "end_repeat"},
        q("calculate", "second", None, calculation="indexed-repeat(${first}, ${member}, 2)"),
        q("calculate", "members", None, calculation="count(${member})"),
    )
    iv.answer("n", 3)
    assert [iv.value("number", (i,)) for i in range(3)] == [1, 2, 3]
    iv.answer("first", "Amina", (0,))
    iv.answer("first", "Beatrice", (1,))
    assert iv.value("second") == "Beatrice"
    assert iv.value("members") == 3


def test_count_of_an_open_repeat_follows_added_instances() -> None:
    iv = interview(
        q("begin_repeat", "visit", "Visit"),
        q("text", "place_name", "Place"),
        {"type": "end_repeat"},
        q("calculate", "visits", None, calculation="count(${visit})"),
    )
    assert iv.value("visits") == 0
    iv.add_instance("visit")
    iv.add_instance("visit")
    assert iv.value("visits") == 2
    iv.remove_instance("visit", 0)
    assert iv.value("visits") == 1


def test_random_is_fixed_within_an_interview_and_survives_a_draft() -> None:
    rows = (
        q("text", "t", "T"),
        q("calculate", "r", None, calculation="random()"),
        q("calculate", "r2", None, calculation="once(random() + ${t})"),
    )
    iv = interview(*rows)
    first = iv.value("r")
    assert 0 <= first < 1
    iv.answer("t", "x")
    assert iv.value("r") == first  # not drawn again when other answers change
    snapshot = iv.snapshot()
    again = Interview.restore(iv.cf, StartContext(today=TODAY), snapshot)
    assert again.value("r") == first
    other = interview(*rows)
    assert other.value("r") != first  # another interview, another draw


def test_once_keeps_its_first_value_across_days() -> None:
    iv = interview(q("text", "t", "T"), q("calculate", "started", None, calculation="once(today())"))
    assert iv.value("started") == "2026-03-15"
    later = Interview.restore(iv.cf, StartContext(today=datetime.date(2026, 4, 1)), iv.snapshot())
    assert later.value("started") == "2026-03-15"


def test_lint_checks_what_lookups_read() -> None:
    data = form(
        q("select_one yes_no", "a", "A"),
        q("text", "t", "T"),
        q("calculate", "c1", None, calculation="instance('nowhere')/root/item[name = ${a}]/label"),
        q("calculate", "c2", None, calculation="instance('yes_no')/root/item[colour = 'red']/label"),
        q("calculate", "c3", None, calculation="jr:choice-name(${t}, '${t}')"),
        q("calculate", "c4", None, calculation="position(..)"),
        q("calculate", "c5", None, calculation="indexed-repeat(${t}, ${a}, 1)"),
        q("calculate", "c6", None, calculation="pulldata('yes_no', 'price', 'name', ${a})"),
    )
    assert problems(data) == [
        (ErrorCode.FORM_MISSING_CHOICE_LIST, "c1"),
        (ErrorCode.FORM_BAD_EXPRESSION, "c2"),
        (ErrorCode.FORM_BAD_EXPRESSION, "c3"),
        (ErrorCode.FORM_BAD_EXPRESSION, "c4"),
        (ErrorCode.FORM_BAD_EXPRESSION, "c5"),
        (ErrorCode.FORM_BAD_EXPRESSION, "c6"),
    ]


def test_lint_lists_every_problem_of_an_expression() -> None:
    data = form(q("text", "t", "T", relevant="foo(1) and bar(2) and ${nobody} = 1"))
    assert problems(data) == [
        (ErrorCode.FORM_BAD_EXPRESSION, "t"),
        (ErrorCode.FORM_BAD_EXPRESSION, "t"),
    ]


def test_nan_results_are_not_stored() -> None:
    iv = interview(q("integer", "a", "A"), q("calculate", "root", None, calculation="sqrt(${a})"))
    iv.answer("a", -4)
    assert iv.value("root") == ""
    iv.answer("a", 9)
    assert iv.value("root") == 3
    assert math.isnan(ev("sqrt(-1)"))
