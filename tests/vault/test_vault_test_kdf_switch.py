"""The test-only fast KDF switch must never weaken a real vault (finding L6).

``NAPSURVEY_TEST_FAST_KDF=1`` is honoured only inside the test suite: pytest
sets ``PYTEST_CURRENT_TEST`` while a test runs, and the processes a test
starts inherit it. A monitor (or a guide, or a launcher script) that sets the
variable on a real laptop gets the calibrated Argon2 parameters all the same.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from napsurvey.vault import keyfile
from napsurvey.vault.store import KEY_NAME, Vault
from tests.vault.conftest import PASSPHRASE


def _production_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_CURRENT_TEST"}
    env["NAPSURVEY_TEST_FAST_KDF"] = "1"
    return env


def test_the_switch_outside_the_test_suite_still_gives_a_vault_at_the_floor(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**_production_env(), "NAPSURVEY_PASSPHRASE": "a field passphrase with words 7"}
    done = subprocess.run(
        [sys.executable, "-m", "napsurvey", "--home", str(home), "init", "--role", "monitor"],
        env=env, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    params = keyfile.KeyFile.read(home / KEY_NAME).passphrase_params
    assert params.at_least_floor(), params


def test_the_switch_outside_the_test_suite_is_reported_off() -> None:
    code = "from napsurvey.vault.keyfile import fast_kdf_for_tests; print(fast_kdf_for_tests())"
    done = subprocess.run([sys.executable, "-c", code], env=_production_env(), capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_inside_the_suite_the_switch_works() -> None:
    assert os.environ.get("PYTEST_CURRENT_TEST")
    assert keyfile.fast_kdf_for_tests()
    assert keyfile.calibrate() == keyfile.FAST_FOR_TESTS


def test_even_inside_the_suite_a_strong_vault_is_never_rewrapped_weaker(home: Path) -> None:
    vault, recovery = Vault.create(home, "monitor", PASSPHRASE, kdf=keyfile.FLOOR)
    vault.change_passphrase(PASSPHRASE, "another passphrase 2")
    vault.close()
    assert keyfile.KeyFile.read(home / KEY_NAME).passphrase_params == keyfile.FLOOR
    Vault.recover(home, recovery, PASSPHRASE).close()
    assert keyfile.KeyFile.read(home / KEY_NAME).passphrase_params == keyfile.FLOOR
    Vault.open(home, PASSPHRASE).close()
    assert keyfile.KeyFile.read(home / KEY_NAME).passphrase_params == keyfile.FLOOR


@pytest.mark.parametrize("value", ["yes", "true", "0", " 1", ""])
def test_only_exactly_one_turns_it_on(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(keyfile.TEST_FAST_KDF_ENV, value)
    assert not keyfile.fast_kdf_for_tests()
