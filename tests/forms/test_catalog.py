"""The catalogue of shipped forms: summaries, broken files kept apart, cached loading."""

from __future__ import annotations

import os

import pytest
import yaml
from lintkit import form, q

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms import catalog as catalog_module
from napsurvey.forms.catalog import catalog_of, load_cached


def _write(folder, name, data):
    path = folder / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_summaries_sorted_by_id_with_titles_and_languages(tmp_path):
    b = form(settings={"form_id": "b_form", "form_title": {"en": "B", "fr": "Bé"}, "version": "2"})
    b["survey"][0]["label"] = {"en": "Safe", "fr": "Sûre"}
    b["choices"]["yes_no"] = [{"name": "yes", "label": {"en": "Yes", "fr": "Oui"}}, {"name": "no", "label": {"en": "No", "fr": "Non"}}]
    _write(tmp_path, "b.yaml", b)
    _write(tmp_path, "a.yml", form(settings={"form_id": "a_form", "sensitivity": "normal"}))
    (tmp_path / "notes.txt").write_text("not a form")
    catalog = catalog_of(tmp_path)
    assert [(f.form_id, f.version, f.languages) for f in catalog.forms] == [("a_form", "1", ("en",)), ("b_form", "2", ("en", "fr"))]
    assert catalog.get("b_form").title_in("fr") == "Bé"
    assert catalog.get("b_form").title_in("ar") == "B"
    assert catalog.broken == []


def test_broken_file_is_listed_apart_and_does_not_hide_others(tmp_path):
    _write(tmp_path, "good.yaml", form())
    _write(tmp_path, "dup.yaml", form(q("integer", "n"), q("integer", "n")))
    catalog = catalog_of(tmp_path)
    assert [f.form_id for f in catalog.forms] == ["test_form"]
    [(path, exc)] = catalog.broken
    assert path.name == "dup.yaml" and exc.code is ErrorCode.FORM_DUPLICATE_NAME


def test_missing_folder_is_an_empty_catalog(tmp_path):
    assert catalog_of(tmp_path / "none").forms == []


def test_loading_is_cached_until_the_file_changes(tmp_path, monkeypatch):
    path = _write(tmp_path, "f.yaml", form())
    calls = []
    real = catalog_module.load_form
    monkeypatch.setattr(catalog_module, "load_form", lambda p: calls.append(p) or real(p))
    catalog_module._load_cached.cache_clear()  # noqa: SLF001 - start from an empty cache
    first = load_cached(path)
    assert load_cached(path) is first and len(calls) == 1
    _write(tmp_path, "f.yaml", form(settings={"version": "2"}))
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert load_cached(path).version == "2" and len(calls) == 2


def test_load_cached_missing_file(tmp_path):
    with pytest.raises(NapError) as info:
        load_cached(tmp_path / "gone.yaml")
    assert info.value.code is ErrorCode.FORM_NOT_FOUND
