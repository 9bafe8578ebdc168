"""Memory of the desktop app on a full vault.

* ``gui_memory_mb``: a monitor home with 100,000 completed interviews.
* ``gui_memory_coordinator_mb``: a coordinator home with 1,000 imported bundles.

Each home is built here with the real key derivation (its memory cost is part
of what the app needs to unlock). Then the real desktop app starts in a child
process offscreen, the passphrase is typed into its unlock screen and Enter
pressed, exactly as a user would; once the role's home page is drawn (the
monitor's page counts the records per form; the coordinator's lists devices,
bundles and coverage) the child reads its peak resident memory (``VmHWM`` in
``/proc/self/status``, else ``ru_maxrss``) and quits. The child also reports
what the page counted, so a home that did not load cannot pass.

Two figures per home:

* ``..._mb``: the whole run's peak, which includes the passphrase key
  derivation's buffer (Argon2id, calibrated up to 256 MiB; freed once the key
  is derived, the same for any amount of data);
* ``..._after_unlock_mb``: the high-water mark is reset once the home is
  shown (``/proc/self/clear_refs``, Linux), the home page is rebuilt (it counts
  every record again) and the peak read: the app working with its data.

Ends with one line per figure: ``bench: NAME VALUE (target < 300) PASS|FAIL``.
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TARGET_MB = 300.0
RECORDS = 100_000
BUNDLES = 1_000
PASSPHRASE = "bench passphrase for memory 7"
DAY = "2026-11-23"
CHILD_FLAG = "--child"
PASSPHRASE_ENV = "NAPSURVEY_BENCH_PASSPHRASE"


# --- homes ---------------------------------------------------------------------------


def _answers(rng: random.Random, form: Any) -> dict[str, Any]:
    """Plausible answers to the choice questions of ``form`` (the rest left unanswered)."""
    data: dict[str, Any] = {}
    lists = {name: [c.name for c in choices] for name, choices in form.choices.items()}
    for row in form.survey:
        kind = str(row.type)
        if kind.startswith("select_one "):
            options = lists.get(kind.split()[1], [])
            if options:
                data[row.name] = "yes" if row.name == "consent" and "yes" in options else rng.choice(options)
        elif kind.startswith("select_multiple "):
            options = lists.get(kind.split()[1], [])
            if options:
                data[row.name] = sorted(rng.sample(options, rng.randint(0, min(3, len(options)))))
    return data


def build_monitor_home(home: Path, n: int) -> None:
    """A monitor vault holding ``n`` completed interviews of the shipped forms, months spread over a year."""
    from napsurvey.services import session as services  # noqa: PLC0415
    from napsurvey.vault.repo.records import NewRecord, insert_records  # noqa: PLC0415
    from napsurvey.vault.shipped import shipped_forms  # noqa: PLC0415

    services.create_vault(home, "monitor", PASSPHRASE)
    session = services.unlock(home, PASSPHRASE)
    try:
        forms = [form for form, _ in shipped_forms() if not form.is_high]
        rng = random.Random(9)
        months = [f"2026-{m:02d}" for m in range(1, 13)]
        done = 0
        while done < n:
            batch = min(10_000, n - done)
            picks = [rng.choice(forms) for _ in range(batch)]
            insert_records(
                session.vault,
                [NewRecord(f.form_id, f.version, rng.choice(months), _answers(rng, f)) for f in picks],
            )
            done += batch
    finally:
        session.lock()


def build_coordinator_home(home: Path, root: Path, bundles: int) -> None:
    """A coordinator vault with ``bundles`` bundles imported from 10 approved devices."""
    from napsurvey.bundle.build import make_body  # noqa: PLC0415
    from napsurvey.bundle.canonical import sha256_hex  # noqa: PLC0415
    from napsurvey.bundle.envelope import body_bytes, seal  # noqa: PLC0415
    from napsurvey.bundle.formats import AggregateTable, Cell, Denominators, Tables, period_of  # noqa: PLC0415
    from napsurvey.bundle.keys import age_recipient  # noqa: PLC0415
    from napsurvey.services import enrollment, sync_import  # noqa: PLC0415
    from napsurvey.services import session as services  # noqa: PLC0415
    from napsurvey.services.session import Session  # noqa: PLC0415
    from napsurvey.vault.keyfile import FAST_FOR_TESTS  # noqa: PLC0415
    from napsurvey.vault.shipped import shipped_forms  # noqa: PLC0415
    from napsurvey.vault.store import Vault  # noqa: PLC0415

    services.create_vault(home, "coordinator", PASSPHRASE)
    session = services.unlock(home, PASSPHRASE)
    coordinator = session
    try:
        texts = [text for form, text in shipped_forms() if not form.is_high]
        enrollment.create_kit(coordinator, form_texts=texts, today=DAY)
        form = next(form for form, _ in shipped_forms() if not form.is_high and form.indicators)
        indicator = form.indicators[0]
        rows = {row.name: str(row.type).split() for row in form.survey}
        lists = {name: [c.name for c in choices] for name, choices in form.choices.items()}

        def options(question: str) -> list[str]:
            kind = rows.get(question, [])
            return lists.get(kind[1], ["x"])[:4] if len(kind) > 1 else ["x"]

        keys = [[o] for o in options(indicator.question)]
        for by in indicator.by:
            keys = [k + [v] for k in keys for v in options(by)]
        recipient = age_recipient(coordinator.vault.box_public_key)
        devices = 10
        paths: list[Path] = []
        for d in range(devices):
            # scaffolding: the devices' own vaults take the cheap KDF explicitly
            device = Session(root / f"device{d}", Vault.create(root / f"device{d}", "monitor", PASSPHRASE,
                                                                kdf=FAST_FOR_TESTS)[0])
            card = enrollment.read_card(enrollment.device_card_document(device, label=f"Team {d}", today=DAY), "card")
            enrollment.approve_device(coordinator, card, today=DAY)
            prev = ""
            for seq in range(1, bundles // devices + 1):
                month = f"2026-{1 + seq % 12:02d}"
                period = period_of(month, str(indicator.period))  # the cell's period must hold the month counted
                tables = Tables(
                    aggregates=[AggregateTable(
                        form_id=form.form_id, form_versions=[form.version], indicator=indicator.name,
                        question=indicator.question, dimensions=list(indicator.by), period=indicator.period,
                        cells=[Cell(key=[*key, period], count=1 + (seq + i) % 9, key_sum=(seq * 7919 + i) % 2**32)
                               for i, key in enumerate(keys)])],
                    denominators=[Denominators(form_id=form.form_id, form_versions=[form.version], period=month,
                                               interviews=40, key_sum=seq)],
                )
                body = make_body(tables, bundle_id=f"{d:08x}{seq:024x}", device_id=device.fingerprint, sequence=seq,
                                 created_day=DAY, prev_hash=prev, recipients=[recipient])
                prev = sha256_hex(body_bytes(body))
                path = root / f"d{d}-{seq}.dat"
                path.write_bytes(seal(body, bytes(device.vault.signing_key()), [recipient]))
                paths.append(path)
            device.lock()
        report = sync_import.import_bundles(coordinator, paths, today=DAY)
        if not report.ok:
            raise RuntimeError(f"import failed: {[o.message for o in report.outcomes if not o.ok][:3]}")
    finally:
        session.lock()


# --- the app, in a child process -----------------------------------------------------


def _status_mb(field: str) -> float | None:
    """A memory line of /proc/self/status in MB (Linux), or None elsewhere."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _peak_rss_mb() -> float:
    peak = _status_mb("VmHWM")
    if peak is not None:
        return peak
    raw = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return raw / (1024 * 1024) if sys.platform == "darwin" else raw / 1024


def _reset_peak() -> bool:
    """Reset this process's VmHWM (Linux); False where that is not possible."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _kdf_memory_mb(home: Path) -> float:
    from napsurvey.vault.keyfile import KeyFile  # noqa: PLC0415
    from napsurvey.vault.store import KEY_NAME  # noqa: PLC0415

    return int(KeyFile.read(home / KEY_NAME).passphrase.kdf["memory_kib"]) / 1024


def child(home: str) -> int:
    """Start the desktop app on ``home``, unlock it through its unlock screen, show the home page, report."""
    from PySide6.QtCore import Qt, QTimer  # noqa: PLC0415
    from PySide6.QtTest import QTest  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from napsurvey.gui.app import app_icon, build_window, configure_application  # noqa: PLC0415
    from napsurvey.gui.monitor_home import MonitorHome  # noqa: PLC0415
    from napsurvey.gui.process import harden_process  # noqa: PLC0415
    from napsurvey.paths import home_dir  # noqa: PLC0415

    harden_process()
    configure_application()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setWindowIcon(app_icon())
    window = build_window(app, home_dir(home))
    window.show()
    result: dict[str, Any] = {}
    deadline = time.monotonic() + 120

    def finish(error: str = "") -> None:
        result["error"] = error
        result.setdefault("peak_mb", _peak_rss_mb())
        result["rss_mb"] = _status_mb("VmRSS")
        window.close()
        app.quit()

    def wait_for_home() -> None:
        page = window.home_page
        if page is None or window.session is None:
            if time.monotonic() > deadline:
                finish("the home page never appeared")
            else:
                QTimer.singleShot(20, wait_for_home)
            return
        app.processEvents()  # let the page lay itself out and paint once
        window.grab()
        result["peak_mb"] = _peak_rss_mb()
        # The key derivation's buffer is a one-second transient of the unlock, the same
        # for any amount of data. Reset the high-water mark, then rebuild the home page
        # (it counts every record again) to measure the app working with its data.
        if _reset_peak():
            window.go_home()
            app.processEvents()
            window.grab()
            result["working_peak_mb"] = _peak_rss_mb()
            page = window.home_page
        if isinstance(page, MonitorHome):
            result["counted"] = sum(int(tile.form.completed) for tile in page.form_cards)
        else:
            status = window.session.status()
            result["counted"] = int(window.session.vault.connection.execute(
                "SELECT count(*) FROM sync_bundles").fetchone()[0]) if status.role == "coordinator" else 0
        finish()

    def type_passphrase() -> None:
        page = window.unlock_page
        if page is None:
            finish("no unlock screen")
            return
        result["peak_at_unlock_screen_mb"] = _peak_rss_mb()
        result["kdf_mb"] = _kdf_memory_mb(home_dir(home))
        QTest.keyClicks(page.passphrase, os.environ[PASSPHRASE_ENV])
        QTest.keyClick(page.passphrase, Qt.Key.Key_Return)
        wait_for_home()

    QTimer.singleShot(0, type_passphrase)
    app.exec()
    print("memory_result " + json.dumps(result), flush=True)
    return 0 if not result.get("error") else 1


def measure(home: Path) -> dict[str, Any]:
    """Run the app on ``home`` in a child process; return its report."""
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "offscreen", PASSPHRASE_ENV: PASSPHRASE})
    proc = subprocess.run(
        [sys.executable, __file__, CHILD_FLAG, str(home)], capture_output=True, text=True, env=env, timeout=300
    )
    for line in proc.stdout.splitlines():
        if line.startswith("memory_result "):
            report: dict[str, Any] = json.loads(line.split(" ", 1)[1])
            return report
    raise RuntimeError(f"the app did not report (exit {proc.returncode}): {proc.stderr[-500:]}")


def _explain(report: dict[str, Any]) -> None:
    print(
        f"memory: peak at the unlock screen {report.get('peak_at_unlock_screen_mb', 0):.1f} MB, "
        f"key derivation {report.get('kdf_mb', 0):.0f} MB (transient), "
        f"whole-run peak {report['peak_mb']:.1f} MB; after the unlock: peak {report.get('working_peak_mb') or 0:.1f} MB, "
        f"resident {report.get('rss_mb') or 0:.1f} MB"
    )


def _lines(name: str, report: dict[str, Any], expected: int) -> list[str]:
    loaded = not report.get("error") and report.get("counted") == expected
    out = []
    for suffix, key in (("", "peak_mb"), ("_after_unlock", "working_peak_mb")):
        if report.get(key) is not None:
            value = float(report[key])
            verdict = "PASS" if loaded and value < TARGET_MB else "FAIL"
            out.append(f"bench: {name}{suffix}_mb {value:.1f} (target < {TARGET_MB:.0f}) {verdict}")
    return out


def main() -> int:
    records = int(sys.argv[1]) if len(sys.argv) > 1 else RECORDS
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        t0 = time.perf_counter()
        build_monitor_home(root / "monitor", records)
        print(f"memory: monitor home with {records} records built in {time.perf_counter() - t0:.1f} s")
        report = measure(root / "monitor")
        print(f"memory: monitor home shown, {report.get('counted')} records counted {report.get('error') or ''}")
        _explain(report)
        lines += _lines("gui_memory", report, records)
        t0 = time.perf_counter()
        build_coordinator_home(root / "coordinator", root, BUNDLES)
        print(f"memory: coordinator home with {BUNDLES} bundles built in {time.perf_counter() - t0:.1f} s")
        report = measure(root / "coordinator")
        print(f"memory: coordinator home shown, {report.get('counted')} bundles {report.get('error') or ''}")
        _explain(report)
        lines += _lines("gui_memory_coordinator", report, BUNDLES)
    for line in lines:
        print(line)
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == CHILD_FLAG:
        raise SystemExit(child(sys.argv[2]))
    raise SystemExit(main())
