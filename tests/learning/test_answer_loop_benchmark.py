"""benchmarks/answer_loop.py runs (`--quick`) and ends with its key=value line (never timed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_answer_loop_benchmark_reports_its_figures() -> None:
    """Uses the bundled packs `make packs` built (make test builds them first)."""
    result = subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "benchmarks" / "answer_loop.py"), "--quick"],
        check=True,
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        timeout=300,
    )
    figures = dict(pair.split("=", 1) for pair in result.stdout.strip().splitlines()[-1].split())
    assert figures["attempts"] == "50000"
    assert int(figures["answers"]) > 50
    for key in ("loop_p50_ms", "loop_p99_ms", "bare_p50_ms", "bare_p99_ms", "ratio_p99"):
        assert float(figures[key]) > 0, key
