"""suggest_unresolved on hand-built Docs (no model loaded)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from dyadwatch.resolve.actors import ActorResolver
from dyadwatch.resolve.suggest import suggest_unresolved


def _doc(vocab: Vocab) -> Doc:
    words = ["Jane", "Roe", ",", "the", "Ruritanian", "envoy", ",", "met", "Putin", "and",
             "Acme", "Corp", "."]
    heads = [1, 7, 1, 5, 5, 1, 1, 7, 7, 8, 11, 8, 7]
    deps = ["compound", "nsubj", "punct", "det", "amod", "appos", "punct", "ROOT", "dobj", "cc",
            "compound", "conj", "punct"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-NORP", "O", "O", "O", "B-PERSON", "O", "B-ORG",
            "I-ORG", "O"]
    spaces = [True, False, True, True, True, False, True, True, True, True, True, False, False]
    return Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps, ents=ents)


def test_unknown_names_are_counted_with_their_role_context() -> None:
    resolver = ActorResolver.from_package()
    vocab = Vocab()
    suggestions = suggest_unresolved([_doc(vocab), _doc(vocab)], resolver, limit=10)
    by_name = {s.name: s for s in suggestions}
    assert "Putin" not in by_name  # in the people dictionary
    roe = by_name["Jane Roe"]
    assert (roe.label, roe.count, roe.context) == ("PERSON", 2, "the Ruritanian envoy")
    assert by_name["Acme Corp"].count == 2
    assert by_name["Ruritanian"].label == "NORP"


def test_limit_keeps_the_most_frequent() -> None:
    resolver = ActorResolver.from_package()
    vocab = Vocab()
    extra = Doc(vocab, words=["Acme", "Corp"], ents=["B-ORG", "I-ORG"])
    suggestions = suggest_unresolved([_doc(vocab), extra], resolver, limit=1)
    assert [(s.name, s.count) for s in suggestions] == [("Acme Corp", 2)]
