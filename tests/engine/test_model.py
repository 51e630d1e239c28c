"""The student model: fitting, online prediction equal to the vectorised fit, saving, priors."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import numpy as np
import pytest

from tests.engine.simulated import simulated_log
from tutor.engine.attempts import AttemptLog
from tutor.engine.baselines import item_difficulty, pfa
from tutor.engine.fit import fit_model, predict_log
from tutor.engine.metrics import auc
from tutor.engine.model import (
    ItemInfo,
    ModelFormatError,
    StudentModel,
    default_model,
)

Fitted = tuple[AttemptLog, AttemptLog, StudentModel, np.ndarray]


@pytest.fixture(scope="module")
def fitted() -> Fitted:
    train, difficulty = simulated_log(400, seed=1)
    test, _ = simulated_log(150, seed=2)
    return train, test, fit_model(train), difficulty


def test_the_fitted_model_predicts_new_learners_better_than_the_baselines(fitted: Fitted) -> None:
    train, test, model, _ = fitted
    ours = auc(test.score, predict_log(model, test))
    assert ours > auc(test.score, item_difficulty(train)(test)) + 0.01
    assert ours > auc(test.score, pfa(train)(test)) + 0.01
    assert ours > 0.7


def test_fitted_item_effects_follow_the_hidden_difficulty(fitted: Fitted) -> None:
    _, _, model, difficulty = fitted
    ids = [f"item {n}" for n in range(len(difficulty))]
    effect = np.array([model.items[i][0] + 0.0 for i in ids])
    expected = np.array([model.items[i][1] for i in ids])
    # Harder items: lower expected correctness (the main carrier of difficulty).
    assert np.corrcoef(expected, difficulty)[0, 1] < -0.7
    assert np.all(np.isfinite(effect))


def test_online_updates_give_exactly_the_vectorised_predictions(fitted: Fitted) -> None:
    _, test, model, _ = fitted
    catalog = [ItemInfo(item, skill) for item, skill in sorted(test.item_skills().items())]
    predictor = model.bind(catalog)
    expected = predict_log(model, test)
    for learner in range(0, len(test.learner_ids), 7):
        rows = np.flatnonzero(test.learner == learner)
        state = predictor.new_state()
        for row in rows:
            item = test.item_ids[test.item[row]]
            now = float(test.time[row])
            assert predictor.probability(state, item, now) == pytest.approx(expected[row], abs=1e-9)
            predictor.record(state, item, float(test.score[row]), now)


def test_predict_gives_every_item_at_once_the_same_as_one_at_a_time(fitted: Fitted) -> None:
    _, test, model, _ = fitted
    catalog = [ItemInfo(item, skill) for item, skill in sorted(test.item_skills().items())]
    predictor = model.bind(catalog)
    state = predictor.replay(
        (catalog[n % len(catalog)].item_id, catalog[n % len(catalog)].skill_id, n % 2, 0.0)
        for n in range(0, 40, 3)
    )
    all_at_once = predictor.predict(state)
    assert all_at_once.shape == (len(catalog),)
    for n in (0, 5, len(catalog) - 1):
        assert all_at_once[n] == pytest.approx(predictor.probability(state, catalog[n].item_id))


def test_right_answers_raise_the_prediction_on_the_skill_and_wrong_ones_lower_it() -> None:
    model = default_model()
    catalog = [ItemInfo(f"q{n}", "fractions" if n < 5 else "decimals") for n in range(10)]
    predictor = model.bind(catalog)
    learner, struggler = predictor.new_state(), predictor.new_state()
    before = predictor.probability(learner, "q4")
    for n in range(4):
        predictor.record(learner, f"q{n}", 1.0)
        predictor.record(struggler, f"q{n}", 0.0)
    assert predictor.probability(learner, "q4") > before + 0.05
    assert predictor.probability(struggler, "q4") < before - 0.05


def test_new_items_start_from_the_authors_difficulty_prior() -> None:
    model = default_model()
    catalog = [ItemInfo("easy", "s", -2.0), ItemInfo("plain", "s"), ItemInfo("hard", "s", 2.0)]
    p = model.bind(catalog).predict(model.bind(catalog).new_state())
    assert p[0] > p[1] > p[2]
    assert 0.05 < p[2] < p[0] < 0.95


def test_a_fitted_item_keeps_its_fitted_effect_over_the_prior(fitted: Fitted) -> None:
    _, _, model, _ = fitted
    item = "item 3"
    easy = model.bind([ItemInfo(item, "skill-0", -3.0)])
    hard = model.bind([ItemInfo(item, "skill-0", 3.0)])
    assert easy.predict(easy.new_state())[0] == hard.predict(hard.new_state())[0]


def test_answers_outside_the_catalog_count_for_their_skill_and_the_totals() -> None:
    predictor = default_model().bind([ItemInfo("a", "s"), ItemInfo("b", "t")])
    state = predictor.replay([("retired", "s", 1.0, 0.0), ("gone", "other", 1.0, 0.0)])
    assert state.total_attempts == 2
    assert state.skill_attempts.tolist() == [1.0, 0.0]
    with pytest.raises(ValueError, match="not in the catalog"):
        predictor.record(state, "unknown", 1.0)
    with pytest.raises(ValueError, match="between 0 and 1"):
        predictor.record(state, "a", float("nan"))


def test_saving_and_loading_round_trips_exactly(fitted: Fitted) -> None:
    _, test, model, _ = fitted
    loaded = StudentModel.from_json(model.to_json())
    assert loaded.to_json() == model.to_json()
    assert np.array_equal(predict_log(loaded, test), predict_log(model, test))


def test_parameters_from_a_newer_version_say_to_update_tutor(fitted: Fitted) -> None:
    document = json.loads(fitted[2].to_json())
    document["version"] = 2
    with pytest.raises(ModelFormatError, match=r"newer Tutor.*update Tutor"):
        StudentModel.from_json(json.dumps(document))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="other"), "not a Tutor student model"),
        (lambda d: d.update(version="1"), "no valid version"),
        (lambda d: d["features"]["dense"].pop(), "features"),
        (lambda d: d.update(dense=d["dense"][:-1]), "dense weights"),
        (lambda d: d.update(mean=1.5), "mean"),
        (lambda d: d["items"].update({"x": [0.0, 1.0]}), "item x"),
        (lambda d: d.pop("skills"), "skills"),
    ],
)
def test_malformed_parameters_are_refused_with_the_reason(
    fitted: Fitted, change: Callable[[dict[str, Any]], object], message: str
) -> None:
    document = json.loads(fitted[2].to_json())
    change(document)
    with pytest.raises(ModelFormatError, match=message):
        StudentModel.from_json(json.dumps(document))
    with pytest.raises(ModelFormatError, match="not valid JSON"):
        StudentModel.from_json("{")


def test_the_shipped_default_model_loads_and_has_no_borrowed_items() -> None:
    model = default_model()
    assert model.items == {} and model.skills == {}
    assert 0.5 < model.mean < 0.8
    assert model.about["fitted_on"] == "preprocessed_data_train.csv"


def test_fitting_without_times_works_and_ignores_time(fitted: Fitted) -> None:
    log, _ = simulated_log(60, seed=3, times=False)
    model = fit_model(log)
    assert model.dense[-1] == 0.0  # hours since practice: always 0 here, so no weight
    timed = replace(log, time=log.time + 1.0)
    assert np.all(np.isfinite(predict_log(model, timed)))


def test_fitting_refuses_a_log_with_one_outcome_only() -> None:
    log = AttemptLog.build(["a", "b"], ["i", "j"], ["s", "s"], [1.0, 1.0])
    with pytest.raises(ValueError, match="some right and some wrong"):
        fit_model(log)


def test_a_log_keeps_each_learners_answers_in_time_order() -> None:
    log = AttemptLog.build(
        ["b", "a", "a", "a"], ["i1", "i2", "i3", "i4"], ["s"] * 4, [1, 0, 1, 0], [5, 3, 1, 1]
    )
    assert [log.learner_ids[n] for n in log.learner] == ["a", "a", "a", "b"]
    assert [log.item_ids[n] for n in log.item] == ["i3", "i4", "i2", "i1"]
    with pytest.raises(ValueError, match=r"row 2: score 2\.0"):
        AttemptLog.build(["a", "a"], ["i", "j"], ["s", "s"], [1.0, 2.0])
