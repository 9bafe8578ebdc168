"""Back-entry over a real vault: refusals, whole-or-nothing, paper numbers, streaming, workers."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from napsurvey.errors import ErrorCode, NapError
from napsurvey.privacy.anonymise import DECLINED
from napsurvey.services.backentry import back_entry
from napsurvey.services.session import Session, create_vault, unlock
from tests.answer_sets import ANSWERS

PASSPHRASE = "correct horse battery 42"
TODAY = dt.date(2026, 3, 15)
ADULT: dict[str, Any] = ANSWERS["community_safety"]


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NAPSURVEY_TEST_FAST_KDF", "1")


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    home = tmp_path / "home"
    create_vault(home, "monitor", PASSPHRASE)
    with unlock(home, PASSPHRASE) as s:
        yield s


def _records(session: Session) -> list[tuple[str, str, dict[str, Any]]]:
    rows = session.vault.connection.execute("SELECT form_id, month, data FROM records ORDER BY id").fetchall()
    return [(r[0], r[1], json.loads(r[2])) for r in rows]


def _paper(n: int, answers: dict[str, Any] = ADULT, **extra: Any) -> str:
    return json.dumps({"@paper_id": f"P{n}", **answers, **extra})


def test_refused_lines_are_reported_with_line_question_and_code_and_partial_stores_the_others(session: Session) -> None:
    bad_choice = {**ADULT, "safe_night": "terrified"}
    calm = {"access_health": "easily", "access_police": "easily", "access_justice": "easily", "access_psychosocial": "easily"}
    not_relevant = {**ADULT, **calm}  # every service is easy to reach: service_barriers no longer applies
    declined = {**ADULT, "safe_home": {"declined": True}, "@date": "2026-01-20"}
    lines = [_paper(1), _paper(2, bad_choice), "{not json", _paper(4, not_relevant), _paper(5, declined), "[1]"]
    report = back_entry(session, "community_safety", "\n".join(lines) + "\n", today=TODAY, partial=True)
    assert (report.stored_completed, report.stored_counted, report.lines) == (2, 0, 6)
    assert [line.split(":")[0] for line in report.refused] == [
        "BACKENTRY_REFUSED", "BACKENTRY_JSON", "BACKENTRY_REFUSED", "BACKENTRY_NOT_OBJECT"
    ]
    assert "line 2: safe_night: INTERVIEW_UNKNOWN_CHOICE" in report.refused[0]
    assert "terrified" not in " ".join(report.refused)  # no answer text echoed
    assert "line 4: service_barriers: INTERVIEW_NOT_RELEVANT" in report.refused[2]
    records = _records(session)
    assert [m for _, m, _ in records] == ["2026-03", "2026-01"]
    assert records[1][2]["safe_home"] == DECLINED


def test_by_default_one_refused_line_stores_nothing(session: Session) -> None:
    report = back_entry(session, "community_safety", "\n".join([_paper(1), _paper(2, age=12000), _paper(3)]), today=TODAY)
    assert (report.completed, report.stored_completed, len(report.refused)) == (2, 0, 1)
    assert report.summary().startswith("nothing stored: 1 of 3 lines refused")
    assert _records(session) == []
    assert [e.event for e in session.audit()].count("back_entry") == 0


def test_a_dry_run_checks_paper_numbers_and_writes_nothing(session: Session) -> None:
    back_entry(session, "community_safety", _paper(1), today=TODAY)
    report = back_entry(session, "community_safety", "\n".join([_paper(1), _paper(2), _paper(2)]), dry_run=True, today=TODAY)
    assert report.completed == 1 and [r.split(":")[0] for r in report.refused] == ["BACKENTRY_DUPLICATE"] * 2
    assert len(_records(session)) == 1
    assert back_entry(session, "community_safety", _paper(2), today=TODAY).stored_completed == 1


def test_one_pretty_printed_object_is_one_questionnaire(session: Session) -> None:
    text = json.dumps({"@paper_id": 7, **ADULT}, indent=2)
    report = back_entry(session, "community_safety", text, today=TODAY)
    assert report.stored_completed == 1 and report.ok and report.lines == 1


def test_a_file_whose_first_line_is_broken_is_still_read_as_json_lines(session: Session) -> None:
    report = back_entry(session, "community_safety", "{broken\n" + _paper(2) + "\n", today=TODAY, partial=True)
    assert report.stored_completed == 1
    assert report.refused == ["BACKENTRY_JSON: line 1: not valid JSON: Expecting property name enclosed in double quotes"]


def test_absurd_json_lines_get_a_coded_line(session: Session) -> None:
    # json.loads raises RecursionError and ValueError (not JSONDecodeError) for these two
    too_deep = "[" * 100_000
    too_long_number = '{"consent": "yes", "age": ' + "9" * 5000 + "}"
    lines = [too_deep.encode(), b"\n", too_long_number.encode(), b"\xff\xfe\n", _paper(5).encode()]
    report = back_entry(session, "community_safety", lines, today=TODAY, partial=True)
    assert report.stored_completed == 1
    assert report.refused == [
        "BACKENTRY_JSON: line 1: not valid JSON: nested too deeply",
        "BACKENTRY_JSON: line 3: not valid JSON: a number has too many digits",
        "BACKENTRY_JSON: line 4: not valid JSON: the line is not UTF-8 text",
    ]


def test_the_vault_keeps_a_keyed_hash_of_form_and_paper_number_only(session: Session) -> None:
    back_entry(session, "community_safety", "\n".join([_paper(1), _paper(2)]), today=TODAY)
    conn = session.vault.connection
    key = bytes(conn.execute("SELECT secret FROM backentry_key").fetchone()[0])
    stored = {bytes(r[0]) for r in conn.execute("SELECT digest FROM backentry_papers")}
    expected = {hmac.new(key, f"community_safety\x1fP{n}".encode(), hashlib.sha256).digest() for n in (1, 2)}
    assert stored == expected and len(key) == 32
    assert hashlib.sha256(b"community_safety\x1fP1").digest() not in stored  # keyed: not a plain hash


def test_the_same_number_on_another_form_is_another_paper(session: Session) -> None:
    key = bytes(session.vault.connection.execute("SELECT secret FROM backentry_key").fetchone()[0])
    from napsurvey.vault.repo.papers import paper_digest

    assert paper_digest(key, "community_safety", "12") != paper_digest(key, "nap_key_informant", "12")
    assert paper_digest(key, "community_safety", "12") == paper_digest(key, "community_safety", "12")


def test_a_refused_consent_uses_up_its_paper_number_too(session: Session) -> None:
    refused = json.dumps({"@paper_id": "R1", "consent": "no"})
    assert back_entry(session, "community_safety", refused, today=TODAY).stored_counted == 1
    again = back_entry(session, "community_safety", refused, today=TODAY)
    assert again.refused[0].startswith("BACKENTRY_DUPLICATE: line 1:")
    assert session.vault.connection.execute("SELECT sum(n) FROM outcomes").fetchone()[0] == 1


def test_input_is_read_as_it_streams(session: Session) -> None:
    pulled = 0
    seen_at_first_batch: list[int] = []

    def lines() -> Iterator[bytes]:
        nonlocal pulled
        for n in range(1, 1001):
            pulled += 1
            yield (_paper(n) + "\n").encode()

    def progress(kind: str, n: int) -> None:
        if not seen_at_first_batch:
            seen_at_first_batch.append(pulled)

    report = back_entry(session, "community_safety", lines(), today=TODAY, batch_size=100, on_progress=progress)
    assert report.stored_completed == 1000
    assert seen_at_first_batch[0] <= 100 + 250  # one batch and at most one chunk read ahead, not the file


def test_workers_give_the_same_results_in_the_same_order(session: Session) -> None:
    lines = [_paper(n, {**ADULT, "age": 20 + n % 50, "women_influence": ("very_little", "some")[n % 2]}) for n in range(600)]
    lines[37] = _paper(37, age=12000)
    lines[411] = _paper(3)  # a repeat of line 4
    lines.insert(250, "not json")
    text = "\n".join(lines)
    serial = back_entry(session, "community_safety", text, today=TODAY, partial=True)
    stored = _records(session)
    with session.vault.transaction() as conn:  # as if on a fresh vault
        conn.execute("DELETE FROM records")
        conn.execute("DELETE FROM backentry_papers")
    parallel = back_entry(session, "community_safety", text, today=TODAY, partial=True, workers=2)
    assert parallel.refused == serial.refused and len(serial.refused) == 3
    assert (parallel.stored_completed, parallel.lines) == (serial.stored_completed, serial.lines) == (598, 601)
    assert _records(session) == stored


def test_the_start_gates_refuse_before_anything_is_read(session: Session) -> None:
    def never() -> Iterator[bytes]:
        raise AssertionError("read")
        yield b""

    with pytest.raises(NapError) as err:
        back_entry(session, "crsv_incident", never(), today=TODAY)
    assert err.value.code is ErrorCode.VAULT_FORM_NOT_INSTALLED


_WIDE_RUN = """
import json, sys
from pathlib import Path
import yaml
from napsurvey.services.backentry import back_entry
from napsurvey.services.forms import install_form_files
from napsurvey.services.session import create_vault, unlock
folder = Path(sys.argv[1])
survey = [{"type": "integer", "name": f"q{i}", "label": f"Question {i}"} for i in range(300)]
form = {"settings": {"form_id": "wide", "form_title": "Wide", "version": "1"}, "survey": survey}
(folder / "wide.yaml").write_text(yaml.safe_dump(form), encoding="utf-8")
create_vault(folder / "home", "monitor", "correct horse battery 42")
lines = [json.dumps({"@paper_id": f"W{n}", **{f"q{i}": 1000 + i for i in range(300)}}) for n in range(600)]
with unlock(folder / "home", "correct horse battery 42") as session:
    install_form_files(session, [folder / "wide.yaml"])
    print(back_entry(session, "wide", lines, workers=2).summary())
"""


def test_workers_finish_a_file_of_a_wide_form_whose_chunks_are_larger_than_a_pipe(tmp_path: Path) -> None:
    # 250 lines of a 300-question form are about 1 MB, and so are their records: the writer
    # used to wait, sending a worker its next chunk, while the worker waited to send its
    # results, for ever. Run apart, so that a hang fails this test instead of the suite.
    env = {**os.environ, "NAPSURVEY_TEST_FAST_KDF": "1"}
    try:
        done = subprocess.run(
            [sys.executable, "-c", _WIDE_RUN, str(tmp_path)], env=env, capture_output=True, text=True, timeout=180
        )
    except subprocess.TimeoutExpired:
        pytest.fail("back-entry with workers hung on the wide form's file")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().startswith("600 interviews stored")


def test_a_worker_that_dies_stops_the_run_and_nothing_of_a_whole_file_is_stored(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    from napsurvey.services import backentry as service
    from napsurvey.services.backentry_workers import EnginePool

    class Dying(EnginePool):
        def results(self, chunks: Iterator[Any]) -> Iterator[Any]:  # type: ignore[override]
            for n, results in enumerate(super().results(chunks)):
                if n == 1:
                    self._procs[0].kill()  # as the kernel's OOM killer would
                yield results

    monkeypatch.setattr(service, "EnginePool", Dying)
    text = "\n".join(_paper(n) for n in range(3000))
    with pytest.raises(NapError) as err:
        back_entry(session, "community_safety", text, today=TODAY, workers=2)
    assert err.value.code is ErrorCode.BACKENTRY_WORKER
    assert err.value.message.endswith("nothing of this file was stored")
    assert _records(session) == []
    monkeypatch.setattr(service, "EnginePool", EnginePool)
    assert back_entry(session, "community_safety", text, today=TODAY, workers=2).stored_completed == 3000  # then whole


def test_a_writer_stopped_midway_leaves_no_worker_nor_piping_thread_and_stores_nothing(session: Session) -> None:
    import multiprocessing
    import threading

    def interrupt(kind: str, n: int) -> None:
        raise KeyboardInterrupt  # Ctrl-C reaches the writer while the workers are busy

    text = "\n".join(_paper(n) for n in range(6000))
    with pytest.raises(KeyboardInterrupt):
        back_entry(session, "community_safety", text, today=TODAY, workers=2, batch_size=500, on_progress=interrupt)
    assert _records(session) == []
    assert multiprocessing.active_children() == []
    assert not [t for t in threading.enumerate() if t.name.startswith("napsurvey-engine")]
    assert back_entry(session, "community_safety", text, today=TODAY, workers=2).stored_completed == 6000  # then whole


def test_each_record_entered_gets_its_own_record_key(session: Session) -> None:
    back_entry(session, "community_safety", "\n".join(_paper(n) for n in range(50)), today=TODAY)
    keys = [r[0] for r in session.vault.connection.execute("SELECT record_key FROM records").fetchall()]
    assert len(keys) == 50 and None not in keys and len(set(keys)) > 45  # random, modulo 2**32
