"""What a careful editor makes of each seed (issue 2, point 5), checked on corpus.json and the pages.

These are instances of general rules (label grammar, header blocks, trailers, captions,
introductions); the rules themselves are tested on other inputs in test_labels.py and test_clean.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SEEDS, by_source
from generator.site import escape
from generator.parse.fidelity import unaccounted
from generator.read.files import read_source


def speech(record: dict) -> list[dict]:
    return [t for t in record["turns"] if t["type"] == "speech"]


def speaker_names(record: dict) -> dict[str, str]:
    return {s["id"]: s["name"] for s in record["speakers"]}


def all_text(record: dict) -> str:
    return "\n".join(t["text"] for t in record["turns"])


# --- 000: CBS interview -------------------------------------------------------------------------

def test_000_is_an_interview_between_cbs_and_lavrov(seeds_json):
    t = by_source(seeds_json, "000_")
    assert t["kind"] == "interview"
    names = speaker_names(t)
    assert sorted(names.values()) == ["CBS", "Sergey Lavrov"]
    lavrov = next(s for s in t["speakers"] if s["name"] == "Sergey Lavrov")
    assert lavrov["labels"] == ["S.Lavrov"]
    cbs = next(s for s in t["speakers"] if s["name"] == "CBS")
    assert cbs["role"] == "Interviewer" and cbs["questioner"]
    assert len(speech(t)) == 60
    assert len(t["turns"]) == 60


def test_000_title_derived_from_who_speaks_and_no_date(seeds_json):
    t = by_source(seeds_json, "000_")
    assert t["title_derived"] is True
    assert "CBS" in t["title"] and "Sergey Lavrov" in t["title"]
    assert t["date"] is None and t["date_text"] is None


def test_000_source_trailer_is_metadata(seeds_json):
    t = by_source(seeds_json, "000_")
    assert t["source_name"] == "The Ministry of Foreign Affairs of the Russian Federation"
    assert "Source:" not in all_text(t) and "Ministry of Foreign Affairs of the Russian" not in all_text(t)


def test_000_missing_space_restored_and_russian_saying_kept(seeds_json):
    text = all_text(by_source(seeds_json, "000_"))
    assert "were dying. We were condemning" in text and "dying.We" not in text
    assert "(не было бы счастья, да несчастье помогло)" in text


def test_000_questions_alternate_with_answers(seeds_json):
    turns = speech(by_source(seeds_json, "000_"))
    assert [t["question"] for t in turns] == [True, False] * 30


# --- 001: press conference, opening statement attributed by the introduction ---------------------

def test_001_metadata_from_the_introduction(seeds_json):
    t = by_source(seeds_json, "001_")
    assert t["kind"] == "press-conference"
    assert t["date"] == "2017-04-12" and t["date_text"] == "April 12, 2017"
    assert t["place"] == "Moscow"
    assert t["title"].startswith("Russian Foreign Minister Sergey Lavrov’s remarks and answers to media questions")
    assert "We reproduce" in t["header_lines"][0]


def test_001_opening_statement_is_lavrovs_and_intro_is_not_speech(seeds_json):
    t = by_source(seeds_json, "001_")
    first = t["turns"][0]
    assert speaker_names(t)[first["speaker"]] == "Sergey Lavrov"
    assert first["text"].startswith("Good evening,")
    assert first["inferred_from"]
    assert "We reproduce" not in all_text(t)


def test_001_labels_with_notes(seeds_json):
    t = by_source(seeds_json, "001_")
    names = speaker_names(t)
    questions = [turn for turn in speech(t) if names[turn["speaker"]] == "Question"]
    assert all(turn["question"] for turn in questions)
    assert questions[0]["note"] == "addressed to Rex Tillerson"
    notes = {turn["note"] for turn in speech(t) if names[turn["speaker"]] == "Sergey Lavrov"}
    assert "speaking after Rex Tillerson" in notes and "adding after Rex Tillerson" in notes
    generic = next(s for s in t["speakers"] if s["name"] == "Question")
    assert generic["generic"] is True
    assert len(speech(t)) == 15


def test_001_source_trailer_is_metadata(seeds_json):
    t = by_source(seeds_json, "001_")
    assert t["source_name"] == "Foreign Ministry of the Russian Federation / RedGlobe"
    assert "RedGlobe" not in all_text(t)


# --- 002: TASS article quoting Lavrov ------------------------------------------------------------

def test_002_navigation_removed_headline_and_subtitle(seeds_json):
    t = by_source(seeds_json, "002_")
    assert {"text": "All news", "reason": "site navigation", "line": 1} in t["removed"]
    assert t["title"] == "Russian top diplomat says Moscow ready to develop relations with Washington"
    assert t["subtitle"].startswith("Sergey Lavrov says the Russian Foreign Ministry")


def test_002_dateline_gives_place_source_and_yearless_date(seeds_json):
    t = by_source(seeds_json, "002_")
    assert t["kind"] == "article"
    assert t["place"] == "Moscow" and t["source_name"] == "TASS"
    assert t["date"] is None and t["date_text"] == "March 29"


def test_002_section_headings(seeds_json):
    t = by_source(seeds_json, "002_")
    headings = [turn["text"] for turn in t["turns"] if turn["type"] == "heading"]
    assert headings == ["The 'Russia' issue", "US election",
                        "Moscow’s alleged plans to interfere in Swedish elections"]


def test_002_quotes_are_lavrovs_turns_and_narration_stays_narration(seeds_json):
    t = by_source(seeds_json, "002_")
    names = speaker_names(t)
    assert set(names.values()) == {"Sergey Lavrov"}
    turns = t["turns"]
    spoken = " ".join(turn["text"] for turn in speech(t))
    narrated = " ".join(turn["text"] for turn in turns if turn["type"] == "narration")
    assert "We said that we would be ready to come back to the relationship" in spoken
    assert "Childish, frankly speaking" in spoken
    assert "the Russian top diplomat noted" not in spoken
    assert any("the Russian top diplomat noted." in a for turn in speech(t) for a in turn.get("attributions", []))
    assert "Lavrov said in an interview with the US National Interest magazine" in narrated
    assert "According to him, Russia cannot do much to help." in narrated
    assert all(turn["speaker"] is None for turn in turns if turn["type"] != "speech")


# --- 003: Sputnik interview republished with noise ------------------------------------------------

CAPTIONS_003 = [
    "© AP PHOTO / FILE - In this combination", "The Russian flag flies at half mast", "Paramedics load a stretcher",
    "Taliban fighters (Sputnik News)", "US Secretary of State Rex Tillerson (R) watches", "© AFP 2020 / MANDEL NGAN",
    "© SPUTNIK / ALEXEI KUDENKO", "Warsaw residents walk among the graves", "Russia-Africa economic forum in Sochi",
    "A humanitarian corridor between Damascus", "Soldiers of the Russian military police",
    "The picture of Muammar Gaddafi being burned", "Merkel and Putin: They have been working",
]
FOOTER_003 = ["[post-views]", "Do people get the government they deserve?", "About the author(s)",
              "While using Marxian methods", "• remember: ALL CAPTIONS", "Read it in your language",
              "[google-translator]", "Covid-19 has put this site on ventilators.", "OR you can simply scan our QR code"]


@pytest.mark.parametrize("start", CAPTIONS_003 + FOOTER_003 + ["Please make sure these dispatches reach"])
def test_003_noise_removed_and_listed(seeds_json, start):
    t = by_source(seeds_json, "003_")
    assert any(r["text"].startswith(start) for r in t["removed"]), start
    assert start not in all_text(t) and all(start not in p for p in t["introduction"])


def test_003_removal_reasons(seeds_json):
    reasons = {r["text"][:20]: r["reason"] for r in by_source(seeds_json, "003_")["removed"]}
    assert reasons["Please make sure the"] == "share appeal"
    assert reasons["Taliban fighters (Sp"] == "photo caption"
    assert reasons["[post-views]"] == "web page shortcode"
    assert reasons["About the author(s)"] == "author box"


def test_003_licence_is_metadata(seeds_json):
    t = by_source(seeds_json, "003_")
    assert [f["key"] for f in t["fields"]] == ["License"]
    assert t["fields"][0]["value"].startswith("This work is licensed under a Creative Commons")


def test_003_introduction_speakers_and_turns(seeds_json):
    t = by_source(seeds_json, "003_")
    assert len(t["introduction"]) == 2 and t["introduction"][0].startswith("During his interview with Sputnik")
    names = speaker_names(t)
    assert sorted(names.values()) == ["Sergey Lavrov", "Sputnik"]
    assert "Merkel and Putin" not in names.values()
    assert len(speech(t)) == 18
    assert t["kind"] == "interview"


def test_003_credit_goes_and_paragraph_stays(seeds_json):
    t = by_source(seeds_json, "003_")
    assert "And by the way, other than undermining the results of World War II" in all_text(t)
    assert "SOKOLOWSKI" not in all_text(t)
    assert {"text": "© AP PHOTO / CZAREK SOKOLOWSKI", "reason": "photo credit", "line": 79} in t["removed"]


def test_lavrov_is_one_speaker_across_the_corpus(seeds_json):
    lavrovs = [s for s in seeds_json["speakers"] if "lavrov" in s["name"].lower()]
    assert len(lavrovs) == 1
    lavrov = lavrovs[0]
    assert lavrov["name"] == "Sergey Lavrov"
    assert {"S.Lavrov", "Sergei Lavrov", "Sergey Lavrov"} <= set(lavrov["labels"])
    assert len(lavrov["transcripts"]) == 4


# --- 004: State Department remarks ----------------------------------------------------------------

def test_004_header_block(seeds_json):
    t = by_source(seeds_json, "004_")
    assert t["title"] == "Remarks With Russian Foreign Minister Sergey Lavrov"
    assert t["date"] == "2013-05-07" and t["date_text"] == "May 7, 2013"
    assert t["place"] == "Osobnyak Guesthouse, Moscow, Russia"
    assert t["kind"] == "press-conference"
    assert t["fields"] == [{"key": "PRN", "value": "2013/T05-02", "line": 96}]
    assert "PRN" not in all_text(t)


def test_004_speakers(seeds_json):
    t = by_source(seeds_json, "004_")
    by_name = {s["name"]: s for s in t["speakers"]}
    assert set(by_name) == {"John Kerry", "Ms. Psaki", "Moderator", "Question", "Arshad Mohammed", "Jill Dougherty"}
    assert by_name["John Kerry"]["role"] == "Secretary of State"
    assert by_name["John Kerry"]["labels"] == ["SECRETARY KERRY"]
    assert by_name["Question"]["generic"] and by_name["Moderator"]["generic"]
    assert len(speech(t)) == 21  # "QUESTION: (In Russian.)" twice around an untranscribed answer: two turns


def test_004_announced_questioners_are_inferred(seeds_json):
    t = by_source(seeds_json, "004_")
    names = speaker_names(t)
    announced = [turn for turn in speech(t) if names[turn["speaker"]] in ("Arshad Mohammed", "Jill Dougherty")]
    # the announced questioner keeps the follow-ups until the next recognition (issue 13, point 6)
    assert [names[turn["speaker"]] for turn in announced] == ["Arshad Mohammed"] * 3 + ["Jill Dougherty"] * 3
    assert all(turn["question"] and turn["label"] == "QUESTION" for turn in announced)
    assert "Arshad Mohammed from Reuters" in announced[0]["inferred_from"]
    roles = {s["name"]: s["role"] for s in t["speakers"]}
    assert roles["Arshad Mohammed"] == "Reuters" and roles["Jill Dougherty"] == "CNN"


def test_004_stage_directions_are_annotations(seeds_out):
    page = next((seeds_out / "transcripts").glob("2013-05-07-*.md")).read_text(encoding="utf-8")
    for direction in ("(Laughter.)", "(In Russian.)", "(inaudible)", "(Inaudible)"):
        assert f'<span class="tx-dir">{escape.md(direction)}</span>' in page


# --- every seed ------------------------------------------------------------------------------------

@pytest.mark.parametrize("prefix", ["000_", "001_", "002_", "003_", "004_"])
def test_no_word_of_the_source_is_lost(seeds_json, prefix):
    t = by_source(seeds_json, prefix)
    source = read_source(SEEDS / Path(t["source"]).name)
    assert not unaccounted(source.text, t)


@pytest.mark.parametrize("prefix", ["000_", "001_", "002_", "003_", "004_"])
def test_original_is_published_unchanged(seeds_out, seeds_json, prefix):
    t = by_source(seeds_json, prefix)
    assert (seeds_out / t["source_url"]).read_bytes() == (SEEDS / Path(t["source"]).name).read_bytes()
    page = (seeds_out / "transcripts" / f"{t['id']}.md").read_text(encoding="utf-8")
    assert f"](../{t['source_url']})" in page


def test_anchors_are_unique_and_every_turn_has_one(seeds_json, seeds_out):
    for t in seeds_json["transcripts"]:
        ids = [turn["id"] for turn in t["turns"]]
        assert len(ids) == len(set(ids))
        page = (seeds_out / "transcripts" / f"{t['id']}.md").read_text(encoding="utf-8")
        for turn_id in ids:
            assert f'id="{turn_id}"' in page or f"#{turn_id} " in page


def test_corpus_json_has_one_record_per_line(seeds_out, seeds_json):
    lines = (seeds_out / "corpus.json").read_text(encoding="utf-8").split("\n")
    records = [json.loads(line.strip().rstrip(",")) for line in lines if line.startswith("  {")]
    assert records == seeds_json["transcripts"] + seeds_json["speakers"] + seeds_json["themes"]
