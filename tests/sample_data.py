"""A first-run set-up shared by tests that need a laptop that is already set up."""

from __future__ import annotations

from tutor.records import FirstRunSetup

SAMPLE_SETUP = FirstRunSetup(
    laptop_name="Laptop 9",
    school_name="Hilltop",
    teacher_display_name="Ms Achieng",
    teacher_username="achieng",
    teacher_password="long-enough-pass",
    class_name="Class 3",
    learner_names=("Wanjiru", "ben", "Ana"),
)
