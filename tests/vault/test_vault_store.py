from __future__ import annotations

from pathlib import Path

import pytest

from napsurvey.errors import ErrorCode, NapError
from napsurvey.vault import attempts, keyfile
from napsurvey.vault.repo import audit, drafts, outcomes, records, settings
from napsurvey.vault.repo.records import NewRecord
from napsurvey.vault.shipped import shipped_forms
from napsurvey.vault.store import Vault, vault_exists

PASSPHRASE = "correct horse 42"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def _fill(vault: Vault) -> None:
    records.insert_records(vault, [NewRecord("f", "1", "2025-01", {"q": i}) for i in range(25)])
    drafts.create_draft(vault, "f", "1", {"answers": {"q": 1}})
    settings.put_setting(vault, "font_size", 14)
    outcomes.add_outcome(vault, "f", "1", "2025-01", "refused")


def _snapshot(vault: Vault) -> tuple[object, ...]:
    conn = vault.connection
    return tuple(
        conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
        for t in ("records", "drafts", "settings", "outcomes", "identity", "meta", "forms")
    )


def test_create_makes_keys_role_and_fingerprint(home: Path) -> None:
    vault, recovery = Vault.create(home, "coordinator", PASSPHRASE)
    with vault:
        assert vault_exists(home)
        assert vault.role == "coordinator"
        assert len(vault.device_id) == 16
        parts = vault.fingerprint.split("-")
        assert len(parts) == 8 and all(len(p) == 5 and p.isdigit() for p in parts)
        message = b"hello"
        signed = vault.signing_key().sign(message)
        from nacl.signing import VerifyKey

        assert VerifyKey(vault.signing_public_key).verify(signed) == message
        assert bytes(vault.box_private_key().public_key) == vault.box_public_key
        assert [e.event for e in audit.list_events(vault)][0] == "vault_created"
    assert len(recovery.split("-")) == 8
    with pytest.raises(NapError) as err:
        Vault.create(home, "monitor", PASSPHRASE)
    assert err.value.code is ErrorCode.VAULT_EXISTS


def test_private_keys_are_only_inside_the_encrypted_database(home: Path) -> None:
    vault, _ = Vault.create(home, "monitor", PASSPHRASE)
    seed = bytes(vault.signing_key())
    box = bytes(vault.box_private_key())
    vault.close()
    for path in home.iterdir():
        data = path.read_bytes()
        assert seed not in data and box not in data
        assert seed.hex().encode() not in data


def test_open_on_an_empty_home_says_no_vault(home: Path) -> None:
    with pytest.raises(NapError) as err:
        Vault.open(home, PASSPHRASE)
    assert err.value.code is ErrorCode.VAULT_NOT_FOUND


def test_wrong_passphrase_never_touches_the_database(made: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    home, _ = made
    from napsurvey.vault import store

    def boom(*args: object, **kwargs: object) -> None:
        raise AssertionError("database opened")

    monkeypatch.setattr(store, "open_connection", boom)
    with pytest.raises(NapError) as err:
        Vault.open(home, "wrong passphrase")
    assert err.value.code is ErrorCode.VAULT_WRONG_PASSPHRASE


def test_failed_unlocks_slow_down_and_a_success_resets(made: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    home, _ = made
    clock = FakeClock()
    messages = []
    for _ in range(3):
        with pytest.raises(NapError) as err:
            Vault.open(home, "wrong", now=clock)
        assert err.value.code is ErrorCode.VAULT_WRONG_PASSPHRASE
        messages.append(err.value.message)
    assert messages[-1] == "wrong passphrase"  # three free attempts
    waits = []
    for _ in range(5):
        with pytest.raises(NapError) as err:
            Vault.open(home, "wrong", now=clock)
        assert err.value.code is ErrorCode.VAULT_WRONG_PASSPHRASE
        wait = attempts.seconds_left(home, clock)
        assert f"wait {int(wait)} s" in err.value.message
        waits.append(wait)
        # During the wait, even the right passphrase is refused without running the KDF.
        monkeypatch.setattr(keyfile, "derive_passphrase_key", _no_kdf)
        with pytest.raises(NapError) as err:
            Vault.open(home, PASSPHRASE, now=clock)
        assert err.value.code is ErrorCode.VAULT_WAIT
        monkeypatch.undo()
        clock.now += wait
    assert waits == [2, 4, 8, 16, 32]
    with Vault.open(home, PASSPHRASE, now=clock) as vault:
        events = audit.list_events(vault)
        assert events[-2].event == "unlock_failed" and events[-2].detail.startswith("8 ")
        assert events[-2].data == {"attempts": 8}
        # after failures, a new session line (not a count on the line before them)
        assert events[-1].event == "session" and events[-1].data == {"front_end": "CLI", "unlocks": 1}
    assert attempts.seconds_left(home, clock) == 0
    assert attempts.read(home).failures == 0


def _no_kdf(*args: object, **kwargs: object) -> bytearray:
    raise AssertionError("KDF ran during the wait")


def test_delay_doubles_to_a_five_minute_cap() -> None:
    assert [attempts.delay_after(n) for n in range(1, 6)] == [0, 0, 0, 2, 4]
    assert attempts.delay_after(40) == 300
    assert attempts.Attempts(failures=10, last=5000.0).seconds_left(now=0.0) == 128  # clock moved back: one delay, no more


def test_passphrase_change_and_recovery_keep_every_row(made: tuple[Path, str]) -> None:
    home, recovery = made
    with Vault.open(home, PASSPHRASE) as vault:
        _fill(vault)
        before = _snapshot(vault)
        db_before = (home / "vault.db").stat().st_ino
        with pytest.raises(NapError) as err:
            vault.change_passphrase("not the old one", "a new passphrase 1")
        assert err.value.code is ErrorCode.VAULT_WRONG_PASSPHRASE
        vault.change_passphrase(PASSPHRASE, "a new passphrase 1")
    with pytest.raises(NapError) as old:
        Vault.open(home, PASSPHRASE)
    assert old.value.code is ErrorCode.VAULT_WRONG_PASSPHRASE
    with Vault.open(home, "a new passphrase 1") as vault:
        assert _snapshot(vault) == before
    with pytest.raises(NapError) as err:
        Vault.recover(home, "0000-0000-0000-0000-0000-0000-0000-0000", "third passphrase 3")
    assert err.value.code is ErrorCode.VAULT_WRONG_RECOVERY_KEY
    with Vault.recover(home, recovery, "third passphrase 3") as vault:
        assert _snapshot(vault) == before
        assert "recovered" in [e.event for e in audit.list_events(vault)]
    with Vault.open(home, "third passphrase 3") as vault:
        assert _snapshot(vault) == before
        assert "passphrase_changed" in [e.event for e in audit.list_events(vault)]
    assert (home / "vault.db").stat().st_ino == db_before  # the data was never rewritten


def test_recovery_clears_failed_attempts(made: tuple[Path, str]) -> None:
    home, recovery = made
    clock = FakeClock()
    codes = []
    for _ in range(5):
        with pytest.raises(NapError) as err:
            Vault.open(home, "wrong", now=clock)
        codes.append(err.value.code)
    # the fourth failure starts a delay: the fifth try is refused before any key derivation
    assert codes == [ErrorCode.VAULT_WRONG_PASSPHRASE] * 4 + [ErrorCode.VAULT_WAIT]
    Vault.recover(home, recovery, "new passphrase 9").close()
    assert attempts.read(home).failures == 0


def test_closed_vault_refuses_use_and_close_is_idempotent(made: tuple[Path, str]) -> None:
    home, _ = made
    vault = Vault.open(home, PASSPHRASE)
    vault.close()
    vault.close()
    with pytest.raises(NapError) as err:
        _ = vault.connection
    assert err.value.code is ErrorCode.VAULT_CLOSED


def test_shipped_forms_of_normal_sensitivity_are_installed_and_high_ones_not(home: Path) -> None:
    shipped = shipped_forms()
    assert shipped, "the package ships forms"
    vault, _ = Vault.create(home, "monitor", PASSPHRASE, forms=shipped)
    with vault:
        from napsurvey.vault.repo.forms import list_forms

        installed = {row.form_id for row in list_forms(vault)}
    normal = {form.form_id for form, _ in shipped if not form.is_high}
    high = {form.form_id for form, _ in shipped if form.is_high}
    assert installed == normal
    assert high and not (high & installed)


def test_a_stronger_kdf_replaces_a_weak_key_file_at_unlock(made: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    home, _ = made
    assert not keyfile.KeyFile.read(home / "vault.key").passphrase_params.at_least_floor()
    monkeypatch.delenv(keyfile.TEST_FAST_KDF_ENV)
    monkeypatch.setattr(keyfile, "calibrate", lambda target_seconds=0.5: keyfile.FLOOR)
    from napsurvey.vault import store

    monkeypatch.setattr(store, "calibrate", lambda target_seconds=0.5: keyfile.FLOOR)
    Vault.open(home, PASSPHRASE).close()
    assert keyfile.KeyFile.read(home / "vault.key").passphrase_params == keyfile.FLOOR
    Vault.open(home, PASSPHRASE).close()


def test_a_home_that_cannot_be_created_is_a_coded_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(NapError) as err:
        Vault.create(blocker / "home", "monitor", PASSPHRASE)
    assert err.value.code is ErrorCode.IO_ERROR


def test_a_missing_database_beside_a_key_file_is_reported(made: tuple[Path, str]) -> None:
    home, _ = made
    (home / "vault.db").unlink()
    with pytest.raises(NapError) as err:
        Vault.open(home, PASSPHRASE)
    assert err.value.code is ErrorCode.VAULT_CORRUPT
    with pytest.raises(NapError) as err:  # the lock was released: same answer again, not LOCKED_BY_OTHER
        Vault.open(home, PASSPHRASE)
    assert err.value.code is ErrorCode.VAULT_CORRUPT


def test_a_role_other_than_monitor_or_coordinator_is_refused(home: Path) -> None:
    with pytest.raises(NapError) as err:
        Vault.create(home, "admin", PASSPHRASE)
    assert err.value.code is ErrorCode.VAULT_BAD_ROLE
    assert not (home / "vault.key").exists()
