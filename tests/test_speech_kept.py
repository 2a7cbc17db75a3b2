"""Issue 12, speech is never lost: boilerplate, footer, field, page-number and header rules keep every word of
a turn where a reader sees it as speech, and the word check (``fidelity``) says so honestly.

Every rule has cases where it must fire and cases where it must not, as data.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from generator.corpus import assemble as corpus, themes
from generator.site import export, render
from generator import pipeline
from generator.read import files as read
from generator.read.config import ThemeConfig
from generator.parse.fidelity import unaccounted
from generator.model import Source


def convert(text: str) -> tuple[str, dict]:
    """One text through every per-document stage and the corpus stage: (normalised text, its record)."""
    text = read.normalise(text)
    source = Source(path=Path("doc.txt"), name="doc.txt", raw=text.encode(), text=text, encoding="utf-8")
    transcript = pipeline.convert_source(source)
    linked = themes.apply(corpus.build_corpus([transcript], [], []), ThemeConfig())
    data = json.loads(export.corpus_json(linked, render.source_paths(linked)))
    return text, data["transcripts"][0]


def speech(record: dict) -> list[dict]:
    return [t for t in record["turns"] if t["type"] == "speech"]


def dialogue(*pairs: tuple[str, str]) -> str:
    return "\n\n".join(f"{label}: {text}" for label, text in pairs)


QUESTIONS = ["How did the campaign start?", "What was the hardest part?", "Who helped you most?",
             "What comes next?", "Any regrets?", "Last words?"]
PAYPAL = dialogue(*[pair for q in QUESTIONS for pair in (
    ("HOST", f"{q} Did PayPal help?"), ("GUEST", f"We used PayPal for that, and {q.lower()} is a fair question."))])
TALK = [("HOST", "Welcome to the show, it is good to have you here tonight."),
        ("GUEST", "Thank you, it is good to be here with you and your listeners."),
        ("HOST", "So tell me how it all began for you, back in the old days."),
        ("GUEST", "It began with a small radio in my father's kitchen, nothing more."),
        ("HOST", "And where does it go from here, in your own view of things?"),
        ("GUEST", "Further than I can see from here, I hope, and with good company.")]


def talk_with(index: int, text: str) -> str:
    """The six-turn talk with the turn at ``index`` saying ``text`` (its label kept)."""
    pairs = list(TALK)
    pairs[index] = (pairs[index][0], text)
    return dialogue(*pairs)


# --- appeals, links and licence words inside labelled turns -------------------------------------------------

def test_interview_whose_turns_all_mention_paypal_keeps_all_its_turns():
    text, record = convert(PAYPAL)
    assert len(speech(record)) == 12
    assert not record["removed"]
    assert not unaccounted(text, record)


IN_TURN = [
    "Patreon changed everything for us, we could finally pay the team.",
    "Donating is a habit for them. People support us because they like the show.",
    "Spread the word, honestly. Tell a friend about it.",
    "The button below the video, the green one, says join.",
    "https://example.org",
    "Copyright 2020 is ours, we filed it ourselves.",
    "Everything we write is licensed under creative commons, so people can reuse it.",
    "Please share this with your friends, she said to me.",
    "[post-views] is what the plugin printed on the page, that is all.",
]


@pytest.mark.parametrize("said", IN_TURN)
@pytest.mark.parametrize("index", [0, 3, 5])
def test_a_labelled_turn_is_never_removed_for_a_word_in_it(said, index):
    text, record = convert(talk_with(index, said))
    assert len(speech(record)) == 6, record["removed"]
    assert said.split()[-1].strip(".") in speech(record)[index]["text"]
    assert not record["removed"] and not record["fields"]
    assert not unaccounted(text, record)


@pytest.mark.parametrize("said", [s for s in IN_TURN if not s.startswith("[")])
def test_a_continuation_paragraph_is_never_removed_for_a_word_in_it(said):
    pairs = list(TALK)
    pairs[3] = (pairs[3][0], pairs[3][1] + "\n\n" + said)
    text, record = convert(dialogue(*pairs))
    assert said.split()[0] in speech(record)[3]["text"]
    assert not record["removed"]
    assert not unaccounted(text, record)


@pytest.mark.parametrize("furniture,reason,where", [
    ("Support us on Patreon", "donation appeal", "top"),
    ("Please donate to keep us going", "donation appeal", "between"),  # a page's button between two turns
    ("Share this with your friends and family", "share appeal", "between"),
    ("[social-share]", "web page shortcode", "between"),
    ("https://example.org/podcast", "links", "top"),
    ("If you liked this, support us on PayPal.", "donation appeal", "end"),
    ("This transcript is licensed under CC BY 4.0.", "licence line (kept as metadata)", "end"),
], ids=["patreon-top", "donate-button", "share-button", "shortcode", "link-top", "appeal-end", "licence-end"])
def test_boilerplate_by_shape_and_position_is_removed_with_its_reason(furniture, reason, where):
    pairs = [f"{label}: {said}" for label, said in TALK]
    at = {"top": 0, "between": 3, "end": len(pairs)}[where]
    text = "\n\n".join(pairs[:at] + [furniture] + pairs[at:])
    text, record = convert(text)
    assert (furniture, reason) in [(r["text"], r["reason"]) for r in record["removed"]]
    assert len(speech(record)) == 6
    assert not unaccounted(text, record)


# --- the page footer --------------------------------------------------------------------------------------

LONG = ("And that is why, when we look back at the years of work that went into this, we should remember the "
        "people who carried it, day after day, without asking anything in return, and who kept going when it "
        "was hard, when nobody was watching and when there was no money left at all for any of it, which was "
        "most of the time, if I am honest with you, and I try to be. ") * 2
CC = "Everything we publish is licensed under creative commons, so anyone can reuse it."


@pytest.mark.parametrize("text,kept", [
    # a mention of the licence in a monologue, with the speech going on after it: no footer
    ("\n\n".join([LONG, LONG, CC, LONG, LONG]), True),
    # the last answer mentions the licence and goes on at length
    (dialogue(*TALK) + "\n\n" + CC + "\n\n" + LONG, True),
    # a licence line and short furniture after the dialogue: the footer
    (dialogue(*TALK) + "\n\nThis transcript is licensed under Creative Commons BY 4.0.\n\nMore episodes", False),
], ids=["monologue-goes-on", "last-answer-goes-on", "short-trailer"])
def test_footer_is_a_trailing_run_of_short_blocks(text, kept):
    text, record = convert(text)
    shown = "\n".join(t["text"] for t in record["turns"])
    assert not [r for r in record["removed"] if r["reason"] == "page footer" and LONG[:40] in r["text"]]
    assert (CC in shown or "licensed under Creative Commons BY" in shown) is kept
    if not kept:
        assert [r["reason"] for r in record["removed"]] == ["licence line (kept as metadata)", "page footer"]
        assert [f["key"] for f in record["fields"]] == ["License"]
    assert not unaccounted(text, record)


# --- field lines --------------------------------------------------------------------------------------------

INTERVIEWER = dialogue(("Interviewer", "So where were you born?"), ("Smith", "In Leeds, a long time ago."),
                       ("Interviewer", "And your first job?"), ("Smith", "A paper round, like everyone."),
                       ("Interviewer", "Thank you very much."))
SPEAKER = dialogue(("SPEAKER", "Good evening everyone and welcome."), ("AUDIENCE", "Thank you!"),
                   ("SPEAKER", "Tonight we talk about rivers."), ("AUDIENCE", "Hooray."), ("SPEAKER", "Goodbye now."))
SPEAKER_ONCE = dialogue(("SPEAKER", "Good evening everyone and welcome."), ("AUDIENCE", "Thank you!"),
                        ("MODERATOR", "Tonight we talk about rivers."), ("AUDIENCE", "Hooray."))


@pytest.mark.parametrize("text,turn_count", [(INTERVIEWER, 5), (SPEAKER, 5), (SPEAKER_ONCE, 4)])
def test_a_key_used_as_a_speaker_label_starts_turns_not_fields(text, turn_count):
    text, record = convert(text)
    assert len(speech(record)) == turn_count
    assert not record["fields"]
    assert not unaccounted(text, record)


Q_AND_A = dialogue(("Q", "Where were you born?"), ("A", "In Leeds, a long time ago."),
                   ("Q", "And your first job?"), ("A", "A paper round, like everyone."))


@pytest.mark.parametrize("text,fields,turn_count", [
    ("Interviewer: John Smith\n\n" + Q_AND_A, [("Interviewer", "John Smith")], 4),
    (Q_AND_A + "\n\nSource: Leeds Oral History Project", [("Source", "Leeds Oral History Project")], 4),
    ("Speaker: Barack Obama\n\n" + LONG, [("Speaker", "Barack Obama")], 1),
    # a field line inside the dialogue is text of the turn before it, never a field
    (dialogue(*TALK[:3]) + "\n\nNote: this is what my notes say.\n\n" + dialogue(*TALK[3:]), [], 6),
])
def test_fields_come_from_header_and_trailer_lines(text, fields, turn_count):
    text, record = convert(text)
    assert [(f["key"], f["value"]) for f in record["fields"]] == fields
    assert len(speech(record)) == turn_count
    assert not unaccounted(text, record)


# --- page numbers -----------------------------------------------------------------------------------------

PAGE = "\n".join(["A line of the printed transcript that goes on for a while."] * 6)


@pytest.mark.parametrize("text,removed", [
    (talk_with(3, "Yes. Counting down now.\n3\n2\n1\nLiftoff!"), []),           # a countdown
    (talk_with(3, "The answer is\n42\nand nothing else."), []),                  # a lone number
    (talk_with(3, "We need these:\n1\n2\n3\n4"), []),                            # numbers in a row
    (talk_with(3, "\n\n".join([PAGE, "2", PAGE, "3", PAGE, "4", PAGE])), ["2", "3", "4"]),  # pagination
    (talk_with(3, "\n\n".join([PAGE, "-- page 2 --", "2", PAGE])), ["-- page 2 --", "2"]),  # at a page break
])
def test_page_numbers_need_evidence_of_pagination(text, removed):
    text, record = convert(text)
    assert [r["text"] for r in record["removed"]] == removed
    assert not unaccounted(text, record)


# --- hard-wrapped text stays text ------------------------------------------------------------------------

CAPTION = ["so today we are going to talk about", "the way the river moves through the",
           "valley and why the farmers care so", "much about the water in the spring"]
CAPTIONS = [
    "\n".join(CAPTION * 3),
    "\n".join(line.upper() for line in CAPTION * 3),
    "\n".join((">> " if i % 2 == 0 else "") + line for i, line in enumerate(CAPTION * 3)),
    "\n\n".join("\n".join(line.upper() for line in CAPTION[i:i + 2]) for i in (0, 2, 0, 2)),
]


@pytest.mark.parametrize("text", CAPTIONS)
def test_hard_wrapped_captions_stay_text(text):
    text, record = convert(text)
    assert record["place"] is None and not record["header_lines"]
    assert "RIVER MOVES" in " ".join(t["text"] for t in record["turns"]).upper()
    assert not unaccounted(text, record)


def test_a_header_block_is_still_read():
    text, record = convert("John Kerry\nSecretary of State\nOsobnyak Guesthouse\nMoscow, Russia\nMay 7, 2013\n\n"
                           + Q_AND_A)
    assert record["place"] == "Osobnyak Guesthouse, Moscow, Russia" and record["date"] == "2013-05-07"
    assert len(speech(record)) == 4


# --- the word check is honest ----------------------------------------------------------------------------

def test_speech_moved_into_a_field_is_lost():
    text, record = convert(INTERVIEWER)
    assert len(record["turns"]) == 5
    broken = copy.deepcopy(record)
    first, last = broken["turns"][0], broken["turns"][-1]
    broken["turns"] = broken["turns"][1:-1]
    broken["fields"] = [{"key": "Interviewer", "value": t["text"], "line": t["line"]} for t in (first, last)]
    assert not unaccounted(text, record)
    assert unaccounted(text, broken)["born"] == 1


def test_wrapped_text_moved_into_the_place_is_lost():
    text, record = convert("\n".join(CAPTION * 6))
    assert record["turns"] and record["place"] is None
    broken = copy.deepcopy(record)
    broken["place"] = ", ".join(text.split("\n"))
    broken["header_lines"] = [text]
    broken["turns"] = []
    assert not unaccounted(text, record)
    assert sum(unaccounted(text, broken).values()) >= 20


def test_header_and_trailer_metadata_still_count_as_kept():
    text, record = convert("Interviewer: John Smith\n\n" + Q_AND_A + "\n\nSource: Leeds Oral History Project")
    assert {f["key"] for f in record["fields"]} == {"Interviewer", "Source"}
    assert not unaccounted(text, record)


def test_a_label_inside_a_block_bounds_the_dialogue_too():
    """A field-shaped line between two turns, the second one opening on a later line of a block, is text."""
    text, record = convert("ANDERSON: First words here.\n\nSource: Somewhere\n\nSource: Somewhere\nANDERSON: More.")
    assert not record["fields"]
    assert not unaccounted(text, record)
