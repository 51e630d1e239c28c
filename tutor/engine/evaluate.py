"""Measure the student model on real answers: `python -m tutor.engine.evaluate --train T --test S`.

Reads two attempt logs in the tab-separated form of ASSISTments 2009 as published for
knowledge tracing (columns user_id, item_id, timestamp, correct, skill_id; a header row naming
them is used if present, else that order). Fits the student model and two baselines (item
difficulty only, PFA) on TRAIN only, predicts every TEST answer from the same learner's earlier
answers only, and prints a table; the last line is exactly
`auc=0.XXXX logloss=0.XXXX rmse=0.XXXX fit_s=N.N` for the student model.

Guarantees: any file in that form works (ids may be any text; correct may be 0/1 or a score
between 0 and 1; timestamps may be 0 when unknown); a malformed row stops the run with a message
naming the file and line, and exit status 2. --save writes the fitted model's parameters.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from tutor.engine.attempts import AttemptLog
from tutor.engine.features import Array
from tutor.engine.metrics import auc, log_loss, rmse

COLUMNS = ("user_id", "item_id", "timestamp", "correct", "skill_id")


class LogFormatError(ValueError):
    pass


def read_log(path: Path) -> AttemptLog:
    """An attempt log from a tab-separated file. Raises LogFormatError naming file and line,
    OSError if it cannot be read."""
    learners: list[str] = []
    items: list[str] = []
    skills: list[str] = []
    scores: list[float] = []
    times: list[float] = []
    with path.open(encoding="utf-8-sig", newline="") as file:
        lines: Iterator[tuple[int, str]] = iter(enumerate(file, start=1))
        positions = tuple(range(len(COLUMNS)))
        first = next(lines, None)
        if first is None:
            raise LogFormatError(f"{path}: the file is empty")
        header = [cell.strip().lower() for cell in first[1].rstrip("\r\n").split("\t")]
        if set(COLUMNS) <= set(header):
            positions = tuple(header.index(name) for name in COLUMNS)
            rows = lines
        else:
            rows = iter([first, *lines])
        width = max(positions) + 1
        for number, line in rows:
            if not line.strip():
                continue
            cells = line.rstrip("\r\n").split("\t")
            if len(cells) < width:
                raise LogFormatError(
                    f"{path}, line {number}: {len(cells)} columns; expected {', '.join(COLUMNS)}"
                )
            user, item, stamp, correct, skill = (cells[p].strip() for p in positions)
            try:
                score, moment = float(correct), float(stamp or 0)
            except ValueError:
                raise LogFormatError(
                    f"{path}, line {number}: correct ({correct!r}) and timestamp ({stamp!r}) "
                    "must be numbers"
                ) from None
            if not 0.0 <= score <= 1.0:
                raise LogFormatError(f"{path}, line {number}: correct {correct} is not 0..1")
            learners.append(user)
            items.append(item)
            skills.append(skill)
            scores.append(score)
            times.append(moment)
    if not scores:
        raise LogFormatError(f"{path}: no answers in the file")
    try:
        return AttemptLog.build(learners, items, skills, scores, times)
    except ValueError as error:
        raise LogFormatError(f"{path}: {error}") from None


def _row(name: str, y: Array, p: Array, fit_s: float) -> str:
    return f"{name:<18} {auc(y, p):>7.4f} {log_loss(y, p):>8.4f} {rmse(y, p):>7.4f} {fit_s:>7.1f}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tutor.engine.evaluate",
        description="Fit the student model on TRAIN and measure its predictions on TEST.",
    )
    parser.add_argument("--train", type=Path, required=True, help="attempt log to fit on")
    parser.add_argument("--test", type=Path, required=True, help="attempt log to predict")
    parser.add_argument("--save", type=Path, help="write the fitted model's parameters here")
    parser.add_argument(
        "--portable", action="store_true", help="with --save: leave out item and skill effects"
    )
    parser.add_argument("--no-baselines", action="store_true", help="fit the student model only")
    args = parser.parse_args(argv)

    # Deferred: the fitter is only needed here, not when the app starts.
    from tutor.engine import baselines
    from tutor.engine.fit import fit_model, predict_log

    try:
        train, test = read_log(args.train), read_log(args.test)
    except (LogFormatError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    y = test.score
    print(
        f"train: {len(train)} answers, {len(train.learner_ids)} learners, "
        f"{len(train.item_ids)} items, {len(train.skill_ids)} skills; "
        f"test: {len(test)} answers, {len(test.learner_ids)} learners"
    )
    print(f"{'model':<18} {'AUC':>7} {'logloss':>8} {'RMSE':>7} {'fit_s':>7}")
    if not args.no_baselines:
        for name, baseline in (
            ("item difficulty", baselines.item_difficulty),
            ("PFA", baselines.pfa),
        ):
            started = time.perf_counter()
            predict = baseline(train)
            print(_row(name, y, predict(test), time.perf_counter() - started), flush=True)
    started = time.perf_counter()
    model = fit_model(train)
    fit_s = time.perf_counter() - started
    p = predict_log(model, test)
    print(_row("Tutor model", y, p, fit_s))
    if args.save:
        saved = model.portable() if args.portable else model
        saved = replace(saved, about={**saved.about, "fitted_on": args.train.name})
        _write_atomically(args.save, saved.to_json() + "\n")
        print(f"saved the model to {args.save}")
    print(
        f"auc={auc(y, p):.4f} logloss={log_loss(y, p):.4f} rmse={rmse(y, p):.4f} fit_s={fit_s:.1f}"
    )
    return 0


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


if __name__ == "__main__":
    sys.exit(main())
