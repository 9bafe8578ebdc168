"""Releases to tables: groups and ranges from tallies, stable shapes, one value per set of records."""

from __future__ import annotations

import copy

import yaml

from napsurvey.forms.model import Form
from napsurvey.privacy.cellkey import published_value, total
from napsurvey.tables.release_tables import ReleaseTallies, coverage_table, indicator_table
from tests.published_tables import TABLE, tallies
from tests.tables.conftest import FORM, release


def _form(**changes: object) -> Form:
    data = yaml.safe_load(FORM)
    data["indicators"][0].update(changes)
    return Form.model_validate(data)


def test_every_table_has_its_full_shape_with_the_declined_row() -> None:
    form = _form()
    table = indicator_table(form, form.indicators[0], [release()], TABLE)
    answers = {c.key["answer"] for c in table.cells if "answer" in c.key}
    periods = {c.key["period"] for c in table.cells if "period" in c.key}
    assert answers == {"yes", "no", "__declined__"}  # declined always, nobody declined here
    assert periods == {"2026-10", "2026-11", "2026-12"}  # December had no interview: still a period
    assert len(table.cells) == 4 * 3 * 4


def test_groups_and_declined_in_add_tallies_exactly() -> None:
    form = _form(declined_in="no")
    rel = release()
    table = indicator_table(form, form.indicators[0], [rel], TABLE)
    assert {c.key["answer"] for c in table.cells if "answer" in c.key} == {"yes", "no"}
    data = yaml.safe_load(FORM)
    data["indicators"][0]["groups"] = {"region": [{"name": "all", "label": "All", "choices": ["north", "south"]}]}
    grouped = Form.model_validate(data)
    table = indicator_table(grouped, grouped.indicators[0], [rel], TABLE)
    cell = table.cell(answer="no", region="all", period="2026-10")
    parts = [t for k, t in rel.cells["safe_by_region"].items() if k[0] == "no" and k[2] == "2026-10"]
    assert cell is not None and cell.count == published_value(TABLE, total(parts))  # the same records, one value
    assert cell.count == table.cell(answer="no", period="2026-10").count  # ... as the total over regions


def test_a_range_total_has_its_own_key_and_each_period_its_own_threshold() -> None:
    form = _form()
    q4 = release(threshold=10)
    q3 = ReleaseTallies("mini", "2026-Q3", 1, 5, {"safe_by_region": tallies({("yes", "north", "2026-08"): 7}, seed=9)})
    table = indicator_table(form, form.indicators[0], [q3, q4], TABLE)
    assert table.threshold == 10  # the strictest of the range
    august = table.cell(answer="yes", region="north", period="2026-08")
    assert august is not None  # 7 at threshold 5: it may show; a total over the range never below 10
    grand = table.cell()
    everything = total([*q3.cells["safe_by_region"].values(), *q4.cells["safe_by_region"].values()])
    assert grand is not None and grand.count == published_value(TABLE, everything)


def test_coverage_counts_interviews_per_released_period() -> None:
    form = _form()
    table = coverage_table(form, [release()], TABLE)
    assert table.dimensions == ["period"] and table.cell(period="2026-Q4") is not None
    assert all(c.count is not None and abs(c.count - 208) <= 5 for c in table.cells)


def test_cells_of_another_shape_are_left_out() -> None:
    form = _form()
    rel = copy.deepcopy(release())
    rel.cells["safe_by_region"][("yes", "2026-10")] = next(iter(rel.cells["safe_by_region"].values()))
    table = indicator_table(form, form.indicators[0], [rel], TABLE)
    assert table.cell() == indicator_table(form, form.indicators[0], [release()], TABLE).cell()
