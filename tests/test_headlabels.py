"""Speakers named only in the Markdown heading above their speech (``generator/parse/head_labels.py``).

Cases are kept as data in ``tests/cases/headlabels/`` (``NAME.md`` with ``NAME.yml`` beside it, in the format of
``tests/test_label_grammar.py``): positive cases where the headings are the turns, must-not-fire cases where
headings that look like names are an article's sections, a programme or profiles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, converted_case
from generator.parse import head_labels

CASES = Path(__file__).parent / "cases" / "headlabels"


def _cases() -> list[Path]:
    return case_inputs(CASES)


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_headlabels_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_every_case_has_an_expectation():
    kinds = {p.stem: p.with_suffix(".yml").read_text(encoding="utf-8") for p in _cases()}
    assert kinds and all("kind: positive" in k or "kind: must-not-fire" in k for k in kinds.values())
    assert any("kind: must-not-fire" in k for k in kinds.values())


@pytest.mark.parametrize("heading,name", [
    ("Président Josep Borrell 00:31-06:35 (espagnol/anglais) {#président_josep_borrell_0031_0635}",
     "Président Josep Borrell"),
    ("Transcription of Mr. Wuermeling\\'s speech (from original stream): {#transcription_of_mr}", "Mr. Wuermeling"),
    ("Transcription of Mr. Karas\\' speech (from original stream):", "Mr. Karas"),
    ("Mrs Jacqueline MINOR {#mrs_jacqueline_minor}", "Mrs Jacqueline MINOR"),
    ("A (track5, 10:38) {#a_track5_1038}", "A"),
    ("Réponse du rapporteur Rocard 26:53-31:21 (français/anglais) {#réponse}", "Rapporteur Rocard"),
    ("Question pour EU Reporter 24:06-25:06 (anglais/anglais)", "EU Reporter"),
    ("Chairman Mr Veerman: {#chairman_mr_veerman}", "Chairman Mr Veerman"),
])
def test_heading_names_a_person(heading, name):
    assert head_labels.speaker(heading) == name


@pytest.mark.parametrize("heading", [
    "v002.wav", "02-JacquelineMinor-en,00:07:20-00:17:51 {#jacquelineminor_en000720_001751}",
    "Public Hearing on 12 July 2006 - English Transcripts", "Transcription from EPO ITRE, 2005-03-30",
    "ABSTRACT", "Notes on the recording of the meeting and what was said there",
])
def test_heading_names_no_person(heading):
    assert head_labels.speaker(heading) is None


def test_rewrite_keeps_lines_and_title():
    text = (CASES / "possessive_speech_de.md").read_text(encoding="utf-8")
    rewritten, names, notes = head_labels.rewrite(text)
    assert len(rewritten.split("\n")) == len(text.split("\n"))  # line for line: diagnostics keep their lines
    assert rewritten.split("\n")[0] == text.split("\n")[0]  # the first heading is the title
    assert names == {"Klaus Hartmann", "Mr. Weidmann", "Mrs. Lindner"}


def test_no_headings_no_change():
    text = "Anna: Hello.\n\nBob: Hi.\n"
    assert head_labels.rewrite(text) == (text, frozenset(), ())


def test_heading_notes_only_short_lists_before_speech():
    text = (CASES / "possessive_speech_de.md").read_text(encoding="utf-8")
    head = "## Klaus Hartmann {#klaus_hartmann}\n\n"
    listed = text.replace(head, head + "-   Version originale\n-   Traduction (FFII)\n\n")
    said = text.replace(head, head + "-   Erstens wollen wir die Erfinder schützen.\n-   Zweitens die Programmierer.\n\n")
    _, _, notes = head_labels.rewrite(listed)
    assert [n for _, n in notes] == ["-   Version originale", "-   Traduction (FFII)"]
    assert head_labels.rewrite(said)[2] == ()  # a list of sentences is the speaker's own


def test_long_headings_read_in_linear_time():
    import time
    text = "".join(f"# a{' ' * 20000}b{i}\n\nSome text.\n\n" for i in range(4))
    start = time.process_time()
    assert head_labels.rewrite(text)[1] == frozenset()
    assert time.process_time() - start < 1.0
