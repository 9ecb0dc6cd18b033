"""The one-file export: a PDF of the whole bank with every question and no unrendered formula source."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from bank import pdf, print_book
from figures import report

FORMULA_SOURCE = re.compile(r"\$\$|\\\(|\\\[|\\frac|\\mathrm|\\sum|\\sqrt|\\theta|\\lambda")


def needs(tool: str, package: str) -> None:
    if shutil.which(tool) is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is missing and CI is set: apt-get install {package}")
        pytest.skip(f"needs {tool}: apt-get install {package}")


@pytest.fixture(scope="module")
def pdf_text(built_site, real_bank, browser, tmp_path_factory):
    needs("pdftotext", "poppler-utils")
    site = tmp_path_factory.mktemp("pdf") / "site"
    shutil.copytree(built_site, site)  # the book page is written into the site; keep the shared build intact
    out = site / "bank.pdf"
    pdf.print_pdf(print_book.build(site, real_bank, "深度学习面试题库"), out, browser=browser)
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.check_output(["pdfinfo", str(out)], text=True)).group(1))
    report(f"PDF: {pages} pages, {out.stat().st_size / 1024 / 1024:.1f} MB")
    text = subprocess.check_output(["pdftotext", "-raw", str(out), "-"], text=True)
    return pages, text


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_pdf_has_every_numbered_question_on_its_own_pages(pdf_text, real_bank):
    pages, text = pdf_text
    flat = squeeze(text)
    missing = [q.path for q in real_bank.questions if squeeze(f"{q.label}. {q.title}") not in flat]
    assert not missing
    assert pages > len(real_bank.questions) + 2  # cover, contents, and each question starts a page
    assert "目录" in text


def test_pdf_shows_no_formula_source(pdf_text):
    _, text = pdf_text
    leaks = FORMULA_SOURCE.findall(text)
    assert not leaks, f"unrendered formula source in the PDF: {leaks[:5]}"
