"""Speed of the corpus and site stages, round 4 (issue 13, point 7): each fast path gives what the code it replaced
gave (that code is kept here as the reference), on generated texts and on the seeds' real transcripts.  No test
here is timed."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import compress
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import pipeline
from generator.model import Mention, Segment, SegmentKind, Theme, TurnType
from generator.corpus import assemble, discover, themes
from generator.site import escape, export, render, search, write

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus():
    return pipeline.convert([ROOT / "seeds"], workers=1)


def _segments(corpus) -> list[str]:
    return [s.text for t in corpus.transcripts for turn in t.turns for p in turn.paragraphs for s in p]


# --- escape.md: one translate, and nothing at all for a text without markup characters -----------------------------

def _old_md(text: str) -> str:
    """escape.md as it was: a substitution for the markup characters, one for a line start, three replacements."""
    escaped = escape.MD_LINE_START.sub(escape._escape_start, re.sub(r"([\\`*_{}\[\]#|])", r"\\\1", text))
    return escaped.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


MARKUP_PIECES = ["a", "Word", " ", "  ", "\t", "\n", "1", "12", "٣", ".", ")", "+", "-", "*", "_", "`", "\\", "{", "}",
                 "[", "]", "#", "|", "&", "<", ">", "&amp;", "\u2028", "\u3000", "é", "—", "\\*"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(MARKUP_PIECES), max_size=12).map("".join))
def test_markdown_escape_is_the_old_one(text):
    assert escape.md(text) == _old_md(text)


def test_markdown_escape_is_the_old_one_on_real_segments(corpus):
    texts = _segments(corpus)
    assert any(escape.MD_ANY(text) for text in texts) and any(not escape.MD_ANY(text) for text in texts)
    assert [escape.md(text) for text in texts] == [_old_md(text) for text in texts]


# --- an ASCII text's words in one translate and a split: search terms and the words a turn is searched for -------

WORD_PIECES = ["Syria", "U.S.", "al-Nusra", "x_y", "COVID-19", "2017", "the", "is", "talks", "Kerry's", "a", "I",
               " ", "\t", "\n", ",", ".", "(", ")", "_", "-", "'", "’", "é", "Лавров", "外交部", "ﬁne", "Ωmega"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(WORD_PIECES), max_size=20).map("".join))
def test_term_counts_are_those_of_the_token_regex(text):
    assert search._term_counts(text, search._Terms()) == Counter(search.terms(text))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(WORD_PIECES), max_size=20).map("".join))
def test_turn_words_are_those_of_the_word_regex(text):
    assert themes._words(text) == set(themes.WORD.findall(text.lower()))


def test_term_counts_and_turn_words_on_real_turns(corpus):
    texts = [render.plain(turn) for t in corpus.transcripts for turn in t.turns]
    assert any(text.isascii() for text in texts) and not all(text.isascii() for text in texts)  # both paths
    known = search._Terms()
    for text in texts:
        assert search._term_counts(text, known) == Counter(search.terms(text))
        assert themes._words(text) == set(themes.WORD.findall(text.lower()))


# --- render: a paragraph of words alone (no theme marked, no direction) escaped in one step -----------------------

def _old_paragraph_md(paragraph, mentions=(), index=0) -> str:
    """render.paragraph_md as it was: every paragraph through the segment loop, spans looked up for each."""
    parts = []
    for number, segment in enumerate(paragraph):
        css = render.SEGMENT_CLASS.get(segment.kind)
        spans = [m for m in mentions if m.paragraph == index and m.segment == number]
        text = render._linked(segment.text, spans) if spans else _old_md(segment.text)
        if segment.kind is SegmentKind.ATTRIBUTION:
            css += " tx-attr-end" if number == len(paragraph) - 1 else ""
            parts.append(f' <span class="{css}">{text}</span> ')
        else:
            parts.append(f'<span class="{css}">{text}</span>' if css else text)
    return " ".join("".join(parts).split())


def test_paragraphs_render_as_before(corpus):
    turns = [turn for t in corpus.transcripts for turn in t.turns]
    assert any(turn.mentions for turn in turns) and any(len(p) > 1 for turn in turns for p in turn.paragraphs)
    for turn in turns:
        for index, paragraph in enumerate(turn.paragraphs):
            assert render.paragraph_md(paragraph, turn.mentions, index) == _old_paragraph_md(paragraph, turn.mentions, index)
            assert render.paragraph_md(paragraph) == _old_paragraph_md(paragraph)


# --- exports: a paragraph without two spaces in a row is not searched for them -------------------------------------

def _old_export_text(turn) -> str:
    paragraphs = [re.sub(r"[ ]{2,}", " ", "".join(export.LEFT_OUT.get(s.kind, s.text) for s in p)).strip()
                  for p in turn.paragraphs]
    return "\n\n".join(p for p in paragraphs if p)


def test_export_texts_are_those_made_before(corpus):
    spaced = (Segment(SegmentKind.TEXT, "We  said "), Segment(SegmentKind.ATTRIBUTION, "he said"),
              Segment(SegmentKind.TEXT, " no.   Then"), Segment(SegmentKind.TIME, "[00:01]"))
    turns = [turn for t in corpus.transcripts for turn in t.turns]
    turns.append(replace(turns[0], paragraphs=(spaced, (Segment(SegmentKind.TIME, "[00:02]"),), spaced[:1])))
    assert [export._text(turn) for turn in turns] == [_old_export_text(turn) for turn in turns]


# --- discovery: a run of one capitalised word (most) takes its form from a table by the word -----------------------

def _old_runs_of(tokens: list[str], found: list, caps: list[bool]) -> None:
    """discover._runs_of as it was: every run sliced and finished as a list."""
    size, after = len(tokens), 0
    for start in compress(range(size), caps):
        if start < after:
            continue
        end = start + 1
        while end < size and (caps[end] or (tokens[end] in discover.RUN_CONNECTORS
                                            and discover._name_follows(tokens, end))):
            end += 1
        run = tokens[start:end]
        opening = start == 0 or not tokens[start - 1]
        if opening and not run[0].isupper():
            found.append((run[0], discover._finish(run), discover._finish(run[1:])))
        else:
            form = discover._finish(run)
            found.append((None, form, form))
        after = end + 1


def test_capitalised_runs_are_those_found_before(corpus):
    runs = 0
    for t in corpus.transcripts:
        tokens = discover._tokens(discover.TEXT_BREAK.join(themes._texts(t)))
        caps = [discover._capitalised(token) for token in tokens]
        new, old = [], []
        discover._runs_of(tokens, new, caps)
        _old_runs_of(tokens, old, caps)
        assert new == old
        runs += len(new)
    assert runs > 100


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Syria", "US", "The", "of", "the", "for", "State", "said", "", "Kerry's", "I"]),
                max_size=20))
def test_capitalised_runs_of_any_tokens_are_those_found_before(tokens):
    caps = [discover._capitalised(token) for token in tokens]
    new, old = [], []
    discover._runs_of(tokens, new, caps)
    _old_runs_of(tokens, old, caps)
    assert new == old


# --- discovery across the corpus: key phrases scored only when they pass the tests that need no look-up -----------

def _old_discover_from(documents, speaker_names):
    """discover.discover_from as it was: every phrase scored, every run making a candidate, the transcripts of every
    phrase kept."""
    proper, lower, lower_docs, expansions, capitals = {}, Counter(), {}, {}, Counter()
    for _, stats in documents:
        capitals.update(stats.capitals)
    names = discover._names(capitals)
    total = 0
    for doc, stats in documents:
        total += stats.words
        expansions.update(stats.expansions)
        for form, count in discover._chosen(stats.runs, names):
            key = discover._proper_key(form)
            if key is None or key in speaker_names:
                continue
            entry = proper.setdefault(key, discover.Candidate(key, Counter(), set()))
            entry.forms[form] += count
            entry.transcripts.add(doc)
            entry.mentions += count
        lower.update(stats.phrases)
        for phrase in stats.phrases:
            lower_docs.setdefault(phrase, set()).add(doc)
    scores = {phrase: discover._keyness(phrase, count, total) for phrase, count in lower.items()}
    nouns = discover._noun_like(lower)
    for phrase, count in lower.items():
        first, last = phrase.split()[0], phrase.split()[-1]
        modifier = (" " not in phrase or first.endswith(discover.ADJECTIVE_END)
                    or discover.zipf_frequency(first, "en") < 4.0)
        if (scores[phrase] >= (discover.KEYNESS if " " in phrase else discover.KEYNESS + 0.4) and last in nouns
                and modifier and (" " in phrase or count >= 3)
                and len(lower_docs[phrase]) >= discover.MIN_TRANSCRIPTS and phrase not in proper
                and not any(w in discover.GENERIC_WORDS for w in phrase.split()[-1:])):
            proper[phrase] = discover.Candidate(phrase, Counter({phrase: count}), set(lower_docs[phrase]), count,
                                                proper=False)
    return discover._grouped(proper, expansions)


def _candidates(found) -> list:
    return [(c.key, list(c.forms.items()), sorted(c.transcripts), c.mentions, c.proper, c.name) for c in found]


def test_discovered_candidates_are_those_found_before(corpus):
    documents = [(t.id, themes.document_stats(t)) for t in corpus.transcripts]
    found = discover.discover_from(documents, set())
    assert any(not c.proper for c in found) and any(c.proper for c in found)  # key phrases and names
    assert _candidates(found) == _candidates(_old_discover_from(documents, set()))
    names = {"vladimir putin", "sergey lavrov"}
    assert _candidates(discover.discover_from(documents, names)) == _candidates(_old_discover_from(documents, names))


# --- theme marking: a turn of several parts searched once as a whole before part by part --------------------------

def _old_annotate(turn, matchers, own, needles):
    """themes._annotate as it was: every theme searched in every part, one part after the other (``needles``
    unused: every theme is tried, so the needle index is tested too)."""
    found = []
    parts = themes._turn_text(turn)
    for position in range(len(matchers)):
        matcher = matchers[position]
        if matcher.theme.id in own:
            continue
        for p, s, text in parts:
            match = matcher.search(text)
            if match:
                found.append(((p, s, match.start()), Mention(matcher.theme.id, p, s, match.start(), match.end())))
                break
    if not found and not turn.themes and not turn.mentions:
        return turn
    found.sort(key=lambda item: item[0])
    mentions, taken = [], []
    for _, mention in found:
        if any(m.paragraph == mention.paragraph and m.segment == mention.segment
               and m.start < mention.end and mention.start < m.end for m in taken):
            continue
        taken.append(mention)
        mentions.append(mention)
    return replace(turn, themes=tuple(m.theme for m in mentions), mentions=tuple(mentions))


def test_theme_marks_are_those_found_part_by_part(corpus):
    extra = [Theme("us", "United States", ("U.S.", "Washington")), Theme("nusra", "al-Nusra", ()),
             Theme("weapons", "chemical weapons", ())]
    matchers = [themes._matcher(theme, (), proper=True) for theme in corpus.themes]
    matchers += [themes._matcher(theme, (), proper=False) for theme in extra]
    matchers.append(themes._matcher(Theme("talks", "Talks", ()), (r"(?<=the )talks\b", r"^We"), proper=False))
    needles = themes._needle_index(matchers)
    split = (Segment(SegmentKind.TEXT, "We met the United"), Segment(SegmentKind.DIRECTION, "(applause)"),
             Segment(SegmentKind.TEXT, "States and the talks on al-Nusra."))
    turns = [turn for t in corpus.transcripts for turn in t.turns if turn.type is not TurnType.HEADING]
    turns.append(replace(turns[0], paragraphs=(split, split[2:], (Segment(SegmentKind.TEXT, "We  said U.S."),)),
                         themes=(), mentions=()))
    several = [turn for turn in turns if len(themes._turn_text(turn)) > 1]
    assert several and any(turn.mentions for turn in several)
    for turn in turns:
        for own in (frozenset(), frozenset(m.theme.id for m in matchers[:3])):
            assert themes._annotate(turn, matchers, own, needles) == _old_annotate(turn, matchers, own, needles)


# --- write: each folder made once, not once per file written into it ------------------------------------------------

def test_each_output_folder_is_made_once(tmp_path, monkeypatch):
    made = []
    mkdir = Path.mkdir

    def counted(self, *args, **kwargs):
        made.append(self)
        return mkdir(self, *args, **kwargs)
    monkeypatch.setattr(Path, "mkdir", counted)
    files = {f"search-index/p-{i}.js": f"page {i}" for i in range(30)}
    files.update({f"speakers/s-{i}.md": f"speaker {i}" for i in range(20)}, **{"index.md": "home"})
    write.write_tree(tmp_path / "out", files)
    folders = {(tmp_path / "out" / name).parent for name in files}
    assert set(made) == folders and len(made) <= len(folders) + 1  # (the output folder: by the first file's)
    assert all((tmp_path / "out" / name).read_text() == text for name, text in files.items())
    assert {(tmp_path / "out" / name).stat().st_mode & 0o777 for name in files} == {0o644}


# --- assemble: a turn whose speaker key is the corpus id already is kept, not copied --------------------------------

def _old_rekey(transcript, index, mapping, records):
    """assemble._rekey as it was: every turn copied with ``replace``."""
    speakers = {}
    for s in transcript.speakers:
        sid = mapping[(index, s.key)]
        known = speakers.get(sid)
        speakers[sid] = replace(s, key=sid, name=records[sid].name, role=s.role or (known.role if known else None),
                                labels=(known.labels if known else ()) + s.labels)
    turns = tuple(replace(t, speaker=mapping[(index, t.speaker)] if t.speaker else None) for t in transcript.turns)
    return replace(transcript, speakers=tuple(speakers.values()), turns=turns)


def test_rekeyed_corpus_is_the_one_made_before(monkeypatch):
    converted = [pipeline.convert_file(item) for item in pipeline.discover([ROOT / "seeds"])[0]]
    converted.append(replace(converted[0], source=replace(converted[0].source, name="copy-" + converted[0].source.name)))
    new = assemble.build_corpus(list(converted), [], [])
    kept = sum(a is b for t in converted for a, b in zip(t.turns, next(
        n for n in new.transcripts if n.source.name == t.source.name).turns))
    assert kept and kept < sum(len(t.turns) for t in converted)  # some turns kept, some given a new key
    monkeypatch.setattr(assemble, "_rekey", _old_rekey)
    assert new == assemble.build_corpus(list(converted), [], [])
