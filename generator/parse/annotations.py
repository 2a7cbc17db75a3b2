"""Labels of an interviewer's annotations, not of a voice (part of the dialogue's turns, ``turns._dialogue``).

A research interview written into a protocol template keeps, under each answer, the interviewer's observation in
a label of its own: ``**[NOTAS DE OBSERVACIÓN]:** [Se acerca a la cámara, tono amigable]``, ``**E1 (probe):**
[NO APLICÓ]`` (a probe question that was not asked), ``[Observer notes]: [leans back, smiles]``.  Such a label
recurs like a speaker's, but every line of it holds only a bracketed note: it records what the interviewer saw or
did, and nobody says it.  Its blocks are the record's notes (narration, kept whole with their label), not turns.

A voice whose every turn is a sound the transcript does not give ("AUDIENCE: [laughter]", "QUESTION:
[inaudible]", ``turns.DIRECTION``) is still a voice: those are not annotations.

In: the dialogue's blocks and accepted label keys.  Out: ``annotation_labels`` -> the keys of annotation labels.
"""

from __future__ import annotations

import regex as re
from typing import Callable

from . import labels
from ..model import Block

# the text after the label is one bracketed note and nothing else ("[Sonríe, tono amigable]", "[ - ]")
BRACKETED_NOTE = re.compile(r"^\[[^\[\]\n]*\]$")
# An annotation label recurs: written once, a bracketed line may be a speaker's one untranscribed turn.
ANNOTATION_MIN_USES = 2


def annotation_labels(blocks: list[Block], accepted: frozenset[str],
                      sound: Callable[[str], object]) -> frozenset[str]:
    """Keys of ``accepted`` labels used at least ``ANNOTATION_MIN_USES`` times, each use a block of the label and
    one bracketed note that is no sound (``sound``: the stage-direction test of the caller) -- so long as other
    labels of the document carry speech.  Where such a label is itself in brackets ("[NOTAS DE OBSERVACIÓN]:"), a
    label in brackets written once with a note of its own ("[NOTAS DE OBSERVACIÓN FINAL]: [...]") is one too."""
    notes: dict[str, int] = {}
    styles: dict[str, str] = {}
    spoken: set[str] = set()
    for block in blocks:
        text = block.text.strip()
        found = labels.candidate(text.split("\n", 1)[0])
        if not found or found.key not in accepted:
            continue
        rest = text[found.end:].strip()
        if BRACKETED_NOTE.match(rest) and not sound(rest):
            notes[found.key] = notes.get(found.key, 0) + 1
            styles[found.key] = found.style
        else:
            spoken.add(found.key)
    keys = {key for key, uses in notes.items() if uses >= ANNOTATION_MIN_USES and key not in spoken}
    bracketed = any(styles[key] == "bracket" for key in keys)
    keys |= {key for key in notes if bracketed and styles[key] == "bracket" and key not in spoken}
    return frozenset(keys) if spoken - keys else frozenset()
