"""The interview runner of the desktop app (plugged into the main window's start/resume hooks).

:func:`create_runner` is what :class:`napsurvey.gui.window.MainWindow` calls;
it starts or resumes the interview through :mod:`napsurvey.services.interviews`
and returns the page to show (or a page that says why the form cannot start).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from napsurvey.errors import NapError
from napsurvey.gui.interview.refused_page import StartRefusedPage
from napsurvey.gui.interview.runner import InterviewRunner
from napsurvey.services import interviews as service

__all__ = ["InterviewRunner", "StartRefusedPage", "create_runner"]


def create_runner(window: Any, *, form_id: str, draft_id: str | None = None) -> QWidget:
    """The runner for a new interview of ``form_id`` (or the draft ``draft_id``), or a refusal page."""
    session = window.session
    language = getattr(getattr(window, "translations", None), "language", None)
    try:
        if draft_id:
            running = service.resume_interview(session, draft_id)
        else:
            running = service.start_interview(session, form_id, language=language)
    except NapError as exc:
        refused = StartRefusedPage(exc)
        refused.home_clicked.connect(lambda: window.close_workspace(refused))
        return refused
    runner = InterviewRunner(session, running)
    runner.closed.connect(lambda: window.close_workspace(runner))
    dummy_signal = getattr(window, "dummy_requested", None)
    if dummy_signal is not None:
        dummy_signal.connect(runner.toggle_dummy)
    return runner
