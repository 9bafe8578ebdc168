from __future__ import annotations

from pathlib import Path

import pytest

from napsurvey.vault.store import Vault

PASSPHRASE = "correct horse 42"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def made(home: Path) -> tuple[Path, str]:
    """A closed vault in ``home``; returns (home, recovery key)."""
    vault, recovery = Vault.create(home, "monitor", PASSPHRASE)
    vault.close()
    return home, recovery
