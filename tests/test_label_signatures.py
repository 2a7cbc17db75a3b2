"""A label shape read from the document itself (``generator/parse/label_grammar.py``) and the code legend that names
its codes (``legends.py``).

Cases are kept as data in ``tests/cases/grammar/`` (``NAME.md`` or ``NAME.txt`` with ``NAME.yml`` beside it, in the
format of ``tests/test_label_grammar.py``): positive cases where a shape no rule lists is the document's labels,
must-not-fire cases where a list, a glossary or a changelog has that shape, or where the table's shapes read the
labels already.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, check_documented, converted_case
from generator.model import Source
from generator.parse import label_grammar as G, legends

CASES = Path(__file__).parent / "cases" / "grammar"


@pytest.mark.parametrize("path", case_inputs(CASES), ids=lambda p: p.stem)
def test_grammar_case(path: Path):
    check_case(*converted_case(path))  # (expectation, transcript, speaker names, speech turns)


def test_cases_name_their_family_and_kind():
    check_documented(case_inputs(CASES), both_kinds=True)


@pytest.mark.parametrize("line, name, separator, rest", [
    ("**Emma** - While there are a good number of podcasts.", "Emma", "dash", "While there"),
    ("Emma - Bien qu'il y ait un bon nombre de podcasts.", "Emma", "dash", "Bien qu'il"),
    ("I [00:00:00] Zu allererst mal die Frage.", "I", "time", "Zu allererst"),
    ("THE CHAIRMAN. The committee will come to order.", "THE CHAIRMAN", "stop", "The committee"),
    ("Anna) Yes, I was there.", "Anna", "bracket", "Yes, I"),
    ("HOST\tWelcome back to the show.", "HOST", "gap", "Welcome back"),
    ("> Zoe – We did get a sound editor.", "Zoe", "dash", "We did"),
])
def test_signature_reads_the_name_slot(line, name, separator, rest):
    found = G.signature(line)
    assert found and found.name == name and found.signature[2] == separator and found.rest.startswith(rest)


@pytest.mark.parametrize("line", [
    "Step 1 - Install the package.",  # digits: numbered steps
    "10:00 - Opening remarks",  # an agenda's time
    "And so - as I said - we went on.",  # a sentence: a word in lower case
    "Yes. I think so.",  # a full stop after a title-case word ends a sentence
    "- Emma - a list item",  # a list's bullet
    "Emma:  text",  # a colon: the table's own shape
    "MR. KIRBY: Thanks, Karine.",  # an honorific's full stop opens a name (White House briefings)
    "So — I think we should go on.",  # a function word opens a sentence (briefings' answers)
])
def test_signature_refuses(line):
    assert G.signature(line) is None


def test_rewrite_leaves_documents_the_table_reads():
    text = (CASES / "qa_dash_pairs_en.md").read_text(encoding="utf-8")
    assert G.rewrite(text) == (text, frozenset())


def test_rewrite_keeps_lines():
    text = (CASES / "dash_written_interview_fr.md").read_text(encoding="utf-8")
    out, written = G.rewrite(text)
    assert written == {"Emma", "Zoe"} and out.count("\n") == text.count("\n")
    assert "Emma: Bien qu'il y ait" in out


def test_near_miss_is_reported():
    """Names that recur and take turns in one shape, but that open too few of the blocks where they stand, are
    reported with why (a dialogue's labels left as text would be a silent loss)."""
    lines = []
    for turn in range(4):
        lines += [f"{'Anna' if turn % 2 else 'Ben'} - Yes, I think we should go on with it now.", ""]
        lines += ["A paragraph of prose between them, a long one, with words and sentences.", ""] * 4
    found = G.rejected(lines, frozenset())
    assert found and "kept as text" in found[0][3] and found[0][0] == 0


def test_rejected_is_quiet_for_lists():
    text = (CASES / "changelog_dash_en.txt").read_text(encoding="utf-8")
    assert G.rejected(text.split("\n"), frozenset()) == []


def _legend_names(text: str, accepted: set[str]) -> dict[str, str]:
    source = Source(Path("legend.md"), "legend.md", text.encode(), text, "utf-8")
    return legends.names(source, frozenset(accepted), {})


def test_legend_names_the_codes_the_labels_use():
    text = "I = Interviewer\nB = Befragte\nx = 5\n\nI: Wie fing es an?\n\nB: Mit einem Brief.\n"
    assert _legend_names(text, {"i", "b"}) == {"i": "Interviewer", "b": "Befragte"}
    assert _legend_names(text, {"i"}) == {"i": "Interviewer"}  # (x is no label of the document: no pair of it)
    assert _legend_names("E = Energie\nM = Masse\n", {"anna", "ben"}) == {}
