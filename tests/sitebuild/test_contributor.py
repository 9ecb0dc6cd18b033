"""Play a new contributor in a copy of the repository: make new → write → make check → build → find it."""

from __future__ import annotations

import json
import os
import re
import subprocess

import pytest

from siteutil import ROOT, copy_repo, mkdocs_build

TITLE = "RoPE 旋转位置编码的原理"
ANSWER = """
## 简答

1. RoPE 把位置信息写成对 query 和 key 的旋转：第 $m$ 个位置的向量按角度 $m\\theta_i$ 两两旋转。
2. 旋转后两个向量的内积只依赖相对位置 $m-n$，所以注意力分数自带相对位置信息。
3. 它不引入可学习参数，可以和线性注意力等结构配合。

## 详解

对二维子空间，位置 $m$ 处的旋转矩阵为

$$
R_m = \\begin{pmatrix}\\cos m\\theta & -\\sin m\\theta \\\\ \\sin m\\theta & \\cos m\\theta\\end{pmatrix},
$$

于是 $(R_m q)^\\top (R_n k) = q^\\top R_{n-m} k$，只与 $n-m$ 有关。

## 常见追问

### RoPE 的频率怎么取？

与正弦位置编码相同，$\\theta_i = 10000^{-2i/d}$。

## 参考资料

1. Su et al. *RoFormer: Enhanced Transformer with Rotary Position Embedding*. <https://arxiv.org/abs/2104.09864>
"""


def make(repo, *args) -> subprocess.CompletedProcess:
    # -o: the linked .venv is up to date; don't let make reinstall it because the copy's files are newer
    return subprocess.run(
        ["make", "--no-print-directory", "-o", ".venv/.base", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        env={**os.environ, "GITHUB_ACTIONS": ""},
    )


@pytest.fixture
def repo(tmp_path):
    repo = copy_repo(tmp_path / "repo")
    (repo / ".venv").symlink_to(ROOT / ".venv", target_is_directory=True)
    return repo


def test_a_new_question_from_make_new_to_search(repo, tmp_path):
    created = make(repo, "new", "TOPIC=LLMs", f"TITLE={TITLE}")
    assert created.returncode == 0, created.stderr
    path = repo / created.stdout.strip().splitlines()[-1]
    assert path == repo / "LLMs" / "rope.md"
    assert (repo / "LLMs/topic.yml").read_text(encoding="utf-8").rstrip().endswith("- rope")

    again = make(repo, "new", "TOPIC=LLMs", f"TITLE={TITLE}", "SLUG=rope-again")
    assert again.returncode != 0 and "the title is already used by LLMs/rope.md" in again.stderr
    taken = make(repo, "new", "TOPIC=LLMs", "TITLE=另一个标题", "SLUG=rope")
    assert taken.returncode != 0 and "slug 'rope' is already used in LLMs" in taken.stderr

    text = path.read_text(encoding="utf-8")
    front = text.split("---\n")[1].replace("status: draft\n", "").replace("[待分类]", "[位置编码, RoPE, Transformer]")
    path.write_text(f"---\n{front}---\n{ANSWER}", encoding="utf-8")

    stale = make(repo, "check")
    assert stale.returncode != 0 and "README tables are out of date" in stale.stderr
    assert make(repo, "readme").returncode == 0
    checked = make(repo, "check")
    assert checked.returncode == 0, checked.stderr

    site = tmp_path / "site"
    built = mkdocs_build(repo, site)
    assert built.returncode == 0, built.stderr[-2000:]
    index = (site / "LLMs/index.html").read_text(encoding="utf-8")
    number = len(re.findall(r"<tr>", index)) - 1
    assert re.search(rf'<td[^>]*>{number:02d}</td>\s*<td[^>]*><a href="rope/">{TITLE}</a>', index)
    assert f"[{TITLE}](LLMs/rope.md)" in (repo / "README.md").read_text(encoding="utf-8")
    docs = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))["docs"]
    assert [d["title"].replace("\u200b", "") for d in docs if d["location"] == "LLMs/rope/"] == [TITLE]


BREAKAGES = {
    "unknown difficulty": (("difficulty: 中等", "difficulty: 困难"), r"LLMs/rope\.md:4: unknown difficulty '困难'"),
    "unclosed tag list": (("tags: [位置编码, RoPE]", "tags: [位置编码, RoPE"), r"LLMs/rope\.md:\d+: malformed YAML"),
    "reference without a link": (
        ("<https://arxiv.org/abs/2104.09864>", "（链接回头再补）"),
        r"LLMs/rope\.md:\d+: '## 参考资料' needs at least one link",
    ),
}


@pytest.mark.parametrize("mistake", BREAKAGES)
def test_common_mistakes_get_clear_messages(repo, mistake):
    assert make(repo, "new", "TOPIC=LLMs", f"TITLE={TITLE}").returncode == 0
    path = repo / "LLMs/rope.md"
    good = f"---\ntitle: {TITLE}\ntags: [位置编码, RoPE]\ndifficulty: 中等\n---\n{ANSWER}"
    (old, new), expected = BREAKAGES[mistake]
    assert old in good
    path.write_text(good.replace(old, new), encoding="utf-8")
    result = make(repo, "check")
    assert result.returncode != 0
    assert re.search(expected, result.stderr), result.stderr
    assert "Traceback" not in result.stderr
