"""The dashboard of a sample warehouse in a real headless browser (Debian's chromium and chromedriver, which
`make browser` installs where they are missing): every page loads without a console error and without a
request outside file://, the charts are drawn, the Chinese labels are in the DOM, and a figure's evidence link
opens its quote. The sample warehouse is built from the fixture reports by the chain the flow runs."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_report_tables import standard_report
from test_suspect_copies import COPIES, DISTINCT

from gongkai.dashboard.build import agency_page, build_dashboard

from test_warehouse import build

selenium = pytest.importorskip("selenium")
from selenium import webdriver  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER), reason="needs Debian's chromium and chromium-driver: `make browser`"
)

AGENCY = "武威市自然资源局"
REPORTS = (
    DISTINCT
    | COPIES
    | {
        "w/2020.txt": standard_report(AGENCY, 2020, 40, 2, 25, 5, 6, 4, (3, 1, 0, 1)),
        "w/2021.txt": standard_report(AGENCY, 2021, 50, 4, 30, 10, 8, 6, (6, 2, 0, 0)),
        "w/2022.txt": standard_report(AGENCY, 2022, 60, 6, 41, 8, 5, 3, (4, 0, 1, 0)),
    }
)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("dashboard")
    build(root, REPORTS, marts_file=root / "gongkai.duckdb")
    build_dashboard(root / "gongkai.duckdb", root / "site")
    return root / "site"


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=CHROMEDRIVER))
    driver.set_window_size(1280, 1600)
    yield driver
    driver.quit()


def requested_urls(driver) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def test_every_page_loads_offline_without_console_errors(site, browser):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 1 + 1 + 4 + 6  # index, quality, years, agencies
    for page in pages:
        browser.get(page.as_uri())
        assert browser.find_element(By.TAG_NAME, "h1").text
        errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
        assert errors == [], page
        outside = [url for url in requested_urls(browser) if not url.startswith("file://")]
        assert outside == [], page


def test_the_overview_draws_its_charts_with_chinese_labels_and_searches_agencies(site, browser):
    browser.get((site / "index.html").as_uri())
    charts = browser.find_elements(By.CSS_SELECTOR, "svg.chart")
    assert len(charts) == 2
    assert all(chart.find_elements(By.CSS_SELECTOR, "rect, circle") for chart in charts)
    assert all(chart.size["width"] > 100 and chart.size["height"] > 100 for chart in charts)
    assert "各年度文件数" in charts[0].text and "本年新收政府信息公开申请" in browser.page_source
    search = browser.find_element(By.ID, "search")
    search.send_keys("武威")
    visible = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "#agencies li") if li.is_displayed()]
    assert len(visible) == 1 and visible[0].startswith(AGENCY)


def test_a_figure_links_to_its_quote_and_offsets(site, browser):
    browser.get((site / "agency" / agency_page(AGENCY)).as_uri())
    assert browser.find_elements(By.CSS_SELECTOR, "svg.chart circle")
    link = browser.find_element(By.CSS_SELECTOR, 'a.num[href="#ev-2021-applications_received"]')
    assert link.text == "50"
    link.click()
    assert browser.current_url.endswith("#ev-2021-applications_received")
    evidence = browser.find_element(By.CSS_SELECTOR, "li.evidence:target")
    assert evidence.is_displayed()
    assert "本年新收政府信息公开申请" in evidence.text and "= 50" in evidence.text
    assert "w/2021.txt" in evidence.text and "offsets [" in evidence.text
    quote = evidence.find_element(By.TAG_NAME, "q").text
    assert "50" in quote


def test_a_year_total_leads_to_the_agencies_figures_and_their_evidence(site, browser):
    browser.get((site / "year" / "2021.html").as_uri())
    browser.find_element(By.CSS_SELECTOR, f'a.num[href$="{agency_page(AGENCY)}#ev-2021-applications_received"]').click()
    assert browser.find_element(By.CSS_SELECTOR, "li.evidence:target").is_displayed()


def test_the_quality_page_lists_the_suspect_copies(site, browser):
    browser.get((site / "quality.html").as_uri())
    text = browser.find_element(By.TAG_NAME, "body").text
    assert "疑似雷同 Suspect copies (3)" in text
    assert "qingyang-2022.txt" in text and "gaolan-summary-2022.txt" in text


def test_the_command_writes_the_site_into_the_warehouse_by_default(site, tmp_path):
    warehouse = tmp_path / "warehouse"
    warehouse.mkdir()
    shutil.copy(site.parent / "gongkai.duckdb", warehouse / "gongkai.duckdb")
    result = subprocess.run(
        [sys.executable, "-m", "gongkai.cli", "dashboard", "--warehouse", str(warehouse)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (warehouse / "dashboard" / "index.html").is_file()
    assert (warehouse / "dashboard" / "agency" / agency_page(AGENCY)).is_file()
