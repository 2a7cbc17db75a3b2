"""Speed (issue 13, point 7): one process on demand, the bench on real transcripts, and the faster code paths.

The speed changes must not change any output, so most tests here compare a fast path with the simple one it
replaced (kept here as the reference): the encoding guess, wordfreq's Zipf values, discovery's counts, the
rewritten patterns.  The others check that a corpus-wide pass reads a transcript's turns a fixed number of times,
not once per speaker (the quadratic loops that were there), and that ``convert --workers 1`` and
``bench/convert.py`` work.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import wordfreq
from charset_normalizer import from_bytes
from charset_normalizer.models import CharsetMatch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import cli, pipeline
from generator.corpus import assemble, discover, links, variants
from generator.parse import clean, label_rules, labels
from generator.read import files as read
from generator.site import pages

ROOT = Path(__file__).resolve().parent.parent
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]


# --- one process, and the bench -------------------------------------------------------------------------------

def test_convert_workers_one_converts_in_this_process(tmp_path, monkeypatch):
    """``convert --workers 1`` never starts worker processes, however many files there are (the bench measures
    one process; a corpus of ``PARALLEL_FROM`` files or more is otherwise spread over every core)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for number in range(pipeline.PARALLEL_FROM):
        shutil.copy(SEED, folder / f"t{number:02d}.txt")

    def no_pool(*args, **kwargs):
        raise AssertionError("a worker pool was started")
    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", no_pool)
    assert cli.main(["convert", str(folder), "--out", str(tmp_path / "out"), "--workers", "1", "--no-cache"]) == 0
    assert (tmp_path / "out" / "corpus.json").is_file()


def test_bench_prints_every_stage_and_the_total(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "convert.py"), str(ROOT / "seeds"),
                             "--out", str(tmp_path / "out")], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = {line.split("|")[1].strip(): line for line in result.stdout.splitlines() if line.startswith("| ")}
    from importlib import util
    spec = util.spec_from_file_location("bench_convert", ROOT / "bench" / "convert.py")
    bench = util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    for name, _, _ in bench.STAGES:
        assert name in rows, f"no row for {name}"
    assert re.fullmatch(r"\| total \| [\d.]+ \| [\d.]+ \|", rows["total"])
    assert (tmp_path / "out" / "corpus.json").is_file()


# --- read: the encoding guess ---------------------------------------------------------------------------------

CP1252 = ("Il a déclaré : « Les négociations reprendront à Genève. » Señor Muñoz répond — naïve façade. " * 40
          ).encode("cp1252")


def test_encoding_guess_never_maps_every_character(monkeypatch):
    """charset-normalizer's ``alphabets`` looks up the Unicode range of every character of the text (three
    seconds for 30 Hansard files); the guess counts the ranges of the distinct characters instead."""
    expected = read.decode(CP1252, "x.txt")

    def every_character(self):
        raise AssertionError("alphabets mapped every character")
    monkeypatch.setattr(CharsetMatch, "alphabets", property(every_character))
    assert read.decode(CP1252, "x.txt") == expected


@pytest.mark.parametrize("raw", [CP1252, "Привет, как дела? Всё хорошо. ".encode("cp1251") * 30,
                                 "Grüße aus Köln, schöne Straße. ".encode("latin-1") * 30],
                         ids=["cp1252", "cp1251", "latin-1"])
def test_alphabet_count_is_charset_normalizers(raw):
    for match in from_bytes(raw):
        assert read._alphabets(match) == len(match.alphabets)


# --- discovery: Zipf values and counts ------------------------------------------------------------------------

WORDS = ["sanctions", "the", "weapons", "négociations", "Syria", "ok", "zzyzzx", "don't", "e-mail", "x", "US",
         "colour", "reconnaissance", "qwertyuiop", "ccc", "ed", "lately"]


def test_zipf_values_are_wordfreqs():
    variants.zipf_frequency.cache_clear()
    assert [variants.zipf_frequency(w, "en") for w in WORDS] == [wordfreq.zipf_frequency(w, "en") for w in WORDS]


def test_listed_english_word_skips_wordfreqs_tokenizer(monkeypatch):
    expected = wordfreq.zipf_frequency("sanctions", "en")
    variants.zipf_frequency.cache_clear()

    def tokenised(*args):
        raise AssertionError("went through wordfreq's tokenizer")
    monkeypatch.setattr(variants, "_zipf_frequency", tokenised)
    try:
        assert variants.zipf_frequency("sanctions", "en") == expected
    finally:
        variants.zipf_frequency.cache_clear()


def _old_sentences(text: str) -> list[list[str]]:
    sentences, current = [], []
    for token in discover.TOKEN.findall(text):
        if token in ".!?;:":
            if current:
                sentences.append(current)
            current = []
        elif token in discover.BREAK:
            current.append("")
        else:
            current.append(token.rstrip("."))
    if current:
        sentences.append(current)
    return sentences


def _old_runs(sentence: list[str], found: list) -> None:
    run: list[str] = []
    for index, token in enumerate(sentence + [""]):
        if token and discover._capitalised(token) or (
                run and token in ("of", "for", "the") and discover._name_follows(sentence, index)):
            run.append(token)
            continue
        if run:
            start = index - len(run)
            opening = start == 0 or not sentence[start - 1]
            if opening and not run[0].isupper():
                found.append((run[0], discover._finish(run), discover._finish(run[1:])))
            else:
                form = discover._finish(run)
                found.append((None, form, form))
        run = []


def _old_phrases(sentence: list[str], found: list[str]) -> None:
    content = [discover._content_word(t) for t in sentence]
    for index, word in enumerate(content):
        if word:
            found.append(word)
            if index + 1 < len(content) and content[index + 1]:
                found.append(f"{word} {content[index + 1]}")


def _old_counts(texts: list[str]) -> tuple:
    """discover.document_stats as it was: sentence by sentence."""
    capitals, runs, phrases = [], [], []
    for text in texts:
        for sentence in _old_sentences(text):
            capitals.extend(t for before, t in zip(sentence, sentence[1:]) if before and t
                            and discover._capitalised(t))
            _old_runs(sentence, runs)
            _old_phrases(sentence, phrases)
    return capitals, runs, phrases


PIECES = ["Secretary", "of", "State", "the", "for", "Syria", "sanctions", "chemical", "weapons", "We", "U.S.",
          "al-Nusra", "OPCW", "talks", "John", "Kerry's", "said", "reconnaissance", ".", ",", "!", "?", ";", ":",
          "(", ")", "—", "\"", "I'm", "Russian", "Federation", "and", "x"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join), min_size=1, max_size=3))
def test_discovery_counts_are_those_of_the_sentences_one_by_one(texts):
    stats = discover.document_stats(texts)
    capitals, runs, phrases = _old_counts(texts)
    assert list(stats.capitals.items()) == list(discover.Counter(capitals).items())
    assert list(stats.runs.items()) == list(discover.Counter(runs).items())
    assert list(stats.phrases.items()) == list(discover.Counter(phrases).items())


# --- rewritten patterns find what the old ones found ----------------------------------------------------------

OLD_MISSING_SPACE = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|(?<=[a-z],)(?=[a-z]{2})")
OLD_MID_LABEL = re.compile(
    r"(?<=[.!?…\"”)\]—-])[ \t]+(?P<label>[A-Z][A-Z'’.\-]*(?:[ ][A-Z][A-Z'’.\-]*){0,3})"
    r"(?:[ ]\((?P<note>[^)\n]{1,80})\))?:[ \t]+(?=\S)")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abZYM. ,!?:\t)—\"(\n-", max_size=60))
def test_rewritten_patterns_match_the_old_ones(text):
    assert clean.MISSING_SPACE.sub(r"\g<0> ", text) == OLD_MISSING_SPACE.sub(" ", text)
    assert [(m.span(), m.groupdict()) for m in labels.MID_LABEL.finditer(text)] == \
        [(m.span(), m.groupdict()) for m in OLD_MID_LABEL.finditer(text)]


# --- corpus-wide passes: a transcript's turns read a fixed number of times, not once per speaker -------------

class _CountedTurns(tuple):
    """A transcript's turns that count how often they are read from start to end."""
    reads = 0

    def __iter__(self):
        type(self).reads += 1
        return super().__iter__()


SPEAKERS = 40  # the old loops read the turns once per speaker: 40 reads or more


@pytest.fixture(scope="module")
def many_speakers(tmp_path_factory):
    folder = tmp_path_factory.mktemp("many")
    names = [f"{first} {last}" for first in ("Anna", "Boris", "Carla", "David", "Elena") for last in
             ("Adams", "Brown", "Clarke", "Dunn", "Evans", "Fox", "Grant", "Hale")][:SPEAKERS]
    lines = [f"{name}: I would like to say something about the harbour and the budget, number {i}.\n"
             for round_ in range(2) for i, name in enumerate(names)]
    (folder / "meeting.txt").write_text("Town meeting\n\n" + "\n".join(lines), encoding="utf-8")
    return folder


def _counted(transcripts):
    _CountedTurns.reads = 0
    return [replace(t, turns=_CountedTurns(t.turns)) for t in transcripts]


def test_speaker_pages_read_the_turns_once(many_speakers):
    corpus = pipeline.convert([many_speakers], workers=1)
    assert sum(1 for s in corpus.speakers if not s.generic) == SPEAKERS
    linked = links.build(corpus)
    counted = replace(corpus, transcripts=tuple(_counted(corpus.transcripts)))
    pages.corpus_pages(counted, linked)
    assert _CountedTurns.reads < 5


def test_speaker_records_read_the_turns_once(many_speakers):
    transcripts = [pipeline.convert_file(pipeline.InputFile(p, p.name)) for p in sorted(many_speakers.iterdir())]
    counted = _counted(transcripts)
    corpus = assemble.build_corpus(counted, [], [], ())
    assert len(corpus.speakers) == SPEAKERS
    assert _CountedTurns.reads < SPEAKERS / 2


# --- labels: the characters each label shape needs --------------------------------------------------------------

def _real_lines() -> list[str]:
    """Lines of the seeds, the samples and the rule cases (each line alone, and each pair of lines: a candidate may
    be read on a block whose label wraps)."""
    lines: list[str] = []
    for path in sorted([*(ROOT / "seeds").glob("*.txt"), *(ROOT / "tests" / "cases").glob("*/*"),
                        *(ROOT / "samples").glob("**/*.txt")]):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace").splitlines()
            lines += text + [f"{a}\n{b}" for a, b in zip(text, text[1:])]
    return lines


REAL_LINES = _real_lines()
NEEDING = [rule for rule in label_rules.SHAPES if rule.needs or rule.needs_only]
# lines that open like labels of every shape, with and without the characters the shapes need
LINE_PIECES = ["MR. SMITH", "Anna", "The Chairman", "[Speaker 1]", "<bob>", "@kim", "(Kim)", "Q", "A", "P", "R", "O SR.",
               "asked", "of Ohio", ":", ";", ".", ",", ")", "(", "]", "[", "-", "–", "—", ">", "*", "_", "/", "**",
               "0:37", "00:01:02", "\n", " ", "  ", "\t", "text", "Schmit, President", "Question No. 62"]


def _violations(rule, texts) -> list[str]:
    """Texts the rule reads although they hold none of its ``needs`` (or, for ``needs_only``, texts whose test
    answer differs from the need met): a declaration that would make ``labels.candidate`` skip a label."""
    bad = []
    for text in texts:
        if not text[:1] or not labels._can_open(rule, text[:1]):
            continue  # (the shape is tried only on texts its opening character allows)
        holds = rule.needs is None or any(char in text for char in rule.needs)
        if rule.needs_only and bool(rule.test(text)) != holds:
            bad.append(text)
        elif not holds and rule.test(text) and rule.pattern.match(text):
            bad.append(text)
    return bad


@pytest.mark.parametrize("rule", NEEDING, ids=lambda rule: f"{rule.name}:{rule.pattern.pattern[:30]}")
def test_shape_needs_hold_on_real_lines(rule):
    assert len(REAL_LINES) > 10_000
    texts = REAL_LINES + [line[len(line) - len(line.lstrip("#*_ ")):] for line in REAL_LINES]
    assert not _violations(rule, texts)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(LINE_PIECES), min_size=1, max_size=8).map("".join),
       st.lists(st.sampled_from(LINE_PIECES), min_size=1, max_size=8).map(" ".join))
def test_shape_needs_hold_on_generated_lines(joined, spaced):
    for rule in NEEDING:
        assert not _violations(rule, [joined, spaced])


def test_candidate_tries_only_the_shapes_a_line_holds_the_needs_of():
    """A prose line without a colon or a dash is not handed to the colon and dash shapes."""
    labels.candidate.cache_clear()
    assert labels.candidate("Anna said it was late, and went home.") is None
    held = tuple(char in "Anna said it was late, and went home." for char in labels.NEEDED)
    tried = {pattern for _, pattern, _, _, _ in labels._shapes_by_first["A", False, False, held]}
    assert label_rules.LABEL not in tried and label_rules.SR_DASH_LABEL not in tried
    assert label_rules.PERIOD_LABEL in tried
