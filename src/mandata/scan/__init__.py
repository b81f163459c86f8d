"""Low-level reading shared by the segment and analyze stages: dates, and the per-paragraph scan
of candidates (dates, numbers, symbols, ordinals, names) that the analysers read from."""
