"""Fixtures every test gets.

The fast key derivation: the vault's test-only switch (documented in
:mod:`napsurvey.vault.keyfile`) gives Argon2 tiny parameters, so making and
unlocking a vault takes milliseconds. It is set for the whole session, so
module-scoped fixtures that build vaults see it too; a test that needs the
real parameters removes it with ``monkeypatch.delenv(TEST_FAST_KDF_ENV)``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from napsurvey.vault.keyfile import TEST_FAST_KDF_ENV

# The desktop app starts in the system's language when it has a catalogue for it; the tests
# expect English unless they switch, whatever the machine running them is set to. Set before
# Qt first reads the locale (when the QApplication is made).
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)


@pytest.fixture(scope="session", autouse=True)
def fast_kdf() -> Iterator[None]:
    """Tiny Argon2 parameters for every vault the tests make or open."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(TEST_FAST_KDF_ENV, "1")
        yield
