"""Every form we ship passes the linter, including the rules for shipped forms."""

from __future__ import annotations

import pytest

from napsurvey.forms.catalog import form_files, shipped_catalog
from napsurvey.forms.loader import lint_file
from napsurvey.paths import shipped_forms_dir

SHIPPED = form_files(shipped_forms_dir())


def test_there_are_shipped_forms():
    assert SHIPPED, "no forms in the shipped forms folder"


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_form_validates_strictly(path):
    assert [p.line() for p in lint_file(path, strict=True)] == []


def test_shipped_forms_have_unique_ids_and_english_and_french():
    catalog = shipped_catalog()
    assert catalog.broken == []
    ids = [f.form_id for f in catalog.forms]
    assert len(ids) == len(set(ids))
    for summary in catalog.forms:
        assert {"en", "fr"} <= set(summary.languages), summary.form_id
