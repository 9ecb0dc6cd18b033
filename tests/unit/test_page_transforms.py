"""Core HTML transforms: notebook page cleaning, whitespace collapsing, the search worker fix, vendor assets."""

from __future__ import annotations

import base64
import io

import pytest
from PIL import Image

from bank import html_size, notebook_page, search_worker, vendor

NOTEBOOK_HTML = """
<style>.jp-Cell{color:red}</style><script src="https://cdn.example/mermaid.js"></script>
<!-- mermaid configuration -->
<div class="jupyter-wrapper"><div class="jp-Cell">
<div class="jp-InputPrompt jp-InputArea-prompt">In [1]:</div>
<div class="zeroclipboard-container"><span class="notice" hidden>Copied!</span></div>
<div class="highlight-ipynb hl-python"><pre><span class="kn">import</span><span class="w"> </span><span class="nn">torch</span>
<span class="n">x</span><span class="o">=</span><span class="mi">1</span></pre></div>
<div class="clipboard-copy-txt" id="cell-1">import torch</div>
<div class="jp-OutputPrompt">Out[1]:</div><pre>1</pre>
<h2 id="">推导<a class="anchor-link" href="#">¶</a></h2>
<h3 id="">细节 one</h3><h2 id="">推导</h2><h2 id="">Back to English</h2>
</div></div>
"""


def test_notebook_clean_removes_inline_assets_and_noise():
    html, _ = notebook_page.clean(NOTEBOOK_HTML)
    for gone in (
        "<style",
        "<script",
        "mermaid configuration",
        "In [1]:",
        "Out[1]:",
        "Copied!",
        "clipboard-copy-txt",
        'href="#"',
    ):
        assert gone not in html
    assert '<div class="language-python highlight"><pre><code><span class="kn">import</span> ' in html
    assert '<span class="n">' not in html and '<span class="w">' not in html
    assert '<span class="o">=</span>' in html


def test_notebook_clean_gives_unique_readable_anchors_and_nested_toc():
    html, toc = notebook_page.clean(NOTEBOOK_HTML)
    assert [t["id"] for t in toc] == ["推导", "推导_1", "back-to-english"]
    assert toc[0]["children"][0]["id"] == "细节-one"
    assert '<h2 id="推导">推导<a class="headerlink" href="#推导" title="Permanent link">¶</a></h2>' in html


def test_notebook_plots_are_requantised_when_smaller():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(4, 2.5), dpi=72)  # a line plot like the notebooks': anti-aliased lines
    for k in range(3):
        ax.plot([x / 10 for x in range(100)], [((x * (k + 1)) % 37) / 10 for x in range(100)])
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    plt.close(fig)
    source = "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()
    html, _ = notebook_page.clean(f'<img src="{source}">')
    new_src = html.split('src="')[1].split('"')[0]
    assert new_src.startswith("data:image/png;base64,")
    shrunk = Image.open(io.BytesIO(base64.b64decode(new_src.split(",", 1)[1])))
    assert shrunk.size == (288, 180)
    assert shrunk.mode == "P" and len(new_src) < len(source)


def test_collapse_whitespace_keeps_pre_and_script():
    html = (
        "<div>\n    <p>a   b</p>\n\n  </div><pre>  keep\n    this</pre><script>\n  x = 1\n</script>\n   <span>y</span>"
    )
    assert html_size.collapse_whitespace(html) == (
        "<div>\n<p>a   b</p>\n</div><pre>  keep\n    this</pre><script>\n  x = 1\n</script>\n<span>y</span>"
    )


WORKER = (
    "function fe(t,e){for(let s=0;s<t.length;s++)for(let o=s+1;o<t.length;o++)t.slice(s,o)in e&&(n[s]=o-s);"
    "let a=1;n[a]&&a<t.length-1&&(i[s++]=a)}"
    'search(e){e=e.replace(new RegExp("x","gu"),s=>[...fe(s,this.index.invertedIndex)].join("* "))}'
)


def test_search_worker_patch_applies_each_fix_once_and_is_idempotent():
    patched = search_worker.patch(WORKER, "search.js")
    assert "o<=t.length;o++" in patched and "a<t.length&&" in patched
    assert 's=>" "+[...fe(s,this.index.invertedIndex)].join("* ")+" "' in patched
    assert search_worker.patch(patched, "search.js") == patched


def test_search_worker_patch_refuses_an_unknown_worker():
    with pytest.raises(search_worker.WorkerPatchError, match="search.js: the search worker no longer contains"):
        search_worker.patch(WORKER.replace("o<t.length;o++", "q<t.length;q++"), "search.js")


def test_vendor_files_and_missing_node_modules(tmp_path):
    with pytest.raises(vendor.VendorMissing, match="run `npm ci`"):
        vendor.vendor_files(tmp_path)
    for pattern, _ in vendor.ASSETS:
        path = tmp_path / pattern.replace("*", "KaTeX_Main-Regular")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    files = dict(vendor.vendor_files(tmp_path))
    assert files["katex/dist/katex.min.js"] == "vendor/katex/katex.min.js"
    assert files["katex/dist/fonts/KaTeX_Main-Regular.woff2"] == "vendor/katex/fonts/KaTeX_Main-Regular.woff2"
