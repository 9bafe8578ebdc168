"""``napsurvey training sign-off``: the training gate of sensitive forms from the command line (finding 8).

Without it a sensitive form could not be back-entered from the CLI at all.
The command goes through the same service as the desktop's sign-off dialog,
so it refuses the same codes.
"""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from napsurvey.cli.main import main
from napsurvey.services.session import unlock

PASSPHRASE = "correct horse 42"


@pytest.fixture(autouse=True)
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NAPSURVEY_TEST_FAST_KDF", "1")
    monkeypatch.setenv("NAPSURVEY_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def home(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    home = tmp_path / "home"
    assert _run(capsys, "--home", str(home), "init", "--role", "monitor")[0] == 0
    return home


def test_sign_off_records_the_supervisor_and_the_date(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "--home", str(home), "training", "sign-off", "--supervisor", "sup-07", "--date", "2026-01-05")
    assert (code, err) == (0, "")
    assert "2026-01-05" in out and "SUP-07" in out
    with unlock(home, PASSPHRASE) as session:
        training = session.training()
    assert training is not None and training.day == date(2026, 1, 5) and training.supervisor_code == "SUP-07"
    code, out, _ = _run(capsys, "--home", str(home), "status", "--json")
    assert code == 0 and json.loads(out)["training"] == {"date": "2026-01-05", "supervisor_code": "SUP-07"}


def test_the_date_defaults_to_today(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--home", str(home), "training", "sign-off", "--supervisor", "KAM-1042")
    assert code == 0 and date.today().isoformat() in out


@pytest.mark.parametrize(
    ("argv", "error"),
    [
        (["--supervisor", "x"], "TRAINING_SUPERVISOR_CODE"),
        (["--supervisor", "SUP 07"], "TRAINING_SUPERVISOR_CODE"),
        (["--supervisor", "SUP-07", "--date", (date.today() + timedelta(days=3)).isoformat()], "TRAINING_DATE"),
        (["--supervisor", "SUP-07", "--date", "05/01/2026"], "TRAINING_DATE"),
    ],
)
def test_a_wrong_code_or_date_is_refused_with_its_code(home: Path, capsys: pytest.CaptureFixture[str], argv: list[str], error: str) -> None:
    code, out, err = _run(capsys, "--home", str(home), "training", "sign-off", *argv)
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error {error}:")
    with unlock(home, PASSPHRASE) as session:
        assert session.training() is None


def test_after_the_sign_off_a_sensitive_form_from_a_kit_can_be_back_entered(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from answer_sets import ANSWERS

    from napsurvey.bundle.formats import ReferralService, StudyProtocol
    from napsurvey.paths import shipped_forms_dir
    from napsurvey.services import enrollment
    from napsurvey.services.session import create_vault

    coordinator_home = tmp_path / "coordinator"
    create_vault(coordinator_home, "coordinator", PASSPHRASE)
    with unlock(coordinator_home, PASSPHRASE) as coordinator:
        kit = enrollment.create_kit(
            coordinator,
            form_texts=[(shipped_forms_dir() / "crsv_incident.yaml").read_text(encoding="utf-8")],
            referrals={"east_1": [ReferralService(name="Clinic", kind="medical", contact="Main road")]},
            protocol=StudyProtocol(title="Study", reference="ERB-1", approved_by="Board", approved_day="2026-01-10"),
            today="2026-02-01",
        )
        sealed_kit = enrollment.seal_kit(coordinator, kit)
    (tmp_path / "kit.dat").write_bytes(sealed_kit.data)
    assert sealed_kit.code is not None
    assert _run(capsys, "--home", str(home), "enroll", str(tmp_path / "kit.dat"), "--code", sealed_kit.code)[0] == 0
    paper = tmp_path / "paper.json"
    paper.write_text(json.dumps({"@paper_id": "CRSV-0001", **ANSWERS["crsv_incident"]}), encoding="utf-8")
    code, _out, err = _run(capsys, "--home", str(home), "interview", "--form", "crsv_incident", "--answers", str(paper))
    assert code == 1 and "INTERVIEW_NOT_TRAINED" in err  # the gate holds on the command line too
    assert _run(capsys, "--home", str(home), "training", "sign-off", "--supervisor", "SUP-07")[0] == 0
    code, out, err = _run(capsys, "--home", str(home), "interview", "--form", "crsv_incident", "--answers", str(paper))
    assert (code, err) == (0, ""), err
    assert "1" in out
