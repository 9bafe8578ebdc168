"""Counting rules: multi-select, declined, irrelevant, disaggregations, periods, denominators."""

from __future__ import annotations

import json
import sqlite3

import pytest

from napsurvey.bundle.aggregate import add_outcomes, aggregate, period_of
from napsurvey.forms.model import Form

FORM = Form.model_validate({
    "settings": {"form_id": "cs", "form_title": "x", "version": "1"},
    "survey": [{"type": "select_multiple svc", "name": "svc"}, {"type": "select_one d", "name": "d"},
               {"type": "select_one yn", "name": "safe"}],
    "choices": {"svc": [{"name": "a"}, {"name": "b"}], "d": [{"name": "n"}, {"name": "s"}],
                "yn": [{"name": "yes"}, {"name": "no"}]},
    "indicators": [
        {"name": "svc_by_d", "label": "L", "question": "svc", "by": ["d"], "period": "quarter"},
        {"name": "safe_year", "label": "L", "question": "safe", "period": "year"},
    ],
})


@pytest.fixture
def conn() -> sqlite3.Connection:
    c = sqlite3.connect(":memory:")
    c.execute("CREATE TABLE records(id INTEGER PRIMARY KEY, form_id, form_version, month, data, bundle_id, "
              "record_key INTEGER)")
    return c


def _add(conn: sqlite3.Connection, month: str, data: dict[str, object], form_id: str = "cs", key: int = 0) -> None:
    conn.execute("INSERT INTO records(form_id, form_version, month, data, record_key) VALUES (?, '1', ?, ?, ?)",
                 (form_id, month, json.dumps(data), key))


def _waiting(conn: sqlite3.Connection) -> sqlite3.Cursor:
    return conn.execute("SELECT form_id, form_version, month, data, record_key FROM records WHERE bundle_id IS NULL")


def _cells(conn: sqlite3.Connection) -> dict[str, dict[tuple[str, ...], int]]:
    tables = aggregate(_waiting(conn), lambda f, v: FORM if f == "cs" else None)
    return {t.indicator: {tuple(c.key): c.count for c in t.cells} for t in tables.aggregates}


def test_multi_select_counts_each_option(conn: sqlite3.Connection) -> None:
    _add(conn, "2026-11", {"svc": ["a", "b"], "d": "n"})
    _add(conn, "2026-10", {"svc": ["a"], "d": "n"})
    assert _cells(conn)["svc_by_d"] == {("a", "n", "2026-Q4"): 2, ("b", "n", "2026-Q4"): 1}


def test_declined_is_a_category_and_irrelevant_is_not_counted(conn: sqlite3.Connection) -> None:
    _add(conn, "2026-11", {"svc": "__declined__", "d": "s", "safe": "__declined__"})
    _add(conn, "2026-11", {"d": "s"})  # neither question asked
    _add(conn, "2026-11", {"svc": [], "safe": "yes"})  # asked, nothing selected
    cells = _cells(conn)
    assert cells["svc_by_d"] == {("__declined__", "s", "2026-Q4"): 1}
    assert cells["safe_year"] == {("__declined__", "2026"): 1, ("yes", "2026"): 1}


def test_missing_disaggregation_is_absent_category(conn: sqlite3.Connection) -> None:
    _add(conn, "2026-01", {"svc": ["b"]})
    assert _cells(conn)["svc_by_d"] == {("b", "__absent__", "2026-Q1"): 1}


def test_denominators_and_other_forms(conn: sqlite3.Connection) -> None:
    _add(conn, "2026-11", {"safe": "no"})
    _add(conn, "2026-11", {"safe": "no"})
    _add(conn, "2026-12", {})
    _add(conn, "2026-12", {"x": 1}, form_id="unknown_form")
    tables = aggregate(_waiting(conn), lambda f, v: FORM if f == "cs" else None)
    dens = {(d.form_id, d.period): d.interviews for d in tables.denominators}
    assert dens == {("cs", "2026-11"): 2, ("cs", "2026-12"): 1, ("unknown_form", "2026-12"): 1}
    with_outcomes = add_outcomes(tables, [("cs", "1", "2026-11", "refused", 3), ("cs", "1", "2027-01", "ended_child", 1)])
    by = {(d.form_id, d.period): (d.interviews, d.refused, d.ended_child) for d in with_outcomes.denominators}
    assert by[("cs", "2026-11")] == (2, 3, 0) and by[("cs", "2027-01")] == (0, 0, 1)


def test_every_count_carries_its_records_key_sum(conn: sqlite3.Connection) -> None:
    # a select_multiple answer adds its record's key once per option, as it adds 1 to the count
    _add(conn, "2026-11", {"svc": ["a", "b"], "d": "n", "safe": "yes"}, key=2**32 - 1)
    _add(conn, "2026-10", {"svc": ["a"], "d": "n", "safe": "yes"}, key=5)
    tables = aggregate(_waiting(conn), lambda f, v: FORM if f == "cs" else None)
    sums = {(t.indicator, tuple(c.key)): (c.count, c.key_sum) for t in tables.aggregates for c in t.cells}
    assert sums[("svc_by_d", ("a", "n", "2026-Q4"))] == (2, 4)  # (2**32 - 1 + 5) mod 2**32
    assert sums[("svc_by_d", ("b", "n", "2026-Q4"))] == (1, 2**32 - 1)
    assert sums[("safe_year", ("yes", "2026"))] == (2, 4)
    dens = {d.period: (d.interviews, d.key_sum) for d in tables.denominators}
    assert dens == {"2026-11": (1, 2**32 - 1), "2026-10": (1, 5)}


def test_selection_excludes_exported(conn: sqlite3.Connection) -> None:
    _add(conn, "2026-11", {"safe": "yes"})
    conn.execute("UPDATE records SET bundle_id = 'x'")
    _add(conn, "2026-11", {"safe": "no"})
    assert _cells(conn)["safe_year"] == {("no", "2026"): 1}


@pytest.mark.parametrize("month,kind,expected", [("2026-01", "quarter", "2026-Q1"), ("2026-03", "quarter", "2026-Q1"),
                                                 ("2026-04", "quarter", "2026-Q2"), ("2026-12", "quarter", "2026-Q4"),
                                                 ("2026-12", "year", "2026"), ("2026-12", "month", "2026-12")])
def test_periods(month: str, kind: str, expected: str) -> None:
    assert period_of(month, kind) == expected
