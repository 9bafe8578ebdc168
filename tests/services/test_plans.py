"""The plan services: nothing half-stored, drafts autosaved in the vault, pages rendered in memory."""

from __future__ import annotations

from pathlib import Path

import pytest

from napsurvey.errors import ErrorCode, NapError
from napsurvey.paths import resources_dir
from napsurvey.services import plans
from napsurvey.services.session import Session, create_vault, unlock
from napsurvey.vault.repo import plans as repo

PASSPHRASE = "correct horse battery staple 42"
EXAMPLE = resources_dir() / "plans" / "example_republic.yaml"
ASSESSMENTS = resources_dir() / "plans" / "example_republic.assessments.yaml"


@pytest.fixture
def session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Session:
    monkeypatch.setenv("NAPSURVEY_TEST_FAST_KDF", "1")
    create_vault(tmp_path / "home", "coordinator", PASSPHRASE)
    opened = unlock(tmp_path / "home", PASSPHRASE)
    yield opened  # type: ignore[misc]
    opened.lock()


def _imported(session: Session) -> None:
    assert plans.import_plan(session, EXAMPLE).problems == []


def test_a_failure_while_storing_the_second_period_leaves_no_period(session: Session,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _imported(session)
    real = repo.put_period
    calls: list[str] = []

    def fail_on_second(vault, period_id, *args):  # type: ignore[no-untyped-def]
        calls.append(period_id)
        if len(calls) == 2:
            raise OSError("disk gone")
        return real(vault, period_id, *args)

    monkeypatch.setattr(repo, "put_period", fail_on_second)
    with pytest.raises(OSError):
        plans.assess(session, ASSESSMENTS)
    assert calls == ["2026-H1", "2026-H2"]
    assert plans.stored_periods(session) == []


def test_the_form_view_autosaves_a_half_done_period_and_stores_it_once_it_fits(session: Session) -> None:
    _imported(session)
    half = {"period": {"id": "2027-H1", "start": "2027-01", "end": "2027-06"}, "assessed_on": "2027-07-01",
            "actions": [{"action": "PRE.1.1", "status": "on_trak"}]}
    plans.save_draft(session, "2027-H1", half)
    assert plans.drafts(session) == ["2027-H1"] and plans.draft(session, "2027-H1") == half
    done = plans.store_draft(session, "2027-H1")
    assert [p.code for p in done.problems] == [ErrorCode.PLAN_SCHEMA]
    assert plans.stored_periods(session) == []  # nothing stored while a problem remains
    half["actions"][0]["status"] = "on_track"
    plans.save_draft(session, "2027-H1", half)
    done = plans.store_draft(session, "2027-H1")
    assert done.problems == [] and done.stored == ["2027-H1"]
    assert plans.drafts(session) == [] and [p.period.id for p in plans.stored_periods(session)] == ["2027-H1"]


def test_the_scorecard_on_screen_is_the_printed_pages(session: Session) -> None:
    _imported(session)
    assert plans.assess(session, ASSESSMENTS).problems == []
    report = plans.report_bytes(session, today="2027-02-01")
    card = report.scorecard
    pages = plans.render_pages(report.pdf, scale=0.5)
    assert len(pages) >= 8
    first = pages[0]
    assert first.width == round(595.27 * 0.5) and len(first.pixels) == first.stride * first.height
    assert card.period.period.id == "2026-H2" and card.previous is not None


def test_an_unknown_period_is_named_with_the_assessed_ones(session: Session) -> None:
    _imported(session)
    assert plans.assess(session, ASSESSMENTS).problems == []
    with pytest.raises(NapError) as caught:
        plans.scorecard(session, "2030-H2")
    assert caught.value.code is ErrorCode.PLAN_NO_ASSESSMENT and "2026-H1, 2026-H2" in caught.value.message
