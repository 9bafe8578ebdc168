"""The coverage table never publishes a period total that an indicator table hides."""

from __future__ import annotations

from napsurvey.forms.model import Form
from napsurvey.privacy.published import PublishedCell, PublishedTable
from napsurvey.tables.coverage import coverage_kind, coverage_table
from napsurvey.tables.periods import PeriodRange

MONTHS = {"2026-01": 40, "2026-02": 35, "2026-03": 50, "2026-04": 45, "2026-05": 30, "2026-06": 60}


def _form(*kinds: str) -> Form:
    return Form.model_validate(
        {
            "settings": {"form_id": "f", "form_title": "F", "version": "1"},
            "survey": [{"type": "select_one yn", "name": "q", "label": "Q?"}],
            "choices": {"yn": [{"name": "yes", "label": "Yes"}, {"name": "no", "label": "No"}]},
            "indicators": [{"name": f"i{n}", "label": "I", "question": "q", "period": k} for n, k in enumerate(kinds)],
        }
    )


def _indicator(hidden: dict[str, str]) -> PublishedTable:
    """An indicator table whose cells keyed by ``hidden`` (period totals or {}) are suppressed."""
    cells = [
        PublishedCell(key={"period": p} if p else {}, count=None, suppressed=True, reason="secondary")
        for p in hidden
    ]
    cells.append(PublishedCell(key={"answer": "yes"}, count=500, suppressed=False))
    return PublishedTable(indicator="i0", form_id="f", dimensions=["answer", "period"], threshold=10, cells=cells)


def _published(table: PublishedTable | None) -> dict[str, int | None]:
    assert table is not None
    return {c.key.get("period", "TOTAL"): c.count for c in table.cells}


def test_coverage_is_counted_at_the_coarsest_kind_of_the_forms_indicators() -> None:
    assert coverage_kind(_form("month", "quarter")) == "quarter"
    assert coverage_kind(_form()) == "month"
    assert _published(coverage_table(_form("quarter"), MONTHS, [], 10)) == {"2026-Q1": 125, "2026-Q2": 135, "TOTAL": 260}


def test_a_period_total_hidden_in_an_indicator_is_hidden_in_coverage_too() -> None:
    published = _published(coverage_table(_form("quarter"), MONTHS, [_indicator({"2026-Q1": "x"})], 10))
    # 125 is far above the threshold, but publishing it would reveal the indicator's hidden total.
    assert published["2026-Q1"] is None
    # ... and coverage's own protection then hides a complement, so Q1 is not total minus Q2.
    assert published["2026-Q2"] is None or published["TOTAL"] is None


def test_a_hidden_month_inside_a_quarter_hides_that_quarter() -> None:
    monthly = _indicator({"2026-05": "x"})
    published = _published(coverage_table(_form("month", "quarter"), MONTHS, [monthly], 10))
    assert published["2026-Q2"] is None


def test_a_hidden_grand_total_hides_the_coverage_total() -> None:
    published = _published(coverage_table(_form("quarter"), MONTHS, [_indicator({"": "x"})], 10))
    assert published["TOTAL"] is None


def test_other_forms_tables_do_not_affect_coverage() -> None:
    other = _indicator({"2026-Q1": "x"}).model_copy(update={"form_id": "g"})
    assert _published(coverage_table(_form("quarter"), MONTHS, [other], 10))["2026-Q1"] == 125


def test_only_periods_wholly_inside_the_span_are_counted() -> None:
    span = PeriodRange("2026-02", "2026-06")  # Q1 is only partly inside
    assert _published(coverage_table(_form("quarter"), MONTHS, [], 10, span)) == {"2026-Q2": 135, "TOTAL": 135}
    assert coverage_table(_form("quarter"), MONTHS, [], 10, PeriodRange("2026-02", "2026-03")) is None
