"""Train the packaged sentence-level PLOVER event-type classifier.

Run from the repository root (deterministic: fixed seed, sorted inputs):

    .venv/bin/python training/event_classifier/train.py            # ../shared
    .venv/bin/python training/event_classifier/train.py --shared /path/to/shared
    .venv/bin/python training/event_classifier/train.py --words-only   # v1 features

The training sentences are parsed once with the project's spaCy model (cached
under /tmp, see parsing.py) for the dependency-parse features.

It writes src/dyadwatch/data/models/event_classifier.npz (weights + vocabulary +
a JSON header with the data, date and held-out metrics). Training data, all
read at run time from `shared/` and never copied into the repository:

- data/training/gpt_synthetic_events_2023-10-19_19.csv (NGEC synthetic stories,
  LM-generated, labelled with a PLOVER type): the filled headline and the first
  sentence of each story carry the label; one later sentence of each story is a
  weak, down-weighted "NONE" example (background that usually has no event).
- data/training/synthetic_headlines.csv (NGEC headline templates): the
  {country_N}/{city} slots filled with country names from data/plover/countries.csv.
- corpus/seeds + gold/seeds.gold.jsonl: gold event sentences carry their type;
  the seed sentences with no gold event are "NONE".
- training/event_classifier/own_sentences.py: sentences written for this project
  (all types and NONE), no third-party text.

The evaluation sets in shared/eval are never read here (see bench/).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cameo_patterns import TABLE, VERBS, cameo_examples  # noqa: E402
from own_sentences import own_examples  # noqa: E402
from parsing import DEFAULT_CACHE, parse_feature_lists  # noqa: E402

from dyadwatch.config import MODEL_NAME  # noqa: E402
from dyadwatch.extract.event_classifier import (  # noqa: E402
    ARTIFACT_NAME,
    CLASSES,
    NONE,
    EventTypeClassifier,
    TrainingOptions,
    fit_classifier,
)

STORIES = "data/training/gpt_synthetic_events_2023-10-19_19.csv"
HEADLINES = "data/training/synthetic_headlines.csv"
COUNTRIES = "data/plover/countries.csv"
CODEBOOK = "data/plover/PLOVER_structured_codebook_updated.csv"
SEED_DOCS = "corpus/seeds"
SEED_GOLD = "gold/seeds.gold.jsonl"
WEAK_NONE_WEIGHT = 0.25
SEED_WEIGHT = 2.0
CAMEO_WEIGHT = 0.4
# Per-origin multipliers: the synthetic stories are plentiful but noisy (a
# story's label need not be its lead's event), the written sentences are clean.
ORIGIN_WEIGHTS: dict[str, float] = {
    "story_headline": 0.6, "story_first": 0.6, "story_later": 1.0, "own": 3.0, "cameo": 5.0,
}
# Class weight = (mean class mass / class mass) ** BALANCE_POWER.
BALANCE_POWER = 0.75
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”]))\s+(?=[A-Z\"“])")


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    weight: float
    origin: str  # which source, for the header counts
    story: int = -1  # the synthetic story it comes from (for the held-out split)


def split_sentences(text: str) -> list[str]:
    """Good-enough sentence split for training text (paragraphs, then punctuation)."""
    sentences: list[str] = []
    for paragraph in re.split(r"\n\s*\n|\n", text):
        sentences.extend(s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip())
    return sentences


# The synthetic stories label whole stories; their lead often only promises or
# asks for what the story's label names ("X agrees to withdraw" under RETREAT).
# The project's conventions type the lead by its verb: a promise or agreement to
# act is AGREE, a call or demand is REQUEST. Looked for in the first words only.
_CONVENTION_VERBS: tuple[tuple[re.Pattern[str], str, frozenset[str]], ...] = (
    (re.compile(r"\b(agree[sd]?|agreeing|promis\w*|pledg\w*|vow\w*|offer\w*)\b", re.I),
     "AGREE", frozenset({"CONCEDE", "RETREAT", "COOPERATE", "AID", "SUPPORT"})),
    (re.compile(r"\b(urg\w*|call(s|ed)? (on|for)|appeal\w*|demand\w*|ask\w*)\b", re.I),
     "REQUEST", frozenset({"CONCEDE", "RETREAT", "COOPERATE", "AID", "SUPPORT", "AGREE"})),
    (re.compile(r"\b(refus\w*|reject\w*|declin\w*|den(y|ies|ied)|rul\w* out)\b", re.I),
     "REJECT", frozenset({"CONCEDE", "RETREAT", "COOPERATE", "AID", "SUPPORT", "AGREE"})),
    (re.compile(r"\b(threat\w*|warn\w*)\b", re.I),
     "THREATEN", frozenset({"CONCEDE", "RETREAT", "COOPERATE", "AID", "SUPPORT", "AGREE"})),
)
EARLY_WORDS = 10


def by_convention(text: str, label: str) -> str:
    """The label a synthetic lead gets under the project's conventions."""
    early = " ".join(text.split()[:EARLY_WORDS])
    for pattern, new_label, overridden in _CONVENTION_VERBS:
        if label in overridden and pattern.search(early):
            return new_label
    return label


def story_examples(shared: Path) -> list[Example]:
    examples: list[Example] = []
    with (shared / STORIES).open(newline="", encoding="utf-8") as handle:
        for index, row in enumerate(csv.DictReader(handle)):
            label = row["label"].strip()
            headline = row["prompt"].strip().splitlines()[0].strip()
            examples.append(
                Example(headline, by_convention(headline, label), 1.0, "story_headline", index)
            )
            sentences = [s for s in split_sentences(row["text"]) if len(s.split()) >= 5]
            if sentences:
                first = sentences[0]
                examples.append(
                    Example(first, by_convention(first, label), 1.0, "story_first", index)
                )
            if len(sentences) >= 3:
                # A later sentence, deterministic per story: background, weakly NONE.
                later = sentences[2 + index % (len(sentences) - 2)]
                examples.append(Example(later, NONE, WEAK_NONE_WEIGHT, "story_later", index))
    return examples


def country_names(shared: Path) -> list[str]:
    with (shared / COUNTRIES).open(newline="", encoding="utf-8") as handle:
        return sorted(row["Name"].strip() for row in csv.DictReader(handle) if row["Name"])


def headline_examples(shared: Path, rng: random.Random) -> list[Example]:
    names = country_names(shared)
    examples: list[Example] = []
    with (shared / HEADLINES).open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for _ in range(2):
                text = row["title"]
                for slot in ("{country_1}", "{country_2}", "{country_3}", "{city}"):
                    text = text.replace(slot, rng.choice(names))
                label = by_convention(text, row["event"].strip())
                examples.append(Example(text.strip(), label, 1.0, "headline"))
    return examples


def seed_examples(shared: Path) -> list[Example]:
    evidence_by_doc: dict[str, list[tuple[str, str]]] = {}
    with (shared / SEED_GOLD).open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("kind") == "event" and isinstance(record.get("evidence"), str):
                evidence_by_doc.setdefault(record["doc_id"], []).append(
                    (record["evidence"], record["type"])
                )
    examples: list[Example] = []
    for path in sorted((shared / SEED_DOCS).glob("*.txt")):
        evidence = evidence_by_doc.get(path.stem, [])
        for text, label in evidence:
            examples.append(Example(text, label, SEED_WEIGHT, "seed_event"))
        for sentence in split_sentences(path.read_text(encoding="utf-8")):
            overlaps = any(sentence in text or text in sentence for text, _ in evidence)
            if not overlaps and len(sentence.split()) >= 5:
                examples.append(Example(sentence, NONE, 1.0, "seed_none"))
    return examples


def codebook_examples(shared: Path) -> list[Example]:
    """The codebook's event and mode definitions, each labelled with its type."""
    texts: dict[str, str] = {}
    with (shared / CODEBOOK).open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for column in ("event_def", "mode_def"):
                text = (row.get(column) or "").strip()
                if text and text not in texts:
                    texts[text] = row["event"].strip()
    return [Example(text, label, 1.0, "codebook") for text, label in texts.items()]


def balanced(examples: Sequence[Example]) -> list[float]:
    """Sample weights: each example's weight times its class weight."""
    mass: dict[str, float] = {}
    for example in examples:
        mass[example.label] = mass.get(example.label, 0.0) + example.weight
    mean = sum(mass.values()) / len(mass)
    return [e.weight * (mean / mass[e.label]) ** BALANCE_POWER for e in examples]


def load_examples(shared: Path, seed: int) -> list[Example]:
    needed = (STORIES, HEADLINES, COUNTRIES, CODEBOOK, VERBS, SEED_GOLD)
    missing = [p for p in needed if not (shared / p).exists()]
    if missing:
        raise SystemExit(
            f"training data not found under {shared}: missing {', '.join(missing)}. "
            "Pass --shared PATH (the shared/ folder beside the repository)."
        )
    rng = random.Random(seed)
    examples = story_examples(shared) + headline_examples(shared, rng) + seed_examples(shared)
    examples += codebook_examples(shared)
    examples += [Example(t, label, CAMEO_WEIGHT, "cameo") for t, label in cameo_examples(shared)]
    examples += [Example(text, label, 1.0, "own") for text, label in own_examples(rng)]
    return [
        replace(e, weight=e.weight * ORIGIN_WEIGHTS.get(e.origin, 1.0))
        for e in examples
        if e.label in CLASSES
    ]


# Parse features per training text; None trains on word features only (v1).
ParseTable = dict[str, list[str]] | None


def fit(
    examples: Sequence[Example], parses: ParseTable, options: TrainingOptions
) -> EventTypeClassifier:
    """fit_classifier on examples (class-balanced), with their parse features if given."""
    extra = None if parses is None else [parses[e.text] for e in examples]
    return fit_classifier(
        [e.text for e in examples], [e.label for e in examples], balanced(examples), options,
        extra_features=extra,
    )


def predict(
    model: EventTypeClassifier, texts: Sequence[str], parses: ParseTable
) -> list[list[tuple[str, float]]]:
    """The model's ranking of each training text (with its cached parse features)."""
    if parses is None:
        return model.predict_many(texts)
    features = [model.word_features(t) + parses[t] for t in texts]
    probabilities = model.feature_probabilities(features)
    return [
        sorted(zip(model.classes, map(float, row), strict=True), key=lambda p: -p[1])
        for row in probabilities
    ]


NOISY_ORIGINS = frozenset({"story_headline", "story_first"})
# A noisy example whose label is not among a clean model's top K is down-weighted.
NOISE_TOP_K = 4
NOISE_WEIGHT = 0.2


def filter_noisy(
    examples: Sequence[Example], options: TrainingOptions, parses: ParseTable
) -> list[Example]:
    """Down-weight synthetic leads that a model trained on the other data disagrees with.

    The synthetic stories carry a story-level label; when the lead is about
    something else, a model fitted without the stories ranks the label low.
    """
    clean = [e for e in examples if e.origin not in NOISY_ORIGINS]
    noisy_ids = [i for i, e in enumerate(examples) if e.origin in NOISY_ORIGINS]
    if not clean or not noisy_ids:
        return list(examples)
    model = fit(clean, parses, options)
    ranked = predict(model, [examples[i].text for i in noisy_ids], parses)
    result = list(examples)
    for i, prediction in zip(noisy_ids, ranked, strict=True):
        top = {label for label, _ in prediction[:NOISE_TOP_K]}
        if examples[i].label not in top:
            result[i] = replace(examples[i], weight=examples[i].weight * NOISE_WEIGHT)
    return result


# Stories whose row index is a multiple of this are the development set
# (bench/events_dev.py): never trained on, by the held-out fit or the final one.
DEV_STORY_MODULUS = 5
LEAD_ORIGINS = frozenset({"story_headline", "story_first"})


def held_out_stories(examples: Sequence[Example]) -> set[int]:
    """The development stories: every fifth story by row index (all their sentences)."""
    return {e.story for e in examples if e.story >= 0 and e.story % DEV_STORY_MODULUS == 0}


def held_out_accuracy(
    examples: Sequence[Example], model: EventTypeClassifier, parses: ParseTable
) -> dict[str, float]:
    """The model (fitted without the dev stories) on their leads (typed) and later
    sentences (NONE)."""
    held = held_out_stories(examples)
    leads = [e for e in examples if e.story in held and e.origin in LEAD_ORIGINS]
    later = [e for e in examples if e.story in held and e.origin == "story_later"]
    ranked = predict(model, [e.text for e in leads + later], parses)
    lead_ranked, later_ranked = ranked[: len(leads)], ranked[len(leads):]
    typed = [next(label for label, _ in p if label != NONE) for p in lead_ranked]
    kept = [(t, e) for t, e in zip(typed, leads, strict=True)
            if e.weight >= ORIGIN_WEIGHTS[e.origin] * 0.999]
    return {
        "heldout_stories": len(held),
        "heldout_leads": len(leads),
        "heldout_lead_top1_accuracy": _share(p[0][0] == e.label
                                             for p, e in zip(lead_ranked, leads, strict=True)),
        "heldout_lead_typed_accuracy": _share(t == e.label
                                              for t, e in zip(typed, leads, strict=True)),
        "heldout_clean_lead_typed_accuracy": _share(t == e.label for t, e in kept),
        "heldout_later_none_rate": _share(p[0][0] == NONE for p in later_ranked),
    }


def _share(hits: Iterable[bool]) -> float:
    values = list(hits)
    return round(sum(values) / max(len(values), 1), 4)


def parse_table(
    examples: Sequence[Example], words_only: bool, cache: Path | None
) -> ParseTable:
    if words_only:
        return None
    texts = sorted({e.text for e in examples})
    return dict(zip(texts, parse_feature_lists(texts, cache), strict=True))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument(
        "--out", type=Path, default=REPO / "src/dyadwatch/data/models" / ARTIFACT_NAME
    )
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--no-holdout", action="store_true", help="skip the held-out run")
    parser.add_argument("--holdout-only", action="store_true", help="report held-out, no file")
    parser.add_argument("--words-only", action="store_true", help="no parse features (v1)")
    parser.add_argument("--parse-cache", type=Path, default=DEFAULT_CACHE,
                        help="where parsed training sentences are cached (outside the repo)")
    args = parser.parse_args(argv)
    options = TrainingOptions(seed=args.seed)
    raw = load_examples(args.shared.resolve(), args.seed)
    parses = parse_table(raw, args.words_only, args.parse_cache)
    examples = filter_noisy(raw, options, parses)
    print(f"{len(examples)} examples: {dict(Counter(e.origin for e in examples))}")
    noisy_kept = sum(e.weight >= ORIGIN_WEIGHTS["story_first"] for e in examples
                     if e.origin in NOISY_ORIGINS)
    print(f"synthetic leads kept at full weight: {noisy_kept}")
    held = held_out_stories(examples)
    model = fit([e for e in examples if e.story not in held], parses, options)
    metrics = {} if args.no_holdout else held_out_accuracy(examples, model, parses)
    print(f"held-out: {metrics}")
    if args.holdout_only:
        return 0
    header = {
        "model": "multinomial logistic regression, stemmed word+bigram features"
                 + ("" if parses is None else " + dependency-parse features"),
        "parse_model": None if parses is None else MODEL_NAME,
        "trained": dt.date.today().isoformat(),
        "training_data": sorted({STORIES, HEADLINES, COUNTRIES, CODEBOOK, VERBS, TABLE, SEED_DOCS,
                                 SEED_GOLD,
                                 "training/event_classifier/own_sentences.py"}),
        "examples_by_origin": dict(sorted(Counter(e.origin for e in examples
                                                    if e.story not in held).items())),
        "origin_weights": ORIGIN_WEIGHTS,
        "noise_filter": {"top_k": NOISE_TOP_K, "weight": NOISE_WEIGHT,
                         "synthetic_leads_kept": noisy_kept},
        "examples_by_label": dict(sorted(Counter(e.label for e in examples
                                                   if e.story not in held).items())),
        "options": asdict(options),
        "heldout_split": f"synthetic stories with row index % {DEV_STORY_MODULUS} == 0 "
                         "(the bench/events_dev.py dev set), left out of this model's "
                         "training; their leads scored typed (NONE ignored)",
        "metrics": metrics,
    }
    model.save(args.out, header)
    loaded = EventTypeClassifier.load(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB, "
          f"{len(loaded.vocabulary)} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
