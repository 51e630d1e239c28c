"""How the sign-in screens check a PIN or picture password: on the database thread.

Kept apart from the sign-in widgets so the profile picker can be shown (at start-up) without
importing them; they are made when a learner with a secret is first chosen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.records import SecretCheck
    from tutor.ui.facade_thread import FacadeRunner

Secret = str | Sequence[str]  # a PIN, or the keys of a picture password (tutor.learner_secrets)

SecretChecker = Callable[
    [str, Secret, Callable[["SecretCheck"], None], Callable[[BaseException], None]], None
]
"""checker(learner_id, secret, on_result, on_error): check the secret, report on the UI thread."""


def runner_checker(runner: FacadeRunner) -> SecretChecker:
    """A checker that runs Tutor.check_learner_secret on the runner's database thread."""

    def check(
        learner_id: str,
        secret: Secret,
        on_result: Callable[[SecretCheck], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        runner.submit(
            lambda tutor: tutor.check_learner_secret(learner_id, secret), on_result, on_error
        )

    return check
