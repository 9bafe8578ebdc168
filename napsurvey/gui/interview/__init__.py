"""The interview runner of the desktop app (plugged into the main window's start/resume hooks).

:func:`create_runner` is what :class:`napsurvey.gui.window.MainWindow` calls;
it starts or resumes the interview through :mod:`napsurvey.services.interviews`
and returns the page to show (or a page that says why the form cannot start).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from napsurvey.errors import NapError
from napsurvey.gui.interview.refused_page import StartRefusedPage
from napsurvey.gui.interview.runner import InterviewRunner
from napsurvey.services import interviews as service
from napsurvey.services.session import Session

__all__ = ["InterviewRunner", "StartRefusedPage", "create_runner"]


def create_runner(
    session: Session,
    *,
    form_id: str,
    draft_id: str | None = None,
    language: str | None = None,
    close: Callable[[QWidget], None],
) -> QWidget:
    """The runner for a new interview of ``form_id`` (or the draft ``draft_id``), or a refusal page.

    ``close(page)`` is called when the page is done (the window drops it and goes home).
    """
    try:
        if draft_id:
            running = service.resume_interview(session, draft_id)
        else:
            running = service.start_interview(session, form_id, language=language)
    except NapError as exc:
        refused = StartRefusedPage(exc)
        refused.home_clicked.connect(lambda: close(refused))
        return refused
    runner = InterviewRunner(session, running)
    runner.closed.connect(lambda: close(runner))
    return runner
