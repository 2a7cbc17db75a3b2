"""The boilerplate left in speech (issue 13, round 2): notes of the record inside the dialogue, running heads
with the page number on either side, shortcodes and podcast appeals in other languages.

The small transcripts of ``tests/cases/structure/notes_*`` and ``running_head_page_sides`` are checked by
``tests/test_structure.py``; the rules of the registry ``notes`` have their cases in ``tests/cases/rules/notes.yml``.
Here: the pieces those rely on, and whole conversions that show where a note goes and that nothing is lost.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator import pipeline
from generator.model import TurnType
from generator.parse import clean_rules, structure
from generator.read import files


def _convert(text: str, name: str = "case.txt"):
    return pipeline.convert_source(files.read_source(Path(name), name, text.encode("utf-8")))


def _speech(transcript) -> str:
    return " ".join(s.text for t in transcript.turns if t.type is TurnType.SPEECH for p in t.paragraphs for s in p)


def _everything(transcript) -> str:
    return " ".join(s.text for t in transcript.turns for p in t.paragraphs for s in p)


HEARING = ("GRASSLEY: Nobody can mix up my coffee right.\n\n(LAUGHTER)\n\nSo you are pretty fortunate.\n\n"
           "MITCHELL: Thank you.\n\n(CROSSTALK)\n\nGRASSLEY: Go ahead.\n\nMITCHELL: Thank you, senator.\n")


def test_a_stage_direction_is_a_note_between_the_parts_of_a_turn():
    transcript = _convert(HEARING)
    kinds = [(t.type, t.label) for t in transcript.turns]
    assert kinds == [(TurnType.SPEECH, "GRASSLEY"), (TurnType.NARRATION, None), (TurnType.SPEECH, "GRASSLEY"),
                     (TurnType.SPEECH, "MITCHELL"), (TurnType.NARRATION, None), (TurnType.SPEECH, "GRASSLEY"),
                     (TurnType.SPEECH, "MITCHELL")]
    assert "LAUGHTER" not in _speech(transcript) and "CROSSTALK" not in _speech(transcript)
    assert "(LAUGHTER)" in _everything(transcript)  # the note stays in the page


def test_notes_lose_no_words():
    for name in ("notes_stage_directions.txt", "notes_court_examination.txt", "notes_editorial_fields.txt"):
        path = Path(__file__).parent / "cases" / "structure" / name
        source = path.read_text(encoding="utf-8")
        transcript = pipeline.convert_source(files.read_source(path, name, path.read_bytes()))
        out = set(re.findall(r"[^\W\d_]{2,}", _everything(transcript) + " ".join(
            s.text for p in transcript.introduction for s in p) + " ".join(sp.name for sp in transcript.speakers)
            + " ".join(t.label or "" for t in transcript.turns)))
        lost = set(re.findall(r"[^\W\d_]{2,}", source)) - out
        assert not {w for w in lost if w.islower()}, (name, sorted(lost))


def test_a_wrapped_direction_is_one_note():
    lines = ["Und ich sehe gute Möglichkeiten.", "(Anhaltender Beifall bei der CDU/CSU – Abg. Bartsch",
             "[DIE LINKE] begibt sich zum Rednerpult – Kauder [CDU/CSU]: Was soll", "das denn?)", "Danke."]
    assert clean_rules.note_spans(lines, frozenset()) == [(1, 4)]


def test_a_label_the_document_uses_is_no_direction():
    assert clean_rules.is_note("(Kim)", frozenset())
    assert not clean_rules.is_note("(Kim)", frozenset({"kim"}))


def test_a_long_bracketed_aside_is_speech():
    aside = "(" + "and I say this as someone who has served here for thirty years, " * 8 + "I mean it.)"
    assert len(aside) > clean_rules.NOTE_CHARS and not clean_rules.is_note(aside, frozenset())


def test_running_head_page_number_on_either_side_is_one_shape():
    assert structure._shape("21 06-52988") == structure._shape("06-52988 22") == structure._shape("23 06-52988")
    assert structure._shape("Page 66") == "Page #"  # a number at the end stays where it was


def test_hugo_shortcode_and_french_podcast_appeals_are_removed():
    text = ("---\ntitle: Hello\n---\n\n- Laissez un commentaire sur Apple Podcasts\n- Abonnez-vous à notre podcast\n\n"
            '{{< video "/static/talk.mp4" "Talk" >}}\n\n'
            "**Kelly:** Bienvenue sur le podcast.\n\n**Ali:** Merci Kelly.\n\n**Kelly:** Commençons.\n")
    transcript = _convert(text, "case.md")
    reasons = {r.reason for r in transcript.removed}
    assert {"subscription appeal", "web page shortcode"} <= reasons, sorted(reasons)
    assert "Abonnez" not in _everything(transcript) and "video" not in _everything(transcript)


def test_a_column_head_that_says_what_it_is_goes_even_once():
    text = ("MR. HAGUE: It shows the hypocrisy of the leadership\n\n19 July 2011 : Column 772\n\n"
            "on this matter.\n\nMR. HOLLOBONE: What does 19 July 2011 : Column 771 say?\n\nMR. HAGUE: Nothing.\n")
    transcript = _convert(text)
    assert ("19 July 2011 : Column 772", "running page header") in {(r.text, r.reason) for r in transcript.removed}
    assert "Column 771 say?" in _speech(transcript)
