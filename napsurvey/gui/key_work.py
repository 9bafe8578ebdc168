"""Key derivation off the GUI thread, for the set-up, unlock and recovery screens.

Argon2 takes about half a second by design; run on the GUI thread it froze
the window (no repaint, no quick-hide key). This runs it through the shell's
background :class:`~napsurvey.gui.background.Task` instead, without a progress
dialog: the screen shows its own short status line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from napsurvey.errors import NapError
from napsurvey.gui.background import Task, alive


def open_off_thread(
    owner: QWidget,
    call: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[NapError], None],
) -> Task:
    """Run ``call`` (the key derivation, about half a second by design) on a worker thread.

    The window keeps repainting and answering the quick-hide key meanwhile.
    ``on_done``/``on_error`` run on the GUI thread, only while ``owner`` is
    alive; a session that opens after the page was dropped (quick-hide, lock)
    is closed at once, so no vault stays open behind the neutral screen.
    """
    task = Task(lambda _progress: call())

    def succeeded(result: Any) -> None:
        if alive(owner):
            on_done(result)
        elif callable(getattr(result, "lock", None)):
            result.lock()

    def failed(error: NapError) -> None:
        if alive(owner):
            on_error(error)

    task.succeeded.connect(succeeded)
    task.failed.connect(failed)
    task.start()
    return task
