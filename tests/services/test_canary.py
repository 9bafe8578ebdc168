"""DESIGN section 10: after a scripted session, a canary answer appears in no file outside the vault.

An identifier answer must not exist anywhere once the interview is complete,
not even inside the decrypted database; an ordinary answer exists only inside
the encrypted database.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml

from napsurvey.cli.main import main
from napsurvey.services import interviews
from napsurvey.services.forms import install_form_files
from napsurvey.services.session import create_vault, unlock

PASSPHRASE = "correct horse battery 42"
ID_CANARY = "Zainab-IDCANARY-7f3a"
ORDINARY_CANARY = "well-ORDCANARY-91c2"
#: A paper questionnaire's number: the vault keeps only a keyed hash of it.
PAPER_CANARY = "PAPERCANARY-5e1b"

FORM: dict[str, Any] = {
    "settings": {"form_id": "canary_check", "form_title": {"en": "Check"}, "version": "1", "consent_question": "consent"},
    "survey": [
        {"type": "select_one yes_no", "name": "consent", "label": {"en": "Do you agree?"}},
        {"type": "text", "name": "respondent_name", "label": {"en": "Name (not stored)"}, "privacy": "identifier"},
        {"type": "text", "name": "water_source", "label": {"en": "Main water source"}},
        {"type": "select_one yes_no", "name": "safe", "label": {"en": "Safe?"}},
    ],
    "choices": {"yes_no": [{"name": "yes", "label": {"en": "Yes"}}, {"name": "no", "label": {"en": "No"}}]},
    "indicators": [{"name": "safe_total", "label": {"en": "Safe"}, "question": "safe"}],
}


def _files_containing(folder: Path, needle: str) -> list[Path]:
    hits = []
    variants = [needle.encode("utf-8"), needle.encode("utf-16-le")]
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(v in data for v in variants):
                hits.append(path)
    return hits


def _decrypted_text(session: Any) -> str:
    conn = session.vault.connection
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    dump = []
    for table in tables:
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            dump.append(repr(row))
    return "\n".join(dump)


def test_canary_answers_leave_no_trace_outside_the_vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", None)
    home = tmp_path / "home"
    form_file = tmp_path / "forms" / "canary_check.yaml"
    form_file.parent.mkdir()
    form_file.write_text(yaml.safe_dump(FORM, allow_unicode=True), encoding="utf-8")
    create_vault(home, "monitor", PASSPHRASE)

    with unlock(home, PASSPHRASE) as session:
        install_form_files(session, [form_file])
        # An interview as the app runs it: autosave after every answer, then completion.
        running = interviews.start_interview(session, "canary_check")
        iv = running.interview
        for name, value in (("consent", "yes"), ("respondent_name", ID_CANARY), ("water_source", ORDINARY_CANARY), ("safe", "yes")):
            assert iv.current().prompts[0].name == name
            assert iv.answer(name, value) == []
            interviews.save_progress(session, running)
            assert iv.next() == []
        interviews.complete_interview(session, running)
        # A draft that is stopped and discarded must not keep its identifier either.
        stopped = interviews.start_interview(session, "canary_check")
        stopped.interview.answer("consent", "yes")
        stopped.interview.next()
        stopped.interview.answer("respondent_name", ID_CANARY)
        interviews.save_progress(session, stopped)
        interviews.stop_interview(session, stopped, keep_draft=False)
        inside = _decrypted_text(session)
        assert ORDINARY_CANARY in inside
        assert ID_CANARY not in inside

    # Back-entry through the command line, with the canaries in the answer file (deleted after).
    answers = tmp_path / "paper.jsonl"
    answers.write_text(
        json.dumps({"@paper_id": PAPER_CANARY, "consent": "yes", "respondent_name": ID_CANARY,
                    "water_source": ORDINARY_CANARY, "safe": "no"}) + "\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("NAPSURVEY_PASSPHRASE", PASSPHRASE)
    assert main(["--home", str(home), "interview", "--form", "canary_check", "--answers", str(answers)]) == 0
    answers.unlink()
    assert main(["--home", str(home), "status", "--json"]) == 0
    assert main(["--home", str(home), "audit"]) == 0

    for canary in (ID_CANARY, ORDINARY_CANARY, PAPER_CANARY):
        assert _files_containing(home, canary) == []
        assert _files_containing(scratch, canary) == []
    with unlock(home, PASSPHRASE) as session:
        inside = _decrypted_text(session)
        assert ID_CANARY not in inside and PAPER_CANARY not in inside
        assert inside.count(ORDINARY_CANARY) == 2
