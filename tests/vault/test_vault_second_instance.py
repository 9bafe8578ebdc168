"""Deleting ``vault.lock`` must not let a second instance in, and nothing raw escapes (finding L3).

``vault.lock`` is a quick first check (refused before any KDF work). The
database itself is the real lock: SQLite's exclusive locking mode holds it
from the moment the vault opens until it closes, whatever path reaches the
file, so a second process that got past a deleted lock file is refused at the
database with the same code.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from napsurvey.cli.main import main
from napsurvey.errors import ErrorCode, NapError
from napsurvey.vault.lock import LOCK_NAME
from napsurvey.vault.store import Vault
from tests.vault.conftest import PASSPHRASE

_HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from napsurvey.vault.store import Vault
    vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
    if sys.argv[3] == "writing":
        vault.connection.execute("BEGIN IMMEDIATE")  # a long write: an import, a back-entry file
        vault.connection.execute("INSERT INTO settings(key, value) VALUES ('busy', '1')")
    print("open", flush=True)
    sys.stdin.read()
    """
)


@contextmanager
def _other_instance(home: Path, mode: str) -> Iterator[None]:
    child = subprocess.Popen([sys.executable, "-c", _HOLDER, str(home), PASSPHRASE, mode],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdin is not None
    try:
        assert child.stdout.readline().strip() == "open"
        yield
    finally:
        child.stdin.close()
        child.wait(timeout=60)
        child.stdout.close()


@pytest.mark.parametrize("mode", ["idle", "writing"])
def test_deleting_the_lock_file_does_not_let_a_second_process_in(made: tuple[Path, str], mode: str) -> None:
    home, _ = made
    with _other_instance(home, mode):
        (home / LOCK_NAME).unlink()
        with pytest.raises(NapError) as err:
            Vault.open(home, PASSPHRASE).close()
        assert err.value.code is ErrorCode.VAULT_LOCKED_BY_OTHER
    Vault.open(home, PASSPHRASE).close()  # the first instance closed: open again


def test_the_command_line_says_so_in_one_coded_line(
    made: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home, _ = made
    monkeypatch.setenv("NAPSURVEY_PASSPHRASE", PASSPHRASE)
    with _other_instance(home, "writing"):
        (home / LOCK_NAME).unlink()
        assert main(["--home", str(home), "status"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error VAULT_LOCKED_BY_OTHER:") and err.count("\n") == 1
    assert "OperationalError" not in err and "INTERNAL" not in err


def test_a_refusal_at_the_database_leaves_no_failed_attempt(made: tuple[Path, str]) -> None:
    from napsurvey.vault import attempts

    home, _ = made
    with _other_instance(home, "idle"):
        for _ in range(5):
            (home / LOCK_NAME).unlink(missing_ok=True)
            with pytest.raises(NapError) as err:
                Vault.open(home, PASSPHRASE)
            assert err.value.code is ErrorCode.VAULT_LOCKED_BY_OTHER
    assert attempts.read(home).failures == 0
