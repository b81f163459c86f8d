"""The search index: our analyzer's terms, indexed by each database in its own way.

SQLite keeps them in an FTS5 table (``paragraph_search``, rowid = paragraph id, ranked with
bm25); PostgreSQL in a tsvector column built verbatim from the terms with ``array_to_tsvector``
(ranked with ``ts_rank``). The analyzer, not the database, decides what a term is, so both
backends find the same paragraphs.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import text
from sqlalchemy.engine import Connection

from mandata.registry.bulk import insert_rows

_UNSAFE = str.maketrans("", "", "\"'\\")


def _clean(term: str) -> str:
    return term.translate(_UNSAFE)


MAX_TERM_BYTES = 2047  # PostgreSQL's longest lexeme (UTF-8): a longer word is not indexed
_MAX_TERM_CHARS = MAX_TERM_BYTES // 4  # no term of this many characters or fewer is too long


def indexable(term: str) -> bool:
    """Whether both databases index ``term``: not empty, and not over PostgreSQL's 2,047 bytes
    (SQLite would take it; left out on both, they find the same paragraphs)."""
    if len(term) <= _MAX_TERM_CHARS:
        return bool(term)
    return len(term.encode("utf-8")) <= MAX_TERM_BYTES


def clean_terms(terms: list[str]) -> list[str]:
    """Terms safe to put in an engine's query or index literal (no quotes, no backslashes) and
    short enough to index (:func:`indexable`)."""
    joined = "".join(terms)
    safe = "'" not in joined and '"' not in joined and "\\" not in joined and all(terms)
    if safe and max(map(len, terms), default=0) <= _MAX_TERM_CHARS:
        return terms
    return [c for c in (t.translate(_UNSAFE) for t in terms) if indexable(c)]


_MAX_POSITION = 16383  # PostgreSQL keeps positions up to this
_MAX_REPEATS = 256  # and this many positions of one term
_MAX_LEXEMES_BYTES = (1 << 20) - 1  # and this many bytes of distinct terms in one tsvector
_POSITION_TEXT = [str(k) for k in range(_MAX_POSITION + 1)]


def _tsvector(terms: list[str]) -> str:
    """A tsvector literal of the terms with their positions, so that ts_rank can rank (each
    term verbatim: the analyzer, not PostgreSQL's parser, made it); 256 positions per term at
    most, as PostgreSQL keeps, and none beyond 16383 (later ones count as 16383).

    Each term's positions are kept as the text they are written as, from a table of position
    texts, and extended in place: half the time of lists of numbers joined at the end (the
    parsing workers make one of these per paragraph)."""
    text = _POSITION_TEXT
    if len(terms) > _MAX_POSITION:
        text = [*text, *[text[-1]] * (len(terms) - _MAX_POSITION)]
    positions: dict[str, str] = {}
    room = _MAX_LEXEMES_BYTES
    for k, term in enumerate(terms, start=1):
        seen = positions.get(term)
        if seen is None:
            room -= len(term) if term.isascii() else len(term.encode("utf-8"))
            if room < 0:  # PostgreSQL's limit for one tsvector: later new terms are left out
                continue
            positions[term] = text[k]
        elif seen.count(",") < _MAX_REPEATS - 1:
            positions[term] = f"{seen},{text[k]}"
    return " ".join([f"'{t}':{p}" for t, p in positions.items()])


def index_entry(terms: list[str], dialect: str) -> str:
    """What the index of ``dialect`` stores for a paragraph's terms (already through
    :func:`clean_terms`): the terms joined by spaces for SQLite's FTS5, a tsvector literal with
    positions for PostgreSQL. Made in the parsing worker, so that the one writer does not."""
    return " ".join(terms) if dialect == "sqlite" else _tsvector(terms)


PARTITION_SIZE = 250_000
"""Paragraph ids in each partition of PostgreSQL's index (migration 0006_scale): a search reads
the GIN index of the first partitions until it has its pool of matches, so that a frequent word
costs the same at 10,000 documents and at a million. Never to be changed: the partitions a
registry has are ranges of this size."""


class SearchIndex:
    """Writes and queries the index of one database dialect."""

    def __init__(self, dialect: str) -> None:
        self.sqlite = dialect == "sqlite"
        self._partitions: set[int] = set()  # the partitions known to exist (PostgreSQL)

    def write(self, conn: Connection, rows: Sequence[tuple[int, str]]) -> None:
        """Index paragraphs: (paragraph id, its :func:`index_entry`)."""
        rows = [(pid, entry) for pid, entry in rows if entry]
        if self.sqlite:
            insert_rows(conn, "paragraph_search", rows, "rowid, terms")
        elif rows:  # the tsvector literals made by index_entry, read by COPY as text
            self._partition(conn, {pid // PARTITION_SIZE for pid, _ in rows})
            insert_rows(conn, "paragraph_search", rows, "paragraph_id, terms")

    def _partition(self, conn: Connection, wanted: set[int]) -> None:
        """Make the partitions of PostgreSQL's index that these ranges of ids need."""
        if wanted <= self._partitions:
            return
        names = conn.execute(
            text(
                "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                "WHERE i.inhparent = 'paragraph_search'::regclass"
            )
        ).scalars()
        self._partitions = {int(n.rsplit("_p", 1)[1]) for n in names}
        for k in sorted(wanted - self._partitions):
            conn.execute(
                text(
                    f"CREATE TABLE IF NOT EXISTS paragraph_search_p{k} PARTITION OF "
                    f"paragraph_search FOR VALUES FROM ({k * PARTITION_SIZE}) "
                    f"TO ({(k + 1) * PARTITION_SIZE})"
                )
            )
        # the ones made here are not noted as known: the batch may yet be rolled back; the
        # next batch that needs one finds it in the catalog

    def delete_documents(self, conn: Connection, document_ids: list[int]) -> None:
        """Remove the index rows of these documents' paragraphs (PostgreSQL cascades by
        itself; FTS5 tables have no foreign keys)."""
        if self.sqlite and document_ids:
            marks = ", ".join(f":d{k}" for k in range(len(document_ids)))
            conn.execute(
                text(
                    "DELETE FROM paragraph_search WHERE rowid IN "
                    f"(SELECT id FROM paragraphs WHERE document_id IN ({marks}))"
                ),
                {f"d{k}": d for k, d in enumerate(document_ids)},
            )

    def match(self, groups: list[list[str]]) -> str | None:
        """The engine's query for term groups: alternatives OR-ed, groups AND-ed; None when
        nothing can match (no terms, or a word too long for any index to hold)."""
        cleaned = [[c for c in (_clean(t) for t in g) if c] for g in groups]
        groups = [[t for t in g if indexable(t)] for g in cleaned if g]
        if not groups or not all(groups):  # a word no index holds: nothing matches
            return None
        if self.sqlite:
            return " AND ".join("(" + " OR ".join(f'"{t}"' for t in g) + ")" for g in groups)
        return " & ".join("(" + " | ".join(f"'{t}'" for t in g) + ")" for g in groups)

    def ranked(self) -> tuple[str, str, str, str]:
        """The index's own key, its rank of a matching row, the ORDER BY of that rank, and the
        FROM ... WHERE of a search that ranks at most ``:pool`` matches (the first ones the
        index finds, in the order of its keys), before any join: a search with no filter.

        Ranking every match does not scale (at 3 million paragraphs "human rights" matches
        300,000): both databases find the matches in their index at once but must then read
        and rank each. FTS5 walks its matches in rowid order and stops at the ``pool``-th, whose
        rowid bounds the ranked query; PostgreSQL ranks the first ``pool`` rows of the index
        scan (a LIMIT under the ranking)."""
        if self.sqlite:
            first = (
                "SELECT MAX(rowid) FROM (SELECT rowid FROM paragraph_search WHERE "
                "paragraph_search MATCH :q ORDER BY rowid LIMIT :pool)"
            )
            return (
                "rowid",
                "bm25(paragraph_search)",
                "score",
                f"paragraph_search WHERE paragraph_search MATCH :q AND rowid <= ({first})",
            )
        return (  # ranked from the rows the index scan read, not fetched again by key
            "paragraph_id",
            "ts_rank(terms, CAST(:q AS tsquery))",
            "score DESC",
            "(SELECT paragraph_id, terms FROM paragraph_search "
            "WHERE terms @@ CAST(:q AS tsquery) LIMIT :pool) pool",
        )

    def select(self) -> tuple[str, str, str, str]:
        """FROM/JOIN, WHERE, rank and ORDER BY fragments of a search over ``p`` (paragraphs)."""
        if self.sqlite:
            rank = "bm25(paragraph_search)"
            return (
                "paragraph_search JOIN paragraphs p ON p.id = paragraph_search.rowid",
                "paragraph_search MATCH :q",
                rank,
                rank,
            )
        rank = "ts_rank(paragraph_search.terms, CAST(:q AS tsquery))"
        return (
            "paragraph_search JOIN paragraphs p ON p.id = paragraph_search.paragraph_id",
            "paragraph_search.terms @@ CAST(:q AS tsquery)",
            rank,
            f"{rank} DESC",
        )
