"""A label that says one long sentence again and again is printed matter only where it does not take turns.

``repeated_fields.fields`` removes a colon field printed with the same words at three places or more (a Hansard
page footer, a running head, a field under each agenda item).  A speaker who says the same sentence three times
between other speakers' turns, or three times running, takes turns: the lines stay turns (issue 13, point 4c:
repeated-line removal never removes a label line of the dialogue).  The examples are the ones
``tests/test_properties.py`` found.
"""

from __future__ import annotations

import pytest

from test_properties import convert_text, dialogue

SAID = ("Sergey Lavrov", "", ["A a a a a a a. (inaudible)"])
ASKED = ("ANDERSON", "", ["Bb cc."])


@pytest.mark.parametrize("turns, labels", [
    ([SAID, SAID, SAID], ["Sergey Lavrov"]),
    ([SAID, ASKED, SAID, ASKED, SAID], ["Sergey Lavrov", "ANDERSON", "Sergey Lavrov", "ANDERSON", "Sergey Lavrov"]),
])
def test_repeated_sentence_in_dialogue_stays_speech(turns, labels):
    _, record = convert_text(dialogue(turns))
    assert [t["label"] for t in record["turns"]] == labels
    assert not [r for r in record.get("removed", []) if r["reason"] == "repeated printed field"]
