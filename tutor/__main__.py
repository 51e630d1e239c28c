"""`python -m tutor` runs the same command as the `tutor` console script."""

import sys

from tutor.cli import main

sys.exit(main())
