"""Post-process mkdocs-jupyter's HTML so a notebook page is light, themed and searchable like any other page.

mkdocs-jupyter inlines ~0.6 MB of JupyterLab CSS and some scripts (one loads Mermaid from a CDN), gives
Chinese headings empty ids, and leaves prompt/copy-button text that pollutes the search index.
"""

from __future__ import annotations

import base64
import io

from bs4 import BeautifulSoup, Comment
from PIL import Image
from pymdownx.slugs import slugify

# The same slugify as the `toc` extension in mkdocs.yml, so anchors look alike on every page.
heading_slug = slugify(case="lower")

NOISE = ".zeroclipboard-container, .clipboard-copy-txt, .jp-InputPrompt, .jp-OutputPrompt, .jp-Collapser, a.anchor-link"
HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]


def clean(html: str) -> tuple[str, list[dict]]:
    """Return the cleaned HTML and TOC tokens ({level, id, name, children}) whose ids exist in it."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(["style", "script", "link"]):
        tag.decompose()
    for comment in soup.find_all(string=lambda text: isinstance(text, Comment)):
        comment.extract()
    for tag in soup.select(NOISE):
        tag.decompose()
    _code_blocks_like_markdown(soup)
    _shrink_plots(soup)
    tokens = _anchor_headings(soup)
    return str(soup), tokens


def _code_blocks_like_markdown(soup: BeautifulSoup) -> None:
    """`<div class="highlight-ipynb"><pre>` → `<div class="highlight"><pre><code>`, Material's code block shape."""
    for block in soup.select("div.highlight-ipynb"):
        pre = block.find("pre")
        if pre is None:
            continue
        code = soup.new_tag("code")
        for child in list(pre.contents):
            code.append(child.extract())
        pre.append(code)
        block["class"] = ["language-python", "highlight"]
        # Pygments' name (n) and whitespace (w) tokens are drawn in the plain code colour by Material,
        # so their wrapping spans only add bytes (about a fifth of a notebook page).
        for span in pre.select("span.n, span.w"):
            span.unwrap()


PNG_PREFIX = "data:image/png;base64,"
PLOT_COLOURS = 64


def _shrink_plots(soup: BeautifulSoup) -> None:
    """Re-encode inline PNG plots with a 64-colour palette: line plots look the same at about a quarter the bytes."""
    for img in soup.find_all("img", src=lambda src: src and src.startswith(PNG_PREFIX)):
        original = base64.b64decode(img["src"][len(PNG_PREFIX) :])
        image = Image.open(io.BytesIO(original)).convert("RGBA")
        buffer = io.BytesIO()
        image.quantize(PLOT_COLOURS, method=Image.Quantize.FASTOCTREE).save(buffer, "PNG", optimize=True)
        if buffer.tell() < len(original):
            img["src"] = PNG_PREFIX + base64.b64encode(buffer.getvalue()).decode("ascii")


def _anchor_headings(soup: BeautifulSoup) -> list[dict]:
    used: set[str] = set()
    flat: list[dict] = []
    for heading in soup.find_all(HEADINGS):
        name = heading.get_text(" ", strip=True)
        anchor = _unique(heading_slug(name, "-") or "section", used)
        heading["id"] = anchor
        link = soup.new_tag("a", attrs={"class": "headerlink", "href": f"#{anchor}", "title": "Permanent link"})
        link.string = "¶"
        heading.append(link)
        flat.append({"level": int(heading.name[1]), "id": anchor, "name": name, "children": []})
    return _nest(flat)


def _unique(anchor: str, used: set[str]) -> str:
    candidate, n = anchor, 0
    while candidate in used:
        n += 1
        candidate = f"{anchor}_{n}"
    used.add(candidate)
    return candidate


def _nest(flat: list[dict]) -> list[dict]:
    """Nest headings by level, as Markdown's toc extension does."""
    roots: list[dict] = []
    stack: list[dict] = []
    for token in flat:
        while stack and stack[-1]["level"] >= token["level"]:
            stack.pop()
        (stack[-1]["children"] if stack else roots).append(token)
        stack.append(token)
    return roots
