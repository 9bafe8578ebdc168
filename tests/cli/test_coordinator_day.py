"""The coordinator's day, through the command line: what came in, a whole stick, gaps, the audit trail.

Monitors make their bundles through the services on chosen past days (their
laptops' clocks); everything the coordinator does goes through ``main([...])``.
Days are relative to the real today, so "late" and "open period" do not
depend on when the tests run.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from napsurvey.cli.main import main
from napsurvey.services import sync_export
from napsurvey.services.session import Session, unlock
from tests.bundle.homes import MINI_FORM, PASSPHRASE, add_records

TODAY = date.today()


def days_ago(n: int) -> str:
    return (TODAY - timedelta(days=n)).isoformat()


def month_of(n_days_ago: int) -> str:
    return days_ago(n_days_ago)[:7]


def quarter_of(month: str) -> str:
    return f"{month[:4]}-Q{(int(month[5:7]) + 2) // 3}"


@pytest.fixture(autouse=True)
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NAPSURVEY_PASSPHRASE", PASSPHRASE)


def opened(home: Path) -> Session:
    return unlock(home, PASSPHRASE)


def run(capsys: pytest.CaptureFixture[str], home: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--home", str(home), *argv])
    out, err = capsys.readouterr()
    return code, out, err


@dataclass
class World:
    """A coordinator, two enrolled and approved monitors, and a stick."""

    root: Path
    coord: Path
    monitors: dict[str, Path]
    ids: dict[str, str]
    stick: Path
    code: str  # the kit's enrollment code
    made: list[tuple[str, str]] = field(default_factory=list)  # (monitor, month) of every record

    def records(self, name: str, n: int, months: tuple[str, ...], seed: int = 1) -> None:
        with opened(self.monitors[name]) as session:
            rows = add_records(session, n, seed=seed, months=months)
        self.made.extend((name, m) for m, _ in rows)

    def export(self, name: str, day: str, out: Path | None = None) -> Path:
        """Monitor ``name`` makes a bundle on ``day`` (into ``out``, default the stick)."""
        target = out or self.stick
        target.mkdir(parents=True, exist_ok=True)
        with opened(self.monitors[name]) as session:
            return sync_export.export_bundle(session, target, today=day).path


@pytest.fixture
def world(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> World:
    coord, stick = tmp_path / "coord", tmp_path / "stick"
    stick.mkdir()
    form = tmp_path / "mini.yaml"
    form.write_text(MINI_FORM, encoding="utf-8")
    assert run(capsys, coord, "init", "--role", "coordinator")[0] == 0
    code, made, err = run(capsys, coord, "kit", "create", "--out", str(tmp_path / "kit.dat"), "--forms", str(form))
    assert code == 0, err
    (enrollment_code,) = [line.split(": ", 1)[1] for line in made.splitlines() if line.startswith("Enrollment code: ")]
    monitors, ids = {}, {}
    for name in ("north", "south"):
        home = tmp_path / name
        assert run(capsys, home, "init", "--role", "monitor")[0] == 0
        code, out, err = run(capsys, home, "enroll", str(tmp_path / "kit.dat"), "--code", enrollment_code)
        assert code == 0, err
        card = tmp_path / f"{name}-card.dat"
        assert run(capsys, home, "device-card", "--out", str(card), "--label", f"Team {name}")[0] == 0
        code, out, err = run(capsys, coord, "devices", "approve", str(card), "--yes")
        assert code == 0, err
        monitors[name] = home
        ids[name] = out.strip().splitlines()[0].split(": ")[1].split()[0]
    return World(tmp_path, coord, monitors, ids, stick, enrollment_code)


def _tamper(path: Path) -> Path:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x40
    out = path.with_name("tampered-" + path.name)
    out.write_bytes(bytes(data))
    return out


def _audit(capsys: pytest.CaptureFixture[str], home: Path) -> list[dict[str, Any]]:
    code, out, err = run(capsys, home, "audit", "--json")
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


# --- 1. status --json on a coordinator shows what was imported --------------------------


def test_coordinator_status_shows_interviews_devices_bundles_not_monitor_fields(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    old, recent = month_of(150), month_of(0)
    world.records("north", 40, (old, recent), seed=1)
    world.records("south", 25, (old,), seed=2)
    north = world.export("north", days_ago(0))
    south = world.export("south", days_ago(100))
    bad = _tamper(south)
    code, out, err = run(capsys, world.coord, "import", str(north), str(south), str(bad))
    assert code == 1 and "BUNDLE_TAMPERED" in err
    # a release, and tables from it: neither passes for an import or an export of bundles
    code, out, err = run(capsys, world.coord, "release", "--form", "mini_survey", "--period", quarter_of(old))
    assert code == 0, err
    assert run(capsys, world.coord, "tables", "--format", "csv", "--out", str(world.root / "t.csv"))[0] == 0

    code, out, err = run(capsys, world.coord, "status", "--json")
    assert code == 0, err
    status = json.loads(out)
    assert status["role"] == "coordinator"
    for monitor_field in ("drafts", "completed_by_form", "not_exported", "last_export_day"):
        assert monitor_field not in status, monitor_field

    [form] = status["forms"]
    assert form["form_id"] == "mini_survey" and form["period_kind"] == "quarter"
    expected = Counter(quarter_of(month) for _, month in world.made)
    assert {p["period"]: p["interviews"] for p in form["periods"] if p["interviews"]} == dict(expected)
    assert form["interviews"] == len(world.made) == 65

    devices = {d["device_id"]: d for d in status["devices"]}
    assert set(devices) == set(world.ids.values())
    assert devices[world.ids["north"]]["last_sequence"] == 1
    assert devices[world.ids["north"]]["last_seen_day"] == days_ago(0)
    assert devices[world.ids["south"]]["last_seen_day"] == days_ago(100)
    assert status["bundles"]["imported"] == 2
    assert status["bundles"]["refused"] == 1
    assert status["bundles"]["refused_by_code"] == {"BUNDLE_TAMPERED": 1}
    assert status["last_import_day"] == TODAY.isoformat()
    assert status["releases"] == [{"form_id": "mini_survey", "period": quarter_of(old), "edition": 1,
                                   "day": TODAY.isoformat()}]


def test_monitor_status_keeps_its_own_fields(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    world.records("north", 3, (month_of(0),))
    code, out, err = run(capsys, world.monitors["north"], "status", "--json")
    assert code == 0, err
    status = json.loads(out)
    assert status["role"] == "monitor"
    assert status["completed_by_form"] == {"mini_survey": 3} and status["not_exported"] == 3
    assert "devices" not in status and "bundles" not in status


# --- 2. import takes a folder --------------------------------------------------------------


def test_import_a_whole_stick_one_level_deep_only_bundles(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    world.records("north", 5, (month_of(0),), seed=1)
    top = world.export("north", days_ago(2))
    world.records("north", 5, (month_of(0),), seed=2)
    nested = world.export("north", days_ago(1), world.stick / "north")
    world.records("south", 5, (month_of(0),), seed=3)
    too_deep = world.export("south", days_ago(1), world.stick / "a" / "b")
    (world.stick / "readme.txt").write_text("not a bundle")
    (world.stick / "kit.dat").write_bytes((world.root / "kit.dat").read_bytes())

    code, out, err = run(capsys, world.coord, "import", str(world.stick))

    assert code == 0, err
    lines = out.strip().splitlines()
    assert sorted(lines) == sorted([
        f"{top}: imported bundle 1 from device {world.ids['north']}",
        f"{nested}: imported bundle 2 from device {world.ids['north']}",
    ])
    assert str(too_deep) not in out + err and err == ""

    # The same stick again, with a damaged copy beside: one line per bundle file, all or nothing each.
    damaged = _tamper(top)
    code, out, err = run(capsys, world.coord, "import", str(world.stick))
    assert code == 1
    assert out.count("exact duplicate") == 2 and len(out.strip().splitlines()) == 2
    assert err.strip() == f"error BUNDLE_TAMPERED: {damaged}: the file was altered after it was made"


def test_import_a_folder_without_bundles_says_so(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    (world.stick / "readme.txt").write_text("not a bundle")
    code, out, err = run(capsys, world.coord, "import", str(world.stick))
    assert code == 1 and out == ""
    assert err.startswith("error BUNDLE_NONE_FOUND:") and len(err.splitlines()) == 1


# --- 3. gaps a coordinator can see coming ---------------------------------------------------


def test_a_device_silent_longer_than_the_kit_interval_is_late(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    world.records("north", 5, (month_of(0),), seed=1)
    world.records("south", 5, (month_of(90),), seed=2)
    recent = world.export("north", days_ago(3))
    old = world.export("south", days_ago(80))
    assert run(capsys, world.coord, "import", str(recent), str(old))[0] == 0

    code, out, err = run(capsys, world.coord, "devices", "list", "--json")
    assert code == 0, err
    listed = {d["device_id"]: d for d in json.loads(out)}
    south, north = listed[world.ids["south"]], listed[world.ids["north"]]
    assert south["late"] is True and south["days_silent"] == 80
    assert north["late"] is False and north["days_silent"] == 3

    code, out, _ = run(capsys, world.coord, "devices", "list")
    [line] = [line for line in out.splitlines() if line.startswith(world.ids["south"])]
    assert f"late: no bundle since {days_ago(80)}" in line


def test_gap_lines_once_per_import_for_the_devices_it_touched(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    world.records("north", 3, (month_of(0),), seed=1)
    world.export("north", days_ago(5), world.root / "lost")
    world.records("north", 3, (month_of(0),), seed=2)
    north2 = world.export("north", days_ago(4))
    world.records("south", 3, (month_of(0),), seed=3)
    south1 = world.export("south", days_ago(4), world.root / "south-stick")
    gap = f"device {world.ids['north']}: bundle 1 missing"

    code, out, _ = run(capsys, world.coord, "import", str(north2))
    assert code == 0 and out.count(gap) == 1
    code, out, _ = run(capsys, world.coord, "import", str(south1))  # another device: north's gap is not reprinted
    assert code == 0 and gap not in out
    code, out, _ = run(capsys, world.coord, "import", str(north2))  # a replay touches nothing
    assert code == 0 and gap not in out and "exact duplicate" in out

    code, out, _ = run(capsys, world.coord, "devices", "list")  # but devices list always shows every gap
    assert "missing: 1" in out


# --- 4. the audit trail ---------------------------------------------------------------------


def test_refused_imports_and_receipts_are_in_the_audit_trail(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    world.records("north", 4, (month_of(0),))
    good = world.export("north", days_ago(1))
    tampered = _tamper(good)
    truncated = good.with_name("cut.dat")
    truncated.write_bytes(good.read_bytes()[:-30])
    stranger = world.root / "stranger"
    assert run(capsys, stranger, "init", "--role", "monitor")[0] == 0
    assert run(capsys, stranger, "enroll", str(world.root / "kit.dat"), "--code", world.code)[0] == 0
    with opened(stranger) as session:
        add_records(session, 2, months=(month_of(0),))
        unknown = sync_export.export_bundle(session, world.root / "unknown.dat", today=days_ago(1)).path

    code, _, err = run(capsys, world.coord, "import", str(tampered), str(truncated), str(unknown), str(good))
    assert code == 1 and len(err.splitlines()) == 3
    assert run(capsys, world.coord, "receipt", "--out", str(world.root / "receipt.dat"))[0] == 0
    assert run(capsys, world.monitors["north"], "receipt", "accept", str(world.root / "receipt.dat"))[0] == 0

    events = _audit(capsys, world.coord)
    refused = [e for e in events if e["event"] == "import_refused"]
    assert [(e["data"]["code"], e["data"]["file"]) for e in refused] == [
        ("BUNDLE_TAMPERED", tampered.name), ("BUNDLE_TRUNCATED", "cut.dat"), ("BUNDLE_UNKNOWN_DEVICE", "unknown.dat")
    ]
    for e in refused:  # the file's name, never its folder
        assert str(world.root) not in json.dumps(e)
    assert [e["event"] for e in events].count("imported") == 1
    [written] = [e for e in events if e["event"] == "receipt_written"]
    assert written["data"]["bundles"] == 1
    monitor_events = _audit(capsys, world.monitors["north"])
    assert [e["data"] for e in monitor_events if e["event"] == "receipt_accepted"] == [{"bundles": 1, "records": 4}]


def test_one_session_line_per_unlock_run_not_one_per_command(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    before = _audit(capsys, world.coord)
    for _ in range(5):
        assert run(capsys, world.coord, "status")[0] == 0
    assert run(capsys, world.coord, "devices", "list")[0] == 0
    after = _audit(capsys, world.coord)

    assert "unlocked" not in {e["event"] for e in after}
    new = after[len(before):]
    # The first audit call opened a session line; the seven read-only unlocks after it only count on it.
    assert new == [] and after[-1]["event"] == "session"
    assert after[-1]["data"] == {"front_end": "CLI", "unlocks": 8}
    assert after[-1]["detail"] == "CLI, 8 unlocks"
    ids = [e["id"] for e in after]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)


def test_a_session_that_changes_something_starts_a_new_session_line(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    world.records("north", 2, (month_of(0),))
    bundle = world.export("north", days_ago(0))
    assert run(capsys, world.coord, "status")[0] == 0
    assert run(capsys, world.coord, "import", str(bundle))[0] == 0
    assert run(capsys, world.coord, "status")[0] == 0
    events = _audit(capsys, world.coord)
    tail = [e["event"] for e in events][-3:]
    assert tail == ["session", "imported", "session"]
    assert events[-3]["data"]["front_end"] == "CLI"


# --- 5. approving a card again ----------------------------------------------------------------


def test_re_approving_an_approved_device_says_so(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    card = world.root / "north-card.dat"
    before = [e["event"] for e in _audit(capsys, world.coord)].count("device_approved")
    code, out, err = run(capsys, world.coord, "devices", "approve", str(card), "--yes")
    assert code == 0, err
    assert out.strip().splitlines() == [f"Device {world.ids['north']} (Team north) is already approved; nothing changed."]
    # No terminal and no --yes: nothing to confirm, so still the same one line.
    code, out, err = run(capsys, world.coord, "devices", "approve", str(card))
    assert code == 0 and len(out.strip().splitlines()) == 1 and "already approved" in out, err
    assert [e["event"] for e in _audit(capsys, world.coord)].count("device_approved") == before


def test_a_card_claiming_an_approved_device_id_with_another_key_is_refused(
    world: World, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from napsurvey.bundle import sealed
    from napsurvey.bundle.documents import sign_document
    from napsurvey.bundle.formats import DOCUMENT_FORMAT_VERSION, DeviceCard
    from napsurvey.bundle.keys import age_recipient, b64
    from napsurvey.services import enrollment

    taken = world.ids["north"]
    impostor = world.root / "impostor"
    assert run(capsys, impostor, "init", "--role", "monitor")[0] == 0
    with opened(impostor) as session:
        vault = session.vault
        card = DeviceCard(format_version=DOCUMENT_FORMAT_VERSION, device_id=taken,
                          signing_key=b64(vault.signing_public_key), box_key=b64(vault.box_public_key),
                          role="monitor", label="Team north", created_day=days_ago(0))
        data = sign_document("card", card, bytes(vault.signing_key()))
    with opened(world.coord) as session:
        coordinator_box = session.vault.box_public_key
    (world.root / "impostor.dat").write_bytes(sealed.seal_to(data, [age_recipient(coordinator_box)]))
    # A fingerprint collision: 2^133 key generations away, so only by patching the computation.
    monkeypatch.setattr(enrollment, "key_fingerprint", lambda *_keys: taken)

    code, out, err = run(capsys, world.coord, "devices", "approve", str(world.root / "impostor.dat"), "--yes")
    assert code == 1 and err.startswith("error CARD_DEVICE_TAKEN:") and len(err.splitlines()) == 1
    refused = [e for e in _audit(capsys, world.coord) if e["event"] == "device_refused"]
    assert [(e["data"]["code"], e["data"]["device"]) for e in refused] == [("CARD_DEVICE_TAKEN", taken)]


# --- 6. open and closed periods ---------------------------------------------------------------


def test_status_says_which_periods_are_open_and_when_they_close(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    old, now = month_of(200), month_of(0)
    world.records("north", 6, (old, now))
    assert run(capsys, world.coord, "import", str(world.export("north", days_ago(0))))[0] == 0
    status = json.loads(run(capsys, world.coord, "status", "--json")[1])
    assert status["grace_days"] == 30
    periods = {p["period"]: p for p in status["forms"][0]["periods"]}
    closed, current = periods[quarter_of(old)], periods[quarter_of(now)]
    assert closed["state"] == "closed" and closed["closes_day"] < TODAY.isoformat()
    assert current["state"] == "open" and current["closes_day"] > TODAY.isoformat()
    end = date.fromisoformat(current["ends_day"])
    assert (end + timedelta(days=1)).day == 1 and quarter_of((end + timedelta(days=1)).isoformat()[:7]) != quarter_of(now)
    assert date.fromisoformat(current["closes_day"]) == end + timedelta(days=31)  # releasable from then

    code, out, _ = run(capsys, world.coord, "status")
    assert f"{quarter_of(now)}: " in out and f"open, closes {current['closes_day']}" in out


def test_a_monitor_logs_refused_kits_and_receipts_and_the_cards_it_made(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    from napsurvey.bundle import sealed
    from napsurvey.bundle.keys import age_recipient

    north = world.monitors["north"]
    forged = bytearray((world.root / "kit.dat").read_bytes())
    forged[-20] ^= 0x01  # sealed: an altered kit no longer opens with the code
    forged_kit = world.root / "sub" / "kit-copy.dat"
    forged_kit.parent.mkdir()
    forged_kit.write_bytes(bytes(forged))
    assert run(capsys, north, "enroll", str(forged_kit), "--code", world.code)[0] == 1
    with opened(north) as session:
        north_box = session.vault.box_public_key
    stranger = world.root / "stranger"
    assert run(capsys, stranger, "init", "--role", "coordinator")[0] == 0
    with opened(stranger) as session:
        vault = session.vault
        from napsurvey.bundle.documents import sign_document
        from napsurvey.bundle.formats import DOCUMENT_FORMAT_VERSION, Receipt

        receipt = Receipt(format_version=DOCUMENT_FORMAT_VERSION, coordinator_fingerprint=vault.fingerprint,
                          created_day=days_ago(0), entries=[])
        document = sign_document("receipt", receipt, bytes(vault.signing_key()))
        (world.root / "receipt.dat").write_bytes(sealed.seal_to(document, [age_recipient(north_box)]))
    assert run(capsys, north, "receipt", "accept", str(world.root / "receipt.dat"))[0] == 1

    events = _audit(capsys, north)
    refused = [(e["event"], e["data"]["code"], e["data"]["file"]) for e in events if e["event"].endswith("_refused")]
    assert refused == [("kit_refused", "KIT_WRONG_CODE", "kit-copy.dat"),
                       ("receipt_refused", "RECEIPT_BAD_SIGNATURE", "receipt.dat")]
    assert [e["data"] for e in events if e["event"] == "device_card_made"] == [{"device": world.ids["north"]}]
    assert [e["data"]["kit_serial"] for e in events if e["event"] == "enrolled"] == [1]


def test_every_line_of_the_trail_carries_its_facts_as_data(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    world.records("north", 12, (month_of(150),))
    bundle = world.export("north", days_ago(2))
    assert run(capsys, world.coord, "import", str(bundle), str(_tamper(bundle)))[0] == 1
    assert run(capsys, world.coord, "import", str(bundle))[0] == 0
    assert run(capsys, world.coord, "receipt", "--out", str(world.root / "r.dat"))[0] == 0
    assert run(capsys, world.coord, "release", "--form", "mini_survey", "--period", quarter_of(month_of(150)))[0] == 0
    assert run(capsys, world.coord, "tables", "--format", "csv", "--out", str(world.root / "t.csv"))[0] == 0
    assert run(capsys, world.monitors["north"], "receipt", "accept", str(world.root / "r.dat"))[0] == 0
    for home in (world.coord, world.monitors["north"]):
        events = _audit(capsys, home)
        assert [e["event"] for e in events if not e["data"]] == []
        assert "exported" not in {e["event"] for e in events if home == world.coord}  # a table is not a bundle
    assert {"released", "output_written"} <= {e["event"] for e in _audit(capsys, world.coord)}


def test_re_approving_with_a_new_name_only_renames(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    card = world.root / "north-card.dat"
    code, out, err = run(capsys, world.coord, "devices", "approve", str(card), "--label", "North laptop 2")
    assert code == 0, err
    assert out.strip().splitlines() == [f"Device {world.ids['north']} is already approved; its name is now 'North laptop 2'."]
    listed = {d["device_id"]: d for d in json.loads(run(capsys, world.coord, "devices", "list", "--json")[1])}
    assert listed[world.ids["north"]]["label"] == "North laptop 2"
    assert [e["data"] for e in _audit(capsys, world.coord) if e["event"] == "device_relabelled"] == [
        {"device": world.ids["north"], "label": "North laptop 2"}]
