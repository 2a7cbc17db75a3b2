"""The document's own evidence: which of its label-shaped line starts are its speaker labels.

Every line-start candidate of any shape (``labels.candidate``) is read once (``label_seen``); the rules of
``EVIDENCE`` (a registry: name, priority, scope, test, action) then accept keys in priority order, each from one kind of
evidence: a candidate that recurs, a generic role, a numbered voice, a name + time pattern, a single-use label
in the shape or layout of the document's recurring labels, a collective label, a field key used as a label.
``rejected`` lists every candidate that recurs at line starts and was turned down, with why, so that no
recurring label is left inside speech without a word.
"""

from __future__ import annotations

import regex as re
from collections import Counter
from dataclasses import dataclass
from statistics import median
from typing import Callable

from . import label_caps_alone as caps_alone, label_name_alone as name_alone, labels as L
from . import vocab
from .label_alone import ALONE_STYLES, alone_names
from .label_joint import joint_voices
from .label_members import office_holder, opening_member
from .label_opening import opening_office
from .label_rules import QA_PAIRS
from .label_single_use import (HEADING_LINE, SENTENCE_END, SHAPE_MIN_LABELS, SHAPE_MIN_WORDS, _cast_name,  # noqa: F401
                               _shape_shared, _single_use_ok, _turn_can_start)
from .label_seen import (PERIOD_MIN_LABELS, PERIOD_STYLES, RARE_STYLE_MIN_LINES, RARE_STYLES, Evidence,  # noqa: F401
                         Seen, evidence, office_of, seen)
from .rules import Registry, takes_turns

# A field key ("CC", "Source") is a speaker label when the document uses it as one: it opens at least this many
# lines (a field written once is a field: "Source: TASS"; where a header repeats one, "CC: ..." lines in a row,
# the share below rules it out), laid out as the document's recurring labels ...
FIELD_LABEL_MIN_USES = 2
# ... at least this share of its lines stands between turns of the document's other labels (a role code in a
# mission transcript alternates with the others: CDR / CC / CDR; a run of fields in a header does not) ...
FIELD_LABEL_INSIDE_SHARE = 0.5
# ... and it opens at least this fraction of the lines a typical (median) label of the document opens: a speaker
# takes part in the conversation, a caption ("Photo: ...") under a few pictures of a long interview does not.
FIELD_LABEL_MEDIAN_SHARE = 0.5
# ... unless it opens blocks as the other labels do (after a blank line or a bare time code), at least this share of
# its lines and theirs: CAPCOM ("CC:") speaks rarely in an onboard recording, yet each of its lines opens a turn,
# where a caption stands inside a paragraph's block.
FIELD_LABEL_BLOCK_SHARE = 0.5
# A lower-case handle ("darosior:") is a label on the same evidence as a field key, from this many lines.
HANDLE_MIN_USES = FIELD_LABEL_MIN_USES
# Lower-case handles are the document's labels on their own (an interview or chat labelled only by nickname:
# "stark:" / "adam3us:", bitcointranscripts) where at least this many distinct handles each open
# ``HANDLE_MIN_USES`` lines or more, none of them a word of the text ...
HANDLE_DIALOGUE_MIN_KEYS = 2
# ... and the handle changes between at least this share of consecutive handle lines: a conversation alternates,
# where a list of prefixed entries ("fix: ..." / "fix: ..." / "docs: ...") repeats each prefix in runs.
HANDLE_ALTERNATION_SHARE = 0.5
BARE_TIME = re.compile(r"^\s*[\[(]?[\d:.,\- ]+[\])]?\s*$")  # "[00:00:38:36]", "(01:02)", "12.30"
# A collective label written partly in lower case ("Some hon. members:", "Des voix:") must open at least this
# many lines, laid out as the document's other labels: a phrase ("The answer:") is written once or twice.
COLLECTIVE_MIN_USES = 3

# The shapes a collective or office label is written in: after a colon, or last in a turn's record line.
COLLECTIVE_STYLES = frozenset({"colon", "record"})
# In a document whose every label is written so (a parliament that writes "O señor PRESIDENTE:"), at least this
# many distinct ones must recur: a phrase repeated ("The answer:") is one.
COLLECTIVE_MIN_KEYS = 2
# Names in brackets before the speech are a label pattern only when at least this many distinct names recur in
# that shape: a conversation; one bracketed word that recurs is a stage direction or an aside.
PAREN_MIN_NAMES = 2
# A name with a word in lower case is a label only where the document writes it so on at least this many lines, in
# its labels' layout: a misheard name recurs wherever its speaker speaks; a phrase in that shape a few times is text.
LOWERED_MIN_USES = 5
# ... or on this many for a generic voice in sentence case ("Audience member:", "Unidentified speaker:"): the role is
# known (``label-generic.txt``), so two questions from the floor in the labels' layout are evidence enough, taking
# turns or not (one generic label may stand for several voices in a row); a phrase of that shape once is not.
GENERIC_MIN_USES = 2
# ... and where at least this share of those lines takes the turn from another label (a speaker in a conversation;
# a phrase repeated line after line, a list's lead-in, does not alternate).
LOWERED_TAKES_TURNS = 0.5
# Function words never stand in a speaker's name (particles aside): "The Answer:", "In Short:" are phrases.
STOP_WORDS = frozenset(vocab.words("stop-words.txt"))
# ... unless the document's own labels open with that word: a recurring label ("The Speaker:" on at least this
# many lines, as often as a label must recur to be accepted on its own) shows that the word opens its offices.
LABEL_OPENER_MIN_USES = 2


@dataclass(frozen=True)
class EvidenceRule:
    """``test(evidence)``: whether the rule has anything to look at; ``action(evidence, accepted)``: the keys it
    accepts, given those accepted by the rules of higher priority."""
    name: str
    test: Callable[[Evidence], bool]
    action: Callable[[Evidence, set[str]], set[str]]
    scope: str = "document"


def _always(evidence: Evidence) -> bool:
    return True


def _recurs(ev: Evidence, accepted: set[str]) -> set[str]:
    keys = {s.key for s in ev.plain if ev.counts[s.key] >= 2}
    return keys | {key for key in ev.inside if ev.counts[key] >= 2 and key not in L.FIELD_KEYS}


def _generic(ev: Evidence, accepted: set[str]) -> set[str]:
    return {s.key for s in ev.plain if L.is_generic(s.candidate.label) or L.is_automatic(s.candidate.label)}


def _timed(ev: Evidence, accepted: set[str]) -> set[str]:
    written = sum(1 for s in ev.plain if s.candidate.time)
    return ev.timed_keys | {s.key for s in ev.plain if s.candidate.time and written >= 2}


def _honorific(ev: Evidence, accepted: set[str]) -> set[str]:
    return {s.key for s in ev.plain if (L.HONORIFIC.match(s.candidate.label + " ") or s.candidate.style in PERIOD_STYLES
                                         and L.FR_HONORIFIC.match(s.candidate.label + " ")) and s.candidate.rest
            and _single_use_ok(s)}


def _caps_document(ev: Evidence, accepted: set[str]) -> set[str]:
    if not any(L.is_caps(s.candidate.label) for s in ev.plain if s.key in accepted):
        return set()
    return {s.key for s in ev.plain if L.is_caps(s.candidate.label) and len(s.candidate.label) > 2
            and _single_use_ok(s)}


def _article_caps(ev: Evidence, accepted: set[str]) -> set[str]:
    """Offices in capitals after an article ("The SPEAKER:", "The CHIEF WHIP OF THE OPPOSITION:") are one shape
    whatever their number of words: where the document uses a recurring label of that shape, a single-use one
    ("The MINISTER OF JUSTICE AND CONSTITUTIONAL DEVELOPMENT:", a minister who answers once) is a label where a
    turn can start, with speech after it, after the dialogue started (held-out ha01, South African Hansard)."""
    if not any(L.article_caps(s.candidate.label) for s in ev.plain if s.key in accepted and ev.counts[s.key] >= 2):
        return set()
    start = ev.first_recurring(accepted)
    return {s.key for s in ev.plain if s.key not in accepted and L.article_caps(s.candidate.label)
            and s.candidate.rest and s.index > start and _single_use_ok(s) and _turn_can_start(ev, s)}


def _shared_shape(ev: Evidence, accepted: set[str]) -> set[str]:
    """Single-use labels written in a shape that several of the document's recurring labels share, after the
    dialogue has started (a field in the header, "主题：...", is not a speaker)."""
    shapes: dict[tuple, set[str]] = {}
    for s in ev.plain:
        if s.key in accepted and ev.counts[s.key] >= 2:
            shapes.setdefault(s.shape, set()).add(s.key)
    start = ev.first_recurring(accepted)
    openers = _label_openers(ev, accepted)
    return {s.key for s in ev.plain if s.key not in accepted and _shape_shared(shapes, s)
            and s.index > start and _single_use_ok(s) and _turn_can_start(ev, s)
            and not (s.candidate.style == "colon" and _phrase(s.candidate.label, openers))
            and not (s.shape[2] == "title" and s.shape[3] < SHAPE_MIN_WORDS and not _cast_name(ev, s, shapes))}


def _noted_layout(ev: Evidence, accepted: set[str]) -> set[str]:
    """Single-use labels with a note (party, constituency, office: "Dr. Dietmar Bartsch (DIE LINKE):", "Dr.
    Angela Merkel, Bundeskanzlerin:", "The Secretary of State (Mr John Smith):") laid out as the document's
    recurring labels, after the dialogue started (an office with its holder in brackets and speech after it may
    answer the first question, before any label recurs)."""
    # (a question number does not change the layout: "3. Paul Flynn (Newport West) (Lab):" among "Mr Hague:")
    layouts = {s.layout[:-1] for s in ev.plain if s.key in accepted and ev.counts[s.key] >= 2}
    start = ev.first_recurring(accepted)
    return {s.key for s in ev.plain if s.key not in accepted and s.candidate.note and s.layout[:-1] in layouts
            and (s.index > start or office_of(s.candidate) and s.candidate.rest) and _single_use_ok(s) and _turn_can_start(ev, s)
            and (office_of(s.candidate) or not _phrase(s.candidate.label))}


def _collective(ev: Evidence, accepted: set[str]) -> set[str]:
    """Collective labels ("Some hon. members:", "An hon. member:", "Des voix:") laid out as the document's
    recurring labels, where the document writes such labels on ``COLLECTIVE_MIN_USES`` lines or more."""
    layouts = {s.layout[1:] for s in ev.found if s.key in accepted and ev.counts[s.key] >= 2}
    found = [s for s in ev.found if s.candidate.style in COLLECTIVE_STYLES and L.collective(s.candidate.label)]
    if not layouts:  # every label is written so ("O señor PRESIDENTE:", "O señor CONSELLEIRO DE X (Núñez):")
        recurring = {s.key for s in found if ev.counts[s.key] >= 2}
        return {s.key for s in found} if len(recurring) >= COLLECTIVE_MIN_KEYS and len(found) >= COLLECTIVE_MIN_USES \
            else set()
    found = [s for s in found if s.layout[1:] in layouts]
    return {s.key for s in found} if len(found) >= COLLECTIVE_MIN_USES else set()


def direction(c: L.LabelCandidate) -> bool:
    """A stage direction in brackets ("(Laughter)", "(Applause.)"), as the turn parser reads them."""
    from .turns import DIRECTION  # the stage directions the turn parser reads inside speech

    return bool(DIRECTION.fullmatch(f"({c.label})"))


def _paren_speakers(ev: Evidence, accepted: set[str]) -> set[str]:
    """Names in brackets before the speech ("(Kelly) Bienvenue", "**(Ali)** Et"): a pattern where at least
    ``SHAPE_MIN_LABELS`` + 1 distinct names recur in it, none of them a stage direction ("(Laughter)")."""
    found = [s for s in ev.found if s.candidate.style == "paren" and s.candidate.rest and not direction(s.candidate)]
    names = Counter(s.key for s in found)
    recurring = {key for key, uses in names.items() if uses >= 2}
    generic = {s.key for s in found if L.is_generic(s.candidate.label) or L.is_automatic(s.candidate.label)}
    return (set(names) if len(recurring) >= PAREN_MIN_NAMES else set()) | generic  # "(UNKNOWN): Take your time"


def _dash_pairs(ev: Evidence, accepted: set[str]) -> set[str]:
    """Dash labels ("P - ", "R - ") where the document writes both letters of a question-and-answer pair."""
    keys = {s.candidate.label for s in ev.found if s.candidate.style == "dash"}
    return {L.label_key(letter) for pair in QA_PAIRS if pair <= keys for letter in pair}


def _in_prose(ev: Evidence, word: str) -> bool:
    """Whether ``word`` stands in the document's text other than at a line start before a colon (a handle is no
    word of the text: "darosior" opens two turns and stands nowhere else; "note:" is also a word)."""
    pattern = re.compile(rf"(?<![\w.-]){re.escape(word)}(?![\w-])(?![ \t]*[:\uff1a])")
    return any(pattern.search(line) for line in ev.lines)


def _records(ev: Evidence, accepted: set[str]) -> set[str]:
    """Every speaker a pre-segmented export names in its turn record lines (``_evidence`` kept them only where
    they are the document's main label shape, on ``RARE_STYLE_MIN_LINES`` lines or more)."""
    return {s.key for s in ev.found if s.candidate.style == "record"}


def _field_labels(ev: Evidence, accepted: set[str]) -> set[str]:
    """Field keys and lower-case handles the document uses as speaker labels: recurring, and mostly between the
    other labels' turns; a handle also stands nowhere in the text but before its colon."""
    keys = set()
    handles = {key for key, label in {(s.key, s.candidate.label) for s in ev.found if L.handle(s.candidate.label)
               and s.key not in L.FIELD_KEYS and ev.counts[s.key] >= HANDLE_MIN_USES}  # (a spelling searched once,
               if not _in_prose(ev, label)}  # not at each of its uses: the text is read once per handle)
    typical = median(ev.counts[key] for key in accepted) if accepted else 0
    # laid out as the others: style, markup, speech on the line (not case: "P:" and "CC:" in one mission log)
    layouts = {s.layout[:2] + s.layout[3:] for s in ev.found if s.key in accepted and ev.counts[s.key] >= 2}
    for key in {s.key for s in ev.found if s.key in L.FIELD_KEYS and ev.counts[s.key] >= FIELD_LABEL_MIN_USES} | handles:
        others = [i for i, s in enumerate(ev.found) if s.key in accepted and s.key != key]
        uses = [i for i, s in enumerate(ev.found) if s.key == key]
        if not others or not any(s.layout[:2] + s.layout[3:] in layouts for s in ev.found if s.key == key):
            continue
        if ev.counts[key] < typical * FIELD_LABEL_MEDIAN_SHARE and not (
                _block_share(ev, [ev.found[i] for i in uses]) >= FIELD_LABEL_BLOCK_SHARE
                and _block_share(ev, [ev.found[i] for i in others]) >= FIELD_LABEL_BLOCK_SHARE):
            continue
        inside = sum(1 for i in uses if others[0] < i < others[-1])
        if inside / len(uses) >= FIELD_LABEL_INSIDE_SHARE:
            keys.add(key)
    return keys


def _handle_dialogue(ev: Evidence, accepted: set[str]) -> set[str]:
    """Lower-case handles that label a conversation by themselves (rule "handle-dialogue"): lower case does not
    veto a label the document uses as one.  ``note:``, ``update:`` (field keys) and ``so:`` (a function word) are
    no handles; a handle that is also a word of the text ("fix" in "a fix for") is not one either."""
    found = [s for s in ev.found if s.candidate.rest and L.handle(s.candidate.label) and s.key not in L.FIELD_KEYS
             and ev.counts[s.key] >= HANDLE_MIN_USES]
    spelled = {s.key: s.candidate.label for s in found}
    keys = {key for key, label in spelled.items() if not _in_prose(ev, label)}
    if len(keys) < HANDLE_DIALOGUE_MIN_KEYS:
        return set()
    uses = [s.key for s in found if s.key in keys]
    return keys if takes_turns(uses, HANDLE_ALTERNATION_SHARE) else set()


def _block_share(ev: Evidence, found: list[Seen]) -> float:
    """The share of ``found`` whose line opens a block: first, after a blank line or after a bare time code."""
    opens = sum(1 for s in found if s.index == 0 or not ev.lines[s.index - 1].strip()
                or BARE_TIME.match(ev.lines[s.index - 1]))
    return opens / len(found) if found else 0.0


def _lowered_names(ev: Evidence, accepted: set[str]) -> set[str]:
    """Names with a word in lower case that the document plainly uses as labels (rule "lowered-names"): written in
    the layout of its recurring labels (markup, brackets, time code) on ``LOWERED_MIN_USES`` lines or more, and
    taking turns with them -- a speech-to-text export's misheard name ("[Bryan Can trill] [00:02]" between
    "[Adam Levinthal] [00:04]" lines), or a generic voice in sentence case on ``GENERIC_MIN_USES`` lines ("**Audience
    member:**" between "**Sunil Abraham:**" answers).  No stage direction ("[Music playing]"), and no phrase that opens with a
    function word ("The answer:")."""
    layouts = {s.layout for s in ev.found if s.key in accepted and ev.counts[s.key] >= 2}
    found = [s for s in ev.lowered if s.layout in layouts and not direction(s.candidate)
             and s.candidate.label.split()[0].casefold() not in STOP_WORDS]
    uses = Counter(s.key for s in found)
    generic = {s.key for s in found if L.is_generic(s.candidate.label)}
    keys = {key for key, n in uses.items() if n >= (GENERIC_MIN_USES if key in generic else LOWERED_MIN_USES)}
    turns = sorted([s for s in ev.found if s.key in accepted] + [s for s in found if s.key in keys],
                   key=lambda s: s.index)
    taken = Counter(b.key for a, b in zip(turns, turns[1:]) if b.key in keys and a.key != b.key)
    # (a generic voice need not take turns: "Unknown speaker" may stand for several unnamed voices in a row)
    return {key for key in keys if key in generic or taken[key] >= LOWERED_TAKES_TURNS * uses[key]}


def _answered_questions(ev: Evidence, accepted: set[str]) -> set[str]:
    """A bare "Q Mr. President, ..." written on fewer lines than the shape needs as a pattern (rule
    "answered-questions"): a reporter's question in a briefing or a speech's closing exchange is a label where
    every such line opens a block and the next label line is another such question or an accepted label (the
    answer) -- "Q Street is closed" inside a paragraph is text."""
    found = [s for s in ev.few if s.candidate.label == "Q"]
    if not found or not any(ev.counts[key] >= 2 for key in accepted):
        return set()
    labelled = [s for s in ev.found if s.key in accepted] + found
    labelled.sort(key=lambda s: s.index)
    for s, after in zip(labelled, labelled[1:] + [None]):
        if s.candidate.style != "bare":
            continue
        opens_block = s.index > 0 and not ev.lines[s.index - 1].strip()
        if not (opens_block and after is not None and (after.key in accepted or after.candidate.style == "bare")):
            return set()
    return {found[0].key}


def _phrase(label: str, openers: frozenset[str] = frozenset()) -> bool:
    """A label-shaped phrase ("The Answer:", "For Example:"): it opens with a function word, or one stands
    among its words (a name's particles aside: "Ludwig van Beethoven").  ``openers``: function words the
    document's own recurring labels open with (``_label_openers``): there the word opens an office, not a phrase."""
    words = [w.casefold().strip(".") for w in label.split()]
    return (words[0] in STOP_WORDS and words[0] not in openers
            or any(w in STOP_WORDS and w not in L.PARTICLES for w in words[1:]))


def _label_openers(ev: Evidence, accepted: set[str]) -> frozenset[str]:
    """Function words that open labels the document uses again and again as its speakers' labels ("The Speaker:"
    in a parliament's record, "The Chairman:" in a hearing): what the document shows outweighs the word list, so
    a single-use label opening so ("The Deputy Speaker:", "The Hon. John Manley:") is an office in its labels'
    shape, not a phrase.  A document whose recurring labels open with no function word keeps the list's verdict
    ("The Answer:")."""
    words = {s.candidate.label.split()[0].casefold().strip(".") for s in ev.plain
             if s.key in accepted and ev.counts[s.key] >= LABEL_OPENER_MIN_USES}
    return frozenset(w for w in words if w in STOP_WORDS)


EVIDENCE = Registry()  # of EvidenceRule
EVIDENCE.register(EvidenceRule("recurs", _always, _recurs), "recurs", 100)
EVIDENCE.register(EvidenceRule("records", lambda ev: any(s.candidate.style == "record" for s in ev.found),
                               _records), "records", 98)
EVIDENCE.register(EvidenceRule("generic", _always, _generic), "generic", 95)
EVIDENCE.register(EvidenceRule("alone-names", lambda ev: any(s.candidate.style in ALONE_STYLES for s in ev.found),
                               alone_names), "alone-names", 94)
EVIDENCE.register(EvidenceRule("caps-alone", lambda ev: any(s.candidate.style == caps_alone.STYLE for s in ev.found),
                               caps_alone.caps_alone_names), "caps-alone", 93)
EVIDENCE.register(EvidenceRule("name-alone", lambda ev: any(s.candidate.style == name_alone.STYLE for s in ev.found),
                               lambda ev, accepted: name_alone.names(ev, accepted)), "name-alone", 92)
EVIDENCE.register(EvidenceRule("timed", _always, _timed), "timed", 90)
EVIDENCE.register(EvidenceRule("dash-pairs", lambda ev: any(s.candidate.style == "dash" for s in ev.found),
                                _dash_pairs), "dash-pairs", 85)
EVIDENCE.register(EvidenceRule("honorific", _always, _honorific), "honorific", 80)
EVIDENCE.register(EvidenceRule("caps-document", _always, _caps_document), "caps-document", 75)
EVIDENCE.register(EvidenceRule("article-caps", _always, _article_caps), "article-caps", 72)
EVIDENCE.register(EvidenceRule("shared-shape", _always, _shared_shape), "shared-shape", 70)
EVIDENCE.register(EvidenceRule("noted-layout", _always, _noted_layout), "noted-layout", 65)
EVIDENCE.register(EvidenceRule("collective", lambda ev: any(L.collective(s.candidate.label) for s in ev.found),
                               _collective), "collective", 60)
EVIDENCE.register(EvidenceRule("paren-speakers", lambda ev: any(s.candidate.style == "paren" for s in ev.found),
                               _paren_speakers), "paren-speakers", 55)
EVIDENCE.register(EvidenceRule("field-key", _always, _field_labels), "field-key", 50)
EVIDENCE.register(EvidenceRule("handle-dialogue", lambda ev: any(L.handle(s.candidate.label) for s in ev.found),
                               _handle_dialogue), "handle-dialogue", 45)
EVIDENCE.register(EvidenceRule("lowered-names", lambda ev: bool(ev.lowered), _lowered_names), "lowered-names", 40)
EVIDENCE.register(EvidenceRule("opening-office", _always,
                               lambda ev, accepted: opening_office(ev, accepted, _turn_can_start)), "opening-office", 62)
EVIDENCE.register(EvidenceRule("opening-member", _always, lambda ev, accepted: opening_member(
    ev, accepted, _single_use_ok, _turn_can_start, _phrase)), "opening-member", 61)
EVIDENCE.register(EvidenceRule("office-holder", _always, lambda ev, accepted: office_holder(
    ev, accepted, _single_use_ok, _turn_can_start)), "office-holder", 59)
EVIDENCE.register(EvidenceRule("joint-voices", _always, joint_voices), "joint-voices", 30)
EVIDENCE.register(EvidenceRule("answered-questions", lambda ev: bool(ev.few), _answered_questions),
                  "answered-questions", 35)


from .label_timed import TIMED_MIN_LINES  # noqa: E402,F401
from .label_report import Rejection, rejected  # noqa: E402,F401
from .label_filters import (_continued_lines, _numbered_list, _numbering_fields, _tallies,  # noqa: E402,F401
                            _titled_headings)
from . import label_dash, label_marked as marked  # noqa: E402

# (last: a layout of the document's own accepts what the other rules, reading names, turned down; it changes none
# of their inputs)
EVIDENCE.register(EvidenceRule("marked-layout", marked.any_marked, marked.marked_layout), "marked-layout", 30)
from . import label_minutes as minutes  # noqa: E402

EVIDENCE.register(EvidenceRule("minutes-handles", minutes.any_handle, minutes.minutes_handles), "minutes-handles", 44)
EVIDENCE.register(EvidenceRule("irc-nicks", lambda ev: any(s.candidate.style == "irc" for s in ev.found),
                               minutes.irc_nicks), "irc-nicks", 43)
from . import label_chat, label_cues, label_lowered, label_marker, label_sigil  # noqa: E402,F401  (they register rules)

EVIDENCE.register(EvidenceRule("sigil-codes", label_sigil.any_sigil, label_sigil.sigil_codes), "sigil-codes", 42.5)
EVIDENCE.register(EvidenceRule("minutes-records", minutes.any_handle, minutes.minutes_records), "minutes-records", 42)
from . import oral_cover  # noqa: E402
from . import label_courtesy, label_office_note, label_timed  # noqa: E402,F401  (label_office_note registers a rule)

EVIDENCE.register(EvidenceRule("timed-roles", label_timed.any_timed, label_timed.timed_roles), "timed-roles", 89)

EVIDENCE.register(EvidenceRule("courtesy-caps", label_courtesy.any_courtesy, lambda ev, accepted:
                               label_courtesy.courtesy_labels(ev, _turn_can_start)), "courtesy-caps", 58)

EVIDENCE.register(EvidenceRule("cover-names", oral_cover.any_cover, oral_cover.cover_names), "cover-names", 41)
EVIDENCE.register(EvidenceRule("bold-names", lambda ev: any(s.candidate.style == "bold" for s in ev.found),
                               marked.bold_names), "bold-names", 29)
# a dash label the sitting's header field names just above it ("BAŞKAN: NAME" / "BAŞKAN – ..."), though written once
EVIDENCE.register(EvidenceRule("announced-dash", lambda ev: any(s.candidate.style == "caps-dash" for s in ev.found),
                               label_dash.announced_labels), "announced-dash", 28)
from . import label_spaced  # noqa: E402

EVIDENCE.register(EvidenceRule("spaced-alone", label_spaced.any_spaced, label_spaced.spaced_labels), "spaced-alone", 39)
from .label_accept import (CREDIT_MIN_KEYS, DIALOGUE_MIN_LINES, _credit, _trailer_credits,  # noqa: E402,F401
                           accept_labels, accept_labels_and_cues, timed_labels)
