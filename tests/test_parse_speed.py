"""Speed edits of the parse stage change no output: each rewritten function gives what the old one gave.

The old formulations are kept here as the reference and compared with the new ones on random text made of the
characters they care about (as in ``test_linear_time``).  No test here is timed: the bench (``bench/convert.py``)
measures the speed.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.model import RawTurn, Segment, SegmentKind, TurnType
from generator.parse import questioners

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _turn(text: str, label: str = "MODERATOR") -> RawTurn:
    return RawTurn(1, TurnType.SPEECH, label, None, ((Segment(SegmentKind.TEXT, text),),))


# --- questioners: the old formulations (the whole turn scanned for its trailing aside and split into sentences)
def _old_untranscribed(turn: RawTurn) -> bool:
    return not questioners.TRAILING_ASIDE.sub("", questioners._text(turn)).strip()


def _old_last(text: str) -> str:
    return questioners.SENTENCE_END.split(questioners.TRAILING_ASIDE.sub("", text).strip())[-1]


aside_text = st.text(alphabet="ab Q.!?()\n\t\u00a0,", max_size=60) | st.lists(
    st.sampled_from(["Go ahead, Aamer.", "(In Russian.)", " (Inaudible.) ", "Yes.", "question from Ann Lee.",
                     "  ", "\n", "Thanks!", "(", ")", ").", "Steve, go ahead."]), max_size=8).map("".join)


@SETTINGS
@given(aside_text)
def test_untranscribed_is_the_old_test(text):
    assert questioners._untranscribed(_turn(text)) == _old_untranscribed(_turn(text))


@SETTINGS
@given(aside_text)
def test_last_sentence_is_the_old_split(text):
    assert questioners._last_sentence(questioners._without_trailing_aside(text)) == _old_last(text)


def _old_recognition(turn: RawTurn):
    text = questioners._text(turn)
    match = questioners.ANNOUNCE.search(text)
    if match:
        ends = [text.rfind(mark, 0, match.start()) for mark in (". ", "? ", "! ")]
        start = max((e + 2 for e in ends if e >= 0), default=0)
        return questioners.Announcement(match.group("name"), match.group("org"), text[start:match.end()].strip())
    last = _old_last(text)
    if len(last.split()) > questioners.CUE_WORDS:
        return False
    match = questioners.RECOGNISE.match(last)
    name = match and (match.group("after") or match.group("before"))
    if name and questioners._is_name(name):
        return questioners.Announcement(questioners.people.display_name(name), None, last)
    return bool(questioners.UNNAMED.search(last))


@SETTINGS
@given(aside_text)
def test_recognition_is_the_old_one(text):
    assert questioners._recognition(_turn(text)) == _old_recognition(_turn(text))


def test_recognition_examples_are_the_old_ones():
    for text in ["Thank you. The next question will be from Arshad Mohammed from Reuters.", "Go ahead, Aamer.",
                 "That is all. Steve, go ahead. (Inaudible.)", "I disagree. Yes, ma'am.", "(In Russian.)",
                 "We will see.  Yes, Kristen.", "A long answer that names no one and goes on and on for words."]:
        assert questioners._recognition(_turn(text)) == _old_recognition(_turn(text)), text


# --- structure.furniture: a document with no running-head shape is not asked for line shapes again
def test_furniture_reads_each_line_shape_once_when_no_shape_recurs(monkeypatch):
    from generator.model import Block
    from generator.parse import structure

    calls = []
    shape = structure._shape
    monkeypatch.setattr(structure, "_shape", lambda line: calls.append(line) or shape(line))
    words = "alpha beta gamma delta epsilon zeta eta theta iota kappa".split()
    text = "\n".join(f"ANNA: The {words[n % 10]} {words[n // 10]} came {n} times." for n in range(30))
    found, rosters = structure.furniture([Block(1, text, 0)])
    assert not found and not rosters
    assert len(calls) == 30  # once each, in _running_shapes (before: three times)


class _Counted:
    """A compiled pattern that counts the calls of its methods (to show that a cheap pre-test skips it)."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern, self.calls = pattern, 0

    def __getattr__(self, name):
        method = getattr(self.pattern, name)
        if not callable(method):
            return method

        def counted(*args, **kwargs):
            self.calls += 1
            return method(*args, **kwargs)
        return counted


# --- labels.mid_labels: a line without a colon holds no label and is not scanned
def test_mid_labels_skips_lines_without_a_colon(monkeypatch):
    from generator.parse import labels

    counted = _Counted(labels.MID_LABEL)
    monkeypatch.setattr(labels, "MID_LABEL", counted)
    assert labels.mid_labels("He went away. COOPER said nothing. Then we left.") == []
    assert counted.calls == 0
    assert [m.group("label") for m in labels.mid_labels("He went away. COOPER: Do you know?")] == ["COOPER"]
    assert counted.calls == 1


# --- read.files.normalise: a pattern is applied only to a text that holds one of its characters
def _old_normalise(text: str) -> str:
    from generator.read import files

    text = files.LINE_ENDS.sub("\n", text)
    text = files.SPACES.sub(" ", text)
    text = files.INVISIBLE.sub("", text)
    return files.CONTROL.sub("", text).replace("\t", "    ")


@SETTINGS
@given(st.text(alphabet="ab \t\r\n\x85\u2028\u2029\u00a0\u2007\u202f\u3000\u200b\u200c\u200d\u2060\ufeff"
                        "\u202a\u202c\u202e\u2066\u2069\u200e\u200f\x00\x07\x0b\x1f\x7fé", max_size=40))
def test_normalise_is_the_old_one(text):
    from generator.read import files

    assert files.normalise(text) == _old_normalise(text)


def test_normalise_does_not_scan_for_characters_a_text_lacks(monkeypatch):
    from generator.read import files

    counted = {name: _Counted(getattr(files, name)) for name in ("LINE_ENDS", "SPACES", "INVISIBLE")}
    for name, pattern in counted.items():
        monkeypatch.setattr(files, name, pattern)
    assert files.normalise("ANNA: Hello.\nBOB: Hi.\tYes.") == "ANNA: Hello.\nBOB: Hi.    Yes."
    assert files.normalise("ANNA: Grüße.\n") == "ANNA: Grüße.\n"
    assert all(pattern.calls == 0 for pattern in counted.values())
    assert files.normalise("A\r\nB\u00a0C\u200b") == "A\nB C"
    assert all(pattern.calls == 1 for pattern in counted.values())


def test_furniture_reads_a_line_shape_once_when_shapes_recur(monkeypatch):
    from generator.model import Block
    from generator.parse import structure

    pages = [f"ANNA: We spoke of the {n}th thing.\nBOB: Yes, we did.\n\nHEARING 2013-01-{n:02d}" for n in range(1, 9)]
    text = "\n".join(pages)
    calls = []
    shape = structure._shape
    monkeypatch.setattr(structure, "_shape", lambda line: calls.append(line) or shape(line))
    found, _ = structure.furniture([Block(1, text, 0)])
    assert set(found.values()) == {"running page header"}
    assert len(calls) == len(text.split("\n"))  # read once for each line (a list beside the lines), asked again


# --- turns.segments: a paragraph with no bracket is one text segment, without the stage-direction scan
def _old_segments(text: str):
    from generator.parse import layouts, turns

    parts: list[Segment] = []
    position = 0
    time = layouts.TURN_TIME.match(text)
    if time:
        parts.append(Segment(SegmentKind.TIME, time.group(0).strip()))
        position = time.end()
    for match in turns.DIRECTION.finditer(text):
        if match.start() > position:
            parts.append(Segment(SegmentKind.TEXT, text[position:match.start()]))
        parts.append(Segment(SegmentKind.DIRECTION, match.group(0)))
        position = match.end()
    if position < len(text):
        parts.append(Segment(SegmentKind.TEXT, text[position:]))
    return turns._tidy(parts)


@SETTINGS
@given(st.lists(st.sampled_from(["Yes", " ", "  ", "\t", "(laughter)", "[applause]", "(In Russian.)", "00:01:02",
                                 "[00:12]", "10:15 ", "(", "]", "a", "\u00a0"]), max_size=8).map("".join))
def test_segments_are_the_old_ones(text):
    from generator.parse import turns

    assert turns.segments(text) == _old_segments(text)


def test_segments_skip_the_direction_scan_without_a_bracket(monkeypatch):
    from generator.parse import paragraphs, turns

    counted = _Counted(paragraphs.DIRECTION)
    monkeypatch.setattr(paragraphs, "DIRECTION", counted)
    assert turns.segments("  We agreed on that.  ") == (Segment(SegmentKind.TEXT, "We agreed on that."),)
    assert counted.calls == 0
    assert len(turns.segments("We agreed (laughter) on that.")) == 3 and counted.calls == 1


# --- turns.paragraphs: only a line with a run of spaces or a tab is rewritten
@SETTINGS
@given(st.lists(st.sampled_from(["Yes.", " ", "  ", "\t", "\n", "00:01:02", "a", "We", "\u00a0", ","]),
                max_size=12).map("".join), st.sampled_from([None, 40]))
def test_paragraphs_are_the_old_ones(text, width):
    from generator.parse import turns

    old = [re.sub(r"[ \t]{2,}", " ", line.strip()) for line in text.split("\n")]
    assert turns.paragraphs(text, width) == _paragraphs_from(old, width)


def _paragraphs_from(lines: list[str], width):
    """The old ``paragraphs`` after its first line (the joining is unchanged)."""
    from generator.parse import labels, turns

    joined: list[list[str]] = []
    previous = ""
    for number, line in enumerate(line for line in lines if line):
        ends_paragraph = not width or (len(previous) < width * 0.75 and turns.TERMINAL.search(previous))
        if joined and (labels.time_only(previous) or not ends_paragraph):
            joined[-1].append(line)
        else:
            joined.append([line])
        previous = line
    return [" ".join(paragraph) for paragraph in joined]


def test_paragraphs_rewrite_only_lines_with_a_space_run(monkeypatch):
    from generator.parse import paragraphs, turns

    counted = _Counted(paragraphs.SPACE_RUN)
    monkeypatch.setattr(paragraphs, "SPACE_RUN", counted)
    assert turns.paragraphs("We agreed.\nYes.", None) == ["We agreed.", "Yes."]
    assert counted.calls == 0
    assert turns.paragraphs("We  agreed.", None) == ["We agreed."] and counted.calls == 1


# --- labels.time_only: a line that opens with no digit, bracket or space is not copied and matched
@SETTINGS
@given(st.lists(st.sampled_from(["00:01:02", "[", "]", "(", ")", " ", "\t", "1", "\u0661", "m", "s", "h", "a",
                                 ":", "\u00a0", "\n"]), max_size=10).map("".join))
def test_time_only_is_the_old_one(line):
    from generator.parse import labels

    match = labels.TIME_ONLY.match(line.strip())
    assert labels.time_only(line) == (match.group("time") if match else None)


def test_time_only_skips_lines_of_words(monkeypatch):
    from generator.parse import labels

    counted = _Counted(labels.TIME_ONLY)
    monkeypatch.setattr(labels, "TIME_ONLY", counted)
    assert labels.time_only("We met at 10:15.") is None and labels.time_only("") is None
    assert counted.calls == 0
    assert labels.time_only(" [00:01:23] ") == "00:01:23" and counted.calls == 1


# --- people.people_in / names_in: a run of one capitalised word is not asked for a person
def test_one_word_runs_name_no_one():
    from generator.parse import people

    for word in ["President", "Mr", "Smith", "Smith's", "The", "Dr.", "Secretary", "Lavrov", "I", "Putin."]:
        assert people._with_office((word,)) is None and people._full_name((word,)) is None, word


def test_people_in_asks_only_runs_of_two_or_more_words(monkeypatch):
    from generator.parse import people

    asked = []
    original = people._with_office
    monkeypatch.setattr(people, "_with_office", lambda run: asked.append(run) or original(run))
    monkeypatch.setattr(people, "_full_name", lambda run: asked.append(run) or None)
    text = "Yes. Russian Foreign Minister Sergey Lavrov said so. Then Anna left. Thanks."
    assert [p.name for p in people.people_in(text)] == ["Sergey Lavrov"]
    people.names_in(text)
    assert asked and all(len(run) > 1 for run in asked)


# --- people._runs: a run with no full stop is one run, without the per-word loop
def _old_runs(text: str) -> tuple:
    from generator.parse import people

    runs: list[tuple[str, ...]] = []
    for match in people.RUN.finditer(text):
        current: list[str] = []
        for token in match.group(0).split():
            current.append(token)
            if token.endswith(".") and not people.ABBREVIATION.match(token):
                current[-1] = token[:-1]
                runs.append(tuple(current))
                current = []
        if current:
            runs.append(tuple(current))
    return tuple(runs)


@SETTINGS
@given(st.lists(st.sampled_from(["Anna", "Smith.", "Mr.", "of", "the", "J.", "U.S.", " ", "  ", "\t", "\n", "said",
                                 "Tillerson.", "President", ",", "x"]), max_size=14).map(" ".join))
def test_runs_are_the_old_ones(text):
    from generator.parse import people

    assert people._runs.__wrapped__(text) == _old_runs(text)


# --- turns._merge: a turn nothing is joined to is kept, not rebuilt
def _old_merge(turns_in, same=None):
    from dataclasses import replace

    from generator.parse import labels, turns

    same = same or {}
    key = lambda label: same.get(labels.label_key(label), labels.label_key(label))  # noqa: E731
    merged, gathered = [], []
    for turn in turns_in:
        last = merged[-1] if merged else None
        if (last and turn.type is TurnType.SPEECH and last.type is TurnType.SPEECH and last.label and turn.label
                and key(last.label) == key(turn.label)
                and turn.note is None and not (turns._unvoiced(gathered[-1]) and turns._unvoiced(turn.paragraphs))):
            paragraphs = list(turn.paragraphs)
            if turn.time and paragraphs:
                paragraphs[0] = (Segment(SegmentKind.TIME, f"[{turn.time}]"),) + paragraphs[0]
            gathered[-1].extend(paragraphs)
        else:
            merged.append(turn)
            gathered.append(list(turn.paragraphs))
    return [replace(turn, paragraphs=tuple(paras)) for turn, paras in zip(merged, gathered)]


raw_turns = st.lists(st.builds(
    lambda label, note, texts, time, kind: RawTurn(
        1, kind, label if kind is TurnType.SPEECH else None, note,
        tuple((Segment(SegmentKind.DIRECTION if t.startswith("(") else SegmentKind.TEXT, t),) for t in texts), None,
        time),
    st.sampled_from(["ANNA", "Anna", "BOB"]), st.sampled_from([None, "aside"]),
    st.lists(st.sampled_from(["Yes.", "(In Russian.)", "No."]), max_size=2), st.sampled_from([None, "00:01"]),
    st.sampled_from([TurnType.SPEECH, TurnType.SPEECH, TurnType.NARRATION])), max_size=8)


@SETTINGS
@given(raw_turns)
def test_merge_is_the_old_one(turns_in):
    from generator.parse import turns

    assert turns._merge(turns_in) == _old_merge(turns_in)


def test_merge_keeps_the_turns_nothing_is_joined_to():
    from generator.parse import turns

    anna, bob, more = _turn("Hello.", "ANNA"), _turn("Hi.", "BOB"), _turn("And more.", "BOB")
    merged = turns._merge([anna, bob, more])
    assert merged[0] is anna and len(merged) == 2 and len(merged[1].paragraphs) == 2


# --- metadata.anchor: the opening words are read from the turn's start, not from the whole turn case-folded
def _old_anchor(label, text):
    import hashlib
    from itertools import islice

    from generator.parse import labels, metadata

    words = " ".join(m.group(0) for m in islice(metadata.WORDS.finditer(text.casefold()), metadata.ANCHOR_WORDS))
    digest = hashlib.sha1(f"{labels.label_key(label or '')}\n{words}".encode("utf-8")).hexdigest()
    return "t-" + digest[:6]


@SETTINGS
@given(st.lists(st.sampled_from(["Straße", "ΣΊΣΥΦΟΣ", "we", " ", "  ", ".", "ﬁne", "İ", "a" * 300, "-", "\n"]),
                max_size=60).map(" ".join), st.sampled_from([None, "ANNA"]))
def test_anchor_is_the_old_one(text, label):
    from generator.parse import metadata

    assert metadata.anchor(label, text) == _old_anchor(label, text)


def test_anchor_does_not_case_fold_a_long_turn_whole():
    from generator.parse import metadata

    class Text(str):
        folded = 0

        def casefold(self):
            Text.folded += len(self)
            return str.casefold(self)

        def __getitem__(self, key):
            return Text(str.__getitem__(self, key))

    text = Text("We agreed on that, and then we went home. " * 2000)
    assert metadata.anchor("ANNA", text) == _old_anchor("ANNA", str(text))
    assert 0 < Text.folded < len(text) // 10  # the start only (before: the whole 84,000 characters)


# --- questioners.announced: a document with no "Q" turn is not read for announcements
def test_announced_reads_nothing_without_a_question_turn(monkeypatch):
    from generator.model import Body

    asked = []
    original = questioners._recognition
    monkeypatch.setattr(questioners, "_recognition", lambda turn: asked.append(turn) or original(turn))
    plain = Body((), (_turn("Go ahead, Aamer.", "MODERATOR"), _turn("We are glad.", "ANNA")), "dialogue", (), (), ())
    assert questioners.announced(plain) == {} and asked == []
    asking = Body((), (_turn("Go ahead, Aamer.", "MODERATOR"), _turn("Why?", "Q")), "dialogue", (), (), ())
    assert questioners.announced(asking)[1].name == "Aamer" and asked


# --- labels.LabelCandidate.key: computed once per candidate
def test_candidate_key_is_computed_once(monkeypatch):
    from generator.parse import labels

    asked = []
    original = labels.label_key
    monkeypatch.setattr(labels, "label_key", lambda label: asked.append(label) or original(label))
    found = labels.candidate.__wrapped__("MS. SMITH: We agreed.")
    assert [found.key for _ in range(5)] == ["ms smith"] * 5 and asked == ["MS. SMITH"]
    assert found == labels.candidate.__wrapped__("MS. SMITH: We agreed.")  # the key is no field: equal as before


# --- read.formats: a Markdown pattern is applied only to a text that holds the characters it opens with
def test_unemphasise_skips_a_text_without_marks(monkeypatch):
    from generator.read import formats

    counted = _Counted(formats.EMPHASIS_OPEN)
    monkeypatch.setattr(formats, "EMPHASIS_OPEN", counted)
    assert formats._unemphasise("ANNA: We agreed * on that_.") == "ANNA: We agreed * on that_."
    assert counted.calls == 0
    assert formats._unemphasise("**ANNA:** We agreed.") == "ANNA: We agreed." and counted.calls >= 1


def _old_markdown_to_text(text: str) -> str:
    import html

    from generator.read import embeds, formats as f

    # every step on every text, without the reader's character pre-tests (the heading attribute blocks and
    # the bold name lines are steps added since the pre-tests, kept here so the reference stays the whole pipeline)
    text = f._without_heading_attributes(embeds.strip(text)[0])
    text = f._sub_closed(f.IMAGE_TAG, "", f.MD_IMAGE.sub(lambda m: "" if m.group("end") else m.group(0), text))
    text = f.MD_LINK.sub(lambda m: m.group("text") or m.group(0), text)
    text = f._sub_closed(f.BLOCK_TAG, "\n\n", text) if f.BLOCK_TAG.search(text, 0, f._closed(text)) else text
    text = f._sub_closed(f.INLINE_TAG, "", text)
    text = f.BOLD_NAME_LINE.sub(r"\1*\2*\3", text)
    text = f._unemphasise(text)
    return html.unescape(text)


@SETTINGS
@given(st.lists(st.sampled_from(["![", "]", "(", ")", "[", "x", "<img src=a>", "<", ">", "**", "__", "a", " ", "\n",
                                 "http://e.org", "!", "<b>", "&amp;", "<p>"]), max_size=14).map("".join))
def test_markdown_to_text_is_the_old_one(text):
    from generator.read import formats

    assert formats.markdown_to_text(text) == _old_markdown_to_text(text)


def test_markdown_to_text_skips_link_and_image_patterns_without_brackets(monkeypatch):
    from generator.read import formats

    counted = {name: _Counted(getattr(formats, name)) for name in ("MD_LINK", "MD_IMAGE", "IMAGE_TAG")}
    for name, pattern in counted.items():
        monkeypatch.setattr(formats, name, pattern)
    assert formats.markdown_to_text("ANNA: We agreed.\n\nBOB: Yes!") == "ANNA: We agreed.\n\nBOB: Yes!"
    assert all(pattern.calls == 0 for pattern in counted.values())
    assert formats.markdown_to_text("See [the page](http://e.org) ![x](a.png) <img src=b>") == "See the page  "
    assert all(pattern.calls == 1 for pattern in counted.values())


# --- clean._caption_score: a block too long for a caption is not searched for a credit
def test_caption_score_does_not_search_long_blocks(monkeypatch):
    from generator.model import Block
    from generator.parse import captions, clean

    counted = {name: _Counted(getattr(captions, name)) for name in ("CREDIT", "POSITIONAL")}
    for name, pattern in counted.items():
        monkeypatch.setattr(captions, name, pattern)  # (the caption score lives in ``captions``; ``clean`` calls it)
    long = Block(3, "We agreed on that (Reuters photo). " * 40, 1)
    assert clean._caption_score(long, 1, frozenset()) == 0
    assert all(pattern.calls == 0 for pattern in counted.values())
    short = Block(3, "Vladimir Putin (L) and a guest. (Photo: TASS)", 2)
    assert clean._caption_score(short, 1, frozenset()) == 7


# --- labels.wrapped: a next line without a bracket continues no wrapped label, and is not copied and matched
def test_wrapped_skips_a_next_line_without_a_bracket(monkeypatch):
    from generator.parse import labels

    counted = _Counted(labels.WRAPPED_TAIL)
    monkeypatch.setattr(labels, "WRAPPED_TAIL", counted)
    assert labels.wrapped(["O señor CONSELLEIRO DE ECONOMÍA", "We agreed: yes."], 0) is None
    assert counted.calls == 0
    found = labels.wrapped(["O señor CONSELLEIRO DE ECONOMÍA", " (Núñez Rodríguez): Grazas."], 0)
    assert counted.calls == 1 and found and found.note == "Núñez Rodríguez"


# --- turns._split_mid_labels: a block without a colon holds no label inside a paragraph: its lines are not read
def _old_split_mid_labels(text: str, accepted: frozenset[str]) -> str:
    from generator.parse import labels

    out = []
    for line in text.split("\n"):
        cuts = [m.start("label") for m in labels.mid_labels(line) if labels.label_key(m.group("label")) in accepted]
        for start, end in zip([0] + cuts, cuts + [len(line)]):
            out.append(line[start:end].strip())
    return "\n".join(out)


@SETTINGS
@given(st.lists(st.sampled_from(["away.", "COOPER:", "Do", " ", "  ", "\n", "you?", "SMITH", ":", "a"]),
                max_size=12).map(" ".join))
def test_split_mid_labels_is_the_old_one(text):
    from generator.parse import turns

    accepted = frozenset({"cooper"})
    assert turns._split_mid_labels(text, accepted) == _old_split_mid_labels(text, accepted)


def test_split_mid_labels_skips_a_block_without_a_colon(monkeypatch):
    from generator.parse import labels, turns

    asked = []
    original = labels.mid_labels
    monkeypatch.setattr(labels, "mid_labels", lambda line: asked.append(line) or original(line))
    assert turns._split_mid_labels(" We went away. \nThen home.", frozenset({"cooper"})) == "We went away.\nThen home."
    assert asked == []
    assert turns._split_mid_labels("We went away. COOPER: Do you?", frozenset({"cooper"})) == \
        "We went away.\nCOOPER: Do you?"


def test_anchor_reads_a_short_turn_once():
    from generator.parse import metadata

    class Text(str):
        folded = 0

        def casefold(self):
            Text.folded += 1
            return str.casefold(self)

        def __getitem__(self, key):
            return Text(str.__getitem__(self, key))

    assert metadata.anchor("ANNA", Text("Yes, we agreed.")) == _old_anchor("ANNA", "Yes, we agreed.")
    assert Text.folded == 1
