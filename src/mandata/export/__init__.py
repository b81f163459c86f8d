"""The registry exported for other tools."""
