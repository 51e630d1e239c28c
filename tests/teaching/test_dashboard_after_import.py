"""Progress carried on a USB stick shows the same on the other laptop's dashboard."""

from __future__ import annotations

from pathlib import Path

from tests.sample_data import SAMPLE_SETUP
from tests.teaching.helpers import learner_id, practise, skip_placement
from tutor.facade import Tutor
from tutor.paths import DataPaths


def test_the_dashboards_agree_after_an_import_and_a_second_import_changes_nothing(
    tutor: Tutor, tmp_path: Path
) -> None:
    ana, ben = learner_id(tutor, "Ana"), learner_id(tutor, "ben")
    for learner, right in ((ana, True), (ben, False)):
        skip_placement(tutor, learner)
        practise(tutor, learner, 12, right=right)
    class_id = tutor.teaching.classes.classes()[0].id
    tutor.teaching.notes.add_note(ben, "Let's look at this together tomorrow.")
    (tmp_path / "stick").mkdir()
    bundle = tutor.export_bundle(tmp_path / "stick").path

    other = Tutor.open(DataPaths(tmp_path / "other"))
    try:
        other.complete_first_run(SAMPLE_SETUP)
        other.install_bundled_packs()
        other.import_bundle(bundle)

        def views(laptop: Tutor) -> tuple[object, ...]:
            dashboard = laptop.teaching.dashboard
            grid = dashboard.class_grid(class_id)
            flags = [(f.learner_name, f.reason, f.skill_id) for f in dashboard.needs_help(class_id)]
            report = dashboard.learner_report(ben)
            return (
                grid.learner_names,
                grid.cells,
                flags,
                report.answers,
                report.correct,
                report.skills,
                [note.text for note in laptop.teaching.notes.notes_for(ben)],
            )

        before = views(other)
        assert before == views(tutor)
        assert other.import_bundle(bundle).already_imported
        assert views(other) == before
    finally:
        other.close()
