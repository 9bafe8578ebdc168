"""Assembling imported counts into protected tables."""

from __future__ import annotations

import pytest

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.model import Form, Indicator
from napsurvey.privacy.joint_attacker import jointly_narrow as joint_narrow
from napsurvey.tables.assemble import SourceCell, Thresholds, assemble, protect_indicator
from napsurvey.tables.labels import label_table
from napsurvey.tables.periods import dhis2_period, parse_period_range
from tests.tables.conftest import cells


def test_sums_over_devices_and_bundles_and_publishes_margins(form: Form) -> None:
    published = assemble(cells(), {"mini": form}, Thresholds())
    table = published.tables[0]
    assert table.dimensions == ["answer", "region", "period"]
    true: dict[tuple[str, ...], int] = {}
    for c in cells():
        if c.indicator == "safe_by_region":
            true[c.key] = true.get(c.key, 0) + c.count
    dims = table.dimensions
    published = [c for c in table.cells if not c.suppressed]
    assert len(published) >= 10
    for c in published:  # every published cell, detail or margin, is the true sum over devices
        expected = sum(n for k, n in true.items() if all(k[dims.index(d)] == v for d, v in c.key.items()))
        assert c.count == expected
    assert table.cell().count == 3 + 40 + 50 + 60 + 30 + 25  # type: ignore[union-attr]
    # an option nobody chose in a month is a published zero from the choice list domain
    assert table.cell(answer="yes", region="south", period="2026-11") is not None


def test_small_cell_is_suppressed_and_no_published_count_is_below_threshold(form: Form) -> None:
    table = assemble(cells(), {"mini": form}, Thresholds(normal=10)).tables[0]
    small = table.cell(answer="yes", region="north", period="2026-10")
    assert small is not None and small.suppressed and small.count is None
    assert all(c.count is None or c.count == 0 or c.count >= 10 for c in table.cells)
    assert table.suppressed_count >= 2  # complementary suppression protects it


def test_high_forms_use_the_high_threshold(form: Form) -> None:
    high = form.model_copy(update={"settings": form.settings.model_copy(update={"sensitivity": "high"})})
    table = assemble(cells(), {"mini": high}, Thresholds(normal=10, high=30)).tables[0]
    assert table.threshold == 30
    assert table.cell(answer="no", region="south", period="2026-11").suppressed  # 25 < 30


def test_threshold_under_minimum_is_refused(form: Form) -> None:
    with pytest.raises(NapError) as info:
        assemble(cells(), {"mini": form}, Thresholds(normal=3))
    assert info.value.code is ErrorCode.PRIVACY_THRESHOLD


def test_quasi_place_is_labelled_from_the_admin_level_list(form: Form) -> None:
    table = assemble(cells(), {"mini": form}, Thresholds()).tables[1]
    labels = label_table(table, form, "fr")
    assert labels.value("district", "north") == "Nord"
    assert labels.value("answer", "__declined__") == "Refus de répondre"
    assert labels.value("answer", None) == "Total"
    assert [c.key.get("district") for c in table.cells if set(c.key) == {"district"}] == ["north", "south"]


def test_period_filter_keeps_whole_periods_only(form: Form) -> None:
    span = parse_period_range("2026-11..2026-11")
    published = assemble(cells(), {"mini": form}, Thresholds(), period=span)
    assert [t.indicator for t in published.tables] == ["safe_by_region"]  # the quarter is only partly inside
    assert {c.key.get("period") for c in published.tables[0].cells} == {"2026-11", None}


def test_form_filter_and_no_data(form: Form) -> None:
    with pytest.raises(NapError) as info:
        assemble(cells(), {"mini": form}, Thresholds(), form_id="other")
    assert info.value.code is ErrorCode.VAULT_FORM_NOT_INSTALLED
    with pytest.raises(NapError) as info:
        assemble([], {"mini": form}, Thresholds())
    assert info.value.code is ErrorCode.TABLES_NO_DATA


def test_cells_of_another_shape_are_left_out(form: Form) -> None:
    odd = [SourceCell("mini", "safe_by_region", "quarter", ("yes", "north", "2026-Q4"), 99),
           SourceCell("mini", "safe_by_region", "month", ("yes", "2026-10"), 99)]
    table = assemble(cells() + odd, {"mini": form}, Thresholds()).tables[0]
    assert table.cell().count == 208  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["2026-13..2026-14", "2026-05..2026-01", "last year", "2026-1..2026-02"])
def test_bad_period_ranges_are_refused(text: str) -> None:
    with pytest.raises(NapError) as info:
        parse_period_range(text)
    assert info.value.code is ErrorCode.TABLES_PERIOD


def test_dhis2_periods() -> None:
    assert [dhis2_period(p) for p in ("2026-11", "2026-Q4", "2026")] == ["202611", "2026Q4", "2026"]


# -- linked indicators: the same question counted with different disaggregations -----------------

LINKED_INDICATORS = [
    {"name": "safe_by_region", "label": {"en": "Safe by region"}, "question": "safe", "by": ["region"],
     "period": "month"},
    {"name": "safe_overall", "label": {"en": "Safe"}, "question": "safe", "by": [], "period": "month"},
    {"name": "region_by_region", "label": {"en": "Region"}, "question": "region", "by": ["region"],
     "period": "month"},
]


def _linked_cells() -> list[SourceCell]:
    by_region = {("yes", "north", "2026-10"): 30, ("yes", "north", "2026-11"): 9, ("yes", "south", "2026-10"): 40,
                 ("yes", "south", "2026-11"): 3, ("no", "north", "2026-10"): 3, ("no", "north", "2026-11"): 3,
                 ("no", "south", "2026-10"): 3, ("no", "south", "2026-11"): 25}
    out = [SourceCell("mini", "safe_by_region", "month", k, n) for k, n in by_region.items()]
    overall: dict[tuple[str, ...], int] = {}
    for (answer, _region, period), n in by_region.items():
        overall[(answer, period)] = overall.get((answer, period), 0) + n
    out += [SourceCell("mini", "safe_overall", "month", k, n) for k, n in overall.items()]
    out += [SourceCell("mini", "region_by_region", "month", (r, r, p), 50) for r in ("north", "south")
            for p in ("2026-10", "2026-11")]
    return out


def test_tables_of_one_question_hide_their_shared_cells_together(form: Form) -> None:
    linked = form.model_copy(update={"indicators": [Indicator.model_validate(i) for i in LINKED_INDICATORS]})
    alone = [protect_indicator(linked, ind, c, 10) for ind, c in
             ((linked.indicators[0], _key_counts("safe_by_region")), (linked.indicators[1], _key_counts("safe_overall")))]
    # protected one by one, the overall table publishes the "yes" total the detailed table hides
    hidden = alone[0].cell(answer="yes")
    shown = alone[1].cell(answer="yes")
    assert hidden is not None and hidden.suppressed and shown is not None and shown.count == 82
    by_region, overall, other = assemble(_linked_cells(), {"mini": linked}, Thresholds()).tables
    for cell in overall.cells:
        twin = by_region.cell(**cell.key)
        assert twin is not None and twin.suppressed == cell.suppressed and twin.count == cell.count
    assert overall.cell(answer="yes").suppressed  # type: ignore[union-attr]
    assert not joint_narrow([by_region, overall])
    # a different question is a different population: not linked, protected exactly as alone
    assert other == protect_indicator(linked, linked.indicators[2], _key_counts("region_by_region"), 10)


def _key_counts(indicator: str) -> dict[tuple[str, ...], int]:
    return {c.key: c.count for c in _linked_cells() if c.indicator == indicator}
