"""Keys and a sample bundle body for the bundle tests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from nacl.public import PrivateKey
from nacl.signing import SigningKey

from napsurvey.bundle.build import make_body
from napsurvey.bundle.formats import AggregateTable, BundleBody, Cell, Denominators, Tables
from napsurvey.bundle.keys import age_identity, age_recipient, key_fingerprint


@dataclass
class Party:
    signing: bytes
    verify: bytes
    box: bytes
    box_public: bytes

    @property
    def fingerprint(self) -> str:
        return key_fingerprint(self.verify, self.box_public)

    @property
    def recipient(self) -> str:
        return age_recipient(self.box_public)

    @property
    def identity(self) -> Any:
        return age_identity(self.box)


def new_party() -> Party:
    sk = SigningKey.generate()
    bk = PrivateKey.generate()
    return Party(bytes(sk), bytes(sk.verify_key), bytes(bk), bytes(bk.public_key))


@pytest.fixture
def coordinator() -> Party:
    return new_party()


@pytest.fixture
def device() -> Party:
    return new_party()


def sample_tables() -> Tables:
    return Tables(
        aggregates=[
            AggregateTable(
                form_id="community_safety",
                form_versions=["2026.1"],
                indicator="feels_safe_by_district",
                question="feels_safe",
                dimensions=["district"],
                period="month",
                cells=[
                    Cell(key=["yes", "north", "2026-11"], count=12, key_sum=12345),
                    Cell(key=["no", "north", "2026-11"], count=7, key_sum=12345),
                ],
            )
        ],
        denominators=[
            Denominators(form_id="community_safety", form_versions=["2026.1"], period="2026-11", interviews=19, key_sum=54321)
        ],
    )


def sample_body(device: Party, coordinator: Party, *, sequence: int = 1, prev_hash: str = "") -> BundleBody:
    return make_body(
        sample_tables(),
        bundle_id="0" * 31 + str(sequence % 10),
        device_id=device.fingerprint,
        sequence=sequence,
        created_day="2026-11-23",
        prev_hash=prev_hash,
        recipients=[coordinator.recipient],
    )
