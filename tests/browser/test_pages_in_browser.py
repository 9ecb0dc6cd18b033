"""Self-hosted assets, formulas, diagrams, dark mode and phone layout, checked in real Chromium."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from figures import report
from searchutil import SEARCH_INPUT, open_search, wait_for_results

FORMULA_PAGE = "DeepLearning/cross-entropy-loss/"
NOTEBOOK_PAGE = "CodeAnything/attention-multi-head/"
DIAGRAM_PAGE = "LLMs/stable-diffusion/"


def wait_for_math(page) -> None:
    page.wait_for_function(
        "() => { const all = document.querySelectorAll('.arithmatex');"
        " return all.length > 0 && [...all].every(el => el.querySelector('.katex')); }",
        timeout=15000,
    )


def visible_text(page) -> str:
    return page.inner_text("article")


def test_every_request_stays_on_the_site(browser, site_url):
    context = browser.new_context()
    page = context.new_page()
    hosts = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    for url in ["", "LLMs/", FORMULA_PAGE, NOTEBOOK_PAGE, DIAGRAM_PAGE]:
        page.goto(site_url + url)
        page.wait_for_load_state("networkidle")
    wait_for_math(page) if page.query_selector(".arithmatex") else None
    open_search(page)
    page.keyboard.type("多头注意力")
    page.keyboard.press("End")
    assert wait_for_results(page)
    page.wait_for_load_state("networkidle")
    context.close()
    assert hosts == {urlsplit(site_url).netloc}, hosts


def test_formulas_render_directly_and_after_instant_navigation(page, site_url):
    page.goto(site_url + FORMULA_PAGE)
    wait_for_math(page)
    text = visible_text(page)
    assert "$$" not in text and "\\(" not in text and "\\[" not in text

    page.goto(site_url + "DeepLearning/")
    page.evaluate("window.__sameDocument = true")  # survives only if navigation is instant (no reload)
    page.locator("article a[href$='/sgd-adagrad-adam/']").first.click()
    page.wait_for_url("**/DeepLearning/sgd-adagrad-adam/")
    assert page.evaluate("window.__sameDocument === true"), "navigation was not instant"
    wait_for_math(page)
    assert "$$" not in visible_text(page)


def test_notebook_formulas_and_mermaid_diagrams_render(page, site_url):
    page.goto(site_url + NOTEBOOK_PAGE)
    page.wait_for_function("() => document.querySelectorAll('.jp-MarkdownOutput .katex').length > 3", timeout=15000)
    assert "$$" not in visible_text(page)
    page.goto(site_url + DIAGRAM_PAGE)
    page.wait_for_selector(".bank-diagram svg", timeout=20000)
    assert not page.query_selector("pre.bank-mermaid")


def scheme(page) -> str:
    return page.evaluate("document.body.getAttribute('data-md-color-scheme')")


def test_dark_mode_persists_and_notebooks_follow(page, site_url):
    page.goto(site_url + FORMULA_PAGE)
    for _ in range(3):  # the toggle cycles auto → light → dark
        if scheme(page) == "slate":
            break
        page.click("form[data-md-component=palette] label:not([hidden])")
    assert scheme(page) == "slate"

    page.locator(".md-sidebar--primary a[href$='/sgd-adagrad-adam/']").first.click()  # instant navigation
    page.wait_for_url("**/sgd-adagrad-adam/")
    assert scheme(page) == "slate"
    page.goto(site_url + NOTEBOOK_PAGE)  # full load of a notebook page
    assert scheme(page) == "slate"
    background = page.evaluate("getComputedStyle(document.querySelector('.jp-OutputArea-output pre')).backgroundColor")
    red, green, blue = [float(v) for v in re.findall(r"[\d.]+", background)[:3]]
    assert red + green + blue < 3 * 100, f"notebook output should be dark in slate, got {background}"


def test_phone_width_has_no_horizontal_overflow(browser, site_url, tmp_path):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    page = context.new_page()
    for url in [FORMULA_PAGE, NOTEBOOK_PAGE, "VisionPerception/yolov5-label-assignment/", "LLMs/"]:
        page.goto(site_url + url)
        if page.query_selector(".arithmatex"):
            wait_for_math(page)
        shot = tmp_path / (url.strip("/").replace("/", "_") + ".png")
        page.screenshot(path=str(shot))
        report(f"phone screenshot {url}: {shot}")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{url} overflows a 390 px screen by {overflow} px"
    context.close()


def test_search_index_is_fetched_only_when_searching(browser, site_url):
    context = browser.new_context()
    page = context.new_page()
    fetched = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(site_url)
    page.wait_for_load_state("networkidle")
    assert not [u for u in fetched if u.endswith("search_index.json")]
    open_search(page)
    page.fill(SEARCH_INPUT, "显存")
    assert wait_for_results(page)
    assert [u for u in fetched if u.endswith("search_index.json")]
    context.close()
