"""The perturbation table: a faithful instance of the ptable construction, checked row by row."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from napsurvey.privacy.ptable import (
    KEY_SPACE,
    PerturbationParameters,
    PerturbationTable,
    build_table,
    transition_probabilities,
)

#: The ptable package's documented example, create_cnt_ptable(D = 2, V = 1) (its vignette).
PACKAGE_EXAMPLE = {
    1: {-1: 0.3665, 0: 0.3665, 1: 0.1676, 2: 0.0995},
    2: {-2: 0.0638, -1: 0.2447, 0: 0.383, 1: 0.2447, 2: 0.0638},
}


def test_reproduces_the_ptable_package_example():
    parameters = PerturbationParameters(max_deviation=2, variance=1.0, blocked=0)
    for count, expected in PACKAGE_EXAMPLE.items():
        found = transition_probabilities(count, parameters)
        assert set(found) == set(expected)
        for deviation, p in expected.items():
            assert found[deviation] == pytest.approx(p, abs=6e-4)


parameters_strategy = st.builds(
    lambda d, v, js: PerturbationParameters(d, min(v, d * d - 0.5), min(js, d - 1)),
    st.integers(2, 6), st.floats(0.5, 4.0), st.integers(0, 4),
)


@settings(max_examples=25, deadline=None)
@given(parameters_strategy)
def test_every_row_keeps_the_rules(parameters):
    table = build_table(parameters)
    d, js = parameters.max_deviation, parameters.blocked
    assert table.row(0).probabilities() == {0: 1.0}  # a true zero is always published as 0
    for count in range(0, parameters.rows + 4):
        row = table.row(count)
        assert row.bounds[-1] == KEY_SPACE and list(row.bounds) == sorted(row.bounds)
        probabilities = row.probabilities()
        assert sum(probabilities.values()) == pytest.approx(1.0, abs=1e-12)
        for deviation in probabilities:
            value = count + deviation
            assert abs(deviation) <= d
            assert value >= 0
            assert not 1 <= value <= js, "a count is published as one of 1..js"
        assert abs(table.mean(count)) < 1e-6, "the noise is biased"
        if count > js and count >= d:
            assert table.variance(count) <= parameters.variance + 1e-5
        negative = sorted(dv for dv in probabilities if dv < 0)
        if 0 in probabilities:
            shares = [probabilities[dv] for dv in negative] + [probabilities[0]]
            assert all(b >= a - 1e-6 for a, b in zip(shares, shares[1:])), "probabilities fall towards 0"


def test_counts_at_or_above_ncat_share_the_last_row():
    table = build_table(PerturbationParameters(5, 2.0, 2))
    ncat = table.parameters.rows
    assert ncat == 8
    for key in (0, 1, KEY_SPACE // 3, KEY_SPACE - 1):
        assert table.deviation(ncat, key) == table.deviation(400, key) == table.deviation(10**6, key)


def test_a_blocked_count_is_never_published_as_itself():
    table = build_table(PerturbationParameters(5, 2.0, 2))
    for count in (1, 2):
        assert all(count + dv == 0 or count + dv > 2 for dv in table.row(count).probabilities())


def test_same_count_and_key_give_the_same_value_and_keys_spread_the_noise():
    table = build_table(PerturbationParameters(5, 2.0, 2))
    assert table.published(37, 123456789) == table.published(37, 123456789)
    values = {table.published(37, k) for k in range(0, KEY_SPACE, KEY_SPACE // 997)}
    assert len(values) >= 7 and all(32 <= v <= 42 for v in values)


def test_storage_round_trip_is_exact():
    table = build_table(PerturbationParameters(5, 2.0, 2))
    text = table.to_json()
    again = PerturbationTable.from_json(text)
    assert again.to_json() == text
    assert again.rows == table.rows


def test_a_tampered_table_is_refused():
    data = json.loads(build_table(PerturbationParameters(5, 2.0, 2)).to_json())
    data["rows"][1]["deviations"][0] = 0  # would publish a blocked 1 as itself
    with pytest.raises(ValueError):
        PerturbationTable.from_json(json.dumps(data))
    data = json.loads(build_table(PerturbationParameters(5, 2.0, 2)).to_json())
    data["rows"][0] = {"deviations": [0, 3], "bounds": [KEY_SPACE // 2, KEY_SPACE]}  # a zero made positive
    with pytest.raises(ValueError):
        PerturbationTable.from_json(json.dumps(data))


@pytest.mark.parametrize(("d", "v", "js"), [(0, 1.0, 0), (3, 0.0, 0), (3, 9.0, 0), (3, 1.0, 3), (3, 1.0, -1)])
def test_impossible_parameters_are_refused(d, v, js):
    with pytest.raises(ValueError):
        PerturbationParameters(d, v, js)
