"""Number functions: rounding, aggregates over repeats, powers, logarithms, trigonometry."""

from __future__ import annotations

import math
from collections.abc import Callable

from .env import Env
from .function_spec import Function, Impl, flatten, fn, number_result
from .values import NAN, Value, to_boolean, to_number, to_string


def _int(env: Env, a: list[Value]) -> Value:
    number = to_number(a[0])
    if math.isnan(number) or math.isinf(number):
        return number
    return int(number)  # truncates toward zero, as ODK does


def _round(env: Env, a: list[Value]) -> Value:
    number = to_number(a[0])
    places = 0 if len(a) < 2 else to_number(a[1])
    if math.isnan(number) or math.isinf(number) or math.isnan(places) or abs(places) > 15:
        return number
    factor = 10.0 ** int(places)
    # half away from zero, as ODK does
    rounded = math.floor(abs(number) * factor + 0.5) / factor
    return number_result(math.copysign(rounded, number))


def _min_max(pick: Callable[[list[float]], float]) -> Impl:
    def impl(env: Env, a: list[Value]) -> Value:
        numbers = [to_number(v) for v in flatten(a)]
        if not numbers or any(math.isnan(n) for n in numbers):
            return NAN
        return number_result(pick(numbers))

    return impl


def _sum(env: Env, a: list[Value]) -> Value:
    # unanswered instances count as nothing (XPath would make the whole sum NaN)
    return number_result(math.fsum(to_number(v) for v in flatten(a) if v != ""))


def _count(env: Env, a: list[Value]) -> Value:
    value = a[0]
    if isinstance(value, list):
        return len(value)
    return 0 if to_string(value) == "" else 1


def _count_non_empty(env: Env, a: list[Value]) -> Value:
    return sum(1 for v in flatten(a) if to_string(v) != "")


def _checklist(env: Env, a: list[Value]) -> Value:
    """ODK checklist(min, max, v...): the number of true values is within [min, max] (-1: no bound)."""
    low, high = to_number(a[0]), to_number(a[1])
    count = sum(1 for v in flatten(a[2:]) if to_boolean(v))
    return (low < 0 or count >= low) and (high < 0 or count <= high)


def _weighted_checklist(env: Env, a: list[Value]) -> Value:
    """ODK weighted-checklist(min, max, v1, w1, v2, w2...): the weights of true values add up within bounds."""
    low, high = to_number(a[0]), to_number(a[1])
    rest = a[2:]
    total = math.fsum(to_number(w) for v, w in zip(rest[0::2], rest[1::2]) if to_boolean(v))
    return (low < 0 or total >= low) and (high < 0 or total <= high)


def unary(function: Callable[[float], float], *, keep_infinite: bool = False) -> Impl:
    """A one-argument number function: NaN where it is not defined, Infinity past the largest float."""

    def impl(env: Env, a: list[Value]) -> Value:
        number = to_number(a[0])
        if math.isnan(number) or (keep_infinite and math.isinf(number)):
            return number
        try:
            return number_result(function(number))
        except OverflowError:
            return math.inf
        except ValueError:
            return NAN

    return impl


def _binary(function: Callable[[float, float], float]) -> Impl:
    def impl(env: Env, a: list[Value]) -> Value:
        try:
            return number_result(function(to_number(a[0]), to_number(a[1])))
        except OverflowError:
            return math.inf
        except (ValueError, ZeroDivisionError):
            return NAN

    return impl


def _exp10(number: float) -> float:
    return math.pow(10.0, number)


FUNCTIONS: dict[str, Function] = {
    "int": fn(1, 1, _int),
    "number": fn(1, 1, lambda e, a: to_number(a[0])),
    "round": fn(1, 2, _round),
    "floor": fn(1, 1, unary(math.floor, keep_infinite=True)),
    "ceiling": fn(1, 1, unary(math.ceil, keep_infinite=True)),
    "abs": fn(1, 1, unary(abs, keep_infinite=True)),
    "min": fn(1, None, _min_max(min)),
    "max": fn(1, None, _min_max(max)),
    "sum": fn(1, 1, _sum),
    "count": fn(1, 1, _count),
    "count-non-empty": fn(1, 1, _count_non_empty),
    "checklist": fn(2, None, _checklist),
    "weighted-checklist": fn(2, None, _weighted_checklist),
    "pow": fn(2, 2, _binary(math.pow)),
    "sqrt": fn(1, 1, unary(math.sqrt)),
    "exp": fn(1, 1, unary(math.exp)),
    "exp10": fn(1, 1, unary(_exp10)),
    "log": fn(1, 1, unary(math.log)),
    "log10": fn(1, 1, unary(math.log10)),
    "sin": fn(1, 1, unary(math.sin)),
    "cos": fn(1, 1, unary(math.cos)),
    "tan": fn(1, 1, unary(math.tan)),
    "asin": fn(1, 1, unary(math.asin)),
    "acos": fn(1, 1, unary(math.acos)),
    "atan": fn(1, 1, unary(math.atan)),
    "atan2": fn(2, 2, _binary(math.atan2)),
    "pi": fn(0, 0, lambda e, a: math.pi),
}
