"""A wheel built from this checkout works in a fresh virtual environment.

What a person installing with pip gets: the shipped questionnaires,
translations, fonts and icons inside the package, and the ``napsurvey``
command finding them with no source checkout anywhere near.
Slow (a wheel build and a full dependency install); run with ``-m slow``
alone, or skip with ``-m "not slow"``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHIPPED_FORM_IDS = {"community_safety", "crsv_incident", "nap_key_informant", "security_sector_audit"}

pytestmark = pytest.mark.slow


def _bin(env_dir: Path, name: str) -> Path:
    return env_dir / ("Scripts" if os.name == "nt" else "bin") / name


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with only the built wheel (and its dependencies) installed."""
    tmp = tmp_path_factory.mktemp("wheel")
    wheels = tmp / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(wheels), str(ROOT)],
        check=True,
    )
    built = sorted(wheels.glob("napsurvey-*.whl"))
    assert len(built) == 1, built
    env_dir = tmp / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    subprocess.run([str(_bin(env_dir, "python")), "-m", "pip", "install", "--quiet", str(built[0])], check=True)
    return env_dir


def _run(env_dir: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # Away from the checkout, with an empty home: only the installed package can answer.
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "NAPSURVEY_HOME"}}
    env["NAPSURVEY_HOME"] = str(cwd / "home")
    return subprocess.run(
        [str(_bin(env_dir, "napsurvey")), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def test_installed_command_lists_the_shipped_forms(installed: Path, tmp_path: Path) -> None:
    result = _run(installed, tmp_path, "forms", "list", "--json")
    assert result.returncode == 0, result.stderr
    import json

    ids = {form["form_id"] for form in json.loads(result.stdout)}
    assert ids == SHIPPED_FORM_IDS


def test_installed_command_validates_the_shipped_forms_from_the_package(installed: Path, tmp_path: Path) -> None:
    result = _run(installed, tmp_path, "forms", "validate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == f"{len(SHIPPED_FORM_IDS)} forms OK"


def test_package_data_is_inside_the_installed_package(installed: Path, tmp_path: Path) -> None:
    probe = (
        "from napsurvey.paths import shipped_forms_dir, resources_dir; import napsurvey;"
        "print(napsurvey.__file__); print(shipped_forms_dir()); print(resources_dir())"
    )
    result = subprocess.run(
        [str(_bin(installed, "python")), "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    package, forms, resources = (Path(line) for line in result.stdout.splitlines())
    site = package.parent
    assert forms == site / "_shipped" / "forms"
    assert resources == site / "_shipped" / "resources"
    for needed in ("translations/napsurvey_fr.qm", "fonts/DejaVuSans.ttf", "icons/app.svg", "style/app.qss"):
        assert (resources / needed).is_file(), needed


def test_installed_cli_makes_a_vault_with_no_display(installed: Path, tmp_path: Path) -> None:
    # The core dependencies (SQLCipher, Argon2, PyNaCl) load from the wheel install.
    (tmp_path / "pass").write_text("a long enough test passphrase 42\n", encoding="utf-8")
    env_args = ("--passphrase-file", str(tmp_path / "pass"))
    made = _run(installed, tmp_path, *env_args, "init", "--role", "monitor")
    assert made.returncode == 0, made.stderr
    status = _run(installed, tmp_path, *env_args, "status", "--json")
    assert status.returncode == 0, status.stderr
    assert '"monitor"' in status.stdout
