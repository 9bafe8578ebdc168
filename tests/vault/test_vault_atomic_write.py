"""Atomic file writes leave the old file or the new one, and never a temp file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from napsurvey.errors import ErrorCode, NapError
from napsurvey.vault.atomic_write import write_atomic


def test_ctrl_c_during_the_write_leaves_the_old_file_and_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "kit.json"
    target.write_bytes(b"old")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"new content")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kit.json"]


def test_a_folder_as_target_is_a_coded_error_naming_it(tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    with pytest.raises(NapError) as err:
        write_atomic(folder, b"x")
    assert err.value.code is ErrorCode.IO_ERROR
    assert "stick" in err.value.message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stick"]
