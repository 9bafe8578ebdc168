"""The frozen one-folder bundle works on a machine with no Python project around it.

Runs the executable that ``packaging/build.sh`` makes
(``packaging/dist/fieldnotes/fieldnotes``, or the one named by
``NAPSURVEY_BUNDLE``). Skipped when there is no bundle, unless
``NAPSURVEY_BUILD_BUNDLE=1`` asks this test to build it first (about a
minute with a warm package cache). See packaging/README.md.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_BUNDLE = ROOT / "packaging" / "dist" / "fieldnotes" / ("fieldnotes.exe" if os.name == "nt" else "fieldnotes")
BUILD_ENV = "NAPSURVEY_BUILD_BUNDLE"
BUNDLE_ENV = "NAPSURVEY_BUNDLE"

pytestmark = pytest.mark.slow

ADULT: dict[str, Any] = {
    "consent": "yes", "age": 34, "sex": "female", "region": "north", "district": "north_2",
    "functional_difficulty": "no_difficulty",
    "safe_night": "very_unsafe", "safe_transport": "very_unsafe", "safe_home": "very_safe",
    "access_health": "difficult", "access_police": "no", "access_justice": "no", "access_psychosocial": "dont_know",
    "service_barriers": ["distance", "reprisal"], "heard_1325": "no", "heard_nap": "yes",
    "meeting_voice": "attended_silent", "peace_committee_women": "yes", "women_influence": "very_little",
    "participation_barriers": "household_duties custom",  # as XLSForm stores a select_multiple
    "@date": "2026-01-15",
}
INTERVIEWS = 30


@pytest.fixture(scope="module")
def bundle() -> Path:
    """Path of the frozen executable (built on request)."""
    exe = Path(os.environ.get(BUNDLE_ENV) or DEFAULT_BUNDLE)
    if not exe.is_file() and os.environ.get(BUILD_ENV) == "1" and BUNDLE_ENV not in os.environ:
        subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], check=True)
    if not exe.is_file():
        pytest.skip(f"no frozen bundle (run packaging/build.sh or set {BUILD_ENV}=1)")
    return exe


@pytest.fixture
def run(bundle: Path, tmp_path: Path) -> Iterator[Any]:
    """Run the bundle from an empty folder, with nothing of this checkout importable."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "NAPSURVEY_", "VIRTUAL_ENV"))}
    env.update({"QT_QPA_PLATFORM": "offscreen", "NAPSURVEY_TEST_FAST_KDF": "1"})
    work = tmp_path / "work"
    work.mkdir()

    def _run(*args: str, extra_env: dict[str, str] | None = None, ok: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [str(bundle), *args], cwd=work, env={**env, **(extra_env or {})},
            capture_output=True, text=True, timeout=300,
        )
        if ok:
            assert result.returncode == 0, f"{args}: {result.stdout}\n{result.stderr}"
            assert "Traceback" not in result.stderr
        return result

    yield _run


def test_bundle_is_not_the_python_of_this_checkout(bundle: Path) -> None:
    # A frozen executable, not a script that would borrow an interpreter.
    assert (bundle.parent / "_internal").is_dir()
    assert not sys.executable.startswith(str(bundle.parent))


def test_desktop_app_opens_set_up_on_a_fresh_home_then_unlock(run: Any, tmp_path: Path) -> None:
    home = tmp_path / "fresh"
    bench = {"NAPSURVEY_BENCH_EXIT_AT_UNLOCK": "1"}
    first = run("--home", str(home), extra_env=bench)
    assert first.stdout.split()[0] == "other_screen_shown"  # the set-up wizard: there is no vault yet
    assert not (home / "vault.db").exists()  # opening the app alone creates no vault

    pass_file = tmp_path / "pass"
    pass_file.write_text("frozen bundle passphrase 1\n", encoding="utf-8")
    run("--home", str(home), "--passphrase-file", str(pass_file), "init", "--role", "monitor")
    second = run("--home", str(home), "gui", extra_env=bench)
    assert second.stdout.split()[0] == "unlock_screen_shown"


def test_shipped_forms_and_resources_travel_inside_the_bundle(run: Any, bundle: Path) -> None:
    listed = json.loads(run("forms", "list", "--json").stdout)
    assert {f["form_id"] for f in listed} >= {"community_safety", "crsv_incident", "nap_key_informant"}
    assert run("forms", "validate").stdout.strip().endswith("forms OK")
    shipped = bundle.parent / "_internal" / "napsurvey" / "_shipped" / "resources"
    for needed in ("translations/napsurvey_fr.qm", "fonts/DejaVuSans.ttf", "icons/app.svg", "style/app.qss"):
        assert (shipped / needed).is_file(), needed


def test_back_entry_export_import_tables_report_end_to_end(run: Any, tmp_path: Path) -> None:
    coord, mon = tmp_path / "coordinator", tmp_path / "monitor"
    cpass, mpass = tmp_path / "cpass", tmp_path / "mpass"
    cpass.write_text("coordinator passphrase one\n", encoding="utf-8")
    mpass.write_text("monitor passphrase number two\n", encoding="utf-8")
    as_coord = ("--home", str(coord), "--passphrase-file", str(cpass))
    as_mon = ("--home", str(mon), "--passphrase-file", str(mpass))

    assert "Recovery key:" in run(*as_coord, "init", "--role", "coordinator").stdout
    kit = tmp_path / "kit.nsk"
    created = run(*as_coord, "kit", "create", "--out", str(kit)).stdout
    (code,) = [line.split(": ", 1)[1] for line in created.splitlines() if line.startswith("Enrollment code: ")]
    run(*as_mon, "init", "--role", "monitor")
    assert "Enrolled with coordinator" in run(*as_mon, "enroll", str(kit), "--code", code).stdout
    card = tmp_path / "card.txt"
    run(*as_mon, "device-card", "--out", str(card), "--label", "Team North 2")
    assert "Approved device" in run(*as_coord, "devices", "approve", "--yes", str(card)).stdout

    # Paper questionnaires typed in: 20 women and 10 men, all in the north, all feeling safe at home.
    answers = tmp_path / "answers.jsonl"
    rows = [{"@paper_id": f"N-{i + 1:03d}", **ADULT, "sex": "female" if i % 3 else "male"} for i in range(INTERVIEWS)]
    answers.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    entered = run(*as_mon, "interview", "--form", "community_safety", "--answers", str(answers))
    assert entered.stdout.startswith(f"{INTERVIEWS} interviews stored")

    usb = tmp_path / "usb"
    usb.mkdir()
    exported = run(*as_mon, "export", "--out", str(usb))
    assert "verified" in exported.stdout
    (bundle_file,) = usb.iterdir()
    assert b"very_safe" not in bundle_file.read_bytes()  # encrypted, not readable on the stick

    imported = run(*as_coord, "import", str(bundle_file))
    assert "imported bundle 1" in imported.stdout

    # Figures leave only as a release of a closed period (January is in a closed quarter).
    released = run(*as_coord, "release", "--form", "community_safety", "--period", "2026Q1")
    assert "2026" in released.stdout
    tables = tmp_path / "tables.json"
    run(*as_coord, "tables", "--format", "json", "--out", str(tables))
    data = json.loads(tables.read_text(encoding="utf-8"))
    (safe_home,) = [t for t in data["tables"] if t["indicator"] == "safe_home_by_region"]
    counts = {(c["key"].get("answer"), c["key"].get("region")): c["count"] for c in safe_home["cells"]}
    # "very safe" is published in the "safe" group: every interview counted once, shown (30 >= 10)
    # with the cell-key's bounded noise (at most 5); a cell below the threshold is withheld, not 0
    assert abs(counts[("safe", "north")] - INTERVIEWS) <= 5, safe_home
    assert counts[("safe", "south")] is None
    for fmt, name in (("csv", "tables.csv"), ("xlsx", "tables.xlsx")):
        run(*as_coord, "tables", "--format", fmt, "--out", str(tmp_path / name))
        assert (tmp_path / name).stat().st_size > 0

    report = tmp_path / "report.pdf"
    done = run(*as_coord, "report", "--out", str(report), "--language", "fr")
    assert "Wrote the report" in done.stdout
    head = report.read_bytes()[:5]
    assert head == b"%PDF-"


def test_the_plan_travels_and_prints_in_the_bundle(run: Any, bundle: Path, tmp_path: Path) -> None:
    plans = bundle.parent / "_internal" / "napsurvey" / "_shipped" / "resources" / "plans"
    assert (bundle.parent / "_internal" / "napsurvey" / "_shipped" / "resources" / "frameworks" /
            "wps_frameworks.yaml").is_file()
    home, secret = tmp_path / "coord", tmp_path / "pass"
    secret.write_text("coordinator passphrase one\n", encoding="utf-8")
    as_coord = ("--home", str(home), "--passphrase-file", str(secret))
    run(*as_coord, "init", "--role", "coordinator")
    assert run(*as_coord, "plan", "import", str(plans / "example_republic.xlsx")).stdout.startswith("Imported plan")
    assert run(*as_coord, "plan", "assess", "--file", str(plans / "example_republic.assessments.yaml")).stdout \
        .startswith("Stored 2 period(s)")
    pdf = tmp_path / "scorecard.pdf"
    run(*as_coord, "plan", "report", "--out", str(pdf), "--language", "ar")
    assert pdf.read_bytes().startswith(b"%PDF")
