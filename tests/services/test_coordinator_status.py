"""The coordinator's status: lateness against the kit's interval, period states at their edges, refusal counts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from napsurvey.errors import ErrorCode, NapError
from napsurvey.services import enrollment, sync_export, sync_import
from napsurvey.services.coordinator_status import coordinator_status, period_state
from napsurvey.services.coordinator_views import devices
from napsurvey.services.session import unlock
from napsurvey.tables.periods import closing_day
from napsurvey.vault.repo.outcomes import add_outcome
from tests.bundle.homes import MINI_FORM, PASSPHRASE, Homes, add_records, make_homes

DAY = date(2026, 12, 1)


@pytest.fixture
def homes(tmp_path: Path) -> Iterator[Homes]:
    h = make_homes(tmp_path)  # kit made and device approved on 2026-11-23
    yield h
    h.close()


def test_a_device_that_never_sent_a_bundle_is_late_counted_from_its_approval(homes: Homes) -> None:
    [view] = devices(homes.coordinator, date(2026, 12, 28))  # 35 days after approval: not yet
    assert (view.last_seen_day, view.days_silent, view.due_day, view.late) == ("2026-11-23", 35, "2026-12-28", False)
    [view] = devices(homes.coordinator, date(2026, 12, 29))
    assert view.late and view.days_silent == 36 and view.bundles == 0 and view.last_bundle_day is None


def test_the_newest_kit_sets_the_interval(homes: Homes, tmp_path: Path) -> None:
    enrollment.create_kit(homes.coordinator, form_texts=[MINI_FORM], expected_interval_days=7, today="2026-11-24")
    add_records(homes.monitor, 3)
    bundle = sync_export.export_bundle(homes.monitor, tmp_path, today="2026-11-20")
    assert sync_import.import_bundles(homes.coordinator, [bundle.path], today="2026-11-30").ok
    [view] = devices(homes.coordinator, DAY)
    assert (view.last_bundle_day, view.last_import_day, view.days_silent, view.late) == (
        "2026-11-20", "2026-11-30", 11, True)
    assert coordinator_status(homes.coordinator, DAY).expected_interval_days == 7


@pytest.mark.parametrize("days", [0, 367])
def test_an_interval_out_of_range_is_refused(homes: Homes, days: int) -> None:
    with pytest.raises(NapError) as err:
        enrollment.create_kit(homes.coordinator, form_texts=[MINI_FORM], expected_interval_days=days, today="2026-11-24")
    assert err.value.code is ErrorCode.KIT_BAD_INTERVAL


def test_a_laptop_clock_ahead_of_ours_is_not_silent_for_negative_days(homes: Homes, tmp_path: Path) -> None:
    add_records(homes.monitor, 2)
    bundle = sync_export.export_bundle(homes.monitor, tmp_path, today="2026-12-09")
    assert sync_import.import_bundles(homes.coordinator, [bundle.path], today="2026-12-01").ok
    [view] = devices(homes.coordinator, DAY)
    assert view.days_silent == 0 and not view.late


def test_a_period_closes_once_the_grace_has_passed_as_releases_say() -> None:
    assert closing_day("2026-Q3", 30) == date(2026, 10, 31) and closing_day("2024-02", 0) == date(2024, 3, 1)
    assert period_state("2026-Q3", 30, date(2026, 10, 30)) == "open"
    assert period_state("2026-Q3", 30, date(2026, 10, 31)) == "closed"


def test_a_form_without_interviews_shows_the_current_period_open(homes: Homes) -> None:
    [form] = coordinator_status(homes.coordinator, DAY).forms
    assert form.form_id == "mini_survey" and form.interviews == 0
    assert [(p.period, p.state, p.closes_day) for p in form.periods] == [("2026-Q4", "open", "2027-01-31")]


def test_periods_count_interviews_outcomes_and_devices_exactly(homes: Homes, tmp_path: Path) -> None:
    rows = add_records(homes.monitor, 50, months=("2026-08", "2026-09", "2026-10"), seed=9)
    add_outcome(homes.monitor.vault, "mini_survey", "2026.1", "2026-09", "refused", 3)
    bundle = sync_export.export_bundle(homes.monitor, tmp_path, today="2026-11-02")
    assert sync_import.import_bundles(homes.coordinator, [bundle.path], today="2026-11-03").ok
    [form] = coordinator_status(homes.coordinator, DAY).forms
    q3 = sum(1 for month, _ in rows if month < "2026-10")
    got = {p.period: (p.interviews, p.refused, p.devices, p.state) for p in form.periods}
    assert got == {"2026-Q3": (q3, 3, 1, "closed"), "2026-Q4": (50 - q3, 0, 1, "open")}
    assert (form.interviews, form.refused) == (50, 3)


def test_refused_files_are_counted_by_code_each_attempt_once(homes: Homes, tmp_path: Path) -> None:
    junk = tmp_path / "junk.dat"
    junk.write_bytes(b"hello")
    for _ in range(2):
        sync_import.import_bundles(homes.coordinator, [junk], today="2026-11-30")
    status = coordinator_status(homes.coordinator, DAY)
    assert (status.bundles.imported, status.bundles.refused) == (0, 2)
    assert status.bundles.refused_by_code == {"BUNDLE_NOT_A_BUNDLE": 2}


def test_status_reads_on_a_coordinator_vault_opened_again(homes: Homes, tmp_path: Path) -> None:
    home = homes.coordinator.home
    homes.coordinator.lock()
    with unlock(home, PASSPHRASE) as session:
        assert coordinator_status(session, DAY).devices[0].label == "Team North 2"
