"""Tutor: offline-first tutoring for schools without reliable internet."""

__version__ = "0.1.0"
APP_NAME = "Tutor"
