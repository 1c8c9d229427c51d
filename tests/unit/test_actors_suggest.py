"""suggest_unresolved on hand-built Docs (no model loaded)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from dyadwatch.resolve.actors import ActorResolver
from dyadwatch.resolve.suggest import suggest_role_nouns, suggest_unresolved


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


def test_a_country_or_shared_surname_tagged_person_is_known() -> None:
    """The tagger's PERSON "Mali" or "Assad" is resolvable: no suggestion."""
    resolver = ActorResolver.from_package()
    vocab = Vocab()
    docs = [Doc(vocab, words=["Mali", "and", "Assad", "met", "Jane", "Roe"],
                ents=["B-PERSON", "O", "B-PERSON", "O", "B-PERSON", "I-PERSON"])]
    names = [s.name for s in suggest_unresolved(docs, resolver, limit=10)]
    assert names == ["Jane Roe"]


def test_unknown_role_nouns_in_argument_slots_are_counted() -> None:
    """"Glassblowers blocked the road": an unknown subject noun is a candidate; a known
    role ("protesters") and a noun in no argument slot ("road" after "on") are not."""
    resolver = ActorResolver.from_package()
    vocab = Vocab()
    words = ["Glassblowers", "and", "protesters", "marched", "on", "roads", "."]
    doc = Doc(vocab, words=words, heads=[3, 0, 0, 3, 3, 4, 3],
              deps=["nsubj", "cc", "conj", "ROOT", "prep", "pobj", "punct"],
              pos=["NOUN", "CCONJ", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"],
              lemmas=["glassblower", "and", "protester", "march", "on", "road", "."])
    found = suggest_role_nouns([doc, doc], resolver, limit=5)
    assert [(r.lemma, r.count, r.example) for r in found] == [
        ("glassblower", 2, "Glassblowers")]
