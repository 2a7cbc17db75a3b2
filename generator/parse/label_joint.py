"""Joint labels: two or more of the document's speakers labelled together (part of label acceptance,
``label_evidence``).

A caption that joins names ("Merkel and Putin:") is never a speaker on its shape alone (``labels.not_a_name``): a
heading or a sentence joins names as often.  Where every name it joins is one of the document's accepted labels,
the document shows who speaks: those speakers together, as captions of a recorded show write a line said in chorus
("LAURA and MARISHA: Damn it!", "TALIESIN and LAURA: (laugh)" among "LAURA:", "MARISHA:", "TALIESIN:" cues;
held-out hd10, Critical Role captions).
"""

from __future__ import annotations

import regex as re

from . import labels as L, line_table

# The words and marks that join two speakers in a label (as ``labels.JOINT`` finds them).
JOINED = re.compile(r"\s+(?:and|&|und|et|y|и)\s+|\s*[,/]\s*", re.I)
# A joint label names at most this many speakers: a longer list is a roll or a heading.
JOINT_MAX_NAMES = 4


def joint_voices(ev, accepted: set[str]) -> set[str]:
    """Keys of the label-shaped line starts that join two to ``JOINT_MAX_NAMES`` of the document's accepted labels,
    with speech after them (rule "joint-voices")."""
    if len(accepted) < 2:
        return set()
    found = set()
    for c in line_table.candidates(ev.lines):
        if c is None or c.key in accepted or not c.rest or not L.JOINT.search(c.label) or c.style != "colon":
            continue
        parts = [p for p in JOINED.split(c.label) if p]
        if 2 <= len(parts) <= JOINT_MAX_NAMES and all(L.label_key(p) in accepted for p in parts):
            found.add(c.key)
    return found
