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


def _papers(objects: list[dict[str, Any]], first: int = 1) -> list[dict[str, Any]]:
    """The objects numbered as paper questionnaires ``CS-0001``, ``CS-0002``, ..."""
    return [{"@paper_id": f"CS-{first + i:04d}", **o} for i, o in enumerate(objects)]


def _run(home: Path, answers: Path, *extra: str) -> int:
    return main(["--home", str(home), "interview", "--form", "community_safety", "--answers", str(answers), *extra])


def test_back_entry_refuses_each_bad_line_with_line_question_and_code(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    as_xlsform_stores_it = {**ADULT, "participation_barriers": "household_duties custom"}  # select_multiple as one string
    answers = _lines(tmp_path / "a.jsonl", _papers([as_xlsform_stores_it, {**ADULT, "age": 12000}, {**ADULT, "nickname": "x"}, ADULT]))
    code = _run(home, answers, "--partial")
    out, err = capsys.readouterr()
    assert code == 1
    assert err.splitlines() == [
        err.splitlines()[0],
        "error BACKENTRY_REFUSED: line 3: nickname: INTERVIEW_UNKNOWN_QUESTION: unknown question 'nickname'",
    ]
    assert err.splitlines()[0].startswith("error BACKENTRY_REFUSED: line 2: age: INTERVIEW_CONSTRAINT:")
    assert out.splitlines()[-1] == "2 interviews stored, 0 counted only (refused consent or ended); 2 lines refused and not stored"
    assert _count(home) == 2


def test_one_refused_line_stores_nothing_of_the_file_and_says_so(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = _lines(tmp_path / "a.jsonl", _papers([ADULT, {**ADULT, "age": 12000}, ADULT, {**ADULT, "nickname": "x"}]))
    assert _run(home, answers) == 1
    out, err = capsys.readouterr()
    assert [line.split(":")[0] for line in err.splitlines()] == ["error BACKENTRY_REFUSED"] * 2
    assert out.splitlines()[-1] == (
        "nothing stored: 2 of 4 lines refused, and a file is stored whole or not at all"
        " (correct those lines, or store the others with --partial)"
    )
    assert _count(home) == 0


def test_a_questionnaire_entered_twice_is_refused_and_the_vault_keeps_no_paper_number(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _lines(tmp_path / "first.jsonl", _papers([ADULT, ADULT]))
    assert _run(home, first) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "2 interviews stored, 0 counted only (refused consent or ended)"
    again = _lines(tmp_path / "again.jsonl", _papers([ADULT, ADULT, ADULT], first=2) + _papers([ADULT], first=3))
    assert _run(home, again) == 1
    out, err = capsys.readouterr()
    assert err.splitlines() == [
        "error BACKENTRY_DUPLICATE: line 1: this paper questionnaire (its @paper_id) was already entered,"
        " by an earlier back-entry; it is not stored twice",
        "error BACKENTRY_DUPLICATE: line 4: this paper questionnaire (its @paper_id) was already entered,"
        " earlier in this file; it is not stored twice",
    ]
    assert out.splitlines()[-1].startswith("nothing stored: 2 of 4 lines refused")
    assert _run(home, again, "--partial") == 1
    assert "2 interviews stored" in capsys.readouterr().out  # CS-0003 and CS-0004, once each
    assert _count(home) == 4
    with unlock(home, PASSPHRASE) as session:
        conn = session.vault.connection
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        dump = repr([conn.execute(f"SELECT * FROM {t}").fetchall() for t in tables])
    assert "backentry_papers" in tables and "CS-000" not in dump and b"CS-000".hex() not in dump  # keyed hashes only


def test_a_line_without_its_paper_number_is_refused(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = _lines(tmp_path / "a.jsonl", [*_papers([ADULT]), ADULT, {"@paper_id": "", **ADULT}, {"@paper_id": ["x"], **ADULT}])
    assert _run(home, answers, "--partial") == 1
    err = capsys.readouterr().err.splitlines()
    assert [e.split(":")[0] for e in err] == ["error BACKENTRY_PAPER_ID"] * 3
    assert err[0] == (
        "error BACKENTRY_PAPER_ID: line 2: '@paper_id' is missing: give each paper questionnaire its number,"
        " so that entering a file again cannot store it twice"
    )
    assert _count(home) == 1


def test_dry_run_checks_and_writes_nothing(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "one.json"
    answers.write_text(json.dumps({"@paper_id": 17, **ADULT}, indent=2), encoding="utf-8")
    assert _run(home, answers, "--dry-run") == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "dry run: 1 interview would be stored, 0 counted only (refused consent or ended); nothing was written"
    )
    assert _count(home) == 0
    assert _run(home, answers) == 0  # the dry run did not use up the paper number
    assert _count(home) == 1


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


def _kill_after(home: Path, answers: Path, marker: str, *extra: str) -> int:
    """Run back-entry in a child process, SIGKILL it at the first progress line starting with ``marker``."""
    env = {**os.environ, "NAPSURVEY_PASSPHRASE": PASSPHRASE, "NAPSURVEY_TEST_FAST_KDF": "1"}
    child = subprocess.Popen(
        [sys.executable, "-m", "napsurvey", "--home", str(home), "interview", "--form", "community_safety",
         "--answers", str(answers), "--progress", *extra],
        stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    assert child.stdout is not None
    reported = -1
    for line in child.stdout:
        if line.startswith(marker):
            reported = int(line.split()[1])
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=60)
    for line in child.stdout:  # anything printed before the kill
        if line.startswith("committed "):
            reported = int(line.split()[1])
    child.stdout.close()
    return reported


def _intact(home: Path) -> int:
    with unlock(home, PASSPHRASE) as session:
        conn = session.vault.connection
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return sum(session.status().completed_by_form.values())


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_sigkill_during_a_large_back_entry_keeps_exactly_the_committed_interviews(home: Path, tmp_path: Path) -> None:
    answers = _lines(tmp_path / "big.jsonl", _papers([ADULT] * 6000))
    reported = _kill_after(home, answers, "committed ", "--partial")
    assert reported > 0
    # Whole batches only: every reported commit, plus the batch in flight if its COMMIT reached the disk.
    assert _intact(home) in {reported, reported + 2000}


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_a_file_entered_again_after_an_interruption_stores_each_questionnaire_once(home: Path, tmp_path: Path) -> None:
    answers = _lines(tmp_path / "big.jsonl", _papers([ADULT] * 6000))
    assert _kill_after(home, answers, "checked ") > 0  # killed while the file was being entered
    assert _intact(home) == 0  # all or nothing: nothing of the file yet
    assert _run(home, answers) == 0
    assert _intact(home) == 6000
    partial = _kill_after(home, _lines(tmp_path / "more.jsonl", _papers([ADULT] * 6000, first=6001)), "committed ", "--partial")
    assert _intact(home) in {6000 + partial, 6000 + partial + 2000}
    assert _run(home, tmp_path / "more.jsonl", "--partial") == 1  # the stored part is refused as already entered
    assert _intact(home) == 12000


def _environ(pid: int) -> bytes:
    return Path(f"/proc/{pid}/environ").read_bytes()


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads the workers' environment from /proc")
def test_engine_workers_start_after_the_unlock_without_the_passphrase_in_their_environment(
        home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line starts its engine workers once the vault is open (not during the key
    derivation, whose memory they would add to), and none of them holds the passphrase the
    command was given."""
    from napsurvey.cli import interview_cmd
    from napsurvey.services import backentry_workers

    seen: list[bytes] = []
    started: list[str] = []
    made = backentry_workers.EnginePool.__init__

    def make(pool: backentry_workers.EnginePool, *a: Any, **k: Any) -> None:
        started.append("workers")
        made(pool, *a, **k)
        seen.extend(_environ(pid) for pid in pool.pids)

    monkeypatch.setattr(backentry_workers.EnginePool, "__init__", make)
    monkeypatch.setattr(interview_cmd, "open_session", lambda args: started.append("unlock") or _unlock(args))
    answers = _lines(tmp_path / "a.jsonl", _papers([ADULT] * 600))

    assert _run(home, answers, "--workers", "2") == 0
    assert "600 interviews stored" in capsys.readouterr().out
    assert started == ["unlock", "workers"] and len(seen) == 2
    assert all(b"NAPSURVEY_HOME" in env or b"PATH=" in env for env in seen)  # their environment was read
    assert not any(PASSPHRASE.encode() in env for env in seen)
    assert os.environ["NAPSURVEY_PASSPHRASE"] == PASSPHRASE  # this process keeps it (it unlocks with it)
    assert _count(home) == 600


def _unlock(args: Any) -> Any:
    from napsurvey.cli.passphrase import open_session

    return open_session(args)
