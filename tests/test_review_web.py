"""The mandate review's pages in a real headless Chromium, and its API (#19): a series' timeline,
the diff of two resolutions (in Arabic, right to left, too), an entity's mandates named in the
page's language, superseded citations. The registry holds the UN's own XML of resolutions 77/13
(the CSTO), 77/65 and 78/53 ("Nuclear disarmament") in six languages, and is skipped without the
corpus."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from mandata.cli import main
from mandata.registry.ingest import ingest
from mandata.registry.store import Registry
from mandata.registry.votes import import_roll_calls
from test_browser import _chromium, _serve, shot
from webapp import make_app

sync_api = pytest.importorskip("playwright.sync_api")
STEMS = {"77": ["A_RES_77_13-2226535", "A_RES_77_65-2228155"], "78": ["A_RES_78_53-2324488"]}


@pytest.fixture(scope="module")
def db(corpus: Path, unxml: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    root = unxml / "ga"
    files = [f for s, stems in STEMS.items() for t in stems for f in (root / s).glob(f"*/{t}?.xml")]
    assert len(files) == 18
    path = str(tmp_path_factory.mktemp("review") / "r.db")
    rolls = sorted((corpus / "votes" / "data").glob("un_roll_call*.rda"))
    with Registry(path) as registry:
        assert not ingest(files, registry, workers=1).failed
        if rolls:  # the roll calls of older resolutions (#19 item 6)
            assert import_roll_calls(registry, rolls, "unvotes") > 0
    return path


@pytest.fixture(scope="module")
def client(db: str) -> Iterator[TestClient]:
    with TestClient(make_app(db)) as c:
        yield c


@pytest.fixture(scope="module")
def base_url(db: str) -> Iterator[str]:
    yield from _serve(db)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = _chromium()
    if executable is None:
        pytest.skip("no chromium on this machine (make test installs Debian's chromium)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, base_url: str) -> Iterator[Any]:
    context = browser.new_context(base_url=base_url, viewport={"width": 1200, "height": 900})
    pg = context.new_page()
    yield pg
    context.close()


def test_the_csto_series_from_its_resolution_page(page: Any) -> None:
    page.goto("/doc/A/RES/77/13")
    page.click("a.series-link")
    page.wait_for_url(re.compile(r".*/series/\d+.*"))
    members = page.locator("ol.timeline li.member")
    assert members.count() == 8 and page.locator("li.member.cited").count() == 7
    last = members.last
    assert "51 in favour, 7 against, 70 abstaining" in last.locator(".vote").inner_text()
    ordered = last.locator("ul.ordered").inner_text()
    assert "Report by Secretary-General due at session 79" in ordered
    assert "Collective Security Treaty Organization" in ordered
    assert "un:" not in page.locator("main").inner_text()
    shot(page, "series-csto")
    page.goto(page.url.split("?")[0] + "?lang=ru")
    assert "Генеральный секретарь" in page.locator("ol.timeline li.member").last.inner_text()
    page.goto(page.url.split("?")[0] + "?lang=ar")
    item = page.locator("ol.timeline li.member").last.locator("bdi.item-title").last
    assert item.get_attribute("dir") == "rtl" and item.get_attribute("lang") == "ar"
    assert "معاهدة الأمن الجماعي" in item.inner_text()


def test_the_diff_of_two_years_in_english_then_arabic(page: Any) -> None:
    page.goto("/series?q=nuclear+disarmament")
    page.click("table.series a:has-text('Nuclear disarmament')")
    page.click("a.diff-link:has-text('A/RES/77/65')")
    page.wait_for_url(re.compile(r".*/diff\?.*"))
    assert page.locator(".para.changed").count() >= 1
    assert page.locator(".para.changed ins, .para.changed del").count() >= 1
    assert page.locator(".langs a").count() == 6 and page.locator(".langs .overdue").count() == 0
    assert "aligned once for the 6 language versions" in page.locator(".aligned-by").inner_text()
    shot(page, "diff-en")
    page.click(".langs a[lang=ar]")
    section = page.locator("section.diff")
    assert section.get_attribute("dir") == "rtl" and section.get_attribute("lang") == "ar"
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert "الجمعية" in section.inner_text() or "النووي" in section.inner_text()
    shot(page, "diff-ar")


def test_an_entity_is_named_in_the_pages_language(page: Any) -> None:
    page.goto("/entities")
    page.click("table.entities a:has-text('Secretary-General')")
    assert page.locator("h1").inner_text() == "Secretary-General"
    page.click(".langs a[lang=ar]")
    heading = page.locator("section.entity-page")
    assert heading.get_attribute("dir") == "rtl"
    assert page.locator("h1").inner_text() == "الأمين العام"
    assert "un:secretary-general" not in page.locator("main").inner_text()
    assert page.locator("table.by-session a:has-text('79')").count() == 1
    shot(page, "entity-ar")


def test_a_superseded_citation_on_the_citations_page(page: Any) -> None:
    page.goto("/refs/A/RES/78/53")
    flagged = page.locator("li:has(.superseded)", has_text="A/RES/76/46")
    assert flagged.count() >= 1
    assert "superseded by A/RES/77/65" in flagged.first.inner_text()


def test_the_api_has_the_same_data(client: TestClient, db: str) -> None:
    (found,) = client.get("/api/series", params={"q": "77/13"}).json()["data"]["series"]
    timeline = client.get(f"/api/series/{found['id']}").json()["data"]
    assert [m["symbol"] for m in timeline["members"]][-1] == "A/RES/77/13"
    api = client.get("/api/diff", params={"old": "77/65", "new": "78/53", "lang": "fr"}).json()
    cli = CliRunner().invoke(main, ["diff", "77/65", "78/53", "--lang", "fr", "--db", db, "--json"])
    assert cli.exit_code == 0 and api["data"] == json.loads(cli.output)
    entity = client.get("/api/entities/un:secretary-general").json()["data"]
    assert entity["by_type"]["report"] >= 2
    refs = client.get("/api/references/A/RES/78/53").json()["data"]["cites"]
    assert {r["target"]: r["superseded_by"] for r in refs}["A/RES/76/46"] == "A/RES/77/65"
    missing = client.get("/api/diff", params={"old": "1/1", "new": "78/53"})
    assert missing.status_code == 404 and missing.json()["ok"] is False


def test_the_csto_items_page_shows_its_series(page: Any) -> None:
    page.goto("/item?q=Collective+Security+Treaty+Organization")
    series = page.locator("section.item-series")
    assert series.count() == 1
    assert series.locator("li.member").count() == 8
    last = series.locator("li.member").last
    assert "Report by Secretary-General due at session 79" in last.inner_text()
    assert "A/RES/75/276, is not in the registry" in last.locator(".no-diff").inner_text()
    assert "Agenda item at session 79" in last.inner_text()
    shot(page, "item-csto")


def test_a_series_page_in_arabic(page: Any) -> None:
    page.goto("/series?q=78/53")
    page.click("table.series a")
    page.click(".langs a[lang=ar]")
    heading = page.locator("h1")
    assert heading.get_attribute("dir") == "rtl" and heading.get_attribute("lang") == "ar"
    assert "النووي" in heading.inner_text()
    shot(page, "series-ar")


def test_votes_on_the_series_timeline_the_resolution_page_and_the_api(
    page: Any, client: TestClient
) -> None:
    """78/53 was adopted by a recorded vote (the UN XML says how each State voted); older
    members of its series, known by citation only, have the roll calls of the voting data."""
    (found,) = client.get("/api/series", params={"q": "78/53"}).json()["data"]["series"]
    members = client.get(f"/api/series/{found['id']}").json()["data"]["members"]
    vote = client.get("/api/votes/78/53").json()["data"]
    assert vote["vote"] == next(m["vote"] for m in members if m["symbol"] == "A/RES/78/53")
    in_favour = vote["vote"]["in_favour"]
    assert in_favour > 100 and len(vote["vote"]["voters"]["in_favour"]) == in_favour
    page.goto(f"/series/{found['id']}?lang=ar")
    member = page.locator("li.member#A-RES-78-53")
    assert f"Recorded vote: {in_favour} in favour" in member.locator(".vote").inner_text()
    member.locator("details.voters summary").click()
    side = member.locator("details.voters p").first.inner_text()
    assert side.startswith(f"in favour ({in_favour})")
    calls = sum(len(m["roll_calls"]) for m in members)
    assert page.locator("li.member ul.roll-calls li").count() == calls
    if calls:  # the voting data is in the corpus
        cited = page.locator("li.member.cited:has(ul.roll-calls)").first
        assert "roll call" in cited.inner_text() and "Recorded vote" in cited.inner_text()
    shot(page, "series-votes-ar")
    page.goto("/doc/A/RES/78/53?lang=ar")
    assert f"{in_favour} in favour" in page.locator("dd.vote").inner_text()
    assert page.locator("dd.sponsors").inner_text().count(",") == len(vote["sponsors"]) - 1
