"""The learning loop on a laptop: the engine over the stored content and answers."""
