"""The complete example in the form-format reference is a valid form."""

from __future__ import annotations

import re
from pathlib import Path

from napsurvey.forms.loader import lint_text

DOC = Path(__file__).resolve().parents[2] / "docs" / "form-format.md"


def test_reference_example_validates_strictly():
    text = DOC.read_text(encoding="utf-8")
    section = text.split("## A complete small form", 1)[1]
    example = re.search(r"```yaml\n(.*?)```", section, re.S).group(1)
    assert [p.line() for p in lint_text(example, "example.yaml", strict=True)] == []
