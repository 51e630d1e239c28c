"""Grading learners' answers; standard library only, imports nothing from tutor but tutor.engine."""
