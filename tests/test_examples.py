"""The shipped example documents, six languages: hand-written expectations and golden files.

``examples/EXPECTED.json`` was written by hand from the texts (never by the parser). The golden
files hold the whole JSON output; regenerate them with ``pytest --update-golden`` and review the diff.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from conftest import EXAMPLES, GOLDEN
from mandata.model import Document
from mandata.parse import parse_file

EXPECTED: dict[str, dict[str, Any]] = json.loads((EXAMPLES / "EXPECTED.json").read_text("utf-8"))
CASES = sorted(EXPECTED)


def _parse(rel: str) -> Document:
    return parse_file(EXAMPLES / rel)


@pytest.mark.parametrize("rel", CASES)
def test_masthead(rel: str) -> None:
    want, doc = EXPECTED[rel], _parse(rel)
    for key in ("symbol", "language", "original_language", "distribution", "date", "session"):
        assert getattr(doc, key) == want[key], key
    for key in ("doc_type", "adopted", "drafts", "title"):
        assert getattr(doc, key) == want[key], key


@pytest.mark.parametrize("rel", CASES)
def test_letter_and_annexes(rel: str) -> None:
    want, doc = EXPECTED[rel], _parse(rel)
    if want["letter"] is None:
        assert doc.letter is None
    else:
        assert doc.letter is not None
        assert doc.letter.date == want["letter"]["date"]
        assert doc.letter.signatory == want["letter"]["signatory"]
    got = [(a.number, a.kind) for a in doc.annexes]
    assert got == [(a["number"], a["kind"]) for a in want["annexes"]]
    for annex, spec in zip(doc.annexes, want["annexes"], strict=True):
        if annex.kind == "draft_resolution":
            res = next(r for r in doc.resolutions if r.annex == annex.number)
            count = len(res.preamble) + len(res.operative)
        else:
            count = len(annex.paragraphs)
        assert count == spec["paragraph_count"]


@pytest.mark.parametrize("rel", CASES)
def test_resolutions(rel: str) -> None:
    want, doc = EXPECTED[rel], _parse(rel)
    assert len(doc.resolutions) == len(want["resolutions"])
    for res, spec in zip(doc.resolutions, want["resolutions"], strict=True):
        assert res.number == spec["number"]
        assert [p.action for p in res.preamble] == spec["preamble_actions"]
        assert [p.action for p in res.operative] == spec["operative_actions"]
        assert len(res.operative) == spec["operative_count"]
        subs = {p.number: len(p.subparagraphs) for p in res.operative if p.subparagraphs}
        assert subs == {k: v for k, v in spec.get("subparagraph_counts", {}).items()}
    attached = sum(len(p.footnotes) for p in doc.all_paragraphs())
    assert len(doc.footnotes) == want["footnote_count"]
    assert attached == want["footnote_count"], "every footnote attached to its paragraph"


@pytest.mark.parametrize("rel", CASES)
def test_golden(rel: str, update_golden: bool) -> None:
    doc = _parse(rel).to_dict()
    doc["source"] = rel
    path = GOLDEN / (rel.replace("/", "_").removesuffix(".txt") + ".json")
    text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    if update_golden:
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path.name} missing: run pytest --update-golden and review it"
    assert json.loads(path.read_text("utf-8")) == doc


@pytest.mark.parametrize("rel", CASES)
def test_round_trip(rel: str) -> None:
    doc = _parse(rel)
    again = Document.from_dict(json.loads(json.dumps(doc.to_dict())))
    assert again.to_dict() == doc.to_dict()


def test_same_structure_in_six_languages() -> None:
    for kind in ("resolution", "draft_resolution", "request_letter"):
        shapes = set()
        for code in ("ar", "en", "es", "fr", "ru", "zh"):
            doc = _parse(f"{code}/{kind}.txt")
            shapes.add(
                tuple(
                    (tuple(p.action for p in r.preamble), tuple(p.action for p in r.operative))
                    for r in doc.resolutions
                )
            )
        assert len(shapes) == 1, f"{kind}: {shapes}"
