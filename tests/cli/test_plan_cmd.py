"""The plan commands end to end: validate, import, assess, report in three languages, export."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from napsurvey.cli.main import main
from napsurvey.paths import resources_dir
from napsurvey.services import plans
from napsurvey.services.session import unlock

PASSPHRASE = "correct horse battery staple 42"
PLANS = resources_dir() / "plans"
EXAMPLE = PLANS / "example_republic.yaml"
ASSESSMENTS = PLANS / "example_republic.assessments.yaml"
BROKEN = """\
plan: {id: broken, title: Broken plan, country: Example Republic, start_year: 2026, end_year: 2030, currency: EXD}
pillars:
  - id: protection
    title: Protection
    objectives:
      - id: O1
        title: Justice
        actions:
          - {id: A1, title: Open gender desks, start: 2026-01, end: 2027-12}
          - id: A2
            title: "Train judges with Mr Dupont, +243 81 234 5678"
            responsible: {institution: Ministry of Justice}
indicators:
  - id: I1
    pillar: protection
    title: Cases in court
    unit: percent
    target: {value: 30, year: 2029}
    frameworks: [{scheme: S/2010/498, code: "99z"}]
"""


@pytest.fixture(autouse=True)
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NAPSURVEY_TEST_FAST_KDF", "1")
    monkeypatch.setenv("NAPSURVEY_PASSPHRASE", PASSPHRASE)


def run(capsys: pytest.CaptureFixture[str], home: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--home", str(home), *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def coordinator(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    home = tmp_path / "coord"
    assert run(capsys, home, "init", "--role", "coordinator")[0] == 0
    return home


def _stored(home: Path) -> tuple[str | None, list[str]]:
    with unlock(home, PASSPHRASE) as session:
        plan = plans.stored_plan(session, required=False)
        return (plan.id if plan else None), [p.period.id for p in plans.stored_periods(session)]


def test_validate_needs_no_vault(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, tmp_path / "nohome", "plan", "validate", str(EXAMPLE), str(ASSESSMENTS),
                         "--plan", str(EXAMPLE))
    assert code == 0, out + err
    assert out.splitlines() == [f"{EXAMPLE}: plan OK", f"{ASSESSMENTS}: assessments OK"]


def test_a_broken_plan_gets_one_coded_line_per_problem_and_nothing_is_stored(
        tmp_path: Path, coordinator: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    code, out, err = run(capsys, coordinator, "plan", "validate", str(broken))
    assert code == 1
    lines = out.splitlines()
    assert [line.split(": ")[2] for line in lines] == [
        "PLAN_NO_RESPONSIBLE", "PLAN_PERSONAL_DATA", "PLAN_PERSONAL_DATA", "PLAN_UNKNOWN_FRAMEWORK",
        "PLAN_TARGET_WITHOUT_BASELINE",
    ]
    assert "Traceback" not in err
    code, out2, err = run(capsys, coordinator, "plan", "import", str(broken))
    assert code == 1 and out2 == out and "nothing was stored" in err
    assert _stored(coordinator) == (None, [])


@pytest.mark.parametrize("content", [b"\x00\x01\x02\xff binary", b"plan: [unclosed"])
def test_a_binary_or_malformed_file_is_one_line_and_nothing_is_stored(
        tmp_path: Path, coordinator: Path, capsys: pytest.CaptureFixture[str], content: bytes) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(content)
    code, out, err = run(capsys, coordinator, "plan", "import", str(bad))
    assert code == 1 and len(out.splitlines()) == 1 and ("PLAN_NOT_A_PLAN" in out or "PLAN_YAML" in out)
    assert _stored(coordinator) == (None, [])


def test_the_example_imports_takes_assessments_and_prints_in_three_languages(
        tmp_path: Path, coordinator: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, coordinator, "plan", "import", str(EXAMPLE))
    assert code == 0, err
    assert out == "Imported plan example_republic_nap_2026: 4 pillars, 20 actions, 15 indicators.\n"
    code, out, err = run(capsys, coordinator, "plan", "assess", "--file", str(ASSESSMENTS))
    assert code == 0, err
    assert out == "Stored 2 period(s): 2026-H1, 2026-H2.\n"
    assert _stored(coordinator) == ("example_republic_nap_2026", ["2026-H1", "2026-H2"])
    for language in ("en", "fr", "ar"):
        pdf = tmp_path / f"scorecard-{language}.pdf"
        code, out, err = run(capsys, coordinator, "plan", "report", "--out", str(pdf), "--language", language,
                             "--paper", "letter" if language == "fr" else "a4")
        assert code == 0, err
        assert out.startswith(f"Wrote the scorecard of 2026-H2, compared with 2026-H1 to {pdf}: ")
        info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
        assert ("612 x 792" in info) == (language == "fr")
    code, out, err = run(capsys, coordinator, "plan", "report", "--out", str(tmp_path / "h1.pdf"), "--period",
                         "2026-H1", "--sections", "scorecard,funnel")
    assert code == 0 and "of 2026-H1 to" in out


def test_assessments_are_stored_all_or_nothing(tmp_path: Path, coordinator: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, coordinator, "plan", "import", str(EXAMPLE))[0] == 0
    text = ASSESSMENTS.read_text(encoding="utf-8")
    # The second period refers to an action the plan does not have: neither period may be stored.
    broken = tmp_path / "assessments.yaml"
    broken.write_text(text.replace("      - action: PRE.2.2\n        status: on_track",
                                   "      - action: PRE.9.9\n        status: on_track"), encoding="utf-8")
    code, out, err = run(capsys, coordinator, "plan", "assess", "--file", str(broken))
    assert code == 1
    assert out.strip() == (f"{broken}: period 2026-H2: PLAN_UNKNOWN_REFERENCE: actions refers to unknown action "
                           "'PRE.9.9'")
    assert _stored(coordinator)[1] == []


def test_assess_and_report_need_an_imported_plan(tmp_path: Path, coordinator: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, coordinator, "plan", "assess", "--file", str(ASSESSMENTS))
    assert code == 1 and err.startswith("error PLAN_NOT_IMPORTED: ")
    assert run(capsys, coordinator, "plan", "import", str(EXAMPLE))[0] == 0
    code, out, err = run(capsys, coordinator, "plan", "report", "--out", str(tmp_path / "r.pdf"))
    assert code == 1 and err.startswith("error PLAN_NO_ASSESSMENT: ")


def test_another_plan_replaces_the_first_only_when_asked(tmp_path: Path, coordinator: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, coordinator, "plan", "import", str(EXAMPLE))[0] == 0
    assert run(capsys, coordinator, "plan", "assess", "--file", str(ASSESSMENTS))[0] == 0
    other = tmp_path / "other.yaml"
    other.write_text(EXAMPLE.read_text(encoding="utf-8").replace("id: example_republic_nap_2026", "id: second_nap"),
                     encoding="utf-8")
    code, out, err = run(capsys, coordinator, "plan", "import", str(other))
    assert code == 1 and err.startswith("error PLAN_ANOTHER_PLAN: ")
    assert _stored(coordinator) == ("example_republic_nap_2026", ["2026-H1", "2026-H2"])
    code, out, err = run(capsys, coordinator, "plan", "import", str(other), "--replace")
    assert code == 0 and _stored(coordinator) == ("second_nap", [])


def test_a_new_version_of_the_plan_keeps_the_periods_it_still_fits(tmp_path: Path, coordinator: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, coordinator, "plan", "import", str(EXAMPLE))[0] == 0
    assert run(capsys, coordinator, "plan", "assess", "--file", str(ASSESSMENTS))[0] == 0
    changed = tmp_path / "v2.yaml"
    changed.write_text(EXAMPLE.read_text(encoding="utf-8").replace("budget_line: \"DEF-04-210\"",
                                                                    "budget_line: \"DEF-04-211\""), encoding="utf-8")
    code, out, err = run(capsys, coordinator, "plan", "import", str(changed))
    assert code == 0 and out.endswith("; 2 assessed period(s) kept.\n")
    dropped = tmp_path / "v3.yaml"
    dropped.write_text(EXAMPLE.read_text(encoding="utf-8").replace("- id: PRE.1.3", "- id: PRE.1.9"), encoding="utf-8")
    code, out, err = run(capsys, coordinator, "plan", "import", str(dropped))
    assert code == 1 and err.startswith("error PLAN_STORED_PERIODS: ") and "PRE.1.3" in err


def test_export_gives_the_matrix_for_partners(tmp_path: Path, coordinator: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, coordinator, "plan", "import", str(EXAMPLE))[0] == 0
    assert run(capsys, coordinator, "plan", "assess", "--file", str(ASSESSMENTS))[0] == 0
    out_file = tmp_path / "matrix.json"
    code, out, err = run(capsys, coordinator, "plan", "export", "--format", "json", "--out", str(out_file))
    assert code == 0, err
    assert out == f"Wrote the plan matrix to {out_file}: 20 actions, 15 indicators, 2 period(s).\n"
    matrix = json.loads(out_file.read_text(encoding="utf-8"))
    assert {a["id"]: a["status"]["2026-H2"] for a in matrix["actions"]}["PAR.1.1"] == "completed"
    code, out, err = run(capsys, coordinator, "plan", "export", "--format", "xlsx", "--out", str(tmp_path / "m.xlsx"))
    assert code == 0, err


def test_the_plan_commands_are_for_the_coordinator(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "mon"
    assert run(capsys, home, "init", "--role", "monitor")[0] == 0
    code, out, err = run(capsys, home, "plan", "import", str(EXAMPLE))
    assert code == 1 and err.startswith("error VAULT_ROLE: ")


def test_template_and_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "plan.xlsx"
    code, out, err = run(capsys, tmp_path, "plan", "template", "--out", str(out_file), "--example")
    assert code == 0 and out_file.stat().st_size > 0
    code, out, err = run(capsys, tmp_path, "plan", "validate", str(out_file))
    assert code == 0, out
    code, out, err = run(capsys, tmp_path, "plan", "schema")
    assert code == 0 and json.loads(out)["title"] == "napsurvey plan"
    code, out, err = run(capsys, tmp_path, "plan", "schema", "--assessments")
    assert code == 0 and json.loads(out)["title"] == "napsurvey plan assessments"
