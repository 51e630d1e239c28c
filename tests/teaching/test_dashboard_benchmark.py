"""The dashboard benchmark runs (`--quick`) and ends with its key=value line; timings never gate."""

from __future__ import annotations

import pytest

from tests.engine.test_benchmarks import last_line


@pytest.mark.slow
def test_dashboard_benchmark_reports_its_figures() -> None:
    """Uses the bundled packs `make packs` built (make test builds them first)."""
    figures = last_line("dashboard.py")
    assert (figures["learners"], figures["answers_each"]) == ("10", "300")
    keys = ("baseline_s", "first_open_s", "open_s", "open_ratio", "grid_s", "needs_help_s")
    for key in (*keys, "learner_page_s", "item_stats_s"):
        assert float(figures[key]) > 0, key
