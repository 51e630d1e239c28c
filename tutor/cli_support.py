"""Exit codes shared by the `tutor` command and its subcommands."""

EXIT_OK = 0
EXIT_ERROR = 1
