"""The monitor's interview use cases over a real vault: autosave, resume, completion, back-entry."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from napsurvey.errors import ErrorCode, NapError
from napsurvey.services import interviews
from napsurvey.services.backentry import back_entry
from napsurvey.services.session import Session, create_vault, unlock
from tests.answer_sets import ANSWERS

PASSPHRASE = "correct horse battery 42"
TODAY = dt.date(2026, 3, 15)
ADULT: dict[str, Any] = ANSWERS["community_safety"]


@pytest.fixture
def session(tmp_path: Path) -> Any:
    home = tmp_path / "home"
    create_vault(home, "monitor", PASSPHRASE)
    with unlock(home, PASSPHRASE) as s:
        yield s


def _records(session: Session) -> list[tuple[str, str, dict[str, Any]]]:
    rows = session.vault.connection.execute("SELECT form_id, month, data FROM records ORDER BY id").fetchall()
    return [(r[0], r[1], json.loads(r[2])) for r in rows]


def _drive(running: interviews.RunningInterview, session: Session, answers: dict[str, Any]) -> None:
    """Answer screen by screen as the GUI does, autosaving after every answer."""
    iv = running.interview
    for _ in range(500):
        screen = iv.current()
        if screen.kind in ("end", "ended"):
            return
        for prompt in screen.prompts:
            if prompt.read_only or prompt.type in ("note", "calculate"):
                continue
            if prompt.name in answers:
                iv.answer(prompt.name, answers[prompt.name], prompt.path)
            else:
                iv.decline(prompt.name, prompt.path)
            interviews.save_progress(session, running)
        assert iv.next() == []
    raise AssertionError("interview did not end")


def test_completion_anonymises_and_destroys_the_draft_in_one_step(session: Session) -> None:
    running = interviews.start_interview(session, "community_safety", today=TODAY)
    _drive(running, session, ADULT)
    done = interviews.complete_interview(session, running)
    assert done.status == "complete" and done.record_id is not None
    assert interviews.list_drafts(session) == []
    [(form_id, month, body)] = _records(session)
    assert (form_id, month) == ("community_safety", "2026-03")
    assert body["age"] == "25-34" and body["district"] == "north" and body["safe_night"] == "very_unsafe"
    events = [e.event for e in session.audit()]
    assert "interview_completed" in events


def test_a_draft_resumes_exactly_where_it_stopped(session: Session, tmp_path: Path) -> None:
    running = interviews.start_interview(session, "community_safety", today=TODAY)
    iv = running.interview
    iv.answer("consent", "yes")
    interviews.save_progress(session, running)
    assert iv.next() == []
    iv.answer("age", 41)
    interviews.save_progress(session, running)
    where = iv.current().prompts[0].name
    home = session.home
    session.lock()  # as quick-hide does
    with unlock(home, PASSPHRASE) as again:
        [draft] = interviews.list_drafts(again)
        resumed = interviews.resume_interview(again, draft.id, today=TODAY)
        assert resumed.interview.current().prompts[0].name == where
        assert resumed.interview.value("age") == 41


def test_stop_without_keeping_leaves_only_a_count(session: Session) -> None:
    running = interviews.start_interview(session, "community_safety", today=TODAY)
    running.interview.answer("consent", "yes")
    interviews.save_progress(session, running)
    interviews.stop_interview(session, running, keep_draft=False)
    assert interviews.list_drafts(session) == [] and _records(session) == []
    n = session.vault.connection.execute("SELECT sum(n) FROM outcomes WHERE status = 'stopped'").fetchone()[0]
    assert n == 1


def test_refused_consent_stores_nothing_but_a_count(session: Session) -> None:
    running = interviews.start_interview(session, "community_safety", today=TODAY)
    running.interview.answer("consent", "no")
    running.interview.next()
    assert interviews.complete_interview(session, running).status == "refused"
    assert _records(session) == []
    assert session.vault.connection.execute("SELECT status, n FROM outcomes").fetchall() == [("refused", 1)]


def test_high_sensitivity_form_is_not_installed_without_a_kit(session: Session) -> None:
    with pytest.raises(NapError) as err:
        interviews.start_interview(session, "crsv_incident", today=TODAY)
    assert err.value.code is ErrorCode.VAULT_FORM_NOT_INSTALLED


def test_unlock_purges_acknowledged_records_past_their_retention(session: Session, tmp_path: Path) -> None:
    text = (Path(__file__).resolve().parents[2] / "forms" / "community_safety.yaml").read_text(encoding="utf-8")
    assert "retention_days" not in text
    short = text.replace('version: "2026.2"', 'version: "2026.3"\n  retention_days: 30', 1)
    form_file = tmp_path / "cs.yaml"
    form_file.write_text(short, encoding="utf-8")
    from napsurvey.services.forms import install_form_files

    install_form_files(session, [form_file])
    papers = [json.dumps({"@paper_id": n, **ADULT}) for n in (1, 2)]
    assert back_entry(session, "community_safety", "\n".join(papers), today=TODAY).stored_completed == 2
    with session.vault.transaction() as conn:  # as export and a coordinator's receipt leave them
        conn.execute("UPDATE records SET bundle_id = 'b1', exported_day = '2026-01-01'")
        conn.execute("UPDATE records SET acknowledged = 1 WHERE id = (SELECT min(id) FROM records)")
    home = session.home
    session.lock()
    with unlock(home, PASSPHRASE) as again:
        # Only the acknowledged one is gone; the other waits for its receipt.
        assert again.vault.connection.execute("SELECT count(*) FROM records").fetchone()[0] == 1
        assert "purged" in [e.event for e in again.audit()]


def test_the_referrals_follow_the_district_answered_else_the_monitors_area(session: Session) -> None:
    session.put_setting(interviews.REFERRALS_KEY, {
        "north_1": [{"name": "North clinic", "kind": "medical"}],
        "south_1": [{"name": "South shelter", "kind": "shelter"}],
    })
    session.put_setting(interviews.AREA_KEY, "south_1")
    running = interviews.start_interview(session, "community_safety", today=TODAY, language="fr")
    before = interviews.interview_referrals(session, running)
    assert [s["name"] for s in before.services] == ["South shelter"]  # nothing answered yet: the monitor's area
    assert before.intro.startswith("Si vous")  # the form's intro, in the interview's language
    _drive(running, session, {**ADULT, "district": "north_1"})
    after = interviews.interview_referrals(session, running)
    assert [s["name"] for s in after.services] == ["North clinic"]
