"""Read-only queries over the store: dyad timelines, index, outlets."""
