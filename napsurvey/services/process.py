"""What both front ends do first: harden the process, and the day the services are told it is."""

from __future__ import annotations

from napsurvey.vault.days import today_iso
from napsurvey.vault.hardening import harden_process

__all__ = ["harden_process", "today_iso"]
