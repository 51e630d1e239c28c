"""How teacher screens say a mastery status and a needs-help reason, in words (translated).

Status words come with a sign, so colour is never the only signal."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

if TYPE_CHECKING:
    from tutor.teaching.needs_help import HelpFlag

STATUS_SIGNS = {
    "mastered": "✓",
    "review_due": "↻",
    "learning": "…",
    "struggling": "!",
    "not_started": "·",
}

# Light backgrounds that keep black text readable (WCAG AA), one per status.
STATUS_COLOURS = {
    "mastered": QColor("#b7e4c7"),
    "review_due": QColor("#cde3f7"),
    "learning": QColor("#fff3b0"),
    "struggling": QColor("#f8c4c4"),
    "not_started": QColor("#eeeeee"),
}


def status_word(status: str) -> str:
    words = {
        "mastered": QCoreApplication.translate("TeacherWording", "mastered"),
        "review_due": QCoreApplication.translate("TeacherWording", "review due"),
        "learning": QCoreApplication.translate("TeacherWording", "learning"),
        "struggling": QCoreApplication.translate("TeacherWording", "struggling"),
        "not_started": QCoreApplication.translate("TeacherWording", "not started"),
    }
    return words.get(status, status)


def percent(value: float) -> str:
    return f"{round(100 * value)}%"


def describe_flag(flag: HelpFlag, skill_titles: Mapping[str, str] | None = None) -> str:
    """Why a learner needs help, with the figures that raised the flag, in one translated
    sentence (the skill by its title when known, else its id)."""
    from tutor.teaching.needs_help import HelpReason

    skill = (skill_titles or {}).get(flag.skill_id or "", flag.skill_id or "")
    figures = {"right": flag.right, "tries": flag.tries, "skill": skill}
    before, now = percent(flag.estimate_before), percent(flag.estimate_now)
    if flag.reason is HelpReason.DROP:
        text = QCoreApplication.translate(
            "TeacherWording",
            "Sudden drop: {right} of the last {tries} answers right, where the model expected "
            "about {expected} from earlier work.",
        )
        return text.format(expected=round(flag.expected_right), **figures)
    if flag.reason is HelpReason.STRUGGLING:
        text = QCoreApplication.translate(
            "TeacherWording",
            "Struggling with {skill}: {right} of the last {tries} right; estimate {now}.",
        )
        return text.format(now=now, **figures)
    text = QCoreApplication.translate(
        "TeacherWording",
        "Stalled on {skill}: {tries} tries without progress (estimate {before} → {now}), "
        "{right} right.",
    )
    return text.format(before=before, now=now, **figures)
