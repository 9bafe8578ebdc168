"""Back-entry and form installation through the command line, as a coordinator's script would run them."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from napsurvey.cli.main import main
from napsurvey.paths import shipped_forms_dir
from napsurvey.services.session import unlock
from tests.answer_sets import ANSWERS

PASSPHRASE = "correct horse battery 42"
ADULT: dict[str, Any] = ANSWERS["community_safety"]


@pytest.fixture(autouse=True)
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NAPSURVEY_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def home(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    home = tmp_path / "home"
    assert main(["--home", str(home), "init", "--role", "monitor"]) == 0
    capsys.readouterr()
    return home


def _lines(path: Path, objects: list[Any]) -> Path:
    path.write_text("".join(json.dumps(o) + "\n" for o in objects), encoding="utf-8")
    return path


def _count(home: Path) -> int:
    with unlock(home, PASSPHRASE) as session:
        return int(session.vault.connection.execute("SELECT count(*) FROM records").fetchone()[0])


def test_back_entry_refuses_each_bad_line_with_line_question_and_code(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    as_xlsform_stores_it = {**ADULT, "participation_barriers": "household_duties custom"}  # select_multiple as one string
    answers = _lines(tmp_path / "a.jsonl", [as_xlsform_stores_it, {**ADULT, "age": 12000}, {**ADULT, "nickname": "x"}, ADULT])
    code = main(["--home", str(home), "interview", "--form", "community_safety", "--answers", str(answers)])
    out, err = capsys.readouterr()
    assert code == 1
    assert err.splitlines() == [
        err.splitlines()[0],
        "error BACKENTRY_REFUSED: line 3: nickname: INTERVIEW_UNKNOWN_QUESTION: unknown question 'nickname'",
    ]
    assert err.splitlines()[0].startswith("error BACKENTRY_REFUSED: line 2: age: INTERVIEW_CONSTRAINT:")
    assert "2 interviews stored" in out
    assert _count(home) == 2


def test_dry_run_checks_and_writes_nothing(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "one.json"
    answers.write_text(json.dumps(ADULT, indent=2), encoding="utf-8")
    assert main(["--home", str(home), "interview", "--form", "community_safety", "--answers", str(answers), "--dry-run"]) == 0
    assert "1 interviews checked" in capsys.readouterr().out
    assert _count(home) == 0


def test_missing_answers_file_is_one_coded_line(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--home", str(home), "interview", "--form", "community_safety", "--answers", "nope.jsonl"]) == 1
    assert capsys.readouterr().err.strip() == "error CLI_FILE: nope.jsonl: no such file"


def test_forms_install_upgrades_and_refuses_high_sensitivity_files(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (shipped_forms_dir() / "community_safety.yaml").read_text(encoding="utf-8")
    upgraded = tmp_path / "cs.yaml"
    upgraded.write_text(text.replace('version: "2026.2"', 'version: "2026.3"', 1), encoding="utf-8")
    assert 'version: "2026.3"' in upgraded.read_text(encoding="utf-8")
    assert main(["--home", str(home), "forms", "install", str(upgraded)]) == 0
    assert "installed community_safety 2026.3" in capsys.readouterr().out
    assert main(["--home", str(home), "forms", "list", "--json"]) == 0
    listed = {f["form_id"]: f["version"] for f in json.loads(capsys.readouterr().out)}
    assert listed["community_safety"] == "2026.3" and "crsv_incident" not in listed

    high = tmp_path / "crsv.yaml"
    high.write_text((shipped_forms_dir() / "crsv_incident.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["--home", str(home), "forms", "install", str(upgraded), str(high)]) == 1
    assert capsys.readouterr().err.startswith("error VAULT_FORM_HIGH_NEEDS_KIT:")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_sigkill_during_a_large_back_entry_keeps_exactly_the_committed_interviews(home: Path, tmp_path: Path) -> None:
    answers = _lines(tmp_path / "big.jsonl", [ADULT] * 6000)
    env = {**os.environ, "NAPSURVEY_PASSPHRASE": PASSPHRASE, "NAPSURVEY_TEST_FAST_KDF": "1"}
    child = subprocess.Popen(
        [sys.executable, "-m", "napsurvey", "--home", str(home), "interview", "--form", "community_safety",
         "--answers", str(answers), "--progress"],
        stdout=subprocess.PIPE, text=True, env=env,
    )
    assert child.stdout is not None
    reported = 0
    for line in child.stdout:
        if line.startswith("committed "):
            reported = int(line.split()[1])
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=60)
    for line in child.stdout:  # anything printed before the kill
        if line.startswith("committed "):
            reported = int(line.split()[1])
    child.stdout.close()
    assert reported > 0
    with unlock(home, PASSPHRASE) as session:
        conn = session.vault.connection
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        status = session.status()
        # Whole batches only: every reported commit, plus the batch in flight if its COMMIT reached the disk.
        assert sum(status.completed_by_form.values()) in {reported, reported + 2000}
