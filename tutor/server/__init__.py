"""The school (or district) server: `tutor server` (docs/server.md, docs/sync.md).

Imported only by the server and its command, never by the desktop app at start-up.
"""
