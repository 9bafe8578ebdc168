"""Finding bundles on a stick: folders one level deep, only files that start like a bundle."""

from __future__ import annotations

import hashlib
import os
import struct
from pathlib import Path

from napsurvey.bundle.envelope import AGE_MAGIC
from napsurvey.bundle.files import find_bundles, looks_like_bundle

BUNDLE_HEAD = AGE_MAGIC + b"-> X25519 abc\n"


def _bundle(path: Path, *, marker: bool = False) -> Path:
    """A file made like a bundle: age header for X25519, ciphertext, [marker,] trailer."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ciphertext = BUNDLE_HEAD + b"rest of the ciphertext"
    covered = ciphertext + (b"m" * 64 if marker else b"")
    path.write_bytes(covered + struct.pack(">Q", len(ciphertext)) + hashlib.sha256(covered).digest())
    return path


def test_only_files_that_start_like_a_bundle_are_taken_from_folders(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    a = _bundle(stick / "notes-2026-11-23-aaaa.dat")
    b = _bundle(stick / "north" / "renamed.bin")
    _bundle(stick / "north" / "deeper" / "too-deep.dat")
    _bundle(stick / ".Trashes" / "hidden.dat")
    _bundle(stick / "._notes-2026-11-23-aaaa.dat")
    (stick / "kit.dat").write_text('{"kind": "kit"}')
    (stick / "scrypt.age").write_bytes(AGE_MAGIC + b"-> scrypt salt 18\n")
    (stick / "empty.dat").write_bytes(b"")

    found = find_bundles([stick])

    assert found.files == [b, a]  # in name order, a subfolder where its name falls
    assert found.skipped == 3 and found.empty_folders == []


def test_a_file_named_is_always_tried_and_the_same_file_is_taken_once(tmp_path: Path) -> None:
    junk = tmp_path / "junk.dat"
    junk.write_bytes(b"hello")
    bundle = _bundle(tmp_path / "stick" / "b.dat")
    found = find_bundles([junk, tmp_path / "stick", bundle, tmp_path / "stick" / ".." / "stick" / "b.dat"])
    assert found.files == [junk, bundle]


def test_a_folder_without_bundles_is_reported(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    found = find_bundles([tmp_path / "empty"])
    assert found.files == [] and found.empty_folders == [tmp_path / "empty"]


def test_a_linked_folder_is_not_followed(tmp_path: Path) -> None:
    _bundle(tmp_path / "elsewhere" / "b.dat")
    stick = tmp_path / "stick"
    stick.mkdir()
    os.symlink(tmp_path / "elsewhere", stick / "link")
    assert find_bundles([stick]).files == []


def test_an_unreadable_file_does_not_look_like_a_bundle(tmp_path: Path) -> None:
    assert not looks_like_bundle(tmp_path / "missing.dat")
    assert looks_like_bundle(_bundle(tmp_path / "b.dat"))
    assert looks_like_bundle(_bundle(tmp_path / "with-marker.dat", marker=True))


def test_other_age_files_are_passed_over_but_a_cut_bundle_keeps_its_name(tmp_path: Path) -> None:
    receipt = tmp_path / "receipt.dat"  # a receipt or card sealed to a device's key: age, but no trailer
    receipt.write_bytes(BUNDLE_HEAD + b"x" * 500)
    assert not looks_like_bundle(receipt)
    whole = _bundle(tmp_path / "notes-2026-11-23-abcd.dat")
    whole.write_bytes(whole.read_bytes()[:-30])  # cut short on the stick: the trailer is gone
    assert looks_like_bundle(whole)
    renamed = tmp_path / "copy.dat"
    renamed.write_bytes(whole.read_bytes())
    assert not looks_like_bundle(renamed)
