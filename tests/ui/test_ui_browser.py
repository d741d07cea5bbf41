"""The web UI in a real browser (Debian's chromium driven by Playwright).

The seed articles are ingested through the real pipeline and served by uvicorn in a thread;
a second server holds the hand-made corpus with hostile markup. Screenshots go to
``docs/screenshots/`` when ``UPDATE_SCREENSHOTS=1``, else to a temporary folder.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsdossier.api.server import BackgroundServer
from newsdossier.runner import ingest
from newsdossier.store import Store
from tests.helpers.corpus import HOSTILE_QUOTE, HOSTILE_TITLE, build_corpus
from tests.helpers.paths import PROJECT
from tests.helpers.prolific import SPEAKER, build_prolific

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip

playwright_sync = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is required in CI: apt-get install -y chromium")
        pytest.skip(f"{CHROMIUM} not installed")
    with playwright_sync.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def seed_server(
    seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[BackgroundServer]:
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    with Store(db) as store:
        summary = ingest([str(seeds_dir)], store)
    assert summary.new == 2, summary.rejected
    with BackgroundServer(db) as server:
        yield server


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BackgroundServer]:
    with BackgroundServer(build_corpus(tmp_path_factory.mktemp("hostile") / "c.db")) as server:
        yield server


@pytest.fixture(scope="module")
def prolific_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BackgroundServer]:
    with BackgroundServer(build_prolific(tmp_path_factory.mktemp("many") / "m.db", 30)) as server:
        yield server


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if os.environ.get("UPDATE_SCREENSHOTS"):
        path = PROJECT / "docs" / "screenshots"
        path.mkdir(parents=True, exist_ok=True)
        return path
    return tmp_path_factory.mktemp("screenshots")


class Tab:
    """A browser page that records console errors, page errors and dialogs."""

    def __init__(self, browser: Any) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda exc: self.problems.append(f"pageerror: {exc}"))
        self.page.on("dialog", self._dialog)

    def _console(self, message: Any) -> None:
        if message.type == "error":
            self.problems.append(f"console: {message.text}")

    def _dialog(self, dialog: Any) -> None:
        self.problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def tab(browser: Any) -> Iterator[Tab]:
    t = Tab(browser)
    yield t
    t.close()


def test_ui_entity_statement_article_flow(
    tab: Tab, seed_server: BackgroundServer, seed_gold: dict[str, Any], shots: Path
) -> None:
    """Search a person, open their page, follow a statement to its highlighted sentence."""
    person = seed_gold["cross_document"]["role_history"][0]["person"]
    page = tab.page
    page.goto(seed_server.url + "/")
    page.screenshot(path=str(shots / "home.png"))
    page.fill("form.search input[name=q]", person.split()[-1])
    page.click("form.search button")
    page.wait_for_url(re.compile(r"/search\?q="))
    page.screenshot(path=str(shots / "search.png"))
    page.click(f"#entity-results a:text-is('{person}')")
    page.wait_for_url(re.compile(r"/entity/"))
    assert page.locator("h1").inner_text().startswith(person)
    as_of = page.locator("#roles tbody tr td:first-child").all_inner_texts()
    assert as_of
    assert as_of == sorted(as_of, reverse=True)  # newest first
    roles = page.locator("#roles tbody").inner_text()
    for role in seed_gold["cross_document"]["role_history"]:
        assert role["role_contains"].casefold() in roles.casefold()
    assert page.locator("#coverage svg rect.bar").count() > 0
    assert page.locator("#comentions svg a").count() > 0
    page.screenshot(path=str(shots / "entity.png"), full_page=True)

    statement = page.locator("#said-by ul.statements li").first
    words = statement.locator(".said").inner_text().strip('“”"')
    statement.locator("a.src").click()
    page.wait_for_url(re.compile(r"/article/.+hl=\d+-\d+"))
    focus = page.locator("#hl")
    assert focus.is_visible()
    assert "focus" in (focus.get_attribute("class") or "")
    cited = " ".join(page.locator(".body .focus").all_inner_texts())
    assert " ".join(words.split())[:40] in " ".join(cited.split())
    page.screenshot(path=str(shots / "article.png"), full_page=True)

    page.locator(".body .stmt").first.click()
    box = page.locator("#speaker-box")
    assert box.is_visible()
    assert box.locator(".who").inner_text().startswith("Said by ")
    assert tab.problems == []


def test_ui_search_finds_statements_and_articles(
    tab: Tab, seed_server: BackgroundServer, seed_gold: dict[str, Any]
) -> None:
    quote = next(iter(seed_gold["documents"].values()))["quotes"][0]["contains"]
    words = " ".join(quote.split()[:4])
    tab.page.goto(seed_server.url + "/")
    tab.page.fill("form.search input[name=q]", words)
    tab.page.press("form.search input[name=q]", "Enter")
    tab.page.wait_for_url(re.compile(r"/search\?q="))
    kinds = tab.page.locator("#text-results .kind").all_inner_texts()
    assert {"statement", "article"} <= set(kinds)
    assert tab.page.locator("#text-results .match").count() > 0
    assert tab.problems == []


def test_ui_statements_page_filters(
    tab: Tab, seed_server: BackgroundServer, seed_gold: dict[str, Any], shots: Path
) -> None:
    speaker = next(iter(seed_gold["documents"].values()))["quotes"][0]["speaker"]
    page = tab.page
    page.goto(seed_server.url + "/statements")
    everyone = page.locator("ul.statements li").count()
    page.fill("input[name=speaker]", speaker)
    page.click("form.filters button")
    page.wait_for_url(re.compile(r"speaker="))
    speakers = set(page.locator("ul.statements .who").all_inner_texts())
    assert speakers == {speaker}
    assert 0 < page.locator("ul.statements li").count() <= everyone
    page.screenshot(path=str(shots / "statements.png"))
    page.fill("input[name=since]", "not a date")
    page.click("form.filters button")
    assert page.locator(".problem").is_visible()
    assert tab.problems == []


def _assert_inert(tab: Tab) -> None:
    page = tab.page
    assert page.evaluate("typeof window.__xss") == "undefined"
    scripts = page.evaluate("[...document.scripts].map(s => s.getAttribute('src'))")
    assert scripts == ["/static/app.js"]
    assert page.locator("img").count() == 0
    handlers = page.evaluate(
        "[...document.querySelectorAll('*')].filter("
        "e => [...e.attributes].some(a => a.name.startsWith('on'))).length"
    )
    assert handlers == 0


@pytest.mark.parametrize(
    "path", ["/", "/search?q=Ruiz", "/statements?speaker=Ruiz", "/article/doc-hostile"]
)
def test_ui_hostile_text_renders_inert(
    tab: Tab, hostile_server: BackgroundServer, path: str
) -> None:
    tab.page.goto(hostile_server.url + path)
    _assert_inert(tab)
    text = tab.page.locator("body").inner_text()
    assert HOSTILE_QUOTE in text or HOSTILE_TITLE in text
    assert tab.problems == []


def test_ui_hostile_article_shows_markup_as_text(
    tab: Tab, hostile_server: BackgroundServer
) -> None:
    page = tab.page
    response = page.goto(hostile_server.url + "/article/doc-hostile")
    assert response is not None
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert page.locator("h1.headline").inner_text() == HOSTILE_TITLE
    page.locator("details.removed summary").click()
    assert "<script>" in page.locator("details.removed").inner_text()
    entity = page.locator("a", has_text="Ana Ruiz").first
    entity.click()
    page.wait_for_url(re.compile(r"/entity/"))
    _assert_inert(tab)
    assert tab.problems == []


def test_ui_dossier_report_opens_offline(
    tab: Tab, seed_server: BackgroundServer, seed_gold: dict[str, Any], shots: Path
) -> None:
    """The downloadable HTML dossier renders on its own, requests nothing, cites sources."""
    import httpx

    person = seed_gold["cross_document"]["role_history"][0]["person"]
    entity = httpx.get(f"{seed_server.url}/api/entities/lookup", params={"name": person}).json()
    html = httpx.get(f"{seed_server.url}/entity/{entity['id']}/dossier.html").text
    requests: list[str] = []
    tab.page.on("request", lambda r: requests.append(r.url))
    tab.page.set_content(html)
    assert requests == []
    tab.page.screenshot(path=str(shots / "dossier-report.png"))
    refs = tab.page.locator("a.ref")
    assert refs.count() > 0
    refs.first.click()
    target = tab.page.locator("ol.sources li:target")
    assert target.count() == 1
    assert target.locator("mark").inner_text()
    assert tab.problems == []


def test_ui_entity_statements_paged(tab: Tab, prolific_server: BackgroundServer) -> None:
    """An entity with more statements than a page holds: the next pages show the rest."""
    page = tab.page
    page.goto(prolific_server.url + "/search?q=" + SPEAKER.split()[-1])
    page.click(f"#entity-results a:text-is('{SPEAKER}')")
    page.wait_for_url(re.compile(r"/entity/"))
    said_by = page.locator("#said-by")
    first = said_by.locator("ul.statements li .said").all_inner_texts()
    assert len(first) == 20
    assert "60" in said_by.locator("h2 .count").inner_text()
    said_by.locator("a[rel=next]").click()
    page.wait_for_url(re.compile(r"/said-by\?.*page=2"))
    second = page.locator("#said-by ul.statements li .said").all_inner_texts()
    assert len(second) == 20
    assert not set(first) & set(second)
    page.locator("a[rel=next]").click()
    page.wait_for_url(re.compile(r"page=3"))
    third = page.locator("#said-by ul.statements li .said").all_inner_texts()
    assert len(set(first) | set(second) | set(third)) == 60
    assert page.locator("a[rel=next]").count() == 0
    page.locator("a[rel=prev]").click()
    page.wait_for_url(re.compile(r"page=2"))
    assert page.locator("#said-by ul.statements li .said").all_inner_texts() == second
    page.locator("a", has_text="oldest first").click()
    page.wait_for_url(re.compile(r"sort=date"))
    oldest = page.locator("#said-by ul.statements li .said").all_inner_texts()
    assert any("wall number 0 " in s for s in oldest[:2])
    assert tab.problems == []
