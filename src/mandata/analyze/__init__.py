"""Analysis: what paragraphs say (dates, sessions, references, mandates), in six languages."""
