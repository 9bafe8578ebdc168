"""Benchmark: big forms — load, compile, and what happens past the size cap.

* compile (the engine's one-time pass over a form) of 10,000- and 50,000-
  question forms built in memory; linear means a ratio of 5;
* load (YAML, schema, lint) of forms up to the loader's 2 MB cap, whose
  largest holds about 20,000 questions of this shape; linear means 5 from
  4,000 to 20,000;
* a 50,000-question form file (about 5 MB) is refused at once with
  FORM_TOO_LARGE, naming the 2 MB limit (what an enrollment kit carries).

The forms are bench/engine.py's: integer questions in sections of 100 with
chained relevance and a running calculation per section. Times are CPU time
of this process, best of a few runs with the sizes interleaved (the machine is
shared: wall time measures the neighbours). Ends with
``bench: NAME VALUE (target T) PASS|FAIL`` lines.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import yaml

from bench.engine import build_form
from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.loader import MAX_FORM_BYTES, load_form_text
from napsurvey.interview import compile_form


def form_text(questions: int) -> str:
    """The form as an author would write it: one flow mapping a row."""
    data = build_form(questions).model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    return yaml.safe_dump(data, sort_keys=False, width=200, default_flow_style=None, allow_unicode=True)


def compile_seconds(sizes: tuple[int, ...], runs: int) -> dict[int, float]:
    """Best CPU time of compiling a fresh form of each size, the sizes interleaved."""
    best = dict.fromkeys(sizes, float("inf"))
    for _ in range(runs):
        for questions in sizes:
            form = build_form(questions)  # a new Form each time: compile_form caches per object
            start = time.process_time()
            compile_form(form)
            best[questions] = min(best[questions], time.process_time() - start)
    return best


def load_seconds(texts: dict[int, str], runs: int) -> dict[int, float]:
    """Best CPU time of loading each text (YAML, schema, lint), interleaved."""
    best = dict.fromkeys(texts, float("inf"))
    for _ in range(runs):
        for questions, text in texts.items():
            start = time.process_time()
            load_form_text(text)
            best[questions] = min(best[questions], time.process_time() - start)
    return best


def _line(name: str, value: float, target: str, ok: bool) -> None:
    print(f"bench: {name} {value:.3f} (target {target}) {'PASS' if ok else 'FAIL'}")


def main() -> int:
    """Run and print the verdicts."""
    compiled = compile_seconds((10_000, 50_000), 3)
    small, large = compiled[10_000], compiled[50_000]
    print(f"compile: 10,000 questions {small:.2f} s, 50,000 questions {large:.2f} s")

    largest = 4_000
    while len(form_text(largest + 1_000).encode()) <= MAX_FORM_BYTES:
        largest += 1_000
    text_small, text_large = form_text(4_000), form_text(largest)
    loaded = load_seconds({4_000: text_small, largest: text_large}, 3)
    load_small, load_large = loaded[4_000], loaded[largest]
    print(f"load: 4,000 questions ({len(text_small) / 1e6:.1f} MB) {load_small:.2f} s, "
          f"{largest:,} questions ({len(text_large.encode()) / 1e6:.2f} MB, the largest under the cap) {load_large:.2f} s")  # fmt: skip

    huge = form_text(50_000)
    start = time.perf_counter()
    try:
        load_form_text(huge)
        refusal: NapError | None = None
    except NapError as exc:
        refusal = exc
    refused_s = time.perf_counter() - start
    print(f"50,000 questions ({len(huge.encode()) / 1e6:.1f} MB): {refusal or 'loaded'} in {refused_s:.3f} s")
    refused_ok = refusal is not None and refusal.code is ErrorCode.FORM_TOO_LARGE and "2 MB" in refusal.message

    _line("form_compile_ratio_50000_vs_10000", large / small, "<= 6, linear is 5", large / small <= 6)
    _line("form_compile_s_50000", large, "information", True)
    _line(f"form_load_s_{largest}", load_large, "< 10 (the largest form under the 2 MB cap)", load_large < 10)
    ratio = load_large / load_small
    linear = largest / 4_000
    _line(f"form_load_ratio_{largest}_vs_4000", ratio, f"<= {linear * 1.2:.1f}, linear is {linear:.1f}", ratio <= linear * 1.2)
    _line("form_50000_refused_s", refused_s, "< 10, FORM_TOO_LARGE naming the 2 MB limit", refused_ok and refused_s < 10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
