"""The functions each code answer must define, by name and signature: readers and tooling import them."""

from __future__ import annotations

import inspect

import pytest

from nbutil import notebook_namespace
from siteutil import ROOT

CONTRACT = {
    "CodeAnything/attention-multi-head.ipynb": {
        "scaled_dot_product_attention": ["q", "k", "v", "mask"],
        "MultiHeadAttention": ["embed_dim", "num_heads"],
    },
    "CodeAnything/numpy-l2-distance.ipynb": {"l2_distance": ["a", "b"]},
    "CodeAnything/conv2d-python-cpp.ipynb": {
        "conv2d": ["x", "weight", "bias", "stride", "padding"],
        "conv2d_naive": ["x", "weight", "bias", "stride", "padding"],
    },
    "CodeAnything/numpy-bbox-iou.ipynb": {
        "bbox_iou": ["boxes1", "boxes2", "fmt"],
        "generalized_iou": ["boxes1", "boxes2", "fmt"],
    },
    "DeepLearning/notebooks/conv-bn-fusion.ipynb": {"fuse_conv_bn": ["conv", "bn"]},
    "DeepLearning/notebooks/sgd-adagrad-adam.ipynb": {
        "sgd_momentum_step": ["param", "grad", "buf", "lr", "momentum"],
        "adagrad_step": ["param", "grad", "sum_sq", "lr", "eps"],
        "adam_step": ["param", "grad", "m", "v", "t", "lr", "beta1", "beta2", "eps"],
    },
    "VisionPerception/notebooks/rotated-box-iou.ipynb": {"rotated_iou": ["box1", "box2"]},
    "IndustryAlgorithm/notebooks/camera-intrinsics-extrinsics.ipynb": {
        "project_points": ["points_world", "K", "R", "t"]
    },
}


@pytest.mark.parametrize("path", sorted(CONTRACT))
def test_notebook_defines_contract_functions(path):
    namespace = notebook_namespace(ROOT / path)
    for name, params in CONTRACT[path].items():
        assert name in namespace, f"{path} must define {name}"
        obj = namespace[name]
        signature = inspect.signature(obj.__init__ if inspect.isclass(obj) else obj)
        names = [p for p in signature.parameters if p != "self"]
        assert names == params, f"{path}: {name}{signature} must take {params}"


def test_mha_forward_signature():
    namespace = notebook_namespace(ROOT / "CodeAnything/attention-multi-head.ipynb")
    forward = inspect.signature(namespace["MultiHeadAttention"].forward)
    assert list(forward.parameters) == ["self", "query", "key", "value", "mask"]


def test_adam_defaults_match_torch():
    namespace = notebook_namespace(ROOT / "DeepLearning/notebooks/sgd-adagrad-adam.ipynb")
    defaults = {k: p.default for k, p in inspect.signature(namespace["adam_step"]).parameters.items()}
    assert (defaults["lr"], defaults["beta1"], defaults["beta2"], defaults["eps"]) == (1e-3, 0.9, 0.999, 1e-8)
    assert inspect.signature(namespace["adagrad_step"]).parameters["eps"].default == 1e-10
