"""Rendering: transcript text is shown literally, stage directions are annotations."""

from __future__ import annotations

import markdown
import pytest

from generator.site import escape, render
from generator.corpus import links
from generator import pipeline
from generator.model import Segment, SegmentKind
from generator.parse.turns import segments


@pytest.mark.parametrize("text,kinds", [
    ("(Laughter.)", ["direction"]),
    ("Thank you. (Applause.)", ["text", "direction"]),
    ("(In Russian.)", ["direction"]),
    ("Actually, (inaudible)?", ["text", "direction", "text"]),
    ("[crosstalk] no", ["direction", "text"]),
    ("our [Russian] position", ["text"]),
    ("This (investigation into chemical attacks in Syria) is", ["text"]),
    ("the invasion (of Iraq).", ["text"]),
])
def test_stage_directions(text, kinds):
    assert [s.kind.value for s in segments(text)] == kinds
    assert "".join(s.text for s in segments(text)) == text


MARKUP = "a *b* _c_ [x](y) ![i](j) <script>alert(1)</script> {{ t }} {% t %} | --- # h &amp; $$ <!-- c -->"


def test_paragraph_is_literal_text_after_markdown():
    body = render.paragraph_md((Segment(SegmentKind.TEXT, MARKUP), Segment(SegmentKind.DIRECTION, "(Laughter.)")))
    block = f'<div class="tx-turn" markdown="1">\n{body}\n\n</div>'
    out = markdown.markdown(block, extensions=["attr_list", "md_in_html", "tables", "toc"])
    assert "<script>" not in out and "<em>" not in out and "<a " not in out and "<img" not in out
    assert "&lt;script&gt;" in out and "{{ t }}" in out and "&amp;amp;" in out
    assert '<span class="tx-dir">(Laughter.)</span>' in out
    assert out.count("<p>") == 1 and "<h1" not in out and "<hr" not in out


def test_markdown_inline_escape_shows_the_text():
    out = markdown.markdown(escape.md("Exclusive: " + MARKUP), extensions=["attr_list", "tables"])
    assert out.startswith("<p>Exclusive: a *b* _c_ [x](y) ![i](j) &lt;script&gt;")
    assert "\\" not in out


def test_toc_label_is_short_and_attribute_safe():
    label = escape.toc_label('Sputnik: You\'ve said "x" {y} <b> ' + "word " * 40)
    assert label.startswith("Sputnik: You've said x y b word") and label.endswith("…")
    assert not set('"{}<>') & set(label)


def test_home_page_lists_the_latest_transcripts_and_links_to_all(tmp_path):
    # the home page stays light in a large archive: the newest LATEST, then a link to the full list
    for i in range(render.LATEST + 5):
        (tmp_path / f"t{i:02d}.txt").write_text(
            f"Briefing {i}\n\nMarch {i % 28 + 1}, 20{10 + i % 10}\n\nQUESTION: Why?\n\nMINISTER: Because.\n",
            encoding="utf-8")
    corpus = pipeline.convert([tmp_path])
    pages = render.render(corpus, links.build(corpus))
    overview, everything = pages["_overview.md"], pages["transcripts/index.md"]
    assert overview.count("](transcripts/") == render.LATEST + 1
    assert f"[All {render.LATEST + 5} transcripts, newest first →](transcripts/index.md)" in overview
    assert everything.count(".md)") == render.LATEST + 5
    newest = max(corpus.transcripts, key=lambda t: t.date or "")
    assert f"(transcripts/{newest.id}.md)" in overview


def test_a_large_archive_is_indexed_by_year(tmp_path, monkeypatch):
    # above INDEX_ROWS the transcript index lists years, each year a page of its own, undated last
    years = ["2017", "2017", "2015", "2016", None, "2015"]
    for i, year in enumerate(years):
        dateline = f"March {i + 1}, {year}\n\n" if year else ""
        (tmp_path / f"t{i}.txt").write_text(f"Briefing {i}\n\n{dateline}QUESTION: Why?\n\nMINISTER: Because.\n",
                                            encoding="utf-8")
    corpus = pipeline.convert([tmp_path])
    monkeypatch.setattr(render, "INDEX_ROWS", 3)
    pages = render.render(corpus, links.build(corpus))
    index = pages["transcripts/index.md"]
    order = [index.index(f"(year_{name}.md)") for name in ("2017", "2016", "2015", "undated")]
    assert order == sorted(order) and "| [No known date](year_undated.md) | 1 |" in index
    assert "title: 'Transcripts: 2015'" in pages["transcripts/year_2015.md"]
    assert pages["transcripts/year_2015.md"].count(" March 2015 |") == 2
    assert "[All years](index.md)" in pages["transcripts/year_undated.md"]
    listed = sum(page.count("| [Briefing") for name, page in pages.items() if "/year_" in name)
    assert listed == len(years)
    monkeypatch.setattr(render, "INDEX_ROWS", 500)
    assert not any("/year_" in name for name in render.render(corpus, links.build(corpus)))


def test_a_note_that_repeats_the_role_is_shown_once():
    """'El señor FREI (Presidente de la República).-' (Chilean Congress) and 'Name (SPD):' (Bundestag) give the
    speaker the bracket as role and the turn the same words as note; the head shows them once. A note that says
    something else ('speaking after Rex Tillerson') stays."""
    from generator.model import Paragraph, Turn, TurnType
    from generator.site.render import _speaker_head

    def head(note, role):
        turn = Turn(id="t", type=TurnType.SPEECH, speaker="frei", label="El señor FREI", note=note,
                    paragraphs=(), question=False, line=1)
        return _speaker_head(turn, None, role, escape.h)

    assert head("Presidente de la República", "Presidente de la República").count("Presidente") == 1
    assert head("SPD", "spd").casefold().count("spd") == 1
    assert 'tx-note">speaking after Rex Tillerson' in head("speaking after Rex Tillerson", "Russian Foreign Minister")
    assert 'tx-note">SPD' in head("SPD", None)
