"""Stage 7, corpus: every ``Transcript`` -> ``Corpus`` (read all, then link).

In: the transcripts of the whole corpus, each with document-local speakers.  Out:
one ``Speaker`` per person across the corpus (S.Lavrov, Sergei Lavrov and Sergey
Lavrov are one; the canonical name is the form most documents use), a colour per
speaker that stays the same on every page and differs from the colours of the
people they speak with, titles derived where a document had none, and unique,
readable transcript ids.  Generic roles (Question) are shared; automatic labels
(SPEAKER_03) are never merged across transcripts.
"""

from __future__ import annotations

import regex as re
from collections import Counter, defaultdict
from dataclasses import replace

from slugify import slugify

from ..parse import labels, people
from .. import urls
from ..read.config import SpeakerEntry
from ..parse.metadata import derive_title
from ..model import Corpus, Diagnostic, LocalSpeaker, Speaker, Transcript

# An automatic speaker's id is its file's stem and label: slugified, keeping "_" (the ids pages had before).
AUTOMATIC_ID_UNSAFE = r"[^-a-z0-9_]+"
PALETTE = 8  # colours 1..8 for people; 0 is the neutral colour of generic roles
TITLE_ID = 60  # characters of a title kept in a transcript id (readable URLs); a date in front adds 11


class _Groups:
    """Union-find over (transcript index, local key)."""

    def __init__(self) -> None:
        self.parent: dict[tuple[int, str], tuple[int, str]] = {}

    def find(self, item: tuple[int, str]) -> tuple[int, str]:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: tuple[int, str], b: tuple[int, str]) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _entry_for(speaker: LocalSpeaker, entries: tuple[SpeakerEntry, ...]) -> SpeakerEntry | None:
    """The speakers.yml entry whose name or aliases match the speaker's name or a label as written."""
    forms = {people.fold(speaker.name)} | {people.fold(label) for label in speaker.labels}
    for entry in entries:
        if forms & {people.fold(n) for n in (entry.name,) + entry.aliases}:
            return entry
    return None


def _join_same_people(groups: _Groups, members: list[tuple[tuple[int, str], LocalSpeaker]]) -> None:
    """Join speakers whose names are the same (folded) or name the same person ("S. Lavrov", "Sergey
    Lavrov").  Names are compared once per distinct pair that shares a surname, so the work grows with the
    number of distinct names per surname, not with the square of all speakers."""
    by_name: dict[str, list[tuple[int, str]]] = defaultdict(list)
    written: dict[str, str] = {}  # folded name -> the first spelling met, compared for the group
    for item, speaker in members:
        by_name[people.fold(speaker.name)].append(item)
        written.setdefault(people.fold(speaker.name), speaker.name)
    by_surname: dict[str, list[str]] = defaultdict(list)
    for folded, items in by_name.items():
        for item in items[1:]:
            groups.union(items[0], item)
        if len(tokens := people.name_tokens(written[folded])) >= 2:  # same_person needs a first name
            by_surname[tokens[-1]].append(folded)
    for names in by_surname.values():
        for x, a in enumerate(names):
            for b in names[x + 1:]:
                if people.same_person(written[a], written[b]):
                    groups.union(by_name[a][0], by_name[b][0])


def _group_people(transcripts: list[Transcript],
                  entries: tuple[SpeakerEntry, ...]) -> dict[tuple[int, str], tuple[int, str]]:
    groups = _Groups()
    members = [((i, s.key), s) for i, t in enumerate(transcripts) for s in t.speakers
               if not s.generic and not s.automatic]
    by_entry: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for item, speaker in members:
        groups.find(item)
        entry = _entry_for(speaker, entries)
        if entry:
            by_entry[entry.name].append(item)
    for items in by_entry.values():  # the user's speakers.yml joins what it names
        for item in items[1:]:
            groups.union(items[0], item)
    _join_same_people(groups, members)
    _join_surnames(groups, members, [_family(t) for t in transcripts], [t.source.text for t in transcripts])
    return {item: groups.find(item) for item, _ in members}


def _family(transcript: Transcript) -> tuple[str, str, str]:
    """Documents of one kind from one source (its folder and the source it names): a White House briefing
    and a podcast are not one family, so a "Ms. Jean-Pierre" of one is no evidence about the other."""
    return str(transcript.source.path.parent), transcript.source_name or "", transcript.kind


def _join_surnames(groups: _Groups, members: list[tuple[tuple[int, str], LocalSpeaker]],
                   families: list[tuple[str, str, str]], texts: list[str]) -> None:
    """A surname alone ("Lavrov", "Ms. Psaki") joins the one full name with that surname, when a document of
    its own family names that person.  Surnames are shared by strangers ("MS. JEAN-PIERRE" the press secretary
    and a podcast guest "Stevenson Jean-Pierre"): without that evidence the label stays its own speaker.  (A
    document's own full names were matched when it was read: ``parse.speakers``.)  An office ("The Vice
    President") is no surname, and neither is a name its own document writes as a given name (``_given_name``)."""
    full_by_surname: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for item, speaker in members:
        if len(tokens := people.name_tokens(speaker.name)) >= 2 and not people.is_office_only(speaker.name) \
                and not labels.JOINT.search(speaker.name):  # ("Monica and Ross" is two people, no full name)
            full_by_surname[tokens[-1]].append(item)
    for item, speaker in members:
        tokens = people.name_tokens(speaker.name)
        if len(tokens) != 1:
            continue
        candidates = full_by_surname.get(tokens[0], ())
        roots = {groups.find(other) for other in candidates}
        if len(roots) == 1 and any(families[other[0]] == families[item[0]] for other in candidates) \
                and not _given_name(speaker.name, texts[item[0]]):
            groups.union(item, roots.pop())


def _given_name(name: str, text: str) -> bool:
    """Whether the document writes the one-word ``name`` before another capitalised word ("... avec Julian Bugier.
    Bonjour Julian."): there it is a given name, the label a first name, and another document's "Ana María Pastor
    Julián" is someone else."""
    return any(match.group(1).isupper()
               for match in re.finditer(rf"(?<![\w-]){re.escape(name)}[ \u00a0]+(\w)", text))


def _canonical(entries: list[tuple[int, LocalSpeaker]], spoken: list[Counter]) -> tuple[str, str | None]:
    """The name most transcripts use (full names first), and the most common role.  ``spoken``: each
    transcript's turns by speaker key (counted once, not once per speaker)."""
    docs: dict[str, set[int]] = defaultdict(set)
    turns: Counter[str] = Counter()
    for index, speaker in entries:
        docs[speaker.name].add(index)
        turns[speaker.name] += spoken[index][speaker.key]
    def rank(name: str) -> tuple:
        full = len(people.name_tokens(name)) >= 2 and all(len(t) > 1 for t in people.name_tokens(name))
        return (not full, -len(docs[name]), -turns[name], name)
    name = min(docs, key=rank)
    roles = Counter(s.role for _, s in entries if s.role and s.role != "Interviewer")
    role = roles.most_common(1)[0][0] if roles else next((s.role for _, s in entries if s.role), None)
    return name, role


def _speaker_ids(transcripts: list[Transcript],
                 entries: tuple[SpeakerEntry, ...]) -> tuple[dict[tuple[int, str], str], dict[str, Speaker]]:
    grouping = _group_people(transcripts, entries)
    by_root: dict[tuple[int, str], list[tuple[int, LocalSpeaker]]] = defaultdict(list)
    mapping: dict[tuple[int, str], str] = {}
    records: dict[str, Speaker] = {}
    taken: set[str] = set()  # page ids given so far (urls.free_id)
    for index, transcript in enumerate(transcripts):
        for speaker in transcript.speakers:
            item = (index, speaker.key)
            if item in grouping:
                by_root[grouping[item]].append((index, speaker))
            elif speaker.automatic:  # never merged: an id of its own, even for two files of the same name
                base = slugify(f"{transcript.source.path.stem}-{speaker.key}", regex_pattern=AUTOMATIC_ID_UNSAFE)
                sid = urls.free_id(base or "speaker", taken)
                mapping[item] = sid
                records[sid] = Speaker(sid, speaker.name, None, speaker.labels, False, 0)
            else:
                mapping[item] = speaker.key
                taken.add(speaker.key.casefold())
                known = records.get(speaker.key)
                labels = (known.labels if known else ()) + tuple(l for l in speaker.labels
                                                                  if not known or l not in known.labels)
                records[speaker.key] = Speaker(speaker.key, speaker.name, None, labels, True, 0)
    spoken = [Counter(turn.speaker for turn in t.turns) for t in transcripts]
    for root in sorted(by_root):
        group = by_root[root]
        name, role = _canonical(group, spoken)
        entry = next((e for e in (_entry_for(s, entries) for _, s in group) if e), None)
        bio = None
        if entry:
            name, role, bio = entry.name, entry.role or role, entry.bio
        sid = urls.free_id(slugify(name) or f"speaker-{root[0]}", taken)
        seen: list[str] = []
        for _, speaker in group:
            seen.extend(l for l in speaker.labels if l not in seen)
        records[sid] = Speaker(sid, name, role, tuple(seen), False, 0, bio=bio)
        for index, speaker in group:
            mapping[(index, speaker.key)] = sid
    return mapping, records


def _colours(records: dict[str, Speaker], transcripts: list[Transcript]) -> dict[str, int]:
    """Greedy colouring: people who appear together get different colours where possible."""
    together: dict[str, set[str]] = defaultdict(set)
    weight: Counter[str] = Counter()
    for transcript in transcripts:
        ids = [s.key for s in transcript.speakers]
        for sid in ids:
            together[sid].update(i for i in ids if i != sid)
        weight.update(t.speaker for t in transcript.turns if t.speaker)
    colours: dict[str, int] = {}
    usage: Counter[int] = Counter()
    for sid in sorted(records, key=lambda s: (-weight[s], s)):
        if records[sid].generic:
            colours[sid] = 0
            continue
        taken = {colours[o] for o in together[sid] if o in colours}
        free = [c for c in range(1, PALETTE + 1) if c not in taken] or list(range(1, PALETTE + 1))
        colours[sid] = min(free, key=lambda c: (usage[c], c))
        usage[colours[sid]] += 1
    return colours


def _rekey(transcript: Transcript, index: int, mapping: dict[tuple[int, str], str],
           records: dict[str, Speaker]) -> Transcript:
    speakers: dict[str, LocalSpeaker] = {}
    for s in transcript.speakers:
        sid = mapping[(index, s.key)]
        name = records[sid].name
        known = speakers.get(sid)
        speakers[sid] = replace(s, key=sid, name=name, role=s.role or (known.role if known else None),
                                labels=(known.labels if known else ()) + s.labels)
    turns = []
    for turn in transcript.turns:
        sid = mapping[(index, turn.speaker)] if turn.speaker else None
        # most local keys are the corpus id already (and a turn without a speaker keeps none): such a turn is kept
        # as it is, not copied field by field (``replace`` was most of this stage's time)
        turns.append(turn if sid == turn.speaker else replace(turn, speaker=sid))
    return replace(transcript, speakers=tuple(speakers.values()), turns=tuple(turns))


def _ids(transcripts: list[Transcript]) -> list[Transcript]:
    """Readable, unique transcript ids (``urls.free_id``: never the name of an index or hand-written page)."""
    used: set[str] = set()
    counters: dict[str, int] = {}
    result = []
    for transcript in transcripts:
        base = (urls.shorten(slugify(transcript.title), TITLE_ID)
                or urls.shorten(slugify(transcript.source.path.stem), TITLE_ID) or "transcript")
        if transcript.date:
            base = slugify(f"{transcript.date}-{base}")
        result.append(replace(transcript, id=urls.free_id(base, used, counters)))
    return result


def build_corpus(transcripts: list[Transcript], diagnostics: list[Diagnostic], failed: list[str],
                 entries: tuple[SpeakerEntry, ...] = ()) -> Corpus:
    """Link every transcript into one corpus; ``entries`` come from the user's speakers.yml."""
    ordered = sorted(transcripts, key=lambda t: t.source.name)
    mapping, records = _speaker_ids(ordered, entries)
    ordered = [derive_title(_rekey(t, i, mapping, records)) for i, t in enumerate(ordered)]
    ordered = _ids(ordered)
    colours = _colours(records, ordered)
    appearances: dict[str, list[str]] = defaultdict(list)
    for transcript in ordered:
        for speaker in transcript.speakers:
            appearances[speaker.key].append(transcript.id)
    speakers = tuple(replace(records[sid], colour=colours.get(sid, 0), transcripts=tuple(appearances[sid]))
                     for sid in sorted(records))
    return Corpus(tuple(ordered), speakers, tuple(diagnostics), tuple(failed))
