"""Direct, indirect and mixed quotations with resolved speakers.

    quotes = extract_quotes(doc, context)

1. Spans between quotation marks (quote_marks) become direct-quote candidates.
   Each looks for its cue after the closing mark ("…,” he said), before the
   opening mark in its sentence ("she noted that “…”"), or else floats: a
   sentence-like quote with no cue inherits the speaker of the quote before it,
   unless someone was introduced in between ("Maria Lopez runs the shelter.
   “We turn people away.”"); with no quote nearby, the person the paragraph is
   about. Short spans with no cue governing them are scare quotes,
   and short title-case spans are titles; both are dropped. A quote running over
   several paragraphs is one record per paragraph (as news is cited); a quote
   interrupted by its cue in one sentence (“A,” she said, “B.”), or quoted words
   listed in one phrase, is one record (quote_drafts). The words after a closing mark are
   read by quote_tail_rules; a cue-less quote inside a clause that a cue reports takes
   that cue (quote_claims).
2. Speech cues in the parse (quote_cues) give indirect quotes: the reported
   clause, "according to X", "This stance was conveyed by X". A quoted fragment
   inside a reported clause is emitted twice: as direct and, with the whole
   clause, as indirect (mixed quote), unless it is a single word.
3. Speakers are resolved in document order (resolve.speakers) so that pronouns
   and descriptions find the people named before them; a speaker cited through
   a post or an article keeps it in `chain`. Unnamed speakers ("analysts",
   "Moscow") get name None, a role and, when the words give one, a country.

Work per document is linear: `doc.text` is built once (spaCy rebuilds it on each
access) and entity look-ups read tokens, not `Span.ents`.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import TYPE_CHECKING

from dyadwatch.extract.quote_claims import claimed_by_cues
from dyadwatch.extract.quote_cues import (
    MEDIA_NOUNS,
    NAMING_VERBS,
    SPEECH_VERBS,
    Cue,
    cue_phrase,
    draws_attention,
    find_cues,
    own_subject,
    speaker_span,
    subject_of,
)
from dyadwatch.extract.quote_drafts import (
    Draft,
    join_pieces,
    mostly_covered,
    strip_span,
    without_single_words,
)
from dyadwatch.extract.quote_marks import (
    DOUBLE_MARKS,
    SENTENCE_END,
    MarkedSpan,
    find_marked_spans,
    paragraph_bounds,
)
from dyadwatch.extract.quote_names import GivenNames
from dyadwatch.extract.quote_tail_rules import (
    attribution_after,
    bare_attribution,
    names_a_speaker,
    reports_a_clause,
    subject_after,
)
from dyadwatch.nlp.sentences import nonblank_sentences
from dyadwatch.resolve.speakers import SpeakerResolver
from dyadwatch.types import Quote, Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from dyadwatch.extract.context import ExtractionContext

__all__ = ["extract_quotes"]

_TAIL_TOKENS = 12  # how far after a closing mark a cue is looked for
_HEAD_TOKENS = 60  # how far before an opening mark
_SHORT_WORDS = 5  # spans this short need a cue that governs them (else: scare quotes)
_LONG_WORDS = 8  # a phrase this long taken by a person's verb is quoted, not scare-quoted
_FLOAT_PARAGRAPHS = 2  # a floating quote inherits from a quote at most this far back
_TITLE_SMALL_WORDS = frozenset({"the", "of", "and", "a", "an", "in", "on", "for", "to", "at",
                                "with", "by", "or"})
_PRONOUN_SPEAKERS = frozenset({"he", "she", "they", "i", "we"})


def extract_quotes(doc: Doc, context: ExtractionContext) -> list[Quote]:
    """Quotes of one parsed document (the Doc of `context.document.clean_text`)."""
    text = doc.text
    if not text.strip():
        return []
    cues = find_cues(doc)
    marked = [m for m in find_marked_spans(text) if text[m.start:m.end].strip()]
    quoted = _quoted_mask(len(text), marked)
    directs = [d for m in marked if (d := _direct_draft(doc, text, m, quoted)) is not None]
    drafts = claimed_by_cues(join_pieces(text, directs), cues, quoted)
    drafts.extend(_indirect_drafts(text, cues, drafts, quoted))
    drafts = without_single_words(text, drafts)
    drafts.sort(key=lambda d: (d.start, not d.direct))
    resolver = SpeakerResolver.build(doc, context.resolver, context.reference_date,
                                     GivenNames.build().gender,
                                     quoted=[(m.start, m.end) for m in marked])
    _resolve_speakers(text, drafts, resolver, cues)
    return _records(doc, text, context.document.doc_id, drafts)


# -- direct quotes -------------------------------------------------------------


def _quoted_mask(length: int, marked: list[MarkedSpan]) -> bytearray:
    """1 at every character inside quotation marks."""
    mask = bytearray(length + 1)
    for span in marked:
        mask[span.start:span.end] = b"\x01" * (span.end - span.start)
    return mask


def _direct_draft(doc: Doc, text: str, mark: MarkedSpan, quoted: bytearray) -> Draft | None:
    """`text` is `doc.text`, passed down because spaCy rebuilds it on every access."""
    start, end = strip_span(text, mark.start, mark.end)
    if end <= start:
        return None
    inner = doc.char_span(start, end, alignment_mode="expand")
    if inner is None or len(inner) == 0:
        return None
    words = sum(1 for t in inner if t.is_alpha)
    tail = _tail_cue(doc, text, mark)
    if words < _SHORT_WORDS and tail is None and _title_like(inner):
        return None  # a title or a name in marks ("told “Morning Joe”"), not words said
    head = _head_cue(doc, inner, quoted)
    short = words < _SHORT_WORDS
    if tail is not None and (not short or head is None or not _speechy(head[0])):
        verb, speaker = tail
        phrase = "according to" if verb.lower_ == "according" else cue_phrase(verb)
        tail_end = max(verb.idx + len(verb), speaker.end_char if speaker is not None else 0)
        return Draft(start, end, True, phrase, speaker, 0.9, tail_end=tail_end)
    if head is not None:
        verb, speaker, governs = head
        if _speechy(verb) and (governs or not short) or not short and (
                _has_verb(inner) or words >= _LONG_WORDS):
            confidence = 0.85 if verb.lemma_.lower() in SPEECH_VERBS else 0.6
            return Draft(start, end, True, cue_phrase(verb), speaker, confidence)
    # A short span floats only as a finished sentence of its own (“Nothing came.”).
    finished = words >= 2 and text[mark.start:mark.end].rstrip()[-1:] in SENTENCE_END
    if mark.continuation and words >= 2 or (
            (finished or not short) and not mark.single and _sentence_like(text, inner, mark)):
        return Draft(start, end, True, None, None, 0.5, floating=True)
    return None


def _title_like(inner: Span) -> bool:
    """Every word capitalised but the small ones, and at least two capitalised (or one
    proper noun): a show, a book, a slogan's name ("Face the Nation", "Miss Piggy")."""
    words = [t for t in inner if t.is_alpha]
    capitalised = [t for t in words if t.is_title or t.is_upper and len(t) > 1]
    if len(capitalised) != len([t for t in words if t.lower_ not in _TITLE_SMALL_WORDS]):
        return False
    return len(capitalised) >= 2 or bool(capitalised) and capitalised[0].pos_ == "PROPN"


def _has_verb(span: Span) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in span)


def _sentence_like(text: str, inner: Span, mark: MarkedSpan) -> bool:
    """A quote standing as its own sentence (not a phrase inside the author's sentence)."""
    if not any(t.pos_ in ("VERB", "AUX") for t in inner):
        return False
    i = mark.start - 2
    while i >= 0 and text[i] in " \u00a0":
        i -= 1
    return i < 0 or text[i] in ".!?:\n" or inner.text[:1].isupper() and any(
        t.text in SENTENCE_END for t in inner[:-1])


def _tail_cue(doc: Doc, text: str, mark: MarkedSpan) -> tuple[Token, Span | None] | None:
    """ "…,” he said" / "…,” said X" / "…,” the article says": the cue right after.

    A quote that ends with a full stop inside its marks is a finished sentence: the
    words after it start a new one and are no attribution, unless they are only that
    ("“…missing.” Trump said.").
    """
    if not mark.closed:
        return None
    first = _token_at_or_after(doc, len(text), mark.end + 1)
    if first is None:
        return None
    if text[mark.start:mark.end].rstrip().endswith("."):
        return bare_attribution(doc, first)
    short = len(text[mark.start:mark.end].split()) < _SHORT_WORDS
    window = _tail_window(doc, first, long=not short)
    if len(window) > 2 and window[0].lower_ == "according" and window[1].lower_ == "to":
        return window[0], _np_after(doc, window[2:])  # "…,” according to Dr. X, a doctor"
    for k, token in enumerate(window):
        if token.lemma_.lower() in SPEECH_VERBS and token.tag_.startswith("VB"):
            before = [t for t in window[:k] if not t.is_punct]
            if before and before[-1].lower_ in ("that", "which", "who") or (
                    short and reports_a_clause(token)):
                return None  # the quote is the object of something else, or not what was said
            speaker = _tail_speaker(doc, token, window[:k], window[k + 1:], mark)
            if speaker is None and subject_of(token) is not None:
                return None
            return token, speaker
        if token.pos_ in ("VERB", "AUX") and k > 0 and token.lemma_ not in ("be", "have"):
            return None
    return None


def _tail_window(doc: Doc, first: int, long: bool = True) -> list[Token]:
    """Tokens after a closing mark up to the sentence end, without an apposition set off
    by commas ("…,” Alexei Malashenko, a Moscow-based expert, said"). After a `long`
    quote, a comma never closed again starts no apposition (“…” for Clinton, said Kunin):
    after a short one (a title, a phrase) the words there are the reporter's."""
    window: list[Token] = []
    skipped: list[Token] = []
    apposition = False
    for token in doc[first:first + _TAIL_TOKENS + 25]:
        if token.text in SENTENCE_END or "\n" in token.text:
            break
        if token.text in "“\"«" and not (apposition and long):
            break  # quoted words inside an apposition ("wearing “Ted Cruz” pins") are kept
        if token.text == "," and window and not any(t.pos_ in ("VERB", "AUX") for t in window):
            apposition = not apposition
            skipped = []
            continue
        (skipped if apposition else window).append(token)
        if len(window) >= _TAIL_TOKENS:
            break
    if apposition and long and names_a_speaker(skipped):
        window.extend(skipped)
    return window


def _tail_speaker(doc: Doc, verb: Token, before: list[Token], after: list[Token],
                  mark: MarkedSpan) -> Span | None:
    subject = subject_of(verb)
    if subject is not None and subject.idx < mark.end:
        # "“A, B, C,” Robert Shrum said" / "“…,” said Leslie Wimes": a parse that takes the
        # quoted words as one subject often has the name after the mark as a second one.
        subject = subject_after(verb, mark.end) or subject
    if subject is not None and subject.idx >= mark.end:
        return speaker_span(subject)
    words = [t for t in before if t.pos_ not in ("CCONJ", "SCONJ", "ADV", "PUNCT", "SPACE")]
    # The quoted words inside the subject (“hotheads” … are suggesting): no speaker, unless
    # the subject is inherited from the quote's own verb, the cue being parsed as joined to
    # it (“…,” Ramos, 58, told AFP): the name after the mark speaks.
    if subject is not None and subject.left_edge.idx < mark.end and (
            own_subject(verb) is not None or not attribution_after(doc, verb, words, mark)):
        return None
    if words:
        return _np_before(doc, words)
    return _np_after(doc, after)


def _token_at_or_after(doc: Doc, length: int, char: int) -> int | None:
    span = doc.char_span(char, length, alignment_mode="expand") if char < length else None
    return span.start if span is not None and len(span) else None


def _np_before(doc: Doc, tokens: list[Token]) -> Span | None:
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    if not words:
        return None
    return doc[words[0].i:words[-1].i + 1]


def _np_after(doc: Doc, tokens: list[Token]) -> Span | None:
    stop = {"who", "which", "that", "of", "in", "at", "on", "after", "before", "during", "to",
            "when", "while", "as", "about", "adding", "noting", "and", "but"}
    words: list[Token] = []
    for token in tokens:
        if token.is_punct or token.lower_ in stop or token.pos_ in ("VERB", "AUX"):
            break
        words.append(token)
    if not words:
        return None
    return doc[words[0].i:words[-1].i + 1]


def _head_cue(doc: Doc, inner: Span, quoted: bytearray) -> tuple[Token, Span | None, bool] | None:
    """The cue before the opening mark, in the same sentence: the nearest speech verb that
    takes the quote; else a verb that governs it and has a person or body as subject
    ("She touched upon “…”")."""
    opening = inner.start
    fallback: tuple[Token, Span | None, bool] | None = None
    crossed = False
    for i in range(opening - 1, max(opening - _HEAD_TOKENS, 0) - 1, -1):
        token = doc[i]
        if "\n" in token.text and not crossed and _after_colon(doc, i):
            crossed = True  # "X responded:" closing the paragraph above the quote
            continue
        if token.text in SENTENCE_END or "\n" in token.text or token.text in "”»":
            break
        if token.pos_ not in ("VERB", "AUX") or token.lemma_ in ("be", "have", "do"):
            continue
        inverted = _inverted_speaker(doc, token, opening)
        if inverted is not None:
            return token, inverted, True
        governs = _governs(token, inner)
        speechy = _speechy(token) or token.lemma_ == "put" and _as_clause(token) and any(
            c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
        if speechy and not governs and not _introduces(doc, token, opening):
            break  # a speech verb whose own clause ends before the quote
        subject = subject_of(token)
        if subject is not None and draws_attention(token) and subject.lemma_ == "attention":
            subject = None  # "X's attention was drawn “to …”": the one who drew it is unsaid
        if subject is not None and (subject.i >= inner.start or quoted[subject.idx]):
            # The quoted words as subject, or a misparse into an earlier quote ("…,” and
            # added that “…”): the speaker is then the one before.
            subject = None
        speaker = speaker_span(subject) if subject is not None else None
        if speechy:
            return token, speaker, governs
        if governs and fallback is None and subject is not None and _personal(subject):
            fallback = (token, speaker, True)
    return fallback


def _inverted_speaker(doc: Doc, verb: Token, opening: int) -> Span | None:
    """ "Said Ellis: “…”" / "Continued Stone:¶“…”": a speech verb opening its sentence, then
    the speaker's name and a colon (the parser takes the verb for a modifier of the name)."""
    if verb.lemma_.lower() not in SPEECH_VERBS or not verb.is_title:
        return None
    before = doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.text not in SENTENCE_END and "\n" not in before.text:
        return None
    between = [t for t in doc[verb.i + 1:opening] if not t.is_space and t.text not in DOUBLE_MARKS]
    name = between[:-1]
    if not name or between[-1].text != ":" or len(name) > 4 or any(
            t.pos_ != "PROPN" for t in name):
        return None
    return doc[name[0].i:name[-1].i + 1]


def _after_colon(doc: Doc, i: int) -> bool:
    """Is the line break at token i right after a colon (blank tokens between)?"""
    k = i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return k >= 0 and doc[k].text == ":" and "\n" not in doc[k].whitespace_


def _speechy(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return lemma in SPEECH_VERBS or lemma in NAMING_VERBS or _says_noun(token) or (
        draws_attention(token))


def _governs(verb: Token, inner: Span) -> bool:
    """Is (most of) the quoted span inside the verb's dependency subtree?"""
    left, right = verb.left_edge.i, verb.right_edge.i
    inside = sum(1 for t in inner if left <= t.i <= right)
    return inside * 2 >= len(inner)


def _introduces(doc: Doc, verb: Token, opening: int) -> bool:
    """Only short glue ("said:", "noted that", "said,") between the verb and the mark."""
    between = [t for t in doc[verb.i + 1:opening] if not t.is_punct and not t.is_space]
    if _as_clause(verb) and all(t.i <= verb.right_edge.i for t in between):
        return True  # "As Jane Roe said last week in Oslo, “…”": the clause ends at the mark
    glue = {"that", "out", "on", "upon", "to", "the", "in", "a", "it", "like", "as"}
    return len(between) <= 3 and all(t.lower_ in glue or t.pos_ in ("ADV",) or (
        t.dep_ == "dobj" and _says_noun(verb)) for t in between)


def _as_clause(verb: Token) -> bool:
    """ "as X said …" / "as X put it": a speech clause that hands over to the quote."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _says_noun(verb: Token) -> bool:
    """ "made statements like “…”": a speech noun as object."""
    nouns = ("statement", "remark", "comment", "word", "claim", "speech", "point")
    return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children)


def _personal(token: Token) -> bool:
    return token.lower_ in _PRONOUN_SPEAKERS or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


# -- indirect quotes -----------------------------------------------------------


def _indirect_drafts(text: str, cues: list[Cue], directs: list[Draft],
                     quoted: bytearray) -> list[Draft]:
    """Reported clauses of speech cues, unless the clause is itself a direct quote, or the
    cue sits inside quoted words (a speaker quoting someone is one quote, not two)."""
    covered = [(d.start, d.end) for d in directs]
    out: list[Draft] = []
    for cue in cues:
        if cue.content is None or len(cue.content) < 2 or cue.speaker is None:
            continue
        if quoted[cue.verb.idx] or quoted[cue.speaker.start_char]:
            continue
        start, end = cue.content.start_char, cue.content.end_char
        start, end = strip_span(text, start, end)
        if end <= start or mostly_covered(start, end, covered):
            continue
        confidence = {"clause": 0.75, "according": 0.7, "anaphoric": 0.7}.get(cue.kind, 0.6)
        out.append(Draft(start, end, False, cue.phrase, cue.speaker, confidence))
    return out


# -- speakers ------------------------------------------------------------------


def _resolve_speakers(text: str, drafts: list[Draft], resolver: SpeakerResolver,
                      cues: list[Cue]) -> None:
    """Resolve in document order; floating quotes inherit the previous speaker."""
    paragraphs = [a for a, _ in paragraph_bounds(text)]
    media = _media_sources(cues)
    previous: Draft | None = None
    for draft in drafts:
        if draft.speaker is not None:
            draft.resolved = _resolve_one(draft.speaker, resolver, media)
        elif draft.direct and previous is not None and _near(paragraphs, previous, draft):
            # A floating quote, or one whose cue has no subject: the speaker before, unless
            # a floating quote follows someone introduced since ("Maria Lopez runs the
            # shelter. “We turn people away.”").
            draft.resolved = _introduced_since(resolver, previous, draft) or previous.resolved
            draft.cue = None if draft.floating else draft.cue
        elif draft.direct:
            # No quote before it: the person the paragraph (or the one before) is about.
            since = _paragraph_start(paragraphs, draft.start, back=1 if draft.floating else 0)
            draft.resolved = resolver.subject_between(since, draft.start)
        if draft.resolved is not None and draft.resolved.kind == "person" and media:
            source = _chain_source(media, draft.start, resolver)
            if source is not None and not draft.resolved.chain:
                draft.resolved = replace(draft.resolved, chain=(source,))
        if draft.resolved is not None:
            previous = draft


def _introduced_since(resolver: SpeakerResolver, previous: Draft,
                      draft: Draft) -> Speaker | None:
    """The person a main clause names between the previous quote and a floating one, if
    it is someone other than the previous speaker."""
    if not draft.floating:
        return None
    introduced = resolver.subject_between(_attribution_end(previous), draft.start)
    if introduced is None or previous.resolved is not None and (
            introduced.name == previous.resolved.name):
        return None
    return introduced


def _attribution_end(previous: Draft) -> int:
    """Where the previous quote's speaker phrase ends: a person named inside it, in an
    apposition or a relative clause ("“A,” said Dave Lee, a one-time Cruz backer. “B.”"),
    is no new speaker."""
    if previous.speaker is None:
        return previous.end
    right = previous.speaker.root.right_edge
    return max(previous.end, right.idx + len(right.text))


def _resolve_one(span: Span, resolver: SpeakerResolver,
                 media: list[tuple[int, Span]]) -> Speaker:
    """A description of a medium ("the article") stands for the last cited medium that
    can be identified."""
    speaker = resolver.resolve(span)
    root = span.root
    if speaker.name is None and speaker.country is None and span[0].lower_ in ("the", "this") \
            and root.lemma_.lower() in MEDIA_NOUNS:
        cited = _cited_medium(media, span.start_char, resolver)
        if cited is not None:
            return replace(cited, text=span.text, start=span.start_char, end=span.end_char)
    return speaker


def _cited_medium(media: list[tuple[int, Span]], at: int,
                  resolver: SpeakerResolver) -> Speaker | None:
    """The latest post, channel or article cited before `at` that resolves to someone (else
    the latest one cited, known by its words only)."""
    latest: Speaker | None = None
    for start, source in reversed(media):
        if start >= at or source.root.lemma_.lower() in MEDIA_NOUNS and source[0].lower_ in (
                "the", "this") and len(source) <= 2:
            continue  # not itself a bare "the post"
        cited = resolver.resolve(source)
        if cited.name is not None or cited.country is not None:
            return cited
        latest = latest or cited
    return latest


def _media_sources(cues: list[Cue]) -> list[tuple[int, Span]]:
    """Posts, channels and articles cited with "according to" / "as noted in"."""
    out: list[tuple[int, Span]] = []
    for cue in cues:
        if cue.kind == "according" and cue.speaker is not None and any(
                t.lemma_.lower() in MEDIA_NOUNS for t in cue.speaker):
            out.append((cue.speaker.start_char, cue.speaker))
    return out


def _chain_source(media: list[tuple[int, Span]], at: int,
                  resolver: SpeakerResolver) -> str | None:
    """The medium a person is quoted through: the last identifiable one cited before `at`
    (or later in the same sentence: "X called Y a “partner”, according to the channel")."""
    for start, source in reversed(media):
        if start <= at + 400 and (resolver.resolve(source).name or start < at):
            return source.text
    return None


def _paragraph_start(paragraphs: list[int], at: int, back: int) -> int:
    k = bisect.bisect_right(paragraphs, at) - 1 - back
    return paragraphs[max(k, 0)] if paragraphs else 0


def _near(paragraphs: list[int], previous: Draft, draft: Draft) -> bool:
    here = bisect.bisect_right(paragraphs, draft.start)
    there = bisect.bisect_right(paragraphs, previous.start)
    return here - there <= _FLOAT_PARAGRAPHS


# -- records -------------------------------------------------------------------


def _records(doc: Doc, text: str, doc_id: str, drafts: list[Draft]) -> list[Quote]:
    starts = _sentence_starts(doc)
    seen: set[tuple[int, int, bool]] = set()
    quotes: list[Quote] = []
    for draft in drafts:
        key = (draft.start, draft.end, draft.direct)
        if key in seen:
            continue
        seen.add(key)
        confidence = draft.confidence if draft.resolved is not None else min(draft.confidence, 0.4)
        quotes.append(Quote(
            doc_id=doc_id,
            quote_id=f"{doc_id}:q:{draft.start}-{draft.end}",
            text=text[draft.start:draft.end],
            direct=draft.direct,
            speaker=_named(draft.resolved),
            cue=draft.cue,
            start=draft.start,
            end=draft.end,
            confidence=round(confidence, 3),
            sentence_index=max(bisect.bisect_right(starts, draft.start) - 1, 0),
        ))
    return quotes


def _named(speaker: Speaker | None) -> Speaker | None:
    """A group, body or country with no proper name ("the ministry", "analysts",
    "Mexico") is named by its own words, so its quotes can be grouped and counted;
    `kind`, `role` and `country` still say what it is. A pronoun left unresolved
    is no name."""
    if speaker is None or speaker.name is not None:
        return speaker
    if speaker.text.strip().lower() in _PRONOUN_SPEAKERS | {"it", "you"}:
        return speaker
    return replace(speaker, name=speaker.text.strip())


def _sentence_starts(doc: Doc) -> list[int]:
    """Start offsets of the non-blank sentences, numbered as the engine numbers them."""
    return [start for _, start, _ in nonblank_sentences(doc)]
