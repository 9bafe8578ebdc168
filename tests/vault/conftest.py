from __future__ import annotations

from pathlib import Path

import pytest

from napsurvey.vault.store import Vault

PASSPHRASE = "correct horse 42"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    # Test-only switch (documented in napsurvey.vault.keyfile): tiny Argon2 parameters.
    monkeypatch.setenv("NAPSURVEY_TEST_FAST_KDF", "1")


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def made(home: Path) -> tuple[Path, str]:
    """A closed vault in ``home``; returns (home, recovery key)."""
    vault, recovery = Vault.create(home, "monitor", PASSPHRASE)
    vault.close()
    return home, recovery
