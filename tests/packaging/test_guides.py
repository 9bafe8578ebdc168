"""The user guides point at files that exist, and are linked from the README."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUIDES = ["guide-monitor.md", "guide-monitor.fr.md", "guide-coordinator.md", "guide-form-author.md", "guide-plan.md",
          "guide-plan.fr.md"]
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


@pytest.mark.parametrize("name", GUIDES)
def test_every_relative_link_and_screenshot_exists(name: str) -> None:
    guide = ROOT / "docs" / name
    targets = [t for t in LINK.findall(guide.read_text(encoding="utf-8")) if "://" not in t]
    assert targets, "a guide without links or screenshots"
    missing = [t for t in targets if not (guide.parent / t).exists()]
    assert missing == []


@pytest.mark.parametrize("name", GUIDES)
def test_readme_links_each_guide(name: str) -> None:
    assert f"(docs/{name})" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_monitor_guide_exists_in_both_languages_with_the_same_screenshots() -> None:
    def shots(name: str) -> set[str]:
        text = (ROOT / "docs" / name).read_text(encoding="utf-8")
        return {t for t in LINK.findall(text) if t.startswith("screenshots/")}

    english, french = shots("guide-monitor.md"), shots("guide-monitor.fr.md")
    # The French guide shows the French settings screen instead of the English one.
    assert english - {"screenshots/settings.png"} == french - {"screenshots/settings-fr.png"}
