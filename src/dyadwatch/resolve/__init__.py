"""Actor identities valid in time; in-document merging; cross-source stories (later)."""
