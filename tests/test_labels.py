"""Label grammar: which line starts are speaker labels, judged with the whole document's evidence."""

from __future__ import annotations

import pytest

from generator.parse import labels

# (document lines, label that must be accepted or rejected)
ACCEPTED = [
    (["CBS: Hello there.", "S.Lavrov: Well.", "CBS: And?", "S.Lavrov: Yes."], "CBS"),
    (["CBS: Hello there.", "S.Lavrov: Well.", "CBS: And?", "S.Lavrov: Yes."], "S.Lavrov"),
    (["SECRETARY KERRY: Thanks.", "MS. PSAKI: First question.", "SECRETARY KERRY: Sure."], "MS. PSAKI"),
    (["SECRETARY KERRY: Thanks.", "MODERATOR: Next.", "SECRETARY KERRY: Sure.", "QUESTION: Why?"], "QUESTION"),
    (["Question (addressed to Rex Tillerson): Why?", "Sergey Lavrov: Because."], "Question"),
    (["Sergey Lavrov (speaking after Rex Tillerson): A.", "Sergey Lavrov: B."], "Sergey Lavrov"),
    (["Q: Why?", "Mr. Smith: Because."], "Q"),
    (["MR. GONZALEZ: Welcome.", "AMY GOODMAN: Thanks.", "AMY GOODMAN: Yes."], "MR. GONZALEZ"),
    (["HOLT:", "Good evening.", "GUTHRIE:", "Hi.", "HOLT:", "Welcome."], "HOLT"),
    (["SPEAKER_03: hello", "SPEAKER_01: hi"], "SPEAKER_03"),
    (["Jean-Luc Picard: Engage.", "Jean-Luc Picard: Make it so."], "Jean-Luc Picard"),
    (["Moderator: Welcome.", "Smith: Thanks."], "Moderator"),
]
REJECTED = [
    (["Source: The Ministry of Foreign Affairs", "Source: TASS"], "Source"),
    (["PRN: 2013/T05-02", "SECRETARY KERRY: Hi.", "SECRETARY KERRY: Bye."], "PRN"),
    (["Exclusive: Sergei Lavrov Talks About the West", "Sputnik: Hi.", "Sputnik: Bye."], "Exclusive"),
    (["Merkel and Putin: They have been working.", "Sputnik: Hi.", "Sputnik: Bye."], "Merkel and Putin"),
    (["To reiterate: we are ready.", "To reiterate: again."], "To reiterate"),
    (["Note: this is an edited transcript."], "Note"),
    (["My answer is simple: no.", "My answer is simple: yes."], "My answer is simple"),
    (["Smith: Thanks.", "Jones: Hello.", "Smith: Bye."], "Jones"),  # once, mixed case, not generic
]


@pytest.mark.parametrize("lines,label", ACCEPTED)
def test_label_accepted(lines, label):
    assert labels.label_key(label) in labels.accept_labels(lines)


@pytest.mark.parametrize("lines,label", REJECTED)
def test_label_rejected(lines, label):
    assert labels.label_key(label) not in labels.accept_labels(lines)


@pytest.mark.parametrize("line", ["10:30 we started", "https://example.com/a:b", "www.example.com: x",
                                  "It was, as he said: nothing", "“Quoted”: no", "- bullet: item"])
def test_not_label_shaped(line):
    found = labels.candidate(line)
    assert found is None or labels.never_a_label(found.label)


@pytest.mark.parametrize("line,label,note,rest", [
    ("Question (addressed to both ministers): How?", "Question", "addressed to both ministers", "How?"),
    ("Name [translated]: text", "Name", "translated", "text"),
    ("MR. NAME: text", "MR. NAME", None, "text"),
    ("HOLT:", "HOLT", None, ""),
    ("HOLT:\nGood evening", "HOLT", None, "Good evening"),
])
def test_candidate_parts(line, label, note, rest):
    found = labels.candidate(line)
    assert (found.label, found.note, found.rest) == (label, note, rest)
