"""Names, titles and descriptions in speaker spans: the word lists and span helpers the
speaker resolver (resolve.speakers) reads. Pure functions over spaCy spans, no state."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "BODY_NOUNS", "MEMBER_NOUNS", "description_modifiers", "names_a_body", "names_members",
    "DETERMINERS", "DOCUMENT_NOUNS", "FEMALE", "HONORIFIC_GENDER", "MALE", "ORGANISATION_NOUNS",
    "PERSON_NOUNS", "ROLE_FAMILIES", "call_optional", "clean_name", "is_description",
    "is_subject", "last_proper_run", "names_head", "person_ent", "proper_name",
    "proper_name_runs", "role_matches", "role_words", "span_ents", "title_tokens",
    "service_name_words", "surname_key", "title_qualifiers", "titled_name_after",
]

def surname_key(name: str) -> str:
    """A name's last word, casefolded, to match surnames ("" for an empty name)."""
    words = name.split()
    return words[-1].casefold() if words else ""


MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "sir": "m", "mrs": "f", "mrs.": "f", "ms": "f",
                    "ms.": "f", "madam": "f", "lady": "f"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
# Role words a description may use for a person introduced with another title.
ROLE_FAMILIES: dict[str, frozenset[str]] = {
    "diplomat": frozenset({"diplomat", "ambassador", "envoy", "director", "representative",
                           "consul", "minister", "spokeswoman", "spokesman", "spokesperson"}),
    "official": frozenset({"official", "minister", "director", "secretary", "spokeswoman",
                           "spokesman", "spokesperson", "representative", "ambassador",
                           "president", "premier", "chancellor", "governor", "mayor"}),
    "leader": frozenset({"leader", "president", "premier", "chancellor", "chief", "head",
                         "chairman", "chair", "king", "prime"}),
    "premier": frozenset({"premier", "prime"}),
    "spokesperson": frozenset({"spokesperson", "spokeswoman", "spokesman"}),
    "lawmaker": frozenset({"lawmaker", "senator", "congressman", "congresswoman", "mp",
                           "legislator", "representative", "speaker"}),
    "politician": frozenset({"politician", "senator", "candidate", "nominee", "lawmaker",
                             "mp", "governor", "mayor", "president", "minister"}),
}
# Nouns that, with "the", describe a person (not an organisation).
PERSON_NOUNS: frozenset[str] = frozenset({
    "minister", "diplomat", "president", "premier", "ambassador", "envoy", "spokeswoman",
    "spokesman", "spokesperson", "official", "director", "secretary", "chancellor", "leader",
    "senator", "congressman", "congresswoman", "governor", "mayor", "candidate", "nominee",
    "chairman", "chairwoman", "chair", "coach", "player", "researcher", "expert", "analyst",
    "professor", "economist", "lawyer", "attorney", "judge", "officer", "general", "commander",
    "chief", "head", "author", "writer", "man", "woman", "mother", "father", "son", "daughter",
    "lawmaker", "politician", "representative", "prosecutor", "doctor", "executive", "founder",
    "ceo", "owner", "manager", "captain", "king", "queen", "prince", "pope", "activist",
    "advocate", "adviser", "advisor", "aide", "scientist", "teacher", "student", "driver",
    "veteran", "defenceman", "defenseman", "forward", "goalie", "rookie", "singer", "actor",
    "actress", "artist", "resident", "victim", "witness", "chef", "nurse", "physician",
    # Canadian and British legislators, and occupations a news story introduces someone by.
    "mp", "mpp", "mla", "mna", "councillor", "councilor", "alderman", "trustee", "soldier",
    "proprietor", "firefighter", "farmer", "pilot", "paramedic", "surgeon", "dentist",
    "pharmacist", "principal", "pastor", "priest", "rabbi", "imam", "plaintiff",
    "defendant", "accused", "sergeant", "constable", "detective", "sheriff",
    "historian", "biologist", "physicist", "chemist", "engineer", "architect",
    "novelist", "poet", "filmmaker", "producer", "musician", "athlete",
    "centre", "winger", "midfielder", "striker", "quarterback", "pitcher", "skier", "swimmer",
})
# Documents that speak for whoever issued them ("the RCMP statement said").
DOCUMENT_NOUNS: frozenset[str] = frozenset({
    "statement", "release", "report", "letter", "suit", "lawsuit", "complaint", "study",
    "document", "memo", "filing", "survey", "tweet", "email", "post", "notice", "ruling",
})
# Nouns that, with "the", describe an organisation ("the company said").
ORGANISATION_NOUNS: frozenset[str] = frozenset({
    "company", "agency", "utility", "department", "ministry", "group", "union", "firm", "bank",
    "board", "commission", "organization", "organisation", "association", "council", "party",
    "team", "club", "league", "university", "hospital", "railway", "airline", "network",
    "office", "authority", "institute", "foundation", "campaign", "corporation", "retailer",
    "carrier", "automaker", "manufacturer", "broadcaster", "charity", "band", "studio",
    "regulator",
})
def role_matches(role_noun: str, words: frozenset[str] | set[str]) -> bool:
    """Does a description's head noun fit a person's recorded role words?"""
    if role_noun in words:
        return True
    return bool(ROLE_FAMILIES.get(role_noun, frozenset()) & words)


def span_ents(span: Span) -> list[Span]:
    """The named entities inside a span, read from its tokens (spaCy's `Span.ents` walks
    every entity of the document, which makes per-quote work quadratic)."""
    from spacy.tokens import Span as SpanType

    doc = span.doc
    found: list[Span] = []
    start: int | None = None
    label = ""
    for token in span:
        if token.ent_iob_ == "I" and start is not None:
            continue
        if start is not None:
            found.append(SpanType(doc, start, token.i, label=label))
            start = None
        if token.ent_iob_ in ("B", "I"):
            start, label = token.i, token.ent_type_
    if start is not None:
        found.append(SpanType(doc, start, span.end, label=label))
    return found


def call_optional(obj: object, method: str, *args: Any) -> Any:
    """Call an optional resolver method (the actor resolver grows over time)."""
    func: Callable[..., Any] | None = getattr(obj, method, None)
    if func is None:
        return None
    try:
        return func(*args)
    except (KeyError, ValueError, LookupError):
        return None


def clean_name(ent: Span) -> str:
    """The name without honorifics, possessive endings and stray punctuation."""
    last = ent[-1].i if len(ent) else -1
    kept = [t for t in ent if t.lower_ not in HONORIFIC_GENDER
            and (t.tag_ != "POS" or t.i != last and t.text in ("'", "’"))  # "Nurses' Union"
            and (not t.is_punct or t.text in ("-", ".") or t.tag_ == "POS")]
    while kept and kept[0].lower_ in DETERMINERS:
        kept = kept[1:]  # "the RCMP" when the tagger took the article into the name
    text = "".join(t.text_with_ws for t in kept).strip(" -.")
    for ending in ("’s", "'s"):
        text = text.removesuffix(ending)
    return text


def names_head(token: Token, head: Token) -> bool:
    """False for an owner ("Spindler's father"), a complement ("a spokeswoman for
    Trudeau") or a modifier of a member noun ("a Trump aide"): the name is not the
    speaker's."""
    for _ in range(4):
        if token.i == head.i:
            return True
        if token.dep_ in ("poss", "pobj"):
            return False
        if token.dep_ == "compound" and token.head.i == head.i and token.i < head.i \
                and head.lemma_.lower() in MEMBER_NOUNS:
            return False
        token = token.head
    return True


def is_subject(ent: Span, main_only: bool = False) -> bool:
    token = ent.root
    while token.dep_ in ("compound", "appos") and token.head is not token:
        token = token.head
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return not main_only or token.head.dep_ == "ROOT"


def proper_name(span: Span, kind: str) -> tuple[str | None, str]:
    """An organisation's own name ("Freedom Mobile"), or a bare proper noun read as a
    person's name that the tagger missed ("Nicholson said")."""
    orgs = [e for e in span_ents(span) if e.label_ == "ORG"]
    if orgs and orgs[0].start <= span.root.i < orgs[0].end:
        return clean_name(orgs[0]) or None, "organisation"
    root = span.root
    if root.pos_ == "PROPN" and root.ent_type_ not in ("GPE", "NORP", "ORG", "LOC") and all(
            t.pos_ in ("PROPN", "PUNCT") for t in span if t.i >= root.i - 2 and t.i <= root.i):
        words = [t for t in span if t.pos_ == "PROPN" and t.i <= root.i]
        return " ".join(t.text for t in words) or None, "person"
    return None, kind


def last_proper_run(span: Span) -> list[Token]:
    """The last run of capitalised proper nouns in a span, if it ends at the span's head."""
    run: list[Token] = []
    for token in span:
        if token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ not in (
                "GPE", "NORP", "LOC", "DATE"):
            run.append(token)
        elif token.text in ("-", ".") and run:
            continue
        else:
            run = []
    if run and run[-1].i == span.root.i:
        return run
    return []


def proper_name_runs(doc: Doc) -> dict[str, str]:
    """Two- or three-word capitalised names in the text, by last word (first seen wins)."""
    names: dict[str, str] = {}
    run: list[Token] = []
    for token in doc:
        if token.pos_ == "PROPN" and token.is_title:
            run.append(token)
            continue
        _add_run(names, run)
        run = []
    _add_run(names, run)
    return names


def _add_run(names: dict[str, str], run: list[Token]) -> None:
    if 2 <= len(run) <= 3:
        names.setdefault(run[-1].lower_, " ".join(t.text for t in run))


def person_ent(span: Span) -> Span | None:
    """The person the span names: one containing its head, or attached to the head as its
    name ("Russia's envoy Vasily Nebenzya"); not an owner ("Spindler's father") or a
    complement ("a spokeswoman for Trudeau")."""
    people = [ent for ent in span_ents(span) if ent.label_ == "PERSON"]
    root = span.root
    for ent in people:
        if ent.start <= root.i < ent.end:
            return ent
    # An apposition names the head before a name modifying it does ("another Clinton
    # ally, Agriculture Secretary Tom Vilsack").
    for dep in ("appos", "compound"):
        for ent in people:
            if ent.root.dep_ != dep or ent.root.head.i != root.i:
                continue
            if ent.end <= root.i and root.lemma_.lower() in MEMBER_NOUNS | _ALLY_NOUNS:
                continue  # "a Trump aide", "one Clinton adviser": someone of theirs
            return ent
    return None


_ALLY_NOUNS = frozenset({"ally", "friend", "supporter", "backer", "confidant", "rival",
                         "critic", "loyalist", "donor", "surrogate"})


def is_description(span: Span) -> bool:
    """ "the minister", "this official": a definite description pointing back (not "a
    spokesman", not "Russia's envoy", which introduce someone new)."""
    return span[0].lower_ in ("the", "this", "that")


def title_tokens(ent: Span) -> list[Token]:
    """Words right before a name in its noun phrase, e.g. "Foreign Minister" (not "the")."""
    doc = ent.doc
    out: list[Token] = []
    i = ent.start - 1
    while i >= 0 and doc[i].pos_ in ("PROPN", "NOUN", "ADJ", "PUNCT") and doc[i].text not in (
            ",", ".", "“", "”", '"', "(", ")", ":", ";") and doc[i].ent_type_ != "PERSON":
        out.insert(0, doc[i])
        i -= 1
    if i >= 0 and doc[i].dep_ == "poss":  # "Russia's Permanent Representative"
        out.insert(0, doc[i])
    for child in ent.root.children:
        if child.dep_ == "appos" and child.i >= ent.end:
            out.extend(t for t in child.subtree if t.pos_ in ("PROPN", "NOUN", "ADJ"))
    if ent.root.dep_ == "appos" and ent.root.head.i < ent.start:
        out.extend(t for t in ent.root.head.subtree if t.i < ent.start and t.pos_ in (
            "PROPN", "NOUN", "ADJ"))
    return out


def title_qualifiers(ent: Span) -> set[str]:
    """The party, nationality or place words of a name's title ("democratic" in
    "Democratic nominee Tim Kaine", "ohio" in "Ohio Governor Omar Vale"): a description
    qualified otherwise ("the Texas governor") cannot refer to the name."""
    return {t.lower_ for t in title_tokens(ent) if t.ent_type_ in ("NORP", "GPE")}


def role_words(ent: Span) -> set[str]:
    return {t.lemma_.lower() for t in title_tokens(ent)} | {t.lower_ for t in title_tokens(ent)}


# Nouns for a body of people that a person's name can modify ("the Trump campaign").
BODY_NOUNS: frozenset[str] = ORGANISATION_NOUNS | frozenset({
    "administration", "government", "camp", "staff", "cabinet", "team", "transition",
})
# Nouns for one unnamed member of a body ("a GOP source", "a Pentagon official").
MEMBER_NOUNS: frozenset[str] = PERSON_NOUNS | frozenset({"source", "insider", "member"})


def names_a_body(span: Span) -> bool:
    """ "the Trump campaign", "Obama's administration": a person's name modifying a body
    noun names the body (its staff speak), not the person."""
    root = span.root
    if root.pos_ != "NOUN" or root.lemma_.lower() not in BODY_NOUNS:
        return False
    return any(child.dep_ in ("compound", "poss") and child.pos_ == "PROPN"
               and child.ent_type_ in ("PERSON", "ORG", "") for child in root.children)


_INDEFINITE = frozenset({"a", "an", "one", "another"})


def names_members(span: Span) -> bool:
    """ "Republicans", "many Democrats", "a former DNC chairman", "one GOP source": people
    of a party or body, not the body itself (its name is not theirs)."""
    root = span.root
    if root.tag_ in ("NNS", "NNPS") and root.ent_type_ in ("NORP", ""):
        return True
    if root.ent_type_ == "NORP" and any(c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE
                                        for c in root.children):
        return True  # "a New Hampshire Republican", "one Democrat"
    return root.pos_ == "NOUN" and root.lemma_.lower() in MEMBER_NOUNS


def description_modifiers(span: Span) -> list[str]:
    """The proper words qualifying a description's head ("the Indiana governor" ->
    ["indiana"], "the Democratic presidential nominee" -> ["democratic"])."""
    root = span.root
    return [t.lower_ for t in span if t.i < root.i and (t.pos_ == "PROPN" or t.ent_type_ in (
        "NORP", "GPE", "ORG")) and t.lower_ not in DETERMINERS]


_NOT_NAME_ENTS = frozenset({"GPE", "LOC", "DATE", "TIME", "NORP", "CARDINAL", "ORDINAL", "FAC"})


def titled_name_after(noun: Token) -> list[Token]:
    """The two- or three-word capitalised name right after a person noun ("defenceman
    Morgan Rielly"), or [] (the noun must be part of its phrase: a compound or appositive)."""
    doc = noun.doc
    run: list[Token] = []
    for token in doc[noun.i + 1:noun.i + 4]:
        if token.pos_ != "PROPN" or not token.is_title or token.ent_type_ in _NOT_NAME_ENTS:
            break
        run.append(token)
    if not 2 <= len(run) <= 3:
        return []
    if not (noun.dep_ == "compound" and noun.head.i == run[-1].i
            or noun.head.i == run[-1].i or run[-1].head.i == noun.i):
        return []
    return run


_POLICE_NAME_WORDS = frozenset({"police", "rcmp", "opp", "sûreté", "surete", "constabulary",
                                "sheriff", "sheriff's", "spvm", "siu", "fbi"})
# Unnamed members of an emergency service, and the words its name would hold.
SERVICE_NAME_WORDS: dict[str, frozenset[str]] = {
    "police": _POLICE_NAME_WORDS,
    "officer": _POLICE_NAME_WORDS,
    "detective": _POLICE_NAME_WORDS,
    "mountie": frozenset({"rcmp"}),
    "investigator": _POLICE_NAME_WORDS | {"tsb", "ntsb", "coroner", "coroner's"},
    "paramedic": frozenset({"paramedic", "paramedics", "ems", "ambulance"}),
    "firefighter": frozenset({"fire"}),
    "fire": frozenset({"fire"}),
}


def service_name_words(span: Span) -> frozenset[str]:
    """For "police", "investigators", "paramedics", "fire officials" (no name of their own):
    the words the name of their service would hold; empty for anything else."""
    root = span.root
    if any(t.pos_ == "PROPN" and t.i != root.i and t.lower_ not in SERVICE_NAME_WORDS
           for t in span) or any(t.ent_type_ in ("ORG", "GPE", "PERSON") and t.i != root.i
                                 for t in span):
        return frozenset()
    for token in span:
        if token.i < root.i and token.dep_ == "compound" and token.lower_ in ("fire", "police"):
            return SERVICE_NAME_WORDS[token.lower_]
    lemma = root.lemma_.lower()
    return SERVICE_NAME_WORDS.get(lemma, SERVICE_NAME_WORDS.get(lemma.removesuffix("s"),
                                                                 frozenset()))
