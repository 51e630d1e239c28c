"""Content packs: the source format, building, signing and verifying."""
