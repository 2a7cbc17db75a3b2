"""speakers.yml and per-transcript sidecar files: applied, and validated with file:line errors."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT, config_problems
from generator.read import config
from generator import pipeline

DIALOGUE = "S.LAVROV: One.\n\nCBS: Two?\n\nS.LAVROV: Three.\n\nCBS: Four?\n"


def test_speakers_yml_names_merges_and_describes(tmp_path):
    (tmp_path / "a.txt").write_text(DIALOGUE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(DIALOGUE.replace("S.LAVROV", "MINISTER"), encoding="utf-8")
    (tmp_path / "speakers.yml").write_text(
        "speakers:\n  - name: Sergey Lavrov\n    aliases: [S.LAVROV, MINISTER]\n    role: Foreign Minister\n"
        "    bio: Russia's foreign minister since 2004.\n  - name: Margaret Brennan\n    aliases: [CBS]\n",
        encoding="utf-8")
    corpus = pipeline.convert([tmp_path])
    by_name = {s.name: s for s in corpus.speakers}
    assert by_name["Sergey Lavrov"].role == "Foreign Minister"
    assert by_name["Sergey Lavrov"].bio == "Russia's foreign minister since 2004."
    assert len(by_name["Sergey Lavrov"].transcripts) == 2
    assert "Margaret Brennan" in by_name and "CBS" not in by_name


def test_sidecar_overrides_metadata_and_renames_labels(tmp_path):
    (tmp_path / "a.txt").write_text(DIALOGUE, encoding="utf-8")
    (tmp_path / "a.yml").write_text(
        "title: Lavrov on CBS\ndate: 2013-06-16\nplace: Moscow\nkind: interview\nsource_name: CBS News\n"
        "speakers:\n  CBS: Margaret Brennan\n", encoding="utf-8")
    corpus = pipeline.convert([tmp_path])
    t = corpus.transcripts[0]
    assert (t.title, t.date, t.place, t.kind, t.source_name) == ("Lavrov on CBS", "2013-06-16", "Moscow", "interview",
                                                                 "CBS News")
    assert "Margaret Brennan" in {s.name for s in t.speakers}


@pytest.mark.parametrize("text,line,message", [
    ("title: [unclosed\n", 1, "is not valid YAML"),
    ("title: X\ncolour: red\n", 2, "unknown key 'colour'"),
    ("date: 7 May 2013\n", 1, "is not YYYY-MM-DD"),
    ("kind: chat\n", 1, "kind 'chat' is not known"),
    ("speakers:\n  CBS: [a, b]\n", 2, "the name for 'CBS' must be a non-empty text"),
    ("- just\n- a list\n", 1, "must be a mapping"),
])
def test_sidecar_errors_name_file_and_line(tmp_path, text, line, message):
    path = tmp_path / "a.yml"
    problems = config_problems(config.load_sidecar, path, text)
    assert problems and problems[0].line == line and message in problems[0].message
    assert str(problems[0]).startswith(f"{path}:{line}: error: ")


@pytest.mark.parametrize("text,line,message", [
    ("people: []\n", 1, "needs a 'speakers:' list"),
    ("speakers:\n  - role: Minister\n", 2, "needs a name"),
    ("speakers:\n  - name: A\n    aliases: B\n", 3, "aliases must be a list"),
    ("speakers:\n  - name: A\n    nickname: B\n", 3, "unknown key 'nickname'"),
])
def test_speakers_yml_errors_name_file_and_line(tmp_path, text, line, message):
    problems = config_problems(config.load_speakers, tmp_path / "speakers.yml", text)
    assert problems and problems[0].line == line and message in problems[0].message


def test_bad_sidecar_is_reported_and_fails_the_run_but_the_page_is_written(tmp_path):
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    (corpus_dir / "a.txt").write_text(DIALOGUE, encoding="utf-8")
    (corpus_dir / "a.yml").write_text("date: yesterday\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "generator", "convert", str(corpus_dir), "--out", str(tmp_path / "out")],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1
    assert f"{corpus_dir / 'a.yml'}:1: error: date 'yesterday' is not YYYY-MM-DD" in result.stderr
    assert len(list((tmp_path / "out" / "transcripts").glob("*.md"))) == 2  # the page and the index


def test_speaker_header_line_attributes_the_monologue(tmp_path):
    text = "Speaker: Anna Berg\n\nDear friends, thank you all for coming here tonight to this lovely hall.\n\n" \
           "We have much to discuss, and little time to do it in, so let me begin right away."
    (tmp_path / "speech.txt").write_text(text, encoding="utf-8")
    corpus = pipeline.convert([tmp_path])
    t = corpus.transcripts[0]
    assert [s.name for s in t.speakers] == ["Anna Berg"] and t.kind == "speech"
    assert all(turn.speaker == "anna-berg" for turn in t.turns)
