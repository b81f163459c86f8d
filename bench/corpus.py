"""The corpus as the benchmark scripts use it (run them from the project root or bench/)."""

from __future__ import annotations

import os
from pathlib import Path

from mandata.model import Document
from mandata.parse import parse_file
from mandata.registry import queries
from mandata.registry.store import Registry


def default_corpus() -> str:
    """``MANDATA_CORPUS``, else ``../shared/corpus`` beside the project."""
    root = Path(__file__).resolve().parents[1]
    return os.environ.get("MANDATA_CORPUS", str(root.parent / "shared" / "corpus"))


def corpus_texts(corpus: Path) -> list[Path]:
    """The English texts of the corpus: ga78, ga80 and sc resolutions."""
    return sorted(
        [*corpus.glob("ga78/*.txt"), *corpus.glob("ga80/*.txt"), *corpus.glob("sc/*.txt")]
    )


def store_copies(url: str, files: list[Path], copies: int, originals: bool) -> dict[str, int]:
    """Store ``files`` ``copies`` times more under new symbols ("A/RES/78/1#copy2"), after the
    files themselves when ``originals``, until the registry is large enough; its counts."""
    docs = [parse_file(f) for f in files]
    with Registry(url) as registry:
        for k in range(0 if originals else 1, copies + 1):
            batch = []
            for doc, path in zip(docs, files, strict=True):
                copy = Document.from_dict(doc.to_dict())
                if k:
                    copy.symbol = f"{doc.symbol or path.stem}#copy{k}"
                batch.append((copy, f"{path}#copy{k}", f"copy{k}"))
                if len(batch) == 200:
                    registry.store_many(batch)
                    batch = []
            registry.store_many(batch)
        return queries.counts(registry)
