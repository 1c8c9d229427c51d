"""Every actor mention in a parsed Doc.

Dictionary phrases and PERSON entities are found per sentence, then neighbouring
pieces are joined into one mention when they describe one actor:
"South Korean" + "Foreign Minister" + "Cho Tae-yul"; "Russia" 's "ambassador" to
"South Korea" , "Georgy Zinoviev"; "Lee Do-hoon" , the "ROK" "ambassador" in "Moscow".
Each joined mention is resolved with `ActorResolver.resolve_text`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from dyadwatch.resolve.phrases import FORMER, STANCE_PREFIXES, Hit, match_phrases
from dyadwatch.resolve.tables import Token, tokenize
from dyadwatch.types import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dyadwatch.resolve.actors import ActorResolver

__all__ = ["find_mentions", "group_hits"]

_COUNTRYISH = frozenset({"country", "demonym", "seat", "capital"})
_NAMED = frozenset({"person"})
# An adjective before these nouns names a place or a thing, not an actor.
_NON_ACTOR_HEADS = frozenset({
    "peninsula", "sea", "waters", "border", "borders", "airspace", "coast", "strait", "language",
    "won", "rouble", "ruble", "rubles", "roubles", "yuan", "yen", "dollar", "dollars", "territory",
    "soil", "side", "war", "era", "people", "nation", "relations", "ties",
})
_OF_GAPS = (("of",), ("of", "the"))
_DESTINATION_GAPS = (("to",), ("to", "the"), ("in",), ("in", "the"), ("at",), ("at", "the"))
_COMMA_GAPS = ((",",), (",", "the"), (",", "a"))


def _kind(hit: Hit) -> str:
    return hit.entry.kind if hit.entry is not None else "name"


def _is_named(hit: Hit) -> bool:
    return _kind(hit) in {"person", "name"}


def _joins(group: list[Hit], nxt: Hit, gap: tuple[str, ...], gap_text: str,
           following: Hit | None) -> bool:
    """Whether `nxt` continues the mention built so far in `group`."""
    last = group[-1]
    has_role = any(_kind(h) in {"role", "organ"} for h in group)
    has_name = any(_is_named(h) for h in group)
    if "\n" in gap_text or re.sub(r"[\w\s,'’]", "", gap_text):
        return False  # a line break, hyphen, bracket or other punctuation ends a mention
    if not gap:
        if _is_named(last) and _is_named(nxt):
            return False
        return not (_kind(last) in _COUNTRYISH and _kind(nxt) in _COUNTRYISH)
    if gap == ("'s",):
        return _kind(nxt) in {"role", "organ"} or (_is_named(nxt) and has_role)
    if gap in _OF_GAPS:
        return _kind(last) in {"role", "organ"} and _kind(nxt) in _COUNTRYISH | {"org"}
    if gap in _DESTINATION_GAPS:
        # "ambassador to South Korea", "Permanent Representative to the UN"; not
        # "diplomats in Beijing" (a group somewhere).
        envoys = [h for h in group if h.entry is not None and h.entry.kind == "role"
                  and h.entry.sector == "DIP" and not h.entry.plural]
        # "the Ambassador of the Republic of Korea in Moscow, Lee Do-hoon"
        posted = bool(envoys) and not has_name and _kind(last) in _COUNTRYISH
        return (last in envoys or posted) and _kind(nxt) in _COUNTRYISH | {"org"}
    if gap in _COMMA_GAPS:
        if has_name and not has_role:
            nxt_is_role = _kind(nxt) == "role" or (
                _kind(nxt) in _COUNTRYISH and following is not None
                and _kind(following) == "role" and following.start == nxt.end)
            return nxt_is_role
        return has_role and not has_name and _is_named(nxt)
    return False


def group_hits(tokens: Sequence[Token], hits: Sequence[Hit], text: str) -> list[list[Hit]]:
    """Join neighbouring hits that describe one actor (see module docstring)."""
    groups: list[list[Hit]] = []
    for index, hit in enumerate(hits):
        if groups:
            group = groups[-1]
            gap_tokens = tuple(t.key for t in tokens[group[-1].end:hit.start])
            gap_text = text[tokens[group[-1].end - 1].end:tokens[hit.start].start]
            gap_tokens = gap_tokens if "," not in gap_text else (",", *gap_tokens)
            following = hits[index + 1] if index + 1 < len(hits) else None
            if _joins(group, hit, gap_tokens, gap_text, following):
                group.append(hit)
                continue
        groups.append([hit])
    return groups


def _entity_names(doc: Doc, sent_start: int, tokens: Sequence[Token], hits: Sequence[Hit],
                  sent_end: int) -> list[Hit]:
    """PERSON entities of the sentence not already covered by a dictionary hit."""
    covered = {i for h in hits for i in range(h.start, h.end)}
    names: list[Hit] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.start_char < sent_start or ent.end_char > sent_end:
            continue
        idx = [i for i, t in enumerate(tokens)
               if t.start >= ent.start_char - sent_start and t.end <= ent.end_char - sent_start
               and t.key != "'s"]
        if idx and not covered.intersection(idx):
            names.append(Hit(None, idx[0], idx[-1] + 1))
    return names


def _keep(actor: Actor, group: list[Hit], tokens: Sequence[Token]) -> bool:
    kinds = {_kind(h) for h in group}
    if kinds <= {"role"} or kinds <= {"name"}:
        return False  # a bare role noun or unknown name: left to coreference
    if kinds <= {"demonym"} and group[-1].end < len(tokens):
        return tokens[group[-1].end].key not in _NON_ACTOR_HEADS
    return actor.country is not None or actor.sector is not None or actor.name is not None


def find_mentions(doc: Doc, resolver: ActorResolver, when: str | None) -> list[Actor]:
    from dyadwatch.resolve.actors import is_place

    found: list[tuple[Actor, list[Hit]]] = []
    for sent in doc.sents:
        text = sent.text
        tokens = tokenize(text)
        hits = match_phrases(tokens, resolver.tables)
        hits = sorted([*hits, *_entity_names(doc, sent.start_char, tokens, hits, sent.end_char)],
                      key=lambda h: h.start)
        for group in group_hits(tokens, hits, text):
            first = group[0].start
            if first > 0 and tokens[first - 1].key in FORMER | STANCE_PREFIXES:
                first -= 1  # "former President X", "pro-Russian rebels": the word counts
            start, end = tokens[first].start, tokens[group[-1].end - 1].end
            actor = resolver.resolve_text(text[start:end], when)
            if actor is None or not _keep(actor, group, tokens):
                continue
            before = [t.key for t in tokens[max(0, group[0].start - 3):group[0].start]]
            if is_place(actor, before):
                continue
            offset = sent.start_char
            found.append((replace(actor, start=offset + start, end=offset + end), group))
    return _settle_ambiguous(found)


# State organs that belong to the country a document is about when it names none ("the
# Parliament speaker", "the Supreme Court"); not envoys, who are mostly abroad.
_NATIONAL_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL"})
# The share of a document's country mentions that makes it the document's country.
_MAIN_COUNTRY_SHARE = 0.6


def _settle_ambiguous(found: list[tuple[Actor, list[Hit]]]) -> list[Actor]:
    """Give an ambiguous organisation ("the National Assembly", "the Democratic Party")
    the one of its possible countries this document mentions most, and a national organ
    with no country the document's main country, when it has one."""
    counts = Counter(a.country for a, _ in found if a.country and a.country != "IGO")
    main = _main_country(counts)
    settled: list[Actor] = []
    for actor, group in found:
        candidates = [c for h in group if h.entry is not None for c in h.entry.candidates]
        if actor.country is None and candidates:
            best = max(candidates, key=lambda c: counts.get(c, 0))
            if counts.get(best, 0) > 0:
                actor = replace(actor, country=best)
        elif actor.country is None and main and _is_national_organ(actor, group):
            actor = replace(actor, country=main)
        settled.append(actor)
    return settled


def _is_national_organ(actor: Actor, group: list[Hit]) -> bool:
    """An unnamed state organ or office ("the Parliament speaker"), not a named body."""
    return (actor.sector in _NATIONAL_SECTORS and actor.name is None
            and not any(_kind(h) == "org" for h in group))


def _main_country(counts: Counter[str]) -> str | None:
    """The country of most of a document's mentions (at least two), if one dominates."""
    total = sum(counts.values())
    if not counts or total < 2:
        return None
    country, count = counts.most_common(1)[0]
    return country if count / total >= _MAIN_COUNTRY_SHARE else None
