"""Five large fieldwork workbooks keep their skip logic: relevant, constraint, calculation and
choice-filter rules of a few rows each, run in the engine, behave as their workbook says.

For each rule the test reads the workbook's own cell (so a rule lost or rewritten on the way
fails here), then answers the questions it reads and checks what it decides.
"""

from __future__ import annotations

import datetime
import math
from pathlib import Path
from typing import Any

import pytest

from napsurvey.errors import ErrorCode
from napsurvey.forms.loader import load_form_text
from napsurvey.forms.xlsform import convert_workbook
from napsurvey.forms.xlsform_read import Sheet, read_workbook
from napsurvey.interview import Interview, StartContext

WILD = Path(__file__).parent / "data" / "xlsform-wild"
TODAY = datetime.date(2026, 3, 15)


class Run:
    """An imported workbook running in the engine, and its sheets as written."""

    def __init__(self, file: str) -> None:
        path = WILD / file
        result = convert_workbook(path)
        assert result.ok, result.lines(file)
        self.form = load_form_text(result.yaml_text(), file).form
        self.iv = Interview.start(self.form, StartContext(today=TODAY))
        self.sheets = read_workbook(path)

    def cell(self, row: int, column: str, sheet: str = "survey") -> Any:
        """The workbook's cell at ``row`` under the header ``column`` (matched without case)."""
        found: Sheet = self.sheets[sheet]
        header = [str(h).strip().lower() if h is not None else "" for h in found.rows[0][1]]
        cells = next(c for n, c in found.rows if n == row)
        index = header.index(column.lower())
        return cells[index] if index < len(cells) else None

    def row(self, name: str) -> Any:
        return next(r for r in self.form.survey if r.name == name)

    def answer(self, name: str, value: Any, path: tuple[int, ...] = ()) -> list[Any]:
        return self.iv.answer(name, value, path)

    def relevant(self, name: str, path: tuple[int, ...] = ()) -> bool:
        item = self.iv.cf.by_name[name]
        return (item.index, path) in self.iv.state.relevant

    def value(self, name: str, path: tuple[int, ...] = ()) -> Any:
        return self.iv.value(name, path)

    def choices(self, name: str) -> list[str]:
        item = self.iv.cf.by_name[name]
        return [c.name for c in self.iv.state.allowed_choices(item, ())]


def _straight(text: str) -> str:
    return text.translate(str.maketrans({"\u2018": "'", "\u2019": "'"}))


def test_mch_keeps_its_skip_logic_written_bind_colon_relevant() -> None:
    """ona MCH_v1: every rule is in a ``bind:relevant`` column (one colon), lost before."""
    run = Run("ona__MCH_v1.xlsx")
    rules = {n: run.cell(r, "bind:relevant") for n, r in {"mother": 4, "anc": 7, "HPlevel": 12, "immunization": 19, "tt1date": 20}.items()}
    for name, written in rules.items():
        assert run.row(name).relevant == written
    assert sum(1 for r in run.form.survey if r.relevant) == 15
    assert not run.relevant("month")
    run.answer("beneficiary", "1")  # ${beneficiary}='1'
    assert run.relevant("month") and not run.relevant("HPlevel")
    run.answer("service", "1")  # ${service}='1' opens the ANC check-up
    run.answer("lab", "yes")
    assert run.relevant("HPlevel") and not run.relevant("immunization")
    run.answer("service", "2")  # ${service}='2': immunisation instead
    assert not run.relevant("HPlevel") and run.relevant("immunization")
    run.answer("immunization", "2")
    assert run.relevant("tt2dat") and not run.relevant("tt1date")
    run.answer("beneficiary", "2")
    assert not run.relevant("immunization")


def test_grains_keeps_consent_gate_multi_select_rules_constraint_and_calculation() -> None:
    """ona grains: a retail survey of 390 rows."""
    run = Run("ona__grains.xlsx")
    assert run.row("main").relevant == run.cell(11, "relevant") == "selected(${consent},'yes')"
    assert run.row("contact_num").constraint == run.cell(42, "constraint")
    assert run.row("ever_sold_flour").relevant == run.cell(62, "relevant")
    assert run.row("wheat_brands_stocked").calculation == run.cell(85, "calculation")
    assert not run.relevant("outlet_access")
    run.answer("consent", "yes")
    assert run.relevant("outlet_access") and not run.relevant("contact_num")
    run.answer("outlet_access", "allowed")  # selected(${outlet_access},'allowed') opens groups E and G
    assert run.relevant("contact_num")
    assert run.answer("contact_num", "0712345678") == []
    assert [p.code for p in run.answer("contact_num", "712345678")] == [ErrorCode.INTERVIEW_CONSTRAINT]
    run.answer("flour_types", ["maize_flour"])
    assert not run.relevant("ever_sold_flour")
    run.answer("flour_types", ["none"])  # selected(${flour_types},'none')
    assert run.relevant("ever_sold_flour")
    # the row's own constraint: 'none' goes alone
    assert [p.code for p in run.answer("flour_types", ["none", "maize_flour"])] == [ErrorCode.INTERVIEW_CONSTRAINT]
    run.answer("flour_types", ["wheat_flour"])
    run.answer("flour_brands", ["best_cook", "chef", "dola"])
    assert run.value("wheat_brands_stocked") == 3  # count-selected(${flour_brands})
    run.answer("main_size", ["single"])
    assert not run.relevant("multi_pack_size")
    run.answer("main_size", ["single", "bale"])  # count-selected(${main_size})>1
    assert run.relevant("multi_pack_size")


def test_biomass_plot_form_keeps_trigonometry_repeats_and_constraints() -> None:
    """UCL Biomass plot form (a real forestry survey): slope radius, stems repeated by count."""
    run = Run("pyxform__UCL_Biomass_Plot_Form.xlsx")
    assert run.row("leader_name_other").relevant == _straight(run.cell(9, "relevant"))
    assert run.row("slope_radius_inner").calculation == run.cell(27, "calculation")
    assert run.row("stems").repeat_count == run.cell(43, "repeat_count")
    run.answer("leader_name", "Aloyce")
    assert not run.relevant("leader_name_other")
    run.answer("leader_name", "other")  # ${leader_name} = 'other', written with typographic quotes
    assert run.relevant("leader_name_other")
    run.answer("slope", 30)
    expected = round(5 / math.sqrt(math.cos(math.atan(30 / 100))), 2)
    assert run.value("slope_radius_inner") == pytest.approx(expected)
    assert run.value("slope_radius") == pytest.approx(round(15 / math.sqrt(math.cos(math.atan(0.3))), 2))
    run.answer("any_trees", "yes")  # ${any_trees} = 'yes' opens the trees repeat
    assert run.iv.add_instance("trees") == 0
    tree = (0,)
    run.answer("stem_count", 3, tree)  # repeat_count ${stem_count}: three stems in this tree
    assert run.iv.state.counts[(run.iv.cf.by_name["stems"].index, tree)] == 3
    run.answer("tag", 17, tree)
    assert [run.value("tag_1", (0, i)) for i in range(3)] == [17, 17, 17]  # ${tag} seen from each stem
    run.answer("tree_distance", 1, tree)  # within the inner radius: size_constraint = 6
    assert run.value("size_constraint", tree) == 6
    assert [p.code for p in run.answer("cbh", 5, (0, 0))] == [ErrorCode.INTERVIEW_CONSTRAINT]  # . >= ${size_constraint}
    assert run.answer("cbh", 6, (0, 0)) == []
    run.answer("tree_distance", 6, tree)  # outside it (5.11 m on this slope): 15
    assert run.value("size_constraint", tree) == 15
    run.answer("health_id", "dead", (0, 1))
    assert run.relevant("decay_class", (0, 1)) and not run.relevant("decay_class", (0, 0))


def test_ethiopia_food_security_form_keeps_cascades_constraints_and_chained_relevance() -> None:
    """ona Eth_fsom_final: WFP food security monitoring, 370 rows."""
    run = Run("ona__select_one_choices_test.xlsx")
    assert run.row("name_I").choice_filter == run.cell(8, "choice_filter") == "A_suboffice=${suboffice}"
    assert run.row("a13b1").constraint == run.cell(20, "constraint") == ".<=7"
    assert run.row("b21.1").relevant == run.cell(35, "relevant")
    enumerators = run.sheets["choices"]
    header = [str(h) for h in enumerators.rows[0][1]]
    column = header.index("A_suboffice")
    expected = [str(c[1]) for _, c in enumerators.rows[1:] if c[0] == "A_enumerator" and column < len(c) and str(c[column]) == "3"]
    run.answer("suboffice", "3")
    assert run.choices("name_I") == expected and expected
    assert [p.code for p in run.answer("a13b1", 8)] == [ErrorCode.INTERVIEW_CONSTRAINT]
    assert run.answer("a13b1", 7) == []
    run.answer("a12", "0")
    assert not run.relevant("b21")
    run.answer("a12", "1")  # ${a12}=1: a choice named '1' equals the number 1
    assert run.relevant("b21") and not run.relevant("b21.1")
    run.answer("b21", "1")  # ${a12}=1 and ${b21}=1
    assert run.relevant("b21.1")
    assert [p.code for p in run.answer("b21.1", 6)] == [ErrorCode.INTERVIEW_CONSTRAINT]  # .<6


def test_subdistrict_profile_keeps_external_cascades_and_relevance() -> None:
    """ona Subdistrict profiling tool (Syria): governorate, district, subdistrict from external_choices."""
    run = Run("ona__subdistrict_profiling_tool.xlsx")
    assert run.row("subdistrict").choice_filter == run.cell(7, "choice_filter")
    assert run.row("_1_4_1_Campslist").relevant == run.cell(18, "relevant")
    assert run.row("_4_11_2_always").relevant == run.cell(80, "relevant")
    external = run.sheets["external_choices"]
    header = [str(h) for h in external.rows[0][1]]
    at = {name: header.index(name) for name in ("list_name", "name", "governorate", "district")}

    def listed(list_name: str, **where: str) -> list[str]:
        return [
            str(c[at["name"]])
            for _, c in external.rows[1:]
            if c[at["list_name"]] == list_name and all(at[k] < len(c) and str(c[at[k]]) == v for k, v in where.items())
        ]

    run.answer("governorate", "SY02")
    districts = run.choices("district")
    assert districts == listed("districts", governorate="SY02") and districts
    run.answer("district", districts[0])
    assert run.choices("subdistrict") == listed("subdistricts", governorate="SY02", district=districts[0])
    run.answer("_1_4_camps", "no")
    assert not run.relevant("_1_4_1_Campslist")
    run.answer("_1_4_camps", "yes")
    assert run.relevant("_1_4_1_Campslist")
    for value, shown in (("always", True), ("restricted", True), ("no", False), ("do_not_know", False)):
        run.answer("_4_11_commercial_vehicles", value)
        assert run.relevant("_4_11_2_always") is shown, value
