"""Pseudo-sentences from the PETRARCH-2 CAMEO verb dictionary, labelled via CAMEO2PLOVER.

Read from shared/data at training time only. Each verb and each verb pattern
("- * (OF TORTURE) [1122] # ACCUSE") becomes a short text such as
"officials accuse of torture", labelled with the PLOVER type of its CAMEO code
(01x public statements become NONE). They teach the classifier which verbs and
verb+object pairs signal which type; they are weak examples (short, no context).
"""

from __future__ import annotations

import re
from pathlib import Path

VERBS = "data/phoenix/CAMEO.2.0.txt"
TABLE = "data/plover/CAMEO2PLOVER-2021.txt"
# CAMEO root -> PLOVER type when neither the code nor its 3-digit parent is in
# the table (the same fallback the shared eval conversion documents).
_ROOT_FALLBACK = {
    "01": "NONE", "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT",
    "06": "COOPERATE", "07": "AID", "08": "CONCEDE", "09": "ACCUSE", "10": "REQUEST",
    "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE",
    "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}
_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_CODE = re.compile(r"\[([0-9:]+|---)\]")
_SUBJECTS = ("officials", "the government", "the minister", "the army", "the president",
             "the rebels", "the police", "the country", "the opposition", "the council")


def plover_table(shared: Path) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in (shared / TABLE).read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if match and match.group(1) not in table:
            table[match.group(1)] = match.group(2)
    return table


def plover_type(code: str, table: dict[str, str]) -> str | None:
    """PLOVER type (or NONE) of a CAMEO code like '1122' or '042:043' (first one)."""
    code = code.split(":")[0]
    if not code.isdigit() or len(code) < 2:
        return None
    for key in (code, code[:3]):
        if key in table:
            return table[key]
    return _ROOT_FALLBACK.get(code[:2])


def _synsets(lines: list[str]) -> dict[str, str]:
    """&NAME -> its first member, as words ('&MILITARY' -> 'troops')."""
    synsets: dict[str, str] = {}
    current: str | None = None
    for line in lines:
        if line.startswith("&"):
            current = line.split()[0]
        elif line.startswith("+") and current and current not in synsets:
            synsets[current] = line[1:].split("#")[0].strip().strip("_").replace("_", " ")
        elif not line.strip():
            current = None
    return synsets


def _words(pattern: str, verb: str, synsets: dict[str, str]) -> str:
    tokens: list[str] = []
    for token in pattern.split():
        token = token.strip("(){}")
        if token == "*":
            tokens.append(verb)
        elif token.startswith("&"):
            tokens.append(synsets.get(token, token[1:]))
        elif token and token[0] not in "$+^%" and token != "-":
            tokens.append(token)
    return " ".join(tokens).lower().replace("_", " ")


def cameo_examples(shared: Path) -> list[tuple[str, str]]:
    """(pseudo-sentence, PLOVER type or NONE), deduplicated, in file order."""
    table = plover_table(shared)
    lines = (shared / VERBS).read_text(encoding="utf-8", errors="replace").splitlines()
    synsets = _synsets(lines)
    examples: dict[str, str] = {}
    block_code, block_verb = "---", ""
    for number, raw in enumerate(lines):
        line = raw.split("#")[0].rstrip()
        subject = _SUBJECTS[number % len(_SUBJECTS)]
        block = _BLOCK.match(line)
        if block:
            block_verb, block_code = block.group(1).lower(), block.group(2)
            continue
        if not block_verb or not line.strip():
            continue
        code_match = _CODE.search(line)
        code = code_match.group(1) if code_match else block_code
        body = _CODE.sub("", line).strip()
        if line.startswith("- "):
            verb = raw.split("#")[1].strip().lower() if "#" in raw else block_verb
            text = _words(body[2:], verb.split()[0] if verb else block_verb, synsets)
        elif re.match(r"^[A-Z][A-Z_]*\b", body):
            text = body.split("{")[0].strip().lower().replace("_", " ")
        else:
            continue
        label = plover_type(code, table)
        if label and text and f"{subject} {text}" not in examples:
            examples[f"{subject} {text}"] = label
    return list(examples.items())
