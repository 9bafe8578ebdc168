"""Passphrases an attacker guesses first are refused (finding H2).

From ``vault.key`` alone, ``Summer2024`` fell in 18 guesses: the old rule
(ten characters, two kinds) let it through. The estimate now comes from
zxcvbn (dictionaries of common passwords, names, words, keyboard patterns,
dates) with a floor of 10^10 guesses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from napsurvey.errors import ErrorCode, NapError
from napsurvey.services import passphrase_policy as policy
from napsurvey.services import session as services

DICTIONARY = ["Summer2024", "password12", "qwerty1234", "P@ssw0rd2024", "Amina2024!", "azertyuiop12",
              "1qaz2wsx3edc", "correcthorse", "Monitor2026!", "napsurvey2026", "iloveyou2025"]


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NAPSURVEY_TEST_FAST_KDF", "1")


@pytest.mark.parametrize("weak", DICTIONARY)
def test_dictionary_passphrases_are_refused_at_set_up(tmp_path: Path, weak: str) -> None:
    strength = policy.passphrase_strength(weak)
    assert not strength.acceptable and strength.score < 4
    with pytest.raises(NapError) as err:
        services.create_vault(tmp_path / "home", "monitor", weak)
    assert err.value.code is ErrorCode.VAULT_WEAK_PASSPHRASE
    assert weak not in err.value.message
    assert not services.vault_exists(tmp_path / "home")


@pytest.mark.parametrize("good", ["correct horse 42", "sunflower garden 9", "tomate verte 12", "Jardin-Bleu-47",
                                  "the quick brown fox jumps", "مرحبا بالعالم 2026", "a" * 3 + " long passphrase " * 6])
def test_passphrases_of_a_few_uncommon_words_pass(good: str) -> None:
    strength = policy.passphrase_strength(good)
    assert strength.acceptable, strength
    assert strength.score == 4 and strength.guesses_log10 >= policy.MIN_GUESSES_LOG10


def test_the_estimate_gives_codes_the_interface_can_translate_and_never_echoes_the_passphrase() -> None:
    strength = policy.passphrase_strength("Summer2024")
    assert strength.problems and set(strength.problem_codes) <= set(policy.PROBLEMS)
    assert all("Summer" not in p and "2024" not in p for p in strength.problems)
    assert policy.passphrase_strength("short").problem_codes[0] == "too_short"
    assert "product_word" in policy.passphrase_strength("Napsurvey2026").problem_codes


def test_change_and_recovery_refuse_a_dictionary_passphrase_but_the_recovery_key_is_not_judged(tmp_path: Path) -> None:
    home = tmp_path / "home"
    setup = services.create_vault(home, "monitor", "correct horse 42")
    with services.unlock(home, "correct horse 42") as session:
        with pytest.raises(NapError) as err:
            session.change_passphrase("correct horse 42", "Summer2024")
        assert err.value.code is ErrorCode.VAULT_WEAK_PASSPHRASE
    with pytest.raises(NapError) as err:
        services.recover(home, setup.recovery_key, "qwerty1234")
    assert err.value.code is ErrorCode.VAULT_WEAK_PASSPHRASE
    # The recovery key is random (160 bits) and is never run through the estimate: it opens as it is.
    services.recover(home, setup.recovery_key, "sunflower garden 9").lock()
    services.unlock(home, "sunflower garden 9").lock()


def test_a_very_long_passphrase_is_judged_quickly_and_accepted() -> None:
    assert policy.passphrase_strength("river lamp cobalt " * 40).acceptable
    assert not policy.passphrase_strength("a" * 500).acceptable
