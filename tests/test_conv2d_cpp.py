"""The C++ Conv2D (CodeAnything/assets/conv2d.cpp) agrees with the notebook's Python `conv2d`.

The notebook defines `conv2d` (im2col, itself checked against torch.nn.functional.conv2d) and
`to_protocol_input`, which encodes one call in the text protocol the C++ program reads on stdin.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from nbutil import notebook_namespace

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "CodeAnything" / "assets" / "conv2d.cpp"
NOTEBOOK = ROOT / "CodeAnything" / "conv2d-python-cpp.ipynb"
CXXFLAGS = ["-std=c++17", "-O2", "-Wall", "-Wextra", "-Werror"]


@pytest.fixture(scope="module")
def binary(tmp_path_factory) -> Path:
    gxx = shutil.which("g++")
    if gxx is None:
        message = f"g++ not found: install a C++17 compiler to test {SOURCE.relative_to(ROOT)}"
        if os.environ.get("CI"):
            pytest.fail(message + " (CI is set, so this cannot be skipped)")
        pytest.skip(message)
    exe = tmp_path_factory.mktemp("conv2d_cpp") / "conv2d"
    build = subprocess.run([gxx, *CXXFLAGS, str(SOURCE), "-o", str(exe)], capture_output=True, text=True)
    assert build.returncode == 0, f"g++ {' '.join(CXXFLAGS)} failed:\n{build.stderr}"
    return exe


@pytest.fixture(scope="module")
def notebook() -> dict:
    return notebook_namespace(NOTEBOOK)


def run_cpp(exe: Path, stdin: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(exe)], input=stdin, capture_output=True, text=True, timeout=60)


def parse_output(stdout: str) -> np.ndarray:
    tokens = stdout.split()
    shape = [int(t) for t in tokens[:4]]
    values = np.array(tokens[4:], dtype=np.float64)
    assert values.size == int(np.prod(shape)), f"header says {shape}, got {values.size} values"
    return values.reshape(shape)


CASES = {
    # id: (N, C, H, W, O, (KH, KW), stride, padding, has_bias)
    "square-3x3-pad1-bias": (2, 3, 7, 6, 4, (3, 3), 1, 1, True),
    "non-square-2x5": (1, 2, 6, 9, 3, (2, 5), 1, 0, True),
    "stride2-padding-1-2-no-bias": (2, 3, 8, 7, 5, (3, 2), 2, (1, 2), False),
    "stride-2-1-padding-0-3-1x1": (1, 4, 9, 5, 2, (1, 1), (2, 1), (0, 3), True),
    "stride3-floor-non-square-4x3": (3, 1, 10, 11, 2, (4, 3), 3, 2, True),
    "kernel-as-large-as-padded-input": (1, 2, 3, 4, 2, (5, 6), 1, 1, False),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_cpp_matches_python_conv2d(binary, notebook, case):
    N, C, H, W, out_channels, (KH, KW), stride, padding, has_bias = CASES[case]
    rng = np.random.default_rng(list(CASES).index(case))
    x = rng.normal(size=(N, C, H, W))
    w = rng.normal(size=(out_channels, C, KH, KW))
    b = rng.normal(size=out_channels) if has_bias else None

    expected = notebook["conv2d"](x, w, b, stride=stride, padding=padding)
    result = run_cpp(binary, notebook["to_protocol_input"](x, w, b, stride=stride, padding=padding))

    assert result.returncode == 0, result.stderr
    got = parse_output(result.stdout)
    assert got.shape == expected.shape
    np.testing.assert_allclose(got, expected, rtol=0, atol=1e-4)


@pytest.mark.parametrize(
    "stdin, message",
    [
        ("1 1 3", "expected header"),
        ("1 1 3 3 1 2 2 1 1 0 0 1\n1 2 3", "not enough input values"),
        ("1 1 3 3 1 5 5 1 1 0 0 0\n", "kernel larger than padded input"),
        ("1 1 3 3 1 2 2 0 1 0 0 0\n", "must be positive"),
    ],
    ids=["short-header", "short-data", "kernel-too-large", "zero-stride"],
)
def test_cpp_rejects_malformed_input(binary, stdin, message):
    result = run_cpp(binary, stdin)
    assert result.returncode == 1
    assert message in result.stderr
