"""The coordinator's Plan area: the NAP's own commitments, assessed period by period.

Plug-in point the coordinator's home calls: :func:`build_sections` (session,
parent) -> ``{"plan": PlanArea}``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from napsurvey.gui.plan.area import PlanArea
from napsurvey.gui.plan.assess_view import AssessView
from napsurvey.gui.plan.scorecard_view import ScorecardView
from napsurvey.services.session import Session

__all__ = ["AssessView", "PlanArea", "ScorecardView", "build_sections"]


def build_sections(session: Session, parent: QWidget | None = None) -> dict[str, QWidget]:
    """The "plan" section of the coordinator's home."""
    return {"plan": PlanArea(session, parent)}
