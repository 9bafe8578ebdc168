"""The expression language: parsing, XPath semantics, coded errors, fuzzing."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.expressions import KNOWN_FUNCTIONS, Expr, parse


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
        return datetime.date(2026, 3, 15)


def ev(source: str, current: Any = "", **values: Any) -> Any:
    return parse(source).evaluate(Env(values, current))


@pytest.mark.parametrize(
    ("source", "values", "expected"),
    [
        ("${age} >= 18 and selected(${q}, 'yes')", {"age": "20", "q": ["yes", "no"]}, True),
        ("${age} >= 18", {"age": ""}, False),  # unanswered is NaN: no comparison holds
        ("${age} < 18", {"age": ""}, False),
        ("selected(${q}, 'b')", {"q": "a b c"}, True),  # space-separated select_multiple
        ("count-selected(${q})", {"q": ["a", "b"]}, 2),
        ("selected-at(${q}, 1)", {"q": "a b"}, "b"),
        ("1 + 2 * 3 - 4 div 2", {}, 5),
        ("7 mod 3", {}, 1),
        ("-${x}", {"x": 4}, -4),
        ("if(${x} > 3, 'big', 'small')", {"x": 4}, "big"),
        ("coalesce(${a}, ${b}, 'none')", {"b": "x"}, "x"),
        ("concat('a', ${n}, 'c')", {"n": 2.0}, "a2c"),
        ("string-length(${t})", {"t": "hello"}, 5),
        ("regex(${t}, '^[0-9]{3}$')", {"t": "123"}, True),
        ("int(-2.7) + round(2.5) + round(1.234, 2)", {}, -2 + 3 + 1.23),
        ("min(3, ${r}) + max(1, 2)", {"r": [5, 2]}, 4),
        ("sum(${r}) + count(${r})", {"r": [1, 2, ""]}, 6),
        ("today() > ${d}", {"d": "2026-01-01"}, True),
        ("${d} < '2025-12-31'", {"d": "2026-01-01"}, False),
        ("${d} = date('2026-01-01')", {"d": "2026-01-01"}, True),
        ("format-date(${d}, '%d %b %Y')", {"d": "2026-01-05"}, "05 Jan 2026"),
        ("decimal-date-time('1970-01-11')", {}, 10.0),
        ("contains('peace', 'ea') and starts-with('peace', 'pe') and ends-with('peace', 'ce')", {}, True),
        ("substr('abcdef', 1, 3)", {}, "bc"),
        ("not(${x} = 'a') or false()", {"x": "a"}, False),
        ("boolean('') = false() and true()", {}, True),
        ("number('x') != number('x')", {}, True),
        ("1 div 0 > 1000", {}, True),
        ("${a} = 5", {"a": "5"}, True),
        ("'5' = '5.0'", {}, False),
    ],
)
def test_semantics(source: str, values: dict[str, Any], expected: Any) -> None:
    assert ev(source, **values) == expected


def test_current_value_and_flags() -> None:
    expr = parse(". >= 15 and . <= 110")
    assert expr.uses_current and not expr.uses_today and expr.references == frozenset()
    assert expr.truthy(Env(current=20)) and not expr.truthy(Env(current=7))
    today = parse("${d} < today()")
    assert today.uses_today and today.references == {"d"}
    assert parse("district = ${region}").columns == {"district"}


def test_parse_is_cached_and_immutable() -> None:
    assert parse("${a} + 1") is parse("${a} + 1")
    with pytest.raises(AttributeError):
        parse("1").source = "2"  # type: ignore[misc]


def test_long_sums_do_not_hit_recursion_limits() -> None:
    source = " + ".join(f"${{q{i}}}" for i in range(400))
    assert ev(source, **{f"q{i}": 1 for i in range(400)}) == 400


@pytest.mark.parametrize(
    ("source", "code"),
    [
        ("1 +", ErrorCode.EXPR_SYNTAX),
        ("(1", ErrorCode.EXPR_SYNTAX),
        ("'open", ErrorCode.EXPR_SYNTAX),
        ("${}", ErrorCode.EXPR_SYNTAX),
        ("1 2", ErrorCode.EXPR_SYNTAX),
        ("", ErrorCode.EXPR_SYNTAX),
        ("/data/x", ErrorCode.EXPR_SYNTAX),
        ("../x", ErrorCode.EXPR_SYNTAX),
        ("regex(., '(')", ErrorCode.EXPR_SYNTAX),
        ("__import__('os')", ErrorCode.EXPR_UNKNOWN_FUNCTION),
        ("jr:choice-name(${a}, ${a})", ErrorCode.EXPR_SYNTAX),  # the question is named in quotes
        ("digest(${a}, 'SHA-256')", ErrorCode.EXPR_REFUSED_FUNCTION),
        ("selected(${a})", ErrorCode.EXPR_ARITY),
        ("if(1, 2)", ErrorCode.EXPR_ARITY),
        ("(" * 70 + "1" + ")" * 70, ErrorCode.EXPR_TOO_COMPLEX),
        ("1" + " + 1" * 1500, ErrorCode.EXPR_TOO_COMPLEX),
    ],
)
def test_errors_are_coded(source: str, code: ErrorCode) -> None:
    with pytest.raises(NapError) as exc:
        parse(source)
    assert exc.value.code is code


def test_known_functions_cover_the_required_set() -> None:
    required = {
        "selected", "count-selected", "selected-at", "string-length", "regex", "if", "coalesce", "today", "now",
        "int", "number", "string", "concat", "round", "min", "max", "sum", "count", "boolean", "true", "false",
        "contains", "starts-with", "ends-with", "substr", "date", "format-date", "decimal-date-time", "not",
    }  # fmt: skip
    assert required <= KNOWN_FUNCTIONS


TOKENS = [
    "${a}", "${b}", ".", "'x'", '"2026-01-01"', "1", "2.5", "0", "and", "or", "div", "mod", "=", "!=", "<", "<=",
    ">", ">=", "+", "-", "*", "(", ")", ",", "district", *[f"{f}(" for f in sorted(KNOWN_FUNCTIONS)],
]  # fmt: skip


def _parse_or_coded(source: str) -> Expr | None:
    try:
        return parse(source)
    except NapError as exc:
        assert exc.code.name.startswith("EXPR_")
        return None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_fuzz_random_text(source: str) -> None:
    _parse_or_coded(source)


VALUES = st.one_of(
    st.text(max_size=8),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    st.lists(st.text(max_size=4), max_size=3),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=25), VALUES, VALUES, VALUES)
def test_fuzz_token_sequences_parse_or_code_and_evaluation_never_raises(tokens: list[str], a: Any, b: Any, cur: Any) -> None:
    expr = _parse_or_coded(" ".join(tokens))
    if expr is not None:
        env = Env({"a": a, "b": b}, cur)
        expr.evaluate(env)
        assert isinstance(expr.truthy(env), bool)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(KNOWN_FUNCTIONS)), st.lists(VALUES, max_size=3))
def test_fuzz_functions_on_random_values_never_raise(name: str, args: list[Any]) -> None:
    names = [f"${{v{i}}}" for i in range(len(args))]
    expr = _parse_or_coded(f"{name}({', '.join(names)})")
    if expr is not None:
        value = expr.evaluate(Env({f"v{i}": v for i, v in enumerate(args)}, args[0] if args else ""))
        assert value is not None
