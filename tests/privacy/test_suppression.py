"""Hand-made tables a reviewer can check on paper."""

from __future__ import annotations

import json

import numpy as np
import pytest
from pydantic import ValidationError
from test_attacker_reference import reference_intervals

from napsurvey.errors import ErrorCode, NapError
from napsurvey.privacy.published import PublishedCell, PublishedSet, PublishedTable
from napsurvey.privacy.suppression import _enforce, _full_grid, protect, resolve_threshold


def _assert_safe(table: PublishedTable) -> None:
    for cell in table.cells:
        if cell.suppressed:
            assert cell.count is None
        else:
            assert cell.count is not None
            assert cell.count == 0 or cell.count >= table.threshold
    for key, (low, high) in reference_intervals(table).items():
        assert high - low >= table.threshold - 1e-6, (dict(key), low, high)


def _suppressed_details(table: PublishedTable) -> list[dict[str, str]]:
    return [c.key for c in table.cells if c.suppressed and len(c.key) == len(table.dimensions)]


# -- thresholds -------------------------------------------------------------------------


def test_threshold_defaults_follow_form_sensitivity() -> None:
    assert resolve_threshold(None, high=False) == 10
    assert resolve_threshold(None, high=True) == 20
    assert resolve_threshold(7, high=False) == 7


@pytest.mark.parametrize("value", [0, 3, 4, -10])
def test_threshold_below_five_is_refused(value: int) -> None:
    with pytest.raises(NapError) as caught:
        resolve_threshold(value, high=False)
    assert caught.value.code is ErrorCode.PRIVACY_THRESHOLD


def test_protect_refuses_a_threshold_below_five() -> None:
    with pytest.raises(NapError) as caught:
        protect("i", "f", ["a"], {("x",): 3}, 4)
    assert caught.value.code is ErrorCode.PRIVACY_THRESHOLD


# -- the classic cases ------------------------------------------------------------------------


def test_classic_two_by_two_needs_three_complements() -> None:
    counts = {("1", "1"): 3, ("1", "2"): 20, ("2", "1"): 20, ("2", "2"): 20}
    table = protect("i", "f", ["a", "b"], counts, 10)
    reasons = {tuple(sorted(c.key.items())): c.reason for c in table.cells if c.suppressed}
    assert list(reasons.values()).count("primary") == 1
    assert list(reasons.values()).count("secondary") == 3
    assert len(_suppressed_details(table)) == 4
    # every margin stays visible
    assert table.cell(a="1").count == 23  # type: ignore[union-attr]
    assert table.cell(b="2").count == 40  # type: ignore[union-attr]
    assert table.cell().count == 63  # type: ignore[union-attr]
    _assert_safe(table)


def test_small_cell_in_a_row_with_its_total_takes_the_smallest_partner() -> None:
    table = protect("i", "f", ["answer"], {("yes",): 3, ("no",): 20, ("dk",): 30}, 10)
    assert sorted(c.key["answer"] for c in table.cells if c.suppressed) == ["no", "yes"]
    assert table.cell().count == 53  # type: ignore[union-attr]
    assert table.cell(answer="dk").count == 30  # type: ignore[union-attr]
    _assert_safe(table)


def test_a_complement_too_small_to_hide_the_cell_is_not_enough() -> None:
    # 3 + 5 = 8 < 10: hiding "no" with "yes" would leave an interval of 8.
    table = protect("i", "f", ["answer"], {("yes",): 3, ("no",): 5, ("dk",): 30}, 10)
    _assert_safe(table)
    assert table.cell(answer="yes").suppressed and table.cell(answer="no").suppressed  # type: ignore[union-attr]


def test_small_totals_are_suppressed_and_protected() -> None:
    counts = {("d1", "yes"): 2, ("d1", "no"): 3, ("d2", "yes"): 25, ("d2", "no"): 30,
              ("d3", "yes"): 14, ("d3", "no"): 40}
    table = protect("i", "f", ["district", "answer"], counts, 10)
    total_d1 = table.cell(district="d1")
    assert total_d1 is not None and total_d1.suppressed and total_d1.reason == "primary"
    _assert_safe(table)


def test_everything_small_suppresses_everything() -> None:
    counts = {("a", "x"): 1, ("a", "y"): 2, ("b", "x"): 1, ("b", "y"): 3}
    table = protect("i", "f", ["p", "q"], counts, 10)
    assert all(c.suppressed and c.count is None for c in table.cells)
    assert len(table.cells) == 9
    assert reference_intervals(table)[frozenset()][1] == float("inf")


def test_one_box_covers_two_small_cells() -> None:
    counts = {(r, c): 20 for r in "123" for c in "123"}
    counts[("1", "1")] = 3
    counts[("2", "2")] = 4
    table = protect("i", "f", ["r", "c"], counts, 10)
    assert len(_suppressed_details(table)) == 4  # not 8: the second box is already paid for
    _assert_safe(table)


def test_true_zeros_are_published_and_missing_combinations_are_zero_cells() -> None:
    counts = {("d1", "yes"): 40, ("d1", "no"): 0, ("d2", "yes"): 50}
    table = protect("i", "f", ["district", "answer"], counts, 10,
                    domains={"district": ["d1", "d2"], "answer": ["yes", "no"]})
    for district in ("d1", "d2"):
        cell = table.cell(district=district, answer="no")
        assert cell is not None and not cell.suppressed and cell.count == 0
    assert table.cell(answer="no").count == 0  # type: ignore[union-attr]
    assert not any(c.suppressed for c in table.cells)
    _assert_safe(table)


def test_values_outside_the_declared_domain_are_still_counted() -> None:
    table = protect("i", "f", ["answer"], {("yes",): 12, ("other",): 15}, 10, domains={"answer": ["yes", "no"]})
    assert [c.key.get("answer") for c in table.cells] == ["yes", "no", "other", None]
    assert table.cell().count == 27  # type: ignore[union-attr]


def test_a_period_dimension_is_protected_across_periods() -> None:
    counts = {}
    for answer in ("yes", "no"):
        for district in ("d1", "d2", "d3"):
            for period in ("2026-01", "2026-02", "2026-03"):
                counts[(answer, district, period)] = 15
    counts[("yes", "d2", "2026-02")] = 2
    table = protect("i", "f", ["answer", "district", "period"], counts, 10)
    assert table.cell(answer="yes", district="d2", period="2026-02").reason == "primary"  # type: ignore[union-attr]
    assert len(_suppressed_details(table)) == 8  # a 2x2x2 box, totals intact
    assert not any(c.suppressed for c in table.cells if len(c.key) < 3)
    _assert_safe(table)


@pytest.mark.parametrize("bad", [{("x",): -1}, {("x", "y"): 3}])
def test_malformed_counts_are_refused(bad: dict[tuple[str, ...], int]) -> None:
    with pytest.raises(ValueError):
        protect("i", "f", ["a"], bad, 10)


# -- verification and fallbacks ------------------------------------------------------------------


def test_verification_widens_a_pattern_that_leaks() -> None:
    # Only the primary cell hidden: the attacker pins it from the margins.
    grid = _full_grid([["1", "2"], ["1", "2"]], {("1", "1"): 3, ("1", "2"): 20, ("2", "1"): 20, ("2", "2"): 20})
    leaky = np.zeros(grid.shape, dtype=bool)
    leaky[0, 0] = True
    fixed = _enforce(grid, leaky, 10)
    assert fixed[0, 0] and fixed.sum() > 1
    hidden = [(int(a), int(b)) for a, b in np.argwhere(fixed)]
    from napsurvey.privacy.attacker import grid_intervals

    seen = np.where(fixed, np.nan, grid.astype(float))
    found = grid_intervals(seen, hidden, required_width=None)
    assert all(high - low >= 10 for low, high in found.values())


def test_when_widening_is_not_allowed_the_whole_table_is_withheld(monkeypatch: pytest.MonkeyPatch) -> None:
    import napsurvey.privacy.suppression as suppression

    monkeypatch.setattr(suppression, "_SLICE_ROUNDS", 0)
    grid = _full_grid([["1", "2"], ["1", "2"]], {("1", "1"): 3, ("1", "2"): 20, ("2", "1"): 20, ("2", "2"): 20})
    leaky = np.zeros(grid.shape, dtype=bool)
    leaky[0, 0] = True
    assert _enforce(grid, leaky, 10).all()


# -- the published shape ---------------------------------------------------------------------------


def test_suppressed_cell_never_carries_a_count() -> None:
    with pytest.raises(ValidationError):
        PublishedCell(key={}, count=0, suppressed=True, reason="primary")
    with pytest.raises(ValidationError):
        PublishedCell(key={}, count=None, suppressed=False)


def test_percentages_use_published_counts_only() -> None:
    counts = {("d1", "yes"): 3, ("d1", "no"): 40, ("d2", "yes"): 30, ("d2", "no"): 30}
    table = protect("i", "f", ["district", "answer"], counts, 10)
    assert table.percentage({"district": "d1", "answer": "yes"}, {"district": "d1"}) is None
    assert table.percentage({"district": "d2", "answer": "yes"}, {"district": "d2"}) in (None, 50.0)
    assert table.percentage({"answer": "no"}, {}) == pytest.approx(100 * 70 / 103)
    assert table.percentage({"district": "d9"}, {}) is None
    zero = protect("i", "f", ["a"], {("x",): 0}, 10)
    assert zero.percentage({"a": "x"}, {}) is None  # nothing to divide by


def test_published_set_json_has_the_documented_shape() -> None:
    table = protect("feels_safe_by_district", "community_safety", ["answer", "district"],
                    {("yes", "d1"): 3, ("yes", "d2"): 30, ("no", "d1"): 30, ("no", "d2"): 30}, 10)
    data = json.loads(PublishedSet(threshold=10, tables=[table]).model_dump_json())
    assert data["threshold"] == 10
    first = data["tables"][0]
    assert (first["indicator"], first["form_id"], first["dimensions"]) == (
        "feels_safe_by_district", "community_safety", ["answer", "district"])
    hidden = [c for c in first["cells"] if c["suppressed"]]
    assert hidden and all(c["count"] is None for c in hidden)
    assert {"key": {}, "count": 93, "suppressed": False} in first["cells"]
    # Why a cell is suppressed never leaves: "primary" alone would say it is under the threshold.
    assert all("reason" not in c for c in first["cells"])
    assert PublishedSet.model_validate(data).tables[0].cell().count == 93  # type: ignore[union-attr]
