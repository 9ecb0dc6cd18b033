"""Load the functions a notebook defines, so tests can import them by name."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat


def notebook_namespace(path: str | Path) -> dict:
    """Execute every code cell of a notebook in one fresh namespace and return it.

    Cells run with the notebook's folder as the working directory, as Jupyter would.
    Cells tagged `nondeterministic` (timings) are skipped: they define nothing others need.
    """
    path = Path(path).resolve()
    notebook = nbformat.read(path, as_version=4)
    namespace: dict = {"__name__": "__notebook__"}
    import matplotlib

    matplotlib.use("Agg")  # no windows; set here, not via MPLBACKEND, which kernels started later would inherit
    previous = Path.cwd()
    os.chdir(path.parent)
    try:
        for cell in notebook.cells:
            if cell.cell_type != "code" or "nondeterministic" in cell.metadata.get("tags", []):
                continue
            source = "\n".join(line for line in cell.source.splitlines() if not line.lstrip().startswith(("%", "!")))
            exec(compile(source, f"{path.name}", "exec"), namespace)
    finally:
        os.chdir(previous)
    return namespace
