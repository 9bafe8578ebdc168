"""Sealed documents: standard age files that name nothing (finding M7, the format)."""

from __future__ import annotations

import re

import pyrage
import pytest
from pyrage import x25519

from napsurvey.bundle import sealed
from napsurvey.errors import ErrorCode, NapError

KIT = b'{"format":"napsurvey-kit","payload":{"referrals":{"north":[{"name":"Ask for Amina at the community hall"}]},' \
      b'"protocol":{"title":"CRSV documentation study"}}}\n' + b"x" * 70_000  # more than one 64 KiB chunk


def test_a_kit_sealed_to_a_code_is_a_standard_age_file_that_pyrage_opens() -> None:
    code = sealed.new_enrollment_code()
    data = sealed.seal_with_code(KIT, code, log_n=10)
    assert pyrage.passphrase.decrypt(data, code) == KIT
    assert sealed.open_with_code(data, code.replace("-", " "), path="kit") == KIT
    assert sealed.sealing_of(data) == "code"


def test_the_file_names_neither_the_product_nor_the_study_nor_any_contact() -> None:
    data = sealed.seal_with_code(KIT, sealed.new_enrollment_code(), log_n=10)
    header = data[: data.index(b"\n---")]
    assert header.startswith(b"age-encryption.org/v1\n-> scrypt ")
    # Short words only in the text header: random ciphertext spells three letters now and then.
    for word in (b"napsurvey", b"kit", b"crsv", b"amina", b"referral", b"survey", b"study"):
        assert word not in header.lower()
    for word in (b"napsurvey", b"referral", b"community hall"):
        assert word not in data.lower()


def test_the_default_work_factor_is_what_the_documentation_says_and_opens_with_the_reference_tool(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("NAPSURVEY_TEST_FAST_KDF")  # the switch is for the suite only; this checks the real value
    code = sealed.new_enrollment_code()
    data = sealed.seal_with_code(b"kit", code)
    assert re.search(rb"-> scrypt \S+ 16\n", data)
    assert pyrage.passphrase.decrypt(data, code) == b"kit"


@pytest.mark.parametrize("position", ["stanza", "mac", "payload", "end"])
def test_any_altered_byte_makes_a_sealed_kit_fail_to_open(position: str) -> None:
    code = sealed.new_enrollment_code()
    data = bytearray(sealed.seal_with_code(KIT, code, log_n=10))
    offset = {"stanza": data.index(b"-> scrypt") + 12, "mac": data.index(b"\n---") + 6,
              "payload": data.index(b"\n---") + 60, "end": len(data) - 3}[position]
    data[offset] ^= 0x04
    with pytest.raises(NapError) as err:
        sealed.open_with_code(bytes(data), code, path="kit")
    assert err.value.code is ErrorCode.KIT_WRONG_CODE


def test_a_wrong_code_does_not_open_it_and_a_malformed_one_is_refused_before_any_work() -> None:
    data = sealed.seal_with_code(KIT, "11111-22222-33333", log_n=10)
    with pytest.raises(NapError) as err:
        sealed.open_with_code(data, "11111-22222-33334", path="kit")
    assert err.value.code is ErrorCode.KIT_WRONG_CODE
    for text in ("1111-22222-33333", "abcde-22222-33333", ""):
        with pytest.raises(NapError) as err:
            sealed.open_with_code(data, text, path="kit")
        assert err.value.code is ErrorCode.KIT_CODE_FORMAT


def test_codes_are_fifteen_random_digits_in_three_groups() -> None:
    codes = {sealed.new_enrollment_code() for _ in range(200)}
    assert len(codes) == 200 and all(re.fullmatch(r"\d{5}-\d{5}-\d{5}", c) for c in codes)
    assert sealed.parse_enrollment_code(" 48210 93755 12884 ") == "48210-93755-12884"


def test_sealed_to_a_key_opens_only_with_that_key() -> None:
    mine, other = x25519.Identity.generate(), x25519.Identity.generate()
    data = sealed.seal_to(KIT, [str(mine.to_public())])
    assert sealed.sealing_of(data) == "key"
    assert sealed.open_with_identity(data, [mine], path="r", not_for_us=ErrorCode.RECEIPT_NOT_FOR_US,
                                     bad=ErrorCode.RECEIPT_BAD) == KIT
    with pytest.raises(NapError) as err:
        sealed.open_with_identity(data, [other], path="r", not_for_us=ErrorCode.RECEIPT_NOT_FOR_US, bad=ErrorCode.RECEIPT_BAD)
    assert err.value.code is ErrorCode.RECEIPT_NOT_FOR_US
    with pytest.raises(NapError) as err:
        sealed.open_with_identity(data[:-5], [mine], path="r", not_for_us=ErrorCode.RECEIPT_NOT_FOR_US, bad=ErrorCode.RECEIPT_BAD)
    assert err.value.code is ErrorCode.RECEIPT_BAD


def test_a_plain_document_is_recognised_as_not_sealed() -> None:
    assert sealed.sealing_of(KIT) is None
