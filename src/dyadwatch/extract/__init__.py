"""Pure functions over a parsed spaCy Doc: actors, events, quotes, dates."""
