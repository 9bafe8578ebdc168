from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from napsurvey.cli.main import main

PASSPHRASE = "correct horse 42"


@pytest.fixture(autouse=True)
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NAPSURVEY_PASSPHRASE", raising=False)
    monkeypatch.delenv("NAPSURVEY_NEW_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: never prompt


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    """An initialised monitor vault; returns (home, recovery key)."""
    home = tmp_path / "home"
    monkeypatch.setenv("NAPSURVEY_PASSPHRASE", PASSPHRASE)
    code, out, _ = _run(capsys, "--home", str(home), "init", "--role", "monitor")
    assert code == 0
    monkeypatch.delenv("NAPSURVEY_PASSPHRASE")
    match = re.search(r"Recovery key: ([0-9A-Z-]+)", out)
    assert match
    return home, match.group(1)


def test_init_prints_the_recovery_key_once_with_a_warning_and_the_fingerprint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NAPSURVEY_PASSPHRASE", PASSPHRASE)
    code, out, err = _run(capsys, "--home", str(tmp_path), "init", "--role", "coordinator")
    assert code == 0 and err == ""
    assert "shown only this once" in out
    assert len(re.findall(r"\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){7}\b", out)) == 1
    assert re.search(r"Device fingerprint: \d{5}(-\d{5}){7}\n", out)
    assert PASSPHRASE not in out
    code, _, err = _run(capsys, "--home", str(tmp_path), "init", "--role", "coordinator")
    assert code == 1 and _error_line(err).startswith("error VAULT_EXISTS:")


def test_init_refuses_a_weak_passphrase_and_a_missing_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(capsys, "--home", str(tmp_path), "init", "--role", "monitor")
    assert code == 1 and _error_line(err).startswith("error VAULT_NO_PASSPHRASE:")
    monkeypatch.setenv("NAPSURVEY_PASSPHRASE", "short")
    code, _, err = _run(capsys, "--home", str(tmp_path), "init", "--role", "monitor")
    assert code == 1 and _error_line(err).startswith("error VAULT_WEAK_PASSPHRASE:")
    assert "short" not in err
    code, _, err = _run(capsys, "--home", str(tmp_path), "init", "--role", "boss")
    assert code == 1 and _error_line(err).startswith("error CLI_USAGE:")


def test_status_json_with_passphrase_file(home: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = home
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\nignored second line\n")
    code, out, err = _run(capsys, "--home", str(path), "--passphrase-file", str(secret), "status", "--json")
    assert code == 0, err
    status = json.loads(out)
    assert status["role"] == "monitor"
    assert status["drafts"] == 0 and status["completed_by_form"] == {} and status["not_exported"] == 0
    assert status["last_export_day"] is None and status["last_import_day"] is None
    assert re.fullmatch(r"\d{5}(-\d{5}){7}", status["fingerprint"])
    code, out, _ = _run(capsys, "--home", str(path), "--passphrase-file", str(secret), "status")
    assert code == 0 and "role: monitor" in out and "not exported: 0" in out


def test_status_needs_the_right_passphrase(
    home: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = home
    code, _, err = _run(capsys, "--home", str(path), "status")
    assert code == 1 and _error_line(err).startswith("error VAULT_NO_PASSPHRASE:")
    monkeypatch.setenv("NAPSURVEY_PASSPHRASE", "not it at all")
    code, _, err = _run(capsys, "--home", str(path), "status")
    assert code == 1 and _error_line(err) == "error VAULT_WRONG_PASSPHRASE: wrong passphrase"
    code, _, err = _run(capsys, "--home", str(path / "nothing"), "status")
    assert code == 1 and _error_line(err) == "error VAULT_NOT_FOUND: no vault in this home folder; run 'napsurvey init' first"
    code, _, err = _run(capsys, "--home", str(path), "--passphrase-file", str(path / "missing.txt"), "status")
    assert code == 1 and _error_line(err).startswith("error CLI_FILE:")


def test_repeated_failures_state_the_wait(
    home: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = home
    monkeypatch.setenv("NAPSURVEY_PASSPHRASE", "not it at all")
    errors = [_error_line(_run(capsys, "--home", str(path), "status")[2]) for _ in range(4)]
    assert errors[-1] == "error VAULT_WRONG_PASSPHRASE: wrong passphrase; wait 2 s before the next attempt"
    monkeypatch.setenv("NAPSURVEY_PASSPHRASE", PASSPHRASE)
    code, _, err = _run(capsys, "--home", str(path), "status")
    assert code == 1 and re.fullmatch(r"error VAULT_WAIT: too many failed attempts; try again in [12] s", _error_line(err))


def test_passphrase_change_then_recover(
    home: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path, recovery = home
    new = tmp_path / "new.txt"
    new.write_text("a second passphrase 2\n")
    monkeypatch.setenv("NAPSURVEY_PASSPHRASE", PASSPHRASE)
    code, out, err = _run(capsys, "--home", str(path), "passphrase", "change", "--new-passphrase-file", str(new))
    assert code == 0, err
    assert _run(capsys, "--home", str(path), "status")[0] == 1
    monkeypatch.setenv("NAPSURVEY_PASSPHRASE", "a second passphrase 2")
    assert _run(capsys, "--home", str(path), "status")[0] == 0

    key = tmp_path / "key.txt"
    key.write_text(recovery.lower() + "\n")
    monkeypatch.setenv("NAPSURVEY_NEW_PASSPHRASE", "third passphrase 33")
    code, out, err = _run(capsys, "--home", str(path), "passphrase", "recover", "--recovery-key-file", str(key))
    assert code == 0, err
    monkeypatch.setenv("NAPSURVEY_PASSPHRASE", "third passphrase 33")
    code, out, _ = _run(capsys, "--home", str(path), "audit")
    assert code == 0
    events = [line.split()[1] for line in out.splitlines()]
    assert events[0] == "vault_created" and "passphrase_changed" in events and "recovered" in events
    code, out, _ = _run(capsys, "--home", str(path), "audit", "--json")
    lines = [json.loads(line) for line in out.splitlines()]
    assert all(set(line) == {"id", "day", "event", "detail", "data"} for line in lines)
    assert [line["id"] for line in lines] == sorted({line["id"] for line in lines})

    key.write_text("0000-0000-0000-0000-0000-0000-0000-0000\n")
    code, _, err = _run(capsys, "--home", str(path), "passphrase", "recover", "--recovery-key-file", str(key))
    assert code == 1 and _error_line(err).startswith("error VAULT_WRONG_RECOVERY_KEY:")
    code, _, err = _run(capsys, "--home", str(path), "passphrase", "recover")
    assert code == 1 and _error_line(err).startswith("error CLI_USAGE:")
