"""Teacher-mode tests run on a laptop set up with the sample class and the bundled packs."""

from tests.learning.conftest import data_dir, tutor

__all__ = ["data_dir", "tutor"]
