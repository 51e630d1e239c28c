"""The kinds of media file a pack may carry, known by suffix (the same on every system).

Standard library only: the pack builder, the installer and the screens share it.
"""

from __future__ import annotations

from pathlib import PurePosixPath

AUDIO_TYPES = {
    ".ogg": "audio/ogg",
    ".opus": "audio/ogg",
    ".mp3": "audio/mpeg",
    ".m4a": "audio/mp4",
    ".wav": "audio/wav",
}
IMAGE_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".svg": "image/svg+xml",
}
AUDIO_SUFFIXES = tuple(AUDIO_TYPES)
# Already compressed: stored in a pack archive as they are.
COMPRESSED_SUFFIXES = frozenset(AUDIO_TYPES) - {".wav"} | frozenset(IMAGE_TYPES) - {".svg"}


def suffix(path: str) -> str:
    return PurePosixPath(path.replace("\\", "/")).suffix.lower()


def is_recording(path: str) -> bool:
    """True for a file a lesson or question may have as its recording."""
    return suffix(path) in AUDIO_TYPES


def media_type(path: str) -> str | None:
    """The MIME type of a pack's media file by its suffix, or None for a suffix not listed."""
    found = suffix(path)
    return AUDIO_TYPES.get(found) or IMAGE_TYPES.get(found)
