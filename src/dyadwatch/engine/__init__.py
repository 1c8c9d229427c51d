"""The per-document function and the runners that call it."""
