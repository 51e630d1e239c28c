"""Implementations of the `tutor` subcommands (imported only when used)."""
