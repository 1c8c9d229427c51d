"""A direct quote with no cue of its own that lies inside the clause a cue reports.

    drafts = claimed_by_cues(drafts, cues, quoted)

" “They don't have a choice” but to take the lead, says Evan Tracey." The words after the
closing mark hold a verb, so no cue is looked for there, and the quote would float to the
previous speaker; but the sentence-final "says" reports the whole clause, quote included:
the quote is Tracey's. Offset work on drafts and cues only.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dyadwatch.extract.quote_cues import Cue
    from dyadwatch.extract.quote_drafts import Draft

__all__ = ["claimed_by_cues"]

_SLACK = 2  # characters: a mark or a space at either end of the reported clause


def claimed_by_cues(drafts: list[Draft], cues: list[Cue], quoted: bytearray) -> list[Draft]:
    """`drafts` with each cue-less direct quote given the cue whose reported clause holds
    it (a cue outside quotation marks, with a speaker)."""
    reporting = [c for c in cues if c.content is not None and c.speaker is not None
                 and not quoted[c.verb.idx] and not quoted[c.speaker.start_char]]
    out: list[Draft] = []
    for draft in drafts:
        if draft.direct and draft.speaker is None:
            cue = next((c for c in reporting if c.content is not None
                        and c.content.start_char - _SLACK <= draft.start
                        and draft.end <= c.content.end_char + _SLACK), None)
            if cue is not None:
                draft = replace(draft, cue=cue.phrase, speaker=cue.speaker, floating=False)
        out.append(draft)
    return out
