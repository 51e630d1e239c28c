"""The adaptive engine: grading, the student model, mastery and what comes next.

Shared by the laptop and the server: it imports the standard library, numpy and itself only,
nothing else from tutor. Fitting (tutor.engine.fit) is imported only where a model is fitted.
"""
