from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from napsurvey.errors import ErrorCode, NapError
from napsurvey.vault.store import Vault

PASSPHRASE = "correct horse 42"

_CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from napsurvey.errors import NapError
    from napsurvey.vault.store import Vault
    start = time.monotonic()
    try:
        Vault.open(Path(sys.argv[1]), sys.argv[2]).close()
        print("opened")
    except NapError as exc:
        print(exc.code.name)
    """
)


def _child_open(home: Path) -> str:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(home), PASSPHRASE], capture_output=True, text=True, timeout=60, check=True
    )
    return out.stdout.strip()


def test_a_second_process_is_refused_while_the_vault_is_open(made: tuple[Path, str]) -> None:
    home, _ = made
    vault = Vault.open(home, PASSPHRASE)
    try:
        assert _child_open(home) == "VAULT_LOCKED_BY_OTHER"
    finally:
        vault.close()
    assert _child_open(home) == "opened"


def test_a_second_open_in_the_same_process_is_refused_too(made: tuple[Path, str]) -> None:
    home, _ = made
    with Vault.open(home, PASSPHRASE):
        with pytest.raises(NapError) as err:
            Vault.open(home, PASSPHRASE)
        assert err.value.code is ErrorCode.VAULT_LOCKED_BY_OTHER
    Vault.open(home, PASSPHRASE).close()


def test_a_refused_unlock_releases_the_lock(made: tuple[Path, str]) -> None:
    home, _ = made
    with pytest.raises(NapError) as err:
        Vault.open(home, "not the passphrase")
    assert err.value.code is ErrorCode.VAULT_WRONG_PASSPHRASE
    Vault.open(home, PASSPHRASE).close()
