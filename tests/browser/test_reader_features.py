"""Self-test mode, random question, topic filters and the tags page, in real Chromium."""

from __future__ import annotations

import json
from urllib.parse import unquote

QUESTION = "LLMs/layernorm-vs-batchnorm/"
NOTEBOOK_QUESTION = "CodeAnything/numpy-l2-distance/"


def visible(page, selector: str) -> bool:
    return page.locator(selector).first.is_visible()


def test_self_test_hides_then_reveals_in_order_and_persists(page, site_url):
    page.goto(site_url + QUESTION)
    assert visible(page, "#简答") and visible(page, "#详解")  # off by default: reads normally

    toggle = page.locator(".bank-selftest-toggle")
    toggle.focus()
    page.keyboard.press("Enter")  # works from the keyboard
    assert toggle.get_attribute("aria-pressed") == "true"
    assert visible(page, "h1") and visible(page, ".bank-meta")  # title, number, tags, difficulty stay
    assert not visible(page, "#简答") and not visible(page, "#详解")
    assert page.locator("button.bank-reveal").all_inner_texts() == ["显示简答"]

    page.click("text=显示简答")
    assert visible(page, "#简答") and not visible(page, "#详解")
    page.click("text=显示详解")
    assert visible(page, "#详解") and visible(page, "#参考资料")

    # instant navigation to another question: still in self-test mode, answer hidden again
    page.evaluate("window.__sameDocument = true")
    page.locator(".md-sidebar--primary a[href$='/multi-head-attention/']").first.click()
    page.wait_for_url("**/multi-head-attention/")
    page.wait_for_function("() => document.querySelector('h1').textContent.includes('多头注意力')")  # content swapped
    page.wait_for_selector("text=显示简答")
    assert page.evaluate("window.__sameDocument === true")
    assert not visible(page, "#简答") and visible(page, "text=显示简答")

    page.goto(site_url + NOTEBOOK_QUESTION)  # a full load, and a notebook question
    assert page.locator(".bank-selftest-toggle").get_attribute("aria-pressed") == "true"
    assert not visible(page, "#简答") and not visible(page, ".highlight")
    page.click("text=显示简答")
    assert visible(page, "#简答") and not visible(page, ".highlight")
    page.click("text=显示详解")
    assert visible(page, ".highlight")

    page.locator(".bank-selftest-toggle").click()  # off again: reads normally
    page.goto(site_url + QUESTION)
    assert visible(page, "#详解") and page.locator("button.bank-reveal").count() == 0


def test_without_javascript_everything_is_visible(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + QUESTION)
    assert visible(page, "#简答") and visible(page, "#详解")
    page.goto(site_url + "LLMs/")
    assert page.locator(".bank-topic-table tbody tr").count() == 8
    assert not page.locator(".bank-random").is_visible()  # no dead button without JavaScript
    context.close()


def test_random_question_lands_on_a_question_of_the_right_topic(page, site_url):
    page.goto(site_url + "VisionPerception/")
    for _ in range(3):
        page.select_option(".bank-random__difficulty", "进阶")
        page.click(".bank-random__go")
        page.wait_for_url("**/VisionPerception/*/")
        assert page.locator(".bank-meta").is_visible()
        assert "计算机视觉与感知算法专题" in page.inner_text(".bank-number")
        assert page.inner_text(".bank-difficulty") == "进阶"
        page.go_back()
        page.wait_for_url("**/VisionPerception/")

    page.goto(site_url)
    pool = json.loads(page.get_attribute(".bank-random", "data-questions"))
    assert len(pool) == 55 and len({q["url"].split("/")[0] for q in pool}) == 6
    page.click(".bank-random__go")
    page.wait_for_function("() => document.querySelector('.bank-meta')")


def test_topic_filters_narrow_and_restore_the_table(page, site_url):
    page.goto(site_url + "DeepLearning/")
    rows = page.locator(".bank-topic-table tbody tr")
    total = rows.count()
    assert total == 18

    def shown() -> int:
        return sum(1 for i in range(total) if rows.nth(i).is_visible())

    page.select_option(".bank-filter__difficulty", "基础")
    basic = shown()
    assert 0 < basic < total
    assert all(
        rows.nth(i).locator("td").nth(3).inner_text() == "基础" for i in range(total) if rows.nth(i).is_visible()
    )
    page.select_option(".bank-filter__tag", "PyTorch")
    both = shown()
    assert both <= basic
    assert f"显示 {both} / {total} 题" == page.inner_text(".bank-filter__count")
    page.click(".bank-filter__reset")
    assert shown() == total


def test_tags_page_links_resolve(page, site_url):
    page.goto(site_url + "tags/")
    links = page.eval_on_selector_all("article li a", "links => links.map(a => a.href)")
    assert len(links) >= 55
    for href in sorted(set(links))[:80]:
        response = page.request.get(href)
        assert response.ok, href
    # a tag link on a question page lands on that tag's section of the tags page
    page.goto(site_url + QUESTION)
    page.locator(".bank-tag").first.click()
    page.wait_for_url("**/tags/#tag-*")
    anchor = unquote(page.url.split("#")[1])
    page.wait_for_selector(f"[id='{anchor}']")  # instant navigation swaps the content after the URL changes
    assert page.locator(f"[id='{anchor}']").count() == 1
