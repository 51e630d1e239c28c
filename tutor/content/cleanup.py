"""Remove content-store files that no installed pack needs (run after installs and at start).

Kept apart from the installer so that opening a data directory does not import the pack
verification code (cryptography, JSON Schema).
"""

from __future__ import annotations

from sqlalchemy import select, union

from tutor.content.store import ContentStore
from tutor.storage.engine import Database
from tutor.storage.models import Lesson, MediaReference


def collect_unused_content(database: Database, store: ContentStore) -> int:
    """Delete unfinished writes and stored files no installed pack references. Returns how
    many stored files were deleted."""
    with database.read() as session:
        referenced = set(
            session.scalars(union(select(MediaReference.sha256), select(Lesson.body_sha256)))
        )
    store.clear_leftovers()
    return store.collect_garbage(referenced)
