"""The sync commands, end to end through the command line, with two homes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from napsurvey.bundle import sealed
from napsurvey.cli.main import main
from napsurvey.services.session import unlock
from tests.bundle.homes import MINI_FORM, PASSPHRASE, add_records, expected_counts, stored_counts


@pytest.fixture(autouse=True)
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NAPSURVEY_PASSPHRASE", PASSPHRASE)


def run(capsys: pytest.CaptureFixture[str], home: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--home", str(home), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def code_in(out: str) -> str:
    """The enrollment code ``kit create`` printed, on its one line."""
    [line] = [line for line in out.splitlines() if line.startswith("Enrollment code: ")]
    return line.split(": ", 1)[1]


@pytest.fixture
def enrolled(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path, Path]:
    coord, mon, stick = tmp_path / "coord", tmp_path / "mon", tmp_path / "stick"
    stick.mkdir()
    form = tmp_path / "mini.yaml"
    form.write_text(MINI_FORM, encoding="utf-8")
    assert run(capsys, coord, "init", "--role", "coordinator")[0] == 0
    assert run(capsys, mon, "init", "--role", "monitor")[0] == 0
    code, out, err = run(capsys, coord, "kit", "create", "--out", str(stick / "kit.json"), "--forms", str(form))
    assert code == 0, err
    kit_code = code_in(out)
    (stick / "kit.code").write_text(kit_code)  # what the coordinator read out, for the tests below
    code, out, err = run(capsys, mon, "enroll", str(stick / "kit.json"))
    assert code == 1 and err.startswith("error KIT_NEEDS_CODE:")  # no terminal to ask on
    code, out, err = run(capsys, mon, "enroll", str(stick / "kit.json"), "--code", kit_code)
    assert code == 0, err
    assert "Device fingerprint:" in out
    fingerprint = out.strip().splitlines()[-1].split(": ")[1]
    assert run(capsys, mon, "device-card", "--out", str(stick / "card.json"), "--label", "Team North 2")[0] == 0
    code, out, err = run(capsys, coord, "devices", "approve", str(stick / "card.json"))
    assert code == 1 and "CARD_NOT_CONFIRMED" in err  # not a terminal, no --yes: refused
    code, out, err = run(capsys, coord, "devices", "approve", str(stick / "card.json"), "--yes")
    assert code == 0 and fingerprint in out
    return coord, mon, stick


def test_full_cycle(enrolled: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    coord, mon, stick = enrolled
    with unlock(mon, PASSPHRASE) as vault:
        rows = add_records(vault, 120, seed=5)
    code, out, err = run(capsys, mon, "export", "--out", str(stick))
    assert code == 0, err
    bundle = next(stick.glob("notes-*.dat"))
    code, out, err = run(capsys, coord, "import", str(bundle))
    assert code == 0, err
    assert len(out.strip().splitlines()) == 1 and "imported bundle 1" in out
    code, out, err = run(capsys, coord, "import", str(bundle))
    assert code == 0 and "exact duplicate" in out
    with unlock(coord, PASSPHRASE) as vault:
        assert stored_counts(vault) == expected_counts(rows)
    code, out, _ = run(capsys, coord, "devices", "list", "--json")
    listed = json.loads(out)
    assert listed[0]["label"] == "Team North 2" and listed[0]["last_sequence"] == 1
    assert run(capsys, coord, "receipt", "--out", str(stick / "receipt.json"))[0] == 0
    code, out, err = run(capsys, mon, "receipt", "accept", str(stick / "receipt.json"))
    assert code == 0 and "120 record(s)" in out
    code, out, _ = run(capsys, mon, "export", "list")
    assert "acknowledged" in out and "not acknowledged" not in out
    # status reports the days of the last export and import (once always "never")
    mon_status = json.loads(run(capsys, mon, "status", "--json")[1])
    coord_status = json.loads(run(capsys, coord, "status", "--json")[1])
    assert mon_status["last_export_day"] is not None and coord_status["last_import_day"] is not None
    # a coordinator's status has no monitor fields: its "last export" was once its last tables export
    assert mon_status["last_import_day"] is None and "last_export_day" not in coord_status


def test_import_exit_code_and_one_line_per_file(enrolled: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    coord, mon, stick = enrolled
    with unlock(mon, PASSPHRASE) as vault:
        add_records(vault, 10)
    assert run(capsys, mon, "export", "--out", str(stick / "a.dat"))[0] == 0
    junk = stick / "junk.dat"
    junk.write_bytes(b"hello")
    cut = stick / "cut.dat"
    cut.write_bytes((stick / "a.dat").read_bytes()[:-30])
    code, out, err = run(capsys, coord, "import", str(stick / "a.dat"), str(junk), str(cut))
    assert code == 1
    assert len(out.strip().splitlines()) == 1
    errors = err.strip().splitlines()
    assert [e.split(":")[0] for e in errors] == ["error BUNDLE_NOT_A_BUNDLE", "error BUNDLE_TRUNCATED"]
    assert "Traceback" not in err


def test_export_again_and_nothing_to_export(enrolled: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    coord, mon, stick = enrolled
    code, _, err = run(capsys, mon, "export", "--out", str(stick))
    assert code == 1 and "BUNDLE_NOTHING_TO_EXPORT" in err
    with unlock(mon, PASSPHRASE) as vault:
        add_records(vault, 10)
    assert run(capsys, mon, "export", "--out", str(stick / "a.dat"))[0] == 0
    code, out, _ = run(capsys, mon, "export", "list")
    bundle_id = out.split()[1]
    (stick / "a.dat").unlink()  # the stick was lost
    code, out, err = run(capsys, mon, "export", "--again", bundle_id, "--out", str(stick / "b.dat"))
    assert code == 0, err
    code, out, err = run(capsys, coord, "import", str(stick / "b.dat"))
    assert code == 0 and "imported bundle 1" in out


def test_kit_from_another_coordinator_is_refused(enrolled: tuple[Path, Path, Path], tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    coord, mon, stick = enrolled
    other = tmp_path / "other"
    assert run(capsys, other, "init", "--role", "coordinator")[0] == 0
    form = tmp_path / "mini.yaml"
    code, out, _ = run(capsys, other, "kit", "create", "--out", str(stick / "k2.json"), "--forms", str(form))
    assert code == 0
    code, _, err = run(capsys, mon, "enroll", str(stick / "k2.json"), "--code", code_in(out))
    assert code == 1 and err.startswith("error KIT_OTHER_COORDINATOR")


def test_older_kit_is_refused_newer_accepted(enrolled: tuple[Path, Path, Path], tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    coord, mon, stick = enrolled
    form = tmp_path / "mini.yaml"
    code, out, _ = run(capsys, coord, "kit", "create", "--out", str(stick / "k2.json"), "--forms", str(form))
    assert code == 0
    code, out, err = run(capsys, mon, "enroll", str(stick / "k2.json"), "--code", code_in(out))
    assert code == 0 and out.startswith("Updated"), err
    code, _, err = run(capsys, mon, "enroll", str(stick / "kit.json"), "--code", (stick / "kit.code").read_text())
    assert code == 1 and err.startswith("error KIT_OLDER")


def test_tampered_kit_is_refused(enrolled: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    coord, mon, stick = enrolled
    kit_code = (stick / "kit.code").read_text()
    # Someone who learned the code opens the kit, edits it and seals it again: the signature no longer holds.
    doc = json.loads(sealed.open_with_code((stick / "kit.json").read_bytes(), kit_code, path="kit"))
    doc["payload"]["disclosure"]["threshold"] = 5
    (stick / "bad.json").write_bytes(sealed.seal_with_code(json.dumps(doc).encode(), kit_code))
    code, _, err = run(capsys, mon, "enroll", str(stick / "bad.json"), "--code", kit_code)
    assert code == 1 and err.startswith("error KIT_BAD_SIGNATURE")
    # Without the code, a byte changed on the stick: the kit no longer opens at all.
    flipped = bytearray((stick / "kit.json").read_bytes())
    flipped[len(flipped) // 2] ^= 0x10
    (stick / "flipped.json").write_bytes(bytes(flipped))
    code, _, err = run(capsys, mon, "enroll", str(stick / "flipped.json"), "--code", kit_code)
    assert code == 1 and err.startswith("error KIT_WRONG_CODE")


def test_kit_create_prints_one_enrollment_code_line_and_the_files_name_nothing(
    enrolled: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    coord, mon, stick = enrolled
    folder = tmp_path / "usb"
    folder.mkdir()
    code, out, err = run(capsys, coord, "kit", "create", "--out", str(folder))
    assert code == 0, err
    assert len([line for line in out.splitlines() if line.startswith("Enrollment code: ")]) == 1
    [kit] = list(folder.iterdir())
    assert kit.name.startswith("notes-") and kit.suffix == ".dat"
    with unlock(mon, PASSPHRASE) as vault:
        add_records(vault, 5)
    code, out, _ = run(capsys, mon, "export", "--out", str(folder))
    assert code == 0
    bundle = out.split(" written to ", 1)[1].split(" and verified")[0]
    assert run(capsys, mon, "device-card", "--out", str(folder), "--label", "Team North 2")[0] == 0
    assert run(capsys, coord, "import", bundle)[0] == 0
    assert run(capsys, coord, "receipt", "--out", str(folder))[0] == 0
    for path in [*folder.iterdir(), stick / "kit.json", stick / "card.json"]:
        data = path.read_bytes().lower()
        assert data.startswith(b"age-encryption.org/v1\n"), path.name
        header = data[: data.index(b"\n---")]
        # Short words only in the text header: random ciphertext spells three or four letters now and then.
        assert [w for w in (b"napsurvey", b"kit", b"card", b"receipt", b"team", b"mini", b"survey") if w in header] == []
        assert [w for w in (b"napsurvey", b"receipt", b"team north", b"mini_survey") if w in data] == [], path.name


def test_a_kit_update_sealed_to_the_device_needs_no_code(
    enrolled: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    coord, mon, stick = enrolled
    device = json.loads(run(capsys, coord, "devices", "list", "--json")[1])[0]["device_id"]
    code, out, err = run(capsys, coord, "kit", "create", "--out", str(stick / "update.dat"), "--to", device)
    assert code == 0 and "Enrollment code" not in out, err
    code, out, err = run(capsys, mon, "enroll", str(stick / "update.dat"))
    assert code == 0 and out.startswith("Updated"), err
    other = stick.parent / "other-monitor"
    assert run(capsys, other, "init", "--role", "monitor")[0] == 0
    code, _, err = run(capsys, other, "enroll", str(stick / "update.dat"))
    assert code == 1 and err.startswith("error KIT_NOT_FOR_THIS_DEVICE")
    code, _, err = run(capsys, coord, "kit", "create", "--out", str(stick / "u2.dat"), "--to", "12345-12345")
    assert code == 1 and err.startswith("error DEVICE_UNKNOWN")


def test_high_form_kit_needs_referrals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    coord = tmp_path / "coord"
    assert run(capsys, coord, "init", "--role", "coordinator")[0] == 0
    shipped = Path(__file__).resolve().parents[2] / "forms" / "crsv_incident.yaml"
    code, _, err = run(capsys, coord, "kit", "create", "--out", str(tmp_path / "k.json"), "--forms", str(shipped))
    assert code == 1 and "KIT_NEEDS_REFERRALS" in err
    refs = tmp_path / "refs.yaml"
    refs.write_text("north:\n  - {name: District hospital, kind: medical, contact: '+000 111', hours: '24/7'}\n")
    proto = tmp_path / "proto.yaml"
    proto.write_text("title: CRSV documentation\nreference: ERC-2026-14\napproved_by: Ethics board\napproved_day: 2026-01-05\n")
    code, out, err = run(capsys, coord, "kit", "create", "--out", str(tmp_path / "k.json"), "--forms", str(shipped),
                         "--referrals", str(refs), "--protocol", str(proto))
    assert code == 0, err


@pytest.mark.parametrize("command", [["kit", "create"], ["receipt"]])
def test_out_into_a_missing_folder_is_refused_before_any_work(
    enrolled: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    coord, _, stick = enrolled
    before = sorted(stick.iterdir())
    code, _, err = run(capsys, coord, *command, "--out", str(stick / "nowhere" / "x"))
    assert code == 1 and err.startswith("error FOLDER_MISSING:") and "the folder does not exist" in err
    assert len(err.splitlines()) == 1
    assert sorted(stick.iterdir()) == before


def test_kits_cards_and_receipts_are_private_and_read_back(enrolled: tuple[Path, Path, Path],
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """The command line writes them as the desktop app does: mode 0600, read back and compared."""
    coord, mon, stick = enrolled
    with unlock(mon, PASSPHRASE) as vault:
        add_records(vault, 5)
    assert run(capsys, mon, "export", "--out", str(stick / "b1.dat"))[0] == 0
    assert run(capsys, coord, "import", str(stick / "b1.dat"))[0] == 0
    assert run(capsys, coord, "receipt", "--out", str(stick / "receipt.json"))[0] == 0
    for name in ("kit.json", "card.json", "receipt.json", "b1.dat"):  # names the tests chose; the app's say nothing
        assert (stick / name).stat().st_mode & 0o777 == 0o600, name


def test_a_kit_that_reads_back_different_is_removed_and_refused(
        enrolled: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    coord, _mon, stick = enrolled
    target = stick / "kit2.json"
    real = Path.read_bytes

    def failing_stick(self: Path) -> bytes:
        data = real(self)
        return data[:-1] + bytes([data[-1] ^ 1]) if self == target else data

    monkeypatch.setattr(Path, "read_bytes", failing_stick)
    code, _out, err = run(capsys, coord, "kit", "create", "--out", str(target))
    assert code == 1 and "BUNDLE_VERIFY_FAILED" in err
    assert not target.exists()
