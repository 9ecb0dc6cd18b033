"""Every notebook runs top to bottom on CPU, and its committed outputs are the outputs of its code."""

from __future__ import annotations

import time

import nbformat
import pytest
from nbclient import NotebookClient

from bank.collect import load_bank
from bank.notebooks import NONDETERMINISTIC_TAG
from figures import report
from siteutil import ROOT

BANK = load_bank(ROOT)
NOTEBOOKS = [q.path for q in BANK.questions if q.is_notebook] + [c.path for t in BANK.topics for c in t.companions]


def text_outputs(cell) -> list[str]:
    """The text a reader sees under a code cell: streams and text/plain results, not images.

    Consecutive chunks of one stream are joined: how the kernel splits them depends on timing.
    """
    texts: list[str] = []
    previous_stream = None
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream":
            if output["name"] == previous_stream:
                texts[-1] += output["text"]
            else:
                texts.append(f"{output['name']}: {output['text']}")
            previous_stream = output["name"]
            continue
        previous_stream = None
        if "text/plain" in output.get("data", {}):
            texts.append(output["data"]["text/plain"])
    return texts


@pytest.mark.parametrize("path", NOTEBOOKS)
def test_notebook_runs_and_reproduces_its_outputs(path):
    committed = nbformat.read(ROOT / path, as_version=4)
    fresh = nbformat.read(ROOT / path, as_version=4)
    client = NotebookClient(
        fresh, timeout=120, kernel_name="python3", resources={"metadata": {"path": str((ROOT / path).parent)}}
    )
    started = time.perf_counter()
    client.execute()  # raises CellExecutionError, naming the cell, on any error
    report(f"notebook {path}: ran in {time.perf_counter() - started:.1f} s")

    for index, (old, new) in enumerate(zip(committed.cells, fresh.cells, strict=True), 1):
        if old.cell_type != "code" or NONDETERMINISTIC_TAG in old.metadata.get("tags", []):
            continue
        assert text_outputs(new) == text_outputs(old), (
            f"{path} cell {index}: committed output differs from a fresh run; re-execute the notebook and save it"
        )
