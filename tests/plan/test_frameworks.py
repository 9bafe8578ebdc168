"""The shipped framework codes: every entry says where it was checked and reads in three languages."""

from __future__ import annotations

from plankit import example

from napsurvey.plan.frameworks import shipped_frameworks


def test_every_entry_was_checked_and_has_its_title_in_english_french_and_arabic() -> None:
    frameworks = shipped_frameworks()
    assert set(frameworks.titles) == {"S/2010/498", "GNWP", "SDG"}
    for entry in frameworks.entries.values():
        assert entry.checked, entry.code
        assert {"en", "fr", "ar"} <= set(entry.title), entry.code


def test_the_numbered_s_2010_498_indicator_prints_with_its_annex_number() -> None:
    entry = shipped_frameworks().get("S/2010/498", "11a")
    assert entry is not None and entry.citation("en") == "S/2010/498 11(a)"
    assert shipped_frameworks().get("SDG", "5.5.1").citation("fr") == "SDG 5.5.1"  # type: ignore[union-attr]


def test_the_example_cites_s_2010_498_gnwp_and_sdg_codes_from_the_list() -> None:
    plan, _ = example()
    schemes = {ref.scheme for i in plan.indicators for ref in i.frameworks}
    assert schemes == {"S/2010/498", "GNWP", "SDG"}
    assert all(shipped_frameworks().get(r.scheme, r.code) for i in plan.indicators for r in i.frameworks)
