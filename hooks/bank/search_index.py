"""Rewrite Material's search index compactly: UTF-8 instead of \\uXXXX escapes, no indentation.

Material writes every CJK character and every U+200B word joiner as a six-byte escape; as UTF-8 they
take three bytes. The content is unchanged, so the browser builds the same index.
"""

from __future__ import annotations

import json


def compact(index_json: str) -> str:
    return json.dumps(json.loads(index_json), ensure_ascii=False, separators=(",", ":"))
