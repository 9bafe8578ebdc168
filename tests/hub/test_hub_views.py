"""What the hub shows of its members: who sent what, the newest editions, and what is missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from napsurvey.errors import ErrorCode, NapError
from napsurvey.services import hub_import, hub_views
from napsurvey.tables.member_coverage import PeriodGap, period_gaps, period_span
from tests.bundle.homes import TODAY, make_session
from tests.hub.upward_craft import HubWorld, approve_member, release, upward_bytes


def _import(world: HubWorld, data: bytes, name: str) -> None:
    path = world.root / name
    path.write_bytes(data)
    report = hub_import.import_member_bundles(world.hub, [path], today=TODAY)
    assert report.ok, report.outcomes


def test_members_coverage_and_gaps(tmp_path: Path) -> None:
    hub = make_session(tmp_path / "hub", "hub")
    one = make_session(tmp_path / "one", "coordinator")
    two = make_session(tmp_path / "two", "coordinator")
    silent = make_session(tmp_path / "silent", "coordinator")
    approve_member(hub, one, "Sierra Leone")
    approve_member(hub, two, "Liberia")
    approve_member(hub, silent, "Guinea")
    w1 = HubWorld(tmp_path, hub, one, hub, [])
    w2 = HubWorld(tmp_path, hub, two, hub, [])
    _import(w1, upward_bytes(w1, [release(period="2026-Q1"), release(period="2026-Q2")]), "a.dat")
    upward_bytes(w1, [release(period="2026-Q2", edition=2, yes=60)])  # bundle 2: lost on the way
    _import(w1, upward_bytes(w1, [release(period="2026-Q4")]), "c.dat")
    _import(w2, upward_bytes(w2, [release(period="2026-Q3", yes=None), release(period="2026-Q4")]), "d.dat")
    try:
        views = {v.label: v for v in hub_views.members(hub)}
        assert views["Sierra Leone"].missing == [2] and views["Sierra Leone"].periods == ["2026-Q1", "2026-Q2", "2026-Q4"]
        assert views["Liberia"].bundles == 1 and views["Guinea"].bundles == 0
        rows = {(r.label, r.period): r for r in hub_views.coverage(hub)}
        assert rows[("Liberia", "2026-Q3")].interviews == 31 and rows[("Sierra Leone", "2026-Q2")].edition == 1
        assert hub_views.gaps(hub) == [
            "member Sierra Leone: bundle 2 missing",
            "member Sierra Leone: mini_survey 2026-Q3 not released",
            "member Guinea: nothing received yet",
        ]
        assert hub_views.resolve_members(hub, ["liberia", one.fingerprint]) == [two.fingerprint, one.fingerprint]
        with pytest.raises(NapError) as info:
            hub_views.resolve_members(hub, ["Atlantis"])
        assert info.value.code is ErrorCode.HUB_MEMBER_UNKNOWN
    finally:
        for s in (hub, one, two, silent):
            s.lock()


def test_period_spans_of_every_kind() -> None:
    assert period_span("2026-11", "2027-02") == ["2026-11", "2026-12", "2027-01", "2027-02"]
    assert period_span("2025-Q4", "2026-Q2") == ["2025-Q4", "2026-Q1", "2026-Q2"]
    assert period_span("2024", "2026") == ["2024", "2025", "2026"]
    with pytest.raises(ValueError, match="kinds"):
        period_span("2026", "2026-Q1")


def test_a_member_is_not_asked_for_periods_before_its_first_release() -> None:
    released = {("A", "f"): {"2026-Q1", "2026-Q3"}, ("B", "f"): {"2026-Q3", "2026-Q4"}}
    assert period_gaps(released) == [PeriodGap("A", "f", "2026-Q2"), PeriodGap("A", "f", "2026-Q4")]
