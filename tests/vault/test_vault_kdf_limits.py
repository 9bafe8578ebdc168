"""An edited key file must not make unlock allocate gigabytes or spin for minutes (finding L7)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from napsurvey.errors import ErrorCode, NapError
from napsurvey.vault import keyfile as kf
from napsurvey.vault.store import KEY_NAME, Vault
from tests.vault.conftest import PASSPHRASE


def _edit_kdf(home: Path, **changes: int) -> None:
    path = home / KEY_NAME
    doc = json.loads(path.read_bytes())
    doc["slots"]["passphrase"]["kdf"].update(changes)
    path.write_text(json.dumps(doc))


@pytest.mark.parametrize(
    "changes",
    [
        {"memory_kib": 4 * 1024 * 1024},  # 4 GiB: what the old limit still allowed
        {"memory_kib": 512 * 1024},
        {"time_cost": 64, "memory_kib": 128 * 1024},  # a minute of work per attempt
        {"parallelism": 16, "memory_kib": 128 * 1024},
    ],
)
def test_key_file_demanding_more_than_the_app_ever_writes_is_refused_before_the_kdf_runs(
    made: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, changes: dict[str, int]
) -> None:
    home, _ = made
    _edit_kdf(home, **changes)
    asked: list[dict[str, Any]] = []

    def spy(*args: Any) -> bytearray:
        asked.append({"args": args})
        raise MemoryError  # never actually allocate what the file asks for

    monkeypatch.setattr(kf, "_argon2id", spy)
    with pytest.raises(NapError) as err:
        Vault.open(home, PASSPHRASE)
    assert err.value.code is ErrorCode.VAULT_KEYFILE
    assert asked == []


def test_the_largest_parameters_calibration_can_choose_are_still_accepted() -> None:
    for params in (kf.KdfParams(time_cost=kf.MAX_TIME_COST, memory_kib=kf.MAX_MEMORY_KIB, parallelism=kf.FLOOR.parallelism),
                   kf.FLOOR, kf.FAST_FOR_TESTS):
        assert kf.check_params({"name": "argon2id", **params.as_dict()}) == params
