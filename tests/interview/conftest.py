from __future__ import annotations

import pytest
from engine_support import TODAY, YES_NO, context, make_form, start  # noqa: F401  (re-exported for fixtures)

from napsurvey.interview import StartContext


@pytest.fixture
def ctx() -> StartContext:
    return context()
