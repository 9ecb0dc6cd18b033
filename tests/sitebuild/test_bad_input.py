"""Break a copy of the repository in one way at a time: the real build must stop and name the file."""

from __future__ import annotations

import pytest

from siteutil import copy_repo, mkdocs_build


def replace_in(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def first_question(root, topic="LLMs"):
    import yaml

    slug = yaml.safe_load((root / topic / "topic.yml").read_text(encoding="utf-8"))["order"][0]
    return root / topic / f"{slug}.md", slug


def break_difficulty(root):
    path, _ = first_question(root)
    text = path.read_text(encoding="utf-8")
    import re

    path.write_text(re.sub(r"^difficulty: .*$", "difficulty: 超难", text, count=1, flags=re.M), encoding="utf-8")
    return path, "unknown difficulty '超难'"


def break_front_matter(root):
    path, _ = first_question(root)
    path.write_text(path.read_text(encoding="utf-8").split("---\n", 2)[2], encoding="utf-8")
    return path, "missing front matter"


def break_yaml(root):
    path, _ = first_question(root)
    replace_in(path, "tags: [", "tags: [[")
    return path, "malformed YAML"


def break_encoding(root):
    path, _ = first_question(root)
    path.write_bytes(path.read_text(encoding="utf-8").encode("gbk", errors="replace"))
    return path, "file is not UTF-8 text"


def break_order_missing_file(root):
    path = root / "LLMs" / "topic.yml"
    path.write_text(path.read_text(encoding="utf-8") + "  - ghost-question\n", encoding="utf-8")
    return path, "'ghost-question' is listed in order"


def break_order_extra_file(root):
    source, _ = first_question(root)
    path = root / "LLMs" / "unlisted-question.md"
    path.write_text(source.read_text(encoding="utf-8").replace("title: ", "title: 未列出的 ", 1), encoding="utf-8")
    return path, "not listed in LLMs/topic.yml"


def break_duplicate_title(root):
    source, _ = first_question(root)
    path = root / "DeepLearning" / "copied-question.md"
    path.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    (root / "DeepLearning" / "topic.yml").write_text(
        (root / "DeepLearning" / "topic.yml").read_text(encoding="utf-8") + "  - copied-question\n", encoding="utf-8"
    )
    return path, "duplicate title"


def break_missing_section(root):
    path, _ = first_question(root)
    text = path.read_text(encoding="utf-8")
    if "status: draft" in text:
        pytest.skip("first LLMs question is still a draft")
    path.write_text(text.replace("## 详解", "## 其他"), encoding="utf-8")
    return path, "missing required section '## 详解'"


def break_link(root):
    path, _ = first_question(root)
    path.write_text(path.read_text(encoding="utf-8") + "\n见 [不存在](no-such-page.md)。\n", encoding="utf-8")
    return path, "broken link 'no-such-page.md'"


def break_script(root):
    path, _ = first_question(root)
    path.write_text(path.read_text(encoding="utf-8") + "\n<script>alert(1)</script>\n", encoding="utf-8")
    return path, "<script> is not allowed"


def break_notebook_json(root):
    path = root / "CodeAnything" / "attention-multi-head.ipynb"
    path.write_text(path.read_text(encoding="utf-8")[:-40], encoding="utf-8")
    return path, "invalid notebook JSON"


def break_notebook_error(root):
    import json

    path = root / "CodeAnything" / "attention-multi-head.ipynb"
    nb = json.loads(path.read_text(encoding="utf-8"))
    code = next(c for c in nb["cells"] if c["cell_type"] == "code")
    code["outputs"].append({"output_type": "error", "ename": "RuntimeError", "evalue": "boom", "traceback": []})
    path.write_text(json.dumps(nb, ensure_ascii=False, indent=1), encoding="utf-8")
    return path, "has a saved error (RuntimeError)"


def break_orphan_companion(root):
    path = root / "LLMs" / "notebooks" / "no-such-question.ipynb"
    path.parent.mkdir(exist_ok=True)
    path.write_text(
        (root / "CodeAnything" / "attention-multi-head.ipynb").read_text(encoding="utf-8"), encoding="utf-8"
    )
    return path, "companion notebook has no question"


def break_anchor(root):
    # Caught by MkDocs' own link validation (strict), not by the core: anchors exist only after rendering.
    path, _ = first_question(root)
    _, other = first_question(root, "DeepLearning")
    path.write_text(
        path.read_text(encoding="utf-8") + f"\n见 [那一节](../DeepLearning/{other}.md#no-such-heading)。\n",
        encoding="utf-8",
    )
    return path, "no-such-heading"


BREAKAGES = [
    break_difficulty,
    break_front_matter,
    break_yaml,
    break_encoding,
    break_order_missing_file,
    break_order_extra_file,
    break_duplicate_title,
    break_missing_section,
    break_link,
    break_script,
    break_notebook_json,
    break_notebook_error,
    break_orphan_companion,
    break_anchor,
]


@pytest.mark.parametrize("breakage", BREAKAGES, ids=lambda f: f.__name__)
def test_build_stops_and_names_the_file(breakage, tmp_path):
    root = copy_repo(tmp_path / "repo")
    path, message = breakage(root)
    result = mkdocs_build(root, tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert path.relative_to(root).as_posix() in output
    assert message in output
    assert "Traceback" not in output
