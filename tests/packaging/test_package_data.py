"""What the wheel and the frozen bundle carry is where the program looks for it (fast checks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from napsurvey.cli.main import main
from napsurvey.forms.catalog import shipped_catalog
from napsurvey.paths import resources_dir, shipped_forms_dir

ROOT = Path(__file__).resolve().parents[2]


def test_validate_with_no_path_checks_the_shipped_forms_strictly(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["forms", "validate"]) == 0
    shipped = sorted(shipped_forms_dir().glob("*.yaml"))
    assert shipped, "no shipped forms found"
    assert capsys.readouterr().out.strip() == f"{len(shipped)} forms OK"


def test_validate_with_no_path_reports_a_broken_shipped_form(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Strict rules apply: a shipped form without indicators is refused.
    (tmp_path / "bare.yaml").write_text(
        "settings: {form_id: bare, form_title: Bare, version: '1'}\n"
        "survey:\n  - {type: integer, name: n, label: Number}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr("napsurvey.cli.forms_cmd.shipped_forms_dir", lambda: tmp_path)
    assert main(["forms", "validate"]) == 1
    assert "FORM_NO_INDICATORS" in capsys.readouterr().out


def test_everything_the_bundle_recipe_packs_exists() -> None:
    # packaging/napsurvey.spec packs forms/ and resources/ under napsurvey/_shipped/;
    # the app reads these files by name.
    resources = resources_dir()
    for needed in (
        "icons/app.svg",
        "style/app.qss",
        "fonts/DejaVuSans.ttf",
        "fonts/DejaVuSans-Bold.ttf",
        "translations/napsurvey_fr.qm",
    ):
        assert (resources / needed).is_file(), needed
    assert not shipped_catalog().broken
    spec = (ROOT / "packaging" / "napsurvey.spec").read_text(encoding="utf-8")
    assert '"napsurvey/_shipped/forms"' in spec and '"napsurvey/_shipped/resources"' in spec
    for icon in ("app.png", "app.ico"):
        assert (ROOT / "packaging" / "icons" / icon).stat().st_size > 0


def test_the_wheel_recipe_packs_the_same_folders() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"forms" = "napsurvey/_shipped/forms"' in pyproject
    assert '"resources" = "napsurvey/_shipped/resources"' in pyproject
