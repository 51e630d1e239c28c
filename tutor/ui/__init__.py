"""The PySide6 desktop app. Talks to the facade through FacadeRunner, never to the database."""
