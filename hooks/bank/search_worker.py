"""A build-time fix for Material 9.8's search worker, applied to the copy in the built site.

For a Chinese query typed without spaces, the worker splits the text into words it finds in the index.
- Its loop never tries a word that ends at the last character, so 推理速度 searches only for 推理 and
  速度 is dropped. The first two edits let the loop reach the end of the query.
- It joins the words back without a space before or after, so in a mixed query such as LoRA微调 the
  Latin and Chinese parts stay one unknown term and nothing is found. The third edit adds the spaces.
"""

from __future__ import annotations

FIXES = (
    # try substrings that end at the last character too
    ("for(let o=s+1;o<t.length;o++)t.slice(s,o)in e", "for(let o=s+1;o<=t.length;o++)t.slice(s,o)in e"),
    # continue with a word that starts at the last character
    ("n[a]&&a<t.length-1&&(i[s++]=a)", "n[a]&&a<t.length&&(i[s++]=a)"),
    # separate the Chinese words from Latin text around them
    ('s=>[...fe(s,this.index.invertedIndex)].join("* ")', 's=>" "+[...fe(s,this.index.invertedIndex)].join("* ")+" "'),
)


class WorkerPatchError(RuntimeError):
    pass


def patch(script: str, name: str) -> str:
    """Apply every fix exactly once, or fail loudly: a changed worker must be re-checked, not patched blind."""
    for old, new in FIXES:
        if script.count(new) == 1 and old not in script:
            continue  # already patched (mkdocs serve rebuilds into the same folder)
        if script.count(old) != 1:
            raise WorkerPatchError(
                f"{name}: the search worker no longer contains {old!r}; Material was upgraded, so re-test the "
                "last-word bug and update hooks/bank/search_worker.py"
            )
        script = script.replace(old, new)
    return script
