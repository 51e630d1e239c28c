"""What can go wrong with a progress bundle, as exceptions whose message a teacher can act on.

Every message says, in words, what happened and what to do; details for whoever supports the
laptop (paths, the underlying error) go to the log. `problems` lists every problem found when
there are several (a bundle's records are checked as a whole), the message names the first few.
The database is never changed when one of these is raised.
"""

from __future__ import annotations

MAX_PROBLEMS_SHOWN = 5


class BundleError(Exception):
    """A bundle could not be written, read or imported; nothing was changed."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problems = list(problems or [])


class BundleWriteError(BundleError):
    """Writing a bundle failed (disk full, stick pulled, folder not writable); no file was left."""


class BundleUnreadableError(BundleError):
    """The file is not a bundle, is cut short, or breaks the archive rules (a zip bomb, a path
    that escapes, an unexpected member)."""


class BundleTamperedError(BundleError):
    """The bundle was changed after it was written: a hash or the signature does not match."""


class BundleForgedError(BundleError):
    """The bundle claims to come from a device this laptop knows under a different key."""


class BundleVersionError(BundleError):
    """The bundle was written by a newer Tutor, in a format this one cannot read."""


class BundleInconsistentError(BundleError):
    """The bundle's records are malformed, or contradict each other or this laptop's records."""


class DeviceKeyError(BundleError):
    """This laptop's signing key is missing, unreadable or does not match its recorded key."""


def with_problems(message: str, problems: list[str]) -> str:
    """`message` followed by the first few problems, and how many more there are."""
    shown = problems[:MAX_PROBLEMS_SHOWN]
    text = message + "".join(f"\n  - {problem}" for problem in shown)
    if len(problems) > len(shown):
        text += f"\n  … and {len(problems) - len(shown)} more (see the log)"
    return text
