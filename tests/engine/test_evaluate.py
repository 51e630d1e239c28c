"""`python -m tutor.engine.evaluate` on attempt logs in the ASSISTments tab-separated form."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tests.engine.simulated import simulated_log
from tutor.engine.attempts import AttemptLog
from tutor.engine.evaluate import main, read_log
from tutor.engine.metrics import auc, log_loss, rmse
from tutor.engine.model import StudentModel

LAST_LINE = re.compile(r"auc=0\.\d{4} logloss=\d\.\d{4} rmse=0\.\d{4} fit_s=\d+\.\d")
ASSISTMENTS = Path("/work/shared/data/assistments09")


def write_log(path: Path, log: AttemptLog, *, header: bool = True) -> Path:
    lines = ["user_id\titem_id\ttimestamp\tcorrect\tskill_id"] if header else []
    for n in range(len(log)):
        lines.append(
            f"{log.learner_ids[log.learner[n]]}\t{log.item_ids[log.item[n]]}\t"
            f"{int(log.time[n])}\t{int(log.score[n])}\t{log.skill_ids[log.skill[n]]}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_it_fits_on_train_measures_on_test_and_ends_with_the_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    train = write_log(tmp_path / "train.tsv", simulated_log(200, seed=4)[0])
    test = write_log(tmp_path / "test.tsv", simulated_log(80, seed=5)[0], header=False)
    saved = tmp_path / "model.json"
    assert main(["--train", str(train), "--test", str(test), "--save", str(saved)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert LAST_LINE.fullmatch(lines[-1]), lines[-1]
    table = "\n".join(lines)
    assert "item difficulty" in table and "PFA" in table and "Tutor model" in table
    figures = dict(pair.split("=") for pair in lines[-1].split())
    # The figures are the saved model's own predictions on the test file.
    from tutor.engine.fit import predict_log

    log = read_log(test)
    p = predict_log(StudentModel.from_json(saved.read_text()), log)
    assert float(figures["auc"]) == pytest.approx(auc(log.score, p), abs=5e-5)
    assert float(figures["rmse"]) == pytest.approx(rmse(log.score, p), abs=5e-5)
    assert float(figures["auc"]) > 0.7


def test_a_malformed_row_is_named_and_nothing_is_fitted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_log(tmp_path / "train.tsv", simulated_log(20, seed=6)[0])
    bad = tmp_path / "bad.tsv"
    bad.write_text("user_id\titem_id\ttimestamp\tcorrect\tskill_id\na\tb\t0\tyes\tc\n")
    assert main(["--train", str(good), "--test", str(bad)]) == 2
    assert "bad.tsv, line 2: correct ('yes')" in capsys.readouterr().err
    short = tmp_path / "short.tsv"
    short.write_text("a\tb\t0\n")
    assert main(["--train", str(short), "--test", str(good)]) == 2
    assert "short.tsv, line 1: 3 columns" in capsys.readouterr().err
    assert main(["--train", str(tmp_path / "missing.tsv"), "--test", str(good)]) == 2


def test_columns_are_found_by_their_header_in_any_order(tmp_path: Path) -> None:
    path = tmp_path / "shuffled.tsv"
    path.write_text(
        "correct\tskill_id\tuser_id\ttimestamp\titem_id\n1\tS\tu1\t10\tq\n0\tS\tu1\t5\tr\n"
    )
    log = read_log(path)
    assert log.learner_ids == ("u1",) and log.skill_ids == ("S",)
    assert [log.item_ids[i] for i in log.item] == ["r", "q"]  # ordered by time
    assert log.score.tolist() == [0.0, 1.0]


def test_auc_equals_the_share_of_right_wrong_pairs_ranked_correctly() -> None:
    rng = np.random.default_rng(7)
    y = (rng.random(300) < 0.6).astype(float)
    p = np.round(rng.random(300), 1)  # many ties
    pairs = [(a, b) for a in p[y == 1] for b in p[y == 0]]
    brute = sum(1.0 if a > b else 0.5 if a == b else 0.0 for a, b in pairs) / len(pairs)
    assert auc(y, p) == pytest.approx(brute)
    assert log_loss(np.array([1.0, 0.0]), np.array([0.5, 0.5])) == pytest.approx(np.log(2))
    with pytest.raises(ValueError, match="both right and wrong"):
        auc(np.ones(3), p[:3])


@pytest.mark.skipif(not ASSISTMENTS.is_dir(), reason="the ASSISTments data is not here")
def test_the_command_runs_on_the_published_split_quickly_checked_on_a_sample(
    tmp_path: Path,
) -> None:
    """The real files, cut to their first 20,000 rows so the suite stays fast (the full run is in
    the README and the issue note); the model must beat both baselines on them."""
    paths = []
    for name in ("preprocessed_data_train.csv", "preprocessed_data_test.csv"):
        with (ASSISTMENTS / name).open(encoding="utf-8") as source:
            head = [next(source) for _ in range(20_000)]
        paths.append(tmp_path / name)
        paths[-1].write_text("".join(head), encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tutor.engine.evaluate",
            "--train",
            str(paths[0]),
            "--test",
            str(paths[1]),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = {line[:18].strip(): line.split() for line in result.stdout.splitlines()}
    ours = float(rows["Tutor model"][2])
    assert ours > float(rows["item difficulty"][2]) and ours > float(rows["PFA"][1])
    assert LAST_LINE.fullmatch(result.stdout.strip().splitlines()[-1])
