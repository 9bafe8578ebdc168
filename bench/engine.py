"""Benchmark: answer() + next() in the interview engine, on 100-, 2,000- and 50,000-question forms.

The forms have chains of relevance (each question depends on the one before,
in chains of 10), sections of 100 questions with their own relevance, and a
running calculation per section. Prints one verdict line per figure.
"""

from __future__ import annotations

import datetime
import statistics
import time

from napsurvey.forms.model import Form
from napsurvey.interview import Interview, StartContext, compile_form

CHAIN = 10
SECTION = 100


def build_form(questions: int) -> Form:
    """A form of ``questions`` integer questions in sections, with chained relevance."""
    survey: list[dict[str, object]] = []
    for start in range(0, questions, SECTION):
        section = start // SECTION
        survey.append(
            {"type": "begin_group", "name": f"s{section}", "label": f"Section {section}",
             "relevant": f"${{q{start - 1}}} >= 0" if start else None}
        )  # fmt: skip
        for i in range(start, min(start + SECTION, questions)):
            row: dict[str, object] = {"type": "integer", "name": f"q{i}", "label": f"Question {i}", "constraint": ". >= 0"}
            if i % CHAIN:
                row["relevant"] = f"${{q{i - 1}}} != 3"
            survey.append(row)
        last = min(start + SECTION, questions) - 1
        survey.append({"type": "calculate", "name": f"c{section}", "calculation": f"${{q{start}}} + ${{q{last}}}"})
        survey.append({"type": "end_group"})
    return Form.model_validate({"settings": {"form_id": "bench", "form_title": "Bench", "version": "1"}, "survey": survey})


def per_answer_ms(questions: int) -> float:
    """Median milliseconds of answer() + next() over a whole interview."""
    form = build_form(questions)
    compile_form(form)
    interview = Interview.start(form, StartContext(today=datetime.date(2026, 1, 1)))
    times: list[float] = []
    while interview.current().kind == "question":
        name = interview.current().name
        assert name is not None
        begin = time.perf_counter()
        interview.answer(name, 1)
        problems = interview.next()
        times.append(time.perf_counter() - begin)
        assert not problems
    assert len(times) == questions, len(times)
    return statistics.median(times) * 1000


def main() -> None:
    """Run both sizes and print verdicts."""
    small = min(per_answer_ms(100) for _ in range(3))
    large = min(per_answer_ms(2000) for _ in range(3))
    huge = per_answer_ms(50_000)
    ratio = large / small
    form = build_form(2000)
    compile_form(form)
    begin = time.perf_counter()
    for _ in range(20):
        Interview.start(form, StartContext(today=datetime.date(2026, 1, 1)))
    start_ms = (time.perf_counter() - begin) / 20 * 1000
    print(f"bench: engine_start_ms_2000 {start_ms:.2f} (information: one full evaluation pass per interview)")
    print(f"bench: engine_answer_ms_100 {small:.3f}")
    print(f"bench: engine_answer_ms {large:.3f} (target < 5) {'PASS' if large < 5 else 'FAIL'}")
    print(f"bench: engine_answer_ratio_2000_vs_100 {ratio:.2f} (target <= 2) {'PASS' if ratio <= 2 else 'FAIL'}")
    flat = huge / small
    print(f"bench: engine_answer_ms_50000 {huge:.3f} (information: the answer cost stays flat)")
    print(f"bench: engine_answer_ratio_50000_vs_100 {flat:.2f} (target <= 2) {'PASS' if flat <= 2 else 'FAIL'}")


if __name__ == "__main__":
    main()
