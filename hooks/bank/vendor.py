"""Third-party browser assets the site serves from its own origin, copied from npm's node_modules.

Nothing third-party is committed: `npm ci` installs the versions pinned in package-lock.json.
"""

from __future__ import annotations

from pathlib import Path

# (glob under node_modules, folder in the site)
ASSETS = (
    ("katex/dist/katex.min.js", "vendor/katex"),
    ("katex/dist/katex.min.css", "vendor/katex"),
    ("katex/dist/contrib/auto-render.min.js", "vendor/katex/contrib"),
    ("katex/dist/fonts/*.woff2", "vendor/katex/fonts"),
    ("katex/LICENSE", "vendor/katex"),
    ("mermaid/dist/mermaid.min.js", "vendor/mermaid"),
    ("mermaid/LICENSE", "vendor/mermaid"),
)


class VendorMissing(FileNotFoundError):
    pass


def vendor_files(node_modules: Path) -> list[tuple[str, str]]:
    """(path relative to node_modules, destination path in the site) for every asset."""
    files = []
    for pattern, folder in ASSETS:
        matches = sorted(node_modules.glob(pattern))
        if not matches:
            raise VendorMissing(
                f"node_modules/{pattern} is missing: run `npm ci` (the Makefile does this) to install the site's browser assets"
            )
        files += [(m.relative_to(node_modules).as_posix(), f"{folder}/{m.name}") for m in matches]
    return files
