from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from napsurvey.errors import ErrorCode, NapError
from napsurvey.services import session as services
from napsurvey.vault.repo import drafts, records
from napsurvey.vault.repo.records import NewRecord
from napsurvey.vault.store import Vault

PASSPHRASE = "correct horse 42"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def setup(home: Path) -> services.SetupResult:
    return services.create_vault(home, "monitor", PASSPHRASE)


@pytest.mark.parametrize(
    "weak", ["short1A", "aaaaaaaaaaaaaaaaaaaaaaa", "abcdefghijkl", "1234567890123", "ababababababab"]
)
def test_weak_passphrases_are_refused_at_setup(home: Path, weak: str) -> None:
    assert services.passphrase_strength(weak).problems
    with pytest.raises(NapError) as err:
        services.create_vault(home, "monitor", weak)
    assert err.value.code is ErrorCode.VAULT_WEAK_PASSPHRASE
    assert weak not in err.value.message
    assert not services.vault_exists(home)


@pytest.mark.parametrize("good", ["correct horse 42", "Tr0ub4dor&3x", "the quick brown fox jumps", "مرحبا بالعالم 2026"])
def test_reasonable_passphrases_pass_and_score_at_least_fair(good: str) -> None:
    strength = services.passphrase_strength(good)
    assert strength.problems == [] and strength.score >= 2 and strength.label in ("fair", "good", "strong")


def test_score_grows_with_length() -> None:
    samples = ("", "abc1", "abcdef12", "abc def 12345", "a much longer passphrase with 7 words")
    scores = [services.passphrase_strength(p).score for p in samples]
    assert scores == sorted(scores) and scores[0] == 0 and scores[-1] == 4


def test_setup_shows_recovery_key_and_fingerprint_and_unlock_gives_the_same_identity(
    home: Path, setup: services.SetupResult
) -> None:
    assert services.vault_exists(home)
    assert len(setup.recovery_key.split("-")) == 8
    with services.unlock(home, PASSPHRASE) as session:
        assert session.fingerprint == setup.fingerprint
        assert session.role == "monitor"
    with pytest.raises(NapError) as err:
        services.create_vault(home, "monitor", PASSPHRASE)
    assert err.value.code is ErrorCode.VAULT_EXISTS


def test_unlock_errors_are_coded(home: Path, setup: services.SetupResult, tmp_path: Path) -> None:
    with pytest.raises(NapError) as err:
        services.unlock(tmp_path / "elsewhere", PASSPHRASE)
    assert err.value.code is ErrorCode.VAULT_NOT_FOUND
    for _ in range(4):
        with pytest.raises(NapError) as err:
            services.unlock(home, "wrong passphrase")
        assert err.value.code is ErrorCode.VAULT_WRONG_PASSPHRASE
    assert 0 < services.seconds_until_next_attempt(home) <= 2
    with pytest.raises(NapError) as err:
        services.unlock(home, PASSPHRASE)
    assert err.value.code is ErrorCode.VAULT_WAIT
    Vault.open(home, PASSPHRASE, now=lambda: 1e12).close()  # once the wait is over, the right passphrase opens
    with services.unlock(home, PASSPHRASE) as session, pytest.raises(NapError) as err:
        services.unlock(home, PASSPHRASE)
    assert err.value.code is ErrorCode.VAULT_LOCKED_BY_OTHER
    assert session.locked


def test_status_counts_without_content(home: Path, setup: services.SetupResult) -> None:
    with services.unlock(home, PASSPHRASE) as session:
        vault = session.vault
        drafts.create_draft(vault, "community_safety", "2026.1", {"answers": {}})
        records.insert_records(vault, [NewRecord("community_safety", "2026.1", "2025-01", {"x": 1})] * 3)
        status = session.status()
        assert status.role == "monitor" and status.fingerprint == setup.fingerprint
        assert status.drafts == 1
        assert status.completed_by_form == {"community_safety": 3}
        assert status.not_exported == 3
        assert status.last_export_day is None and status.last_import_day is None
        assert status.schema_version >= 2
        forms = {f.form_id: f for f in session.installed_forms()}
        assert "crsv_incident" not in forms  # high sensitivity: kit only
        cs = forms["community_safety"]
        assert (cs.drafts, cs.completed, cs.sensitivity) == (1, 3, "normal")
        assert cs.languages[0] == "en" and "fr" in cs.languages and cs.title["en"]
        events = [e.event for e in session.audit()]
        assert events[:2] == ["vault_created", "forms_installed"] and "session" in events


def test_settings_and_training_sign_off(home: Path, setup: services.SetupResult) -> None:
    with services.unlock(home, PASSPHRASE) as session:
        assert session.get_setting("idle_lock_minutes", 5) == 5
        session.put_setting("idle_lock_minutes", 3)
        assert session.training() is None
        for bad in ("bad code!", "x", "SUP 7", "SUP-", "-07", "SUPERVISOR-7", "SUP-1234567"):
            with pytest.raises(NapError) as err:
                session.sign_off_training(date.today(), bad)
            assert err.value.code is ErrorCode.TRAINING_SUPERVISOR_CODE, bad
        with pytest.raises(NapError) as err:
            session.sign_off_training(date.today() + timedelta(days=2), "SUP-7")
        assert err.value.code is ErrorCode.TRAINING_DATE
        assert session.training() is None
        session.sign_off_training(date(2026, 1, 15), " sup-7 ")
    with services.unlock(home, PASSPHRASE) as session:
        assert session.get_setting("idle_lock_minutes", 5) == 3
        training = session.training()
        assert training is not None and training.day == date(2026, 1, 15) and training.supervisor_code == "SUP-7"
        assert "training_signed_off" in [e.event for e in session.audit()]


def test_lock_closes_and_drops_the_vault(home: Path, setup: services.SetupResult) -> None:
    session = services.unlock(home, PASSPHRASE)
    session.lock()
    session.lock()
    assert session.locked
    with pytest.raises(NapError) as err:
        session.status()
    assert err.value.code is ErrorCode.VAULT_CLOSED
    services.unlock(home, PASSPHRASE).lock()  # the lock file was released


def test_change_passphrase_checks_strength_and_recover_sets_a_new_one(home: Path, setup: services.SetupResult) -> None:
    with services.unlock(home, PASSPHRASE) as session:
        with pytest.raises(NapError) as err:
            session.change_passphrase(PASSPHRASE, "short")
        assert err.value.code is ErrorCode.VAULT_WEAK_PASSPHRASE
        session.change_passphrase(PASSPHRASE, "second passphrase 2")
    services.unlock(home, "second passphrase 2").lock()
    with pytest.raises(NapError) as err:
        services.recover(home, setup.recovery_key, "weak")
    assert err.value.code is ErrorCode.VAULT_WEAK_PASSPHRASE
    with services.recover(home, setup.recovery_key, "third passphrase 3") as session:
        assert session.fingerprint == setup.fingerprint
    services.unlock(home, "third passphrase 3").lock()
