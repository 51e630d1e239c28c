"""The engine benchmarks run (`--quick`) and end with their key=value line; timings never gate."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def last_line(script: str) -> dict[str, str]:
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), "--quick"],
        check=True,
        capture_output=True,
        text=True,
        cwd=BENCHMARKS.parent,
        timeout=300,
    )
    line = result.stdout.strip().splitlines()[-1]
    pairs = dict(pair.split("=", 1) for pair in line.split())
    assert all(pairs.values()), line
    return pairs


@pytest.mark.slow
def test_engine_benchmark_reports_its_figures() -> None:
    figures = last_line("engine.py")
    assert {
        "skills",
        "items",
        "answers",
        "next_p99_ms",
        "update_p99_ms",
        "predict_all_p99_ms",
        "floor_p99_ms",
        "next_ratio",
        "update_ratio",
        "predict_all_ratio",
    } <= figures.keys()
    assert (figures["skills"], figures["items"], figures["answers"]) == ("200", "10000", "100000")
    for key, value in figures.items():
        if key.endswith(("_ms", "_ratio")):
            assert float(value) > 0, key


@pytest.mark.slow
def test_learning_simulation_reports_its_figures() -> None:
    figures = last_line("learning_sim.py")
    assert {
        "learners",
        "items_fixed",
        "items_adaptive",
        "ratio",
        "reduction_pct",
        "posttest_fixed",
        "posttest_adaptive",
        "mastered_all",
        "capped",
    } <= figures.keys()
    assert float(figures["items_fixed"]) == 120.0  # every item of every skill, in order
    assert float(figures["items_adaptive"]) > 0
    for key in ("posttest_fixed", "posttest_adaptive"):
        assert 0.0 < float(figures[key]) < 1.0, key
    assert int(figures["mastered_all"]) + int(figures["capped"]) <= int(figures["learners"])
