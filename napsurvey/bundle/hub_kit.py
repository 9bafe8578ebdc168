"""The hub's kit: what a coordinator joins a hub with, as a monitor joins its coordinator with a kit.

It names the hub (its keys and fingerprint, its name), carries the common
questionnaires and the common indicator set (S/2010/498 or GNWP codes, so
members measure the same thing), says for which questionnaires the hub asks
for raw counts (each member agrees or not, per questionnaire; never for a
``sensitivity: high`` one), and the threshold the hub shows pooled figures
from. Signed by the hub as its own kind of document (``hub-kit``), so a
monitor can never take it for a coordinator's kit.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from napsurvey.bundle.formats import AGE_RECIPIENT_PATTERN, MAXIMUM_THRESHOLD, B64Key, Day, DeviceId

FormId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class CommonIndicator(_Strict):
    """One indicator of the common set: its code in a public framework, and which form's indicator measures it."""

    scheme: Annotated[str, Field(min_length=1, max_length=40)]
    code: Annotated[str, Field(min_length=1, max_length=60)]
    title: dict[Annotated[str, Field(max_length=10)], Annotated[str, Field(max_length=300)]] = Field(
        default_factory=dict)
    form_id: FormId
    indicator: FormId


class HubDisclosure(_Strict):
    """The threshold the hub shows figures it pools from (never below 5)."""

    threshold: Annotated[int, Field(ge=5, le=MAXIMUM_THRESHOLD)]


class HubKit(_Strict):
    """The hub's signed kit."""

    format_version: int
    kit_serial: Annotated[int, Field(ge=1)]
    created_day: Day
    hub_name: Annotated[str, Field(min_length=1, max_length=120)]
    hub_signing_key: B64Key
    hub_box_key: B64Key
    hub_fingerprint: DeviceId
    backup_recipient: Annotated[str, Field(pattern=AGE_RECIPIENT_PATTERN)] | None = None
    forms: list[Annotated[str, Field(max_length=2_000_000)]] = Field(default_factory=list)
    indicators: list[CommonIndicator] = Field(default_factory=list)
    raw_requests: list[FormId] = Field(default_factory=list)
    disclosure: HubDisclosure
