"""``python -m generator check``: lint a corpus without building anything.

In: the converted corpus.  Out: warnings with file:line and a fix, for what an editor should look at:
labels the document uses only once (already reported by the parser), speakers seen in a single turn
(often a misread label), large removals (the cleaner took out much of a file), transcripts with no
date, and transcripts with no speech turn at all.
"""

from __future__ import annotations

from collections import Counter

from ..model import Corpus, Diagnostic, TurnType

LARGE_REMOVAL = 0.2  # share of a file's text


def lint(corpus: Corpus) -> list[Diagnostic]:
    found: list[Diagnostic] = list(corpus.diagnostics)
    for t in corpus.transcripts:
        name = t.source.name
        speech = [turn for turn in t.turns if turn.type is TurnType.SPEECH]
        counts = Counter(turn.speaker for turn in speech)
        for speaker in t.speakers:
            if counts[speaker.key] == 1 and not speaker.generic and len(speech) > 2:
                turn = next(turn for turn in speech if turn.speaker == speaker.key)
                found.append(Diagnostic(name, turn.line, f"speaker '{speaker.name}' has a single turn",
                                        "check that the label is a speaker; name it in the sidecar file if it is"))
        removed = sum(len(r.text) for r in t.removed)
        if removed > LARGE_REMOVAL * max(1, len(t.source.text)):
            first = t.removed[0].line if t.removed else 1
            found.append(Diagnostic(name, first, f"the cleaner removed {removed * 100 // len(t.source.text)}% of "
                                    "the text", "read the 'Removed from the source' list on its page"))
        if not t.date:
            found.append(Diagnostic(name, 1, "has no date" + (f" with a year (it says '{t.date_text}')"
                                                              if t.date_text else ""),
                                    "add 'date: YYYY-MM-DD' to a sidecar file next to it"))
        if not speech:
            found.append(Diagnostic(name, 1, "has no speech turn", "check its speaker labels or layout"))
    return found
