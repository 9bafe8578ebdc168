"""An approved device cannot make the coordinator store impossible metadata (finding L4).

The manifest's day was checked only against ``\\d{4}-\\d{2}-\\d{2}``, periods
could be empty or name months the tables do not have, and a cell could sit
in month 13. Each such bundle, validly signed by an approved device, is now
refused with BUNDLE_SCHEMA and nothing is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from nacl.signing import SigningKey

from napsurvey.bundle.canonical import canonical_bytes, canonical_hash
from napsurvey.bundle.envelope import build_frame, encrypt_frame, signature_message
from napsurvey.bundle.keys import age_recipient, recipients_fingerprint
from napsurvey.errors import ErrorCode
from napsurvey.services import sync_import
from tests.bundle.homes import TODAY, Homes, dump_sync_tables, make_homes


@pytest.fixture(scope="module")
def homes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Homes]:
    mp = pytest.MonkeyPatch()
    mp.setenv("NAPSURVEY_TEST_FAST_KDF", "1")
    made = make_homes(tmp_path_factory.mktemp("meta"))
    yield made
    made.close()
    mp.undo()


def _tables(cell_period: str = "2026-11", denominator: str = "2026-11", kind: str = "month") -> dict[str, Any]:
    return {
        "aggregates": [{"form_id": "mini_survey", "form_versions": ["2026.1"], "indicator": "services_used",
                        "question": "services", "dimensions": [], "period": kind,
                        "cells": [{"key": ["health", cell_period], "count": 3, "key_sum": 7}]}],
        "denominators": [{"form_id": "mini_survey", "form_versions": ["2026.1"], "period": denominator,
                          "interviews": 3, "refused": 0, "ended_child": 0, "stopped": 0, "key_sum": 11}],
    }


def _sealed(homes: Homes, tables: dict[str, Any], **manifest: Any) -> bytes:
    """Signed and encrypted as an approved device would, from raw JSON: the device lies, the models never ran."""
    recipient = age_recipient(homes.coordinator.vault.box_public_key)
    doc = {
        "manifest": {
            "format_version": 2, "bundle_id": "f" * 32, "device_id": homes.monitor.fingerprint, "sequence": 1,
            "created_day": TODAY, "periods": sorted({d["period"] for d in tables["denominators"]}), "prev_hash": "",
            "recipients": [recipient], "recipient_fingerprint": recipients_fingerprint([recipient]),
            "tables_hash": canonical_hash(tables), **manifest,
        },
        "tables": tables,
    }
    raw = canonical_bytes(doc)
    signature = SigningKey(bytes(homes.monitor.vault.signing_key())).sign(
        signature_message(raw, doc["manifest"]["recipient_fingerprint"], "")).signature
    return encrypt_frame(build_frame(raw, signature), [recipient])


CASES: dict[str, Callable[[Homes], bytes]] = {
    "day 2026-13-45": lambda h: _sealed(h, _tables(), created_day="2026-13-45"),
    "day 2026-02-30": lambda h: _sealed(h, _tables(), created_day="2026-02-30"),
    "no periods": lambda h: _sealed(h, _tables(), periods=[]),
    "periods not those of the tables": lambda h: _sealed(h, _tables(), periods=["2025-01"]),
    "month 13 in the tables": lambda h: _sealed(h, _tables(cell_period="2026-13", denominator="2026-13")),
    "a cell outside the periods": lambda h: _sealed(h, _tables(cell_period="2026-10")),
    "a quarter cell in a month table": lambda h: _sealed(h, _tables(cell_period="2026-Q4")),
    "a quarter outside the periods": lambda h: _sealed(h, _tables(cell_period="2027-Q1", kind="quarter")),
    "nothing in it": lambda h: _sealed(h, {"aggregates": [], "denominators": []}),
}


@pytest.mark.parametrize("case", CASES)
def test_impossible_metadata_signed_by_an_approved_device_is_refused(homes: Homes, tmp_path: Path, case: str) -> None:
    path = tmp_path / "lie.dat"
    path.write_bytes(CASES[case](homes))
    before = dump_sync_tables(homes.coordinator)
    report = sync_import.import_bundles(homes.coordinator, [path], today=TODAY)
    out = report.outcomes[0]
    assert out.status == "refused" and out.code is ErrorCode.BUNDLE_SCHEMA, out
    assert dump_sync_tables(homes.coordinator) == before


def test_a_truthful_bundle_of_the_same_shape_imports(homes: Homes, tmp_path: Path) -> None:
    path = tmp_path / "true.dat"
    path.write_bytes(_sealed(homes, _tables("2026-Q4", kind="quarter")))
    assert sync_import.import_bundles(homes.coordinator, [path], today=TODAY).ok
