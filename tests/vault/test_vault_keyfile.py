from __future__ import annotations

import json
from pathlib import Path

import pytest

from napsurvey.errors import ErrorCode, NapError
from napsurvey.vault import keyfile as kf
from napsurvey.vault.recovery_key import format_recovery_key, new_recovery_secret, parse_recovery_key


def _make(params: kf.KdfParams = kf.FAST_FOR_TESTS) -> tuple[kf.KeyFile, bytearray, bytes]:
    key = kf.new_data_key()
    secret = new_recovery_secret()
    return kf.KeyFile.create(key, "a passphrase 1", secret, params), key, secret


def test_right_passphrase_and_recovery_key_give_the_data_key_and_wrong_ones_do_not() -> None:
    keyfile, key, secret = _make()
    assert keyfile.unwrap_with_passphrase("a passphrase 1") == key
    assert keyfile.unwrap_with_passphrase("a passphrase 2") is None
    assert keyfile.unwrap_with_recovery(secret) == key
    assert keyfile.unwrap_with_recovery(new_recovery_secret()) is None


def test_passphrase_is_normalised_so_composed_and_decomposed_accents_match() -> None:
    key = kf.new_data_key()
    keyfile = kf.KeyFile.create(key, "mot de passe \u00e9t\u00e9", new_recovery_secret(), kf.FAST_FOR_TESTS)
    assert keyfile.unwrap_with_passphrase("mot de passe e\u0301te\u0301") == key


def test_file_round_trip_and_rewrap_keeps_recovery_slot(tmp_path: Path) -> None:
    keyfile, key, secret = _make()
    path = tmp_path / "vault.key"
    keyfile.write(path)
    again = kf.KeyFile.read(path)
    assert again.unwrap_with_passphrase("a passphrase 1") == key
    rewrapped = again.with_passphrase(key, "another one 2")
    assert rewrapped.unwrap_with_passphrase("a passphrase 1") is None
    assert rewrapped.unwrap_with_passphrase("another one 2") == key
    assert rewrapped.unwrap_with_recovery(secret) == key
    assert b"a passphrase" not in path.read_bytes()
    assert bytes(key).hex().encode() not in path.read_bytes()


def test_editing_kdf_parameters_or_swapping_slots_fails_the_tag(tmp_path: Path) -> None:
    keyfile, _key, secret = _make()
    doc = json.loads(keyfile.to_bytes())
    doc["slots"]["passphrase"]["kdf"]["time_cost"] = 2
    path = tmp_path / "vault.key"
    path.write_text(json.dumps(doc))
    assert kf.KeyFile.read(path).unwrap_with_passphrase("a passphrase 1") is None
    doc = json.loads(keyfile.to_bytes())
    doc["slots"]["recovery"]["wrapped"] = doc["slots"]["passphrase"]["wrapped"]
    doc["slots"]["recovery"]["nonce"] = doc["slots"]["passphrase"]["nonce"]
    path.write_text(json.dumps(doc))
    assert kf.KeyFile.read(path).unwrap_with_recovery(secret) is None


@pytest.mark.parametrize(
    "content",
    [b"", b"not json", b"[]", b'{"format": "napsurvey-vault-key", "version": 9, "slots": {}}',
     b'{"format": "napsurvey-vault-key", "version": 1, "slots": {}}'],
)
def test_damaged_key_file_is_a_coded_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "vault.key"
    path.write_bytes(content)
    with pytest.raises(NapError) as err:
        kf.KeyFile.read(path)
    assert err.value.code is ErrorCode.VAULT_KEYFILE


def test_absurd_kdf_parameters_are_refused_before_any_derivation(tmp_path: Path) -> None:
    keyfile, _key, _secret = _make()
    doc = json.loads(keyfile.to_bytes())
    doc["slots"]["passphrase"]["kdf"]["memory_kib"] = 1 << 40
    path = tmp_path / "vault.key"
    path.write_text(json.dumps(doc))
    with pytest.raises(NapError) as err:
        kf.KeyFile.read(path)
    assert err.value.code is ErrorCode.VAULT_KEYFILE


def test_missing_key_file_means_no_vault(tmp_path: Path) -> None:
    with pytest.raises(NapError) as err:
        kf.KeyFile.read(tmp_path / "vault.key")
    assert err.value.code is ErrorCode.VAULT_NOT_FOUND


def test_calibration_never_goes_below_the_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(kf.TEST_FAST_KDF_ENV, raising=False)
    params = kf.calibrate(target_seconds=0.01)
    assert params.at_least_floor()
    assert params.memory_kib >= 64 * 1024 and params.time_cost >= 3 and params.parallelism >= 4


def test_fast_kdf_only_when_the_switch_is_exactly_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(kf.TEST_FAST_KDF_ENV, "yes")
    assert not kf.fast_kdf_for_tests()
    monkeypatch.setenv(kf.TEST_FAST_KDF_ENV, "1")
    assert kf.calibrate() == kf.FAST_FOR_TESTS


def test_recovery_key_reads_back_forgivingly() -> None:
    secret = new_recovery_secret()
    text = format_recovery_key(secret)
    groups = text.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert parse_recovery_key(text) == secret
    sloppy = text.lower().replace("-", " ").replace("1", "l").replace("0", "o")
    assert parse_recovery_key(sloppy) == secret
    assert parse_recovery_key(f"Recovery key: {text}") == secret
    with pytest.raises(NapError) as err:
        parse_recovery_key(text[:-1])
    assert err.value.code is ErrorCode.VAULT_WRONG_RECOVERY_KEY
    with pytest.raises(NapError) as err:
        parse_recovery_key(text[:-1] + "U")  # U is not in Crockford's alphabet
    assert err.value.code is ErrorCode.VAULT_WRONG_RECOVERY_KEY


def test_the_key_file_names_neither_the_product_nor_what_it_protects(tmp_path: Path) -> None:
    keyfile, key, _secret = _make()
    path = tmp_path / "vault.key"
    keyfile.write(path)
    content = path.read_bytes().lower()
    for word in (b"napsurvey", b"vault", b"survey", b"monitor", b"interview"):
        assert word not in content
    assert kf.KeyFile.read(path).unwrap_with_passphrase("a passphrase 1") == key


def test_a_key_file_of_format_one_still_opens(tmp_path: Path) -> None:
    keyfile, key, secret = _make()
    doc = json.loads(keyfile.to_bytes())
    del doc["attempts"]
    doc.update({"format": "napsurvey-vault-key", "version": 1})
    path = tmp_path / "vault.key"
    path.write_text(json.dumps(doc))
    old = kf.KeyFile.read(path)
    assert old.version == 1 and old.unwrap_with_passphrase("a passphrase 1") == key
    assert old.unwrap_with_recovery(secret) == key


@pytest.mark.parametrize("passphrase", ["correct horse 42", "mot de passe e\u0301te\u0301", "\u0645\u0631\u062d\u0628\u0627 2026"])
def test_argon2_in_our_own_buffers_gives_the_library_hash_so_older_key_files_open(passphrase: str) -> None:
    import unicodedata

    from argon2.low_level import Type, hash_secret_raw

    params = kf.KdfParams(time_cost=2, memory_kib=8 * 1024, parallelism=2)
    expected = hash_secret_raw(secret=unicodedata.normalize("NFC", passphrase).encode("utf-8"), salt=b"s" * 16,
                               time_cost=2, memory_cost=8 * 1024, parallelism=2, hash_len=32, type=Type.ID)
    assert bytes(kf.derive_passphrase_key(passphrase, b"s" * 16, params)) == expected
    assert bytes(kf.derive_passphrase_key(bytearray(passphrase.encode("utf-8")), b"s" * 16, params)) == expected
    assert bytes(kf.derive_passphrase_key(memoryview(passphrase.encode("utf-8")), b"s" * 16, params)) == expected
