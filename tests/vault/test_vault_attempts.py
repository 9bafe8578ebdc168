"""The failed-unlock counter fails closed (findings L1 and L2).

It used to be a plain ``vault.attempts`` file beside the key: deleting it gave
fresh attempts, and a folder in its place gave unlimited ones. It now lives in
the key file itself (deleting it deletes the vault's key), a counter that
cannot be read means the longest wait, an attempt whose failure could not be
recorded is not made, and a wrong *old* passphrase at a passphrase change
counts like a failed unlock.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from napsurvey.errors import ErrorCode, NapError
from napsurvey.vault import attempts, keyfile, store
from napsurvey.vault.store import KEY_NAME, Vault
from tests.vault.conftest import PASSPHRASE


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


class KdfCounter:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.runs = 0
        real = keyfile.derive_passphrase_key

        def counting(*args: object, **kwargs: object) -> bytearray:
            self.runs += 1
            return real(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(keyfile, "derive_passphrase_key", counting)


def _fail(home: Path, clock: FakeClock, times: int) -> list[ErrorCode]:
    codes = []
    for _ in range(times):
        with pytest.raises(NapError) as err:
            Vault.open(home, "a wrong passphrase", now=clock)
        codes.append(err.value.code)
    return codes


def test_deleting_the_old_counter_file_gives_no_fresh_attempt(made: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    home, _ = made
    clock = FakeClock()
    assert _fail(home, clock, 4) == [ErrorCode.VAULT_WRONG_PASSPHRASE] * 4
    (home / "vault.attempts").unlink(missing_ok=True)
    kdf = KdfCounter(monkeypatch)
    with pytest.raises(NapError) as err:
        Vault.open(home, PASSPHRASE, now=clock)
    assert err.value.code is ErrorCode.VAULT_WAIT
    assert kdf.runs == 0


def test_a_folder_in_place_of_the_counter_gives_no_unlimited_attempts(made: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    home, _ = made
    (home / "vault.attempts").unlink(missing_ok=True)
    (home / "vault.attempts").mkdir()
    clock = FakeClock()
    kdf = KdfCounter(monkeypatch)
    codes = _fail(home, clock, 10)
    assert codes[:4] == [ErrorCode.VAULT_WRONG_PASSPHRASE] * 4
    assert set(codes[4:]) == {ErrorCode.VAULT_WAIT}
    assert kdf.runs == 4


@pytest.mark.parametrize("garbage", [{"failures": "none", "last": 0}, {"failures": -3, "last": 0}, "zero",
                                     {"failures": 0}, {"failures": 0, "last": "yesterday"}, None])
def test_a_counter_that_cannot_be_read_means_the_longest_wait(
    made: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, garbage: object
) -> None:
    home, _ = made
    Vault.open(home, PASSPHRASE).close()  # the key file now holds the counter
    path = home / KEY_NAME
    doc = json.loads(path.read_bytes())
    assert doc["attempts"] == {"failures": 0, "last": 0.0}
    if garbage is None:
        del doc["attempts"]
    else:
        doc["attempts"] = garbage
    path.write_text(json.dumps(doc))
    clock = FakeClock()
    kdf = KdfCounter(monkeypatch)
    with pytest.raises(NapError) as err:
        Vault.open(home, PASSPHRASE, now=clock)
    assert err.value.code is ErrorCode.VAULT_WAIT
    assert err.value.params["seconds"] == attempts.MAX_DELAY
    assert kdf.runs == 0
    clock.now += attempts.MAX_DELAY
    Vault.open(home, PASSPHRASE, now=clock).close()
    assert kdf.runs == 1


def test_an_attempt_whose_failure_cannot_be_recorded_is_not_made(made: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    home, _ = made
    kdf = KdfCounter(monkeypatch)

    def full(path: Path, data: bytes, *, mode: int = 0o600) -> None:
        raise NapError(ErrorCode.DISK_FULL, path=path.name)

    monkeypatch.setattr(keyfile, "write_atomic", full)
    for _ in range(6):
        with pytest.raises(NapError) as err:
            Vault.open(home, "a wrong passphrase")
        assert err.value.code is ErrorCode.DISK_FULL
    assert kdf.runs == 0


def test_the_counter_file_of_an_older_version_is_still_honoured(made: tuple[Path, str]) -> None:
    home, _ = made
    # A vault made before the counter moved into the key file: format 1 and a separate file.
    path = home / KEY_NAME
    doc = json.loads(path.read_bytes())
    doc.pop("attempts", None)
    doc.update({"format": "napsurvey-vault-key", "version": 1})
    path.write_text(json.dumps(doc))
    clock = FakeClock()
    (home / "vault.attempts").write_text(json.dumps({"failures": 6, "last": clock.now}))
    with pytest.raises(NapError) as err:
        Vault.open(home, PASSPHRASE, now=clock)
    assert err.value.code is ErrorCode.VAULT_WAIT
    clock.now += 3600
    Vault.open(home, PASSPHRASE, now=clock).close()
    assert not (home / "vault.attempts").exists()
    assert json.loads(path.read_bytes())["version"] == keyfile.FORMAT_VERSION


def test_wrong_old_passphrases_at_a_change_are_limited_like_unlocks(made: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    home, _ = made
    clock = FakeClock()
    with Vault.open(home, PASSPHRASE, now=clock) as vault:
        codes = []
        for _ in range(4):
            with pytest.raises(NapError) as err:
                vault.change_passphrase("a wrong passphrase", "a new passphrase 77", now=clock)
            codes.append(err.value.code)
        assert codes == [ErrorCode.VAULT_WRONG_PASSPHRASE] * 4
        assert "wait 2 s" in err.value.message
        kdf = KdfCounter(monkeypatch)
        with pytest.raises(NapError) as err:
            vault.change_passphrase(PASSPHRASE, "a new passphrase 77", now=clock)
        assert err.value.code is ErrorCode.VAULT_WAIT
        assert kdf.runs == 0
        clock.now += 2
        vault.change_passphrase(PASSPHRASE, "a new passphrase 77", now=clock)
    assert attempts.read(home).failures == 0
    Vault.open(home, "a new passphrase 77", now=clock).close()


def test_the_lock_is_taken_before_the_counter_is_read(made: tuple[Path, str]) -> None:
    home, _ = made
    with Vault.open(home, PASSPHRASE):
        with pytest.raises(NapError) as err:
            Vault.open(home, "a wrong passphrase")
        assert err.value.code is ErrorCode.VAULT_LOCKED_BY_OTHER
    assert attempts.read(home).failures == 0
    assert store.vault_exists(home)
