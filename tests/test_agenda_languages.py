"""The provisional agenda over the six language versions of one text (#19): an item that the six
versions of one paragraph order is one item with six titles, shown in the language asked for, in
the CLI, the API and the web page (Arabic right to left). The versions are self-written
(tests/data/agenda_versions: one resolution, an item and a sub-item whose titles name no
organization, so that each language's title is an identity of its own)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from conftest import ROOT
from mandata.cli import main
from mandata.procedure.agenda import provisional_agenda, render
from mandata.procedure.same_item import pair_mentions, same_items
from mandata.registry.ingest import ingest
from mandata.registry.store import Registry
from test_browser import _chromium, _serve, shot
from webapp import make_app

VERSIONS = ROOT / "tests" / "data" / "agenda_versions"
LANGS = ("ar", "en", "es", "fr", "ru", "zh")

# The Arabic version numbers its paragraphs otherwise: a paragraph more before the orders.
EXTRA_AR = "١ - تشجع الدول الأعضاء على إدراج التثقيف من أجل الديمقراطية في معاييرها التعليمية؛"


def _registry(tmp_path: Path, langs: tuple[str, ...], shift_arabic: bool = False) -> str:
    folder = tmp_path / "in"
    folder.mkdir()
    for code in langs:
        text = (VERSIONS / f"{code}.txt").read_text(encoding="utf-8")
        if shift_arabic and code == "ar":
            text = text.replace(EXTRA_AR, EXTRA_AR + "\n\n" + EXTRA_AR.replace("١ -", "١ مكررا -"))
        (folder / f"{code}.txt").write_text(text, encoding="utf-8")
    db = str(tmp_path / "r.db")
    with Registry(db) as reg:
        assert not ingest([folder / f"{c}.txt" for c in langs], reg, workers=1).failed
    return db


def test_six_versions_of_one_paragraph_order_one_item(tmp_path: Path) -> None:
    db = _registry(tmp_path, LANGS)
    with Registry(db) as reg:
        entries = provisional_agenda(reg, 79)
    assert len(entries) == 2, [e.title for e in entries]
    item, sub = entries  # the sub-item "Harmony with Nature" goes under "Sustainable development"
    assert item.title == "Education for democracy" and item.parent is None
    assert set(item.titles) == set(LANGS) and item.titles["fr"] == "Éducation et démocratie"
    assert sub.title == "Harmony with Nature" and sub.parent == "Sustainable development"
    assert sub.parents["ru"] == "Устойчивое развитие" and sub.titles["zh"] == "与自然和谐相处"
    assert [b["symbol"] for b in item.basis] == ["A/RES/78/901"]  # one basis, not six
    assert item.basis[0]["paragraph"] == "op3"
    # the report op2 asks for the session, once for the six versions (attached to the items
    # the same resolution orders)
    assert (
        [r["paragraph"] for r in item.reports] == ["op2"] == [r["paragraph"] for r in sub.reports]
    )
    assert render(79, entries).splitlines()[2:] == [
        "1. Education for democracy [A/RES/78/901, op3] (annual; 1 report(s) due)",
        "2. Sustainable development",
        "    (a) Harmony with Nature [A/RES/78/901, op4] (annual; 1 report(s) due)",
    ]


def test_the_same_count_of_items_from_english_alone_and_from_six(tmp_path: Path) -> None:
    alone, six = tmp_path / "en", tmp_path / "six"
    alone.mkdir()
    six.mkdir()
    with Registry(_registry(alone, ("en",))) as reg:
        english = provisional_agenda(reg, 79)
    with Registry(_registry(six, LANGS)) as reg:
        every = provisional_agenda(reg, 79)
    assert [(e.title, e.parent) for e in every] == [(e.title, e.parent) for e in english]


def test_a_version_numbering_its_paragraphs_otherwise_is_paired_by_position(
    tmp_path: Path,
) -> None:
    db = _registry(tmp_path, LANGS, shift_arabic=True)
    with Registry(db) as reg:
        entries = provisional_agenda(reg, 79)
    assert len(entries) == 2
    assert entries[0].titles["ar"] == "التثقيف من أجل الديمقراطية"
    assert [b["paragraph"] for b in entries[0].basis] == ["op3"]  # English's number


@pytest.mark.parametrize(
    ("code", "title", "parent"),
    [
        ("fr", "Éducation et démocratie", None),
        ("ar", "الانسجام مع الطبيعة", "التنمية المستدامة"),
        ("zh", "民主教育", None),
    ],
)
def test_the_titles_in_the_language_asked_for(
    tmp_path: Path, code: str, title: str, parent: str | None
) -> None:
    db = _registry(tmp_path, LANGS)
    with Registry(db) as reg:
        entries = provisional_agenda(reg, 79, language=code)
    shown = {(e.title, e.parent) for e in entries}
    assert (title, parent) in shown and all(e.language == code for e in entries)
    out = CliRunner().invoke(main, ["agenda", "79", "--db", db, "--lang", code])
    assert out.exit_code == 0 and title in out.output
    assert "Education for democracy" not in out.output


def test_the_api_gives_every_title_and_the_one_asked_for(tmp_path: Path) -> None:
    db = _registry(tmp_path, LANGS)
    with TestClient(make_app(db)) as client:
        items = client.get("/api/agenda/79", params={"lang": "ru"}).json()["data"]["items"]
    assert len(items) == 2
    first = items[0]
    assert first["title"] == "Образование в интересах демократии" and first["language"] == "ru"
    assert first["titles"]["es"] == "Educación para la democracia"
    assert items[1]["parent"] == "Устойчивое развитие" and items[1]["parent_language"] == "ru"


def _mention(id_: int, item: int, paragraph: str, session: int | None = 79) -> dict[str, Any]:
    return {"id": id_, "item_id": item, "paragraph": paragraph, "session": session}


def test_mentions_pair_by_paragraph_then_session_then_position() -> None:
    english = [_mention(1, 10, "op3"), _mention(2, 11, "op4")]
    # a version that reads one more item in op4 (its parent named alone, no session)
    extra = [_mention(3, 20, "op3"), _mention(4, 21, "op4"), _mention(5, 22, "op4", None)]
    assert [(m["id"], e["id"]) for m, e in pair_mentions(english, extra)] == [(3, 1), (4, 2)]
    # a version that numbers its paragraphs otherwise, as many items in all
    shifted = [_mention(6, 30, "op4"), _mention(7, 31, "op5")]
    assert [(m["id"], e["id"]) for m, e in pair_mentions(english, shifted)] == [(6, 1), (7, 2)]
    # two items in one paragraph against one: nothing to pair by position
    fewer = [_mention(8, 40, "op3", 80)]
    assert pair_mentions([_mention(1, 10, "op3"), _mention(9, 12, "op3")], fewer) == []


def test_an_item_named_for_two_items_is_not_merged_with_them() -> None:
    """A version that reads the parent item's title for two different sub-items (a misreading)
    pairs each mention, not the item: the two sub-items stay two."""
    rows = [
        {
            "id": 1,
            "item_id": 10,
            "paragraph": "op1",
            "session": 79,
            "language": "en",
            "symbol": "A",
        },
        {
            "id": 2,
            "item_id": 99,
            "paragraph": "op1",
            "session": 79,
            "language": "es",
            "symbol": "A",
        },
        {
            "id": 3,
            "item_id": 11,
            "paragraph": "op1",
            "session": 79,
            "language": "en",
            "symbol": "B",
        },
        {
            "id": 4,
            "item_id": 99,
            "paragraph": "op1",
            "session": 79,
            "language": "es",
            "symbol": "B",
        },
        {
            "id": 5,
            "item_id": 99,
            "paragraph": "op2",
            "session": 79,
            "language": "es",
            "symbol": "C",
        },
    ]
    same = same_items(rows)
    assert same[2].item == 10 and same[4].item == 11
    assert 5 not in same  # held in Spanish only: which of the two it is, nothing says


def test_an_item_held_in_one_language_joins_by_its_other_texts() -> None:
    rows = [
        {
            "id": 1,
            "item_id": 10,
            "paragraph": "op1",
            "session": 79,
            "language": "en",
            "symbol": "A",
        },
        {
            "id": 2,
            "item_id": 20,
            "paragraph": "op1",
            "session": 79,
            "language": "fr",
            "symbol": "A",
        },
        {
            "id": 3,
            "item_id": 20,
            "paragraph": "op7",
            "session": 80,
            "language": "fr",
            "symbol": "B",
        },
    ]
    assert same_items(rows)[3].item == 10


@pytest.fixture(scope="module")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return _registry(tmp_path_factory.mktemp("agenda-web"), LANGS)


@pytest.fixture(scope="module")
def base_url(web_db: str) -> Iterator[str]:
    yield from _serve(web_db)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    executable = _chromium()
    if executable is None:
        pytest.skip("no chromium on this machine (make test installs Debian's chromium)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield b
        b.close()


def test_the_agenda_page_in_arabic(browser: Any, base_url: str) -> None:
    context = browser.new_context(base_url=base_url, viewport={"width": 1200, "height": 900})
    page = context.new_page()
    try:
        page.goto("/agenda/79")
        items = page.locator("ol.agenda li.item")
        assert items.count() == 2
        assert "Education for democracy" in items.first.locator(".title").inner_text()
        page.click(".langs a[lang=ar]")
        page.wait_for_url("**/agenda/79?lang=ar")
        title = page.locator("ol.agenda li.item .title").first
        assert title.get_attribute("dir") == "rtl" and title.get_attribute("lang") == "ar"
        assert "التثقيف من أجل الديمقراطية" in title.inner_text()
        sub = page.locator("ol.agenda li.item").nth(1)
        assert sub.locator(".parent").inner_text() == "التنمية المستدامة"
        others = sub.locator("details.titles")
        assert "5 other languages" in others.locator("summary").inner_text()
        others.locator("summary").click()
        assert others.locator("li[lang=en]").inner_text().endswith("Harmony with Nature")
        shot(page, "agenda-79-ar")
    finally:
        context.close()
