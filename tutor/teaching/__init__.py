"""Teacher mode: accounts, classes and groups, assignments and quizzes, notes, the dashboard.

Kept empty so that light modules (tutor.teaching.records) import without the services; the
services are in tutor.teaching.services, loaded by the facade on first use.
"""
