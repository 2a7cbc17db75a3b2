"""Stage 8, themes: ``Corpus`` -> ``Corpus`` with themes found in every turn.

In: the linked corpus, the curated ``themes.yml`` (may be empty).  Out: the corpus's themes
(curated ones first, then those discovery proposes that no curated theme already covers and that
``exclude`` does not name), each turn's themes in order of first mention with the place of that
first mention (for its link), each transcript's themes by mentions and its tags (its main themes).
A person is never a theme of their own turns.  With a ``Cache``, a transcript whose text, speakers and theme
list are unchanged gets its marks from the cache.
"""

from __future__ import annotations

import regex as re
from collections import Counter
from dataclasses import dataclass, replace

import regex
from slugify import slugify

from . import discover
from ..parse import people
from .. import urls
from ..read import user_patterns
from ..cache import Cache, key as cache_key
from ..read.config import ThemeConfig
from ..model import Corpus, Diagnostic, Mention, Severity, SegmentKind, Speaker, Theme, Transcript, Turn, TurnType

MAX_DISCOVERED = 60
TAGS = 6
WORD = re.compile(r"[^\W_]+")  # a run of letters and digits: a form's first one is a whole word of any text it matches


@dataclass(frozen=True)
class _Matcher:
    theme: Theme
    pattern: re.Pattern | regex.Pattern  # regex (with a time budget) where themes.yml gives patterns
    person: bool
    needles: frozenset[str] = frozenset()  # first words of the forms; a turn without any cannot match (empty: try)
    user: bool = False  # holds patterns from themes.yml
    cased: bool = True  # the forms are matched case for case, so the needles are their first words as written

    def search(self, text: str):
        return user_patterns.search(self.pattern, text, self.theme.id) if self.user else self.pattern.search(text)


def _form_pattern(form: str) -> str:
    r"""The form as a whole word.  The check that no word character comes before it follows its first character
    (``S(?<![\w-].)yria``), so the pattern starts with a literal and the regex engine skips ahead to it
    instead of trying the look-behind at every position (about ten times faster)."""
    rest = re.escape(form[1:]).replace(r"\ ", r"\s+")
    return rf"{re.escape(form[0])}(?<![\w-].){rest}(?![\w-])"


def _matcher(theme: Theme, patterns: tuple[str, ...], proper: bool) -> _Matcher:
    forms = sorted({f.strip() for f in (*theme.aliases, theme.name) if f.strip()},
                   key=lambda f: (-len(f), f))  # longest first, then a fixed order
    parts = [_form_pattern(f) for f in forms] + [f"(?:{p})" for p in patterns]
    flags = 0 if proper else re.IGNORECASE
    person = proper and all(" " not in f or people.is_name_line(f) for f in forms) and any(
        people.is_name_line(f) for f in forms)
    firsts = [WORD.search(f if proper else f.lower()) for f in forms]
    needles = frozenset() if patterns or not all(firsts) else frozenset(m.group(0) for m in firsts if m)
    if patterns:
        return _Matcher(theme, user_patterns.compile("|".join(parts), flags), person, needles, user=True, cased=proper)
    return _Matcher(theme, re.compile("|".join(parts), flags), person, needles, cased=proper)


def _turn_text(turn: Turn) -> list[tuple[int, int, str]]:
    """(paragraph, segment, text) of the spoken words, leaving out stage directions and time codes."""
    return [(p, s, seg.text) for p, para in enumerate(turn.paragraphs) for s, seg in enumerate(para)
            if seg.kind in (SegmentKind.TEXT, SegmentKind.ATTRIBUTION)]


def _texts(t: Transcript) -> list[str]:
    """What discovery reads of a transcript: its turns' words, then its introduction."""
    return ([" ".join(text for _, _, text in _turn_text(turn)) for turn in t.turns if turn.type is not TurnType.HEADING]
            + ["".join(s.text for s in p) for p in t.introduction])


def document_stats(t: Transcript) -> discover.DocumentStats:
    """What discovery counts in one transcript: it needs no other document, so the pipeline computes it where
    it converts the document (on any core) and caches it with the document."""
    return discover.document_stats(_texts(t))


def page_ids(entries) -> dict[str, str]:
    """Curated theme id -> the id its page takes: the same, unless it is the name of an index or hand-written
    page (``themes/index.md``) or too long for a file name, which ``urls.free_id`` moves to a free one
    (``index-2``)."""
    def kept(theme_id: str) -> bool:
        return not urls.is_reserved(theme_id) and urls.shorten(theme_id) == theme_id
    taken = {e.id.casefold() for e in entries if kept(e.id)}
    return {e.id: e.id if kept(e.id) else urls.free_id(e.id, taken) for e in entries}


def _discovered(corpus: Corpus, config: ThemeConfig, taken: set[str], curated_ids: set[str],
                stats: dict[str, discover.DocumentStats]) -> list[tuple[Theme, bool]]:
    documents = [(t.id, stats.get(t.source.name) or document_stats(t)) for t in corpus.transcripts]
    excluded = {discover.norm(x) for x in config.exclude}
    taken_ids = {i.casefold() for i in curated_ids}
    found = []
    for candidate in discover.discover_from(documents, set()):
        forms = {discover.norm(f) for f in candidate.forms}
        if forms & (excluded | taken):
            continue
        theme_id = slugify(candidate.name) or slugify(candidate.key)
        if not theme_id or theme_id in taken_ids:
            continue
        theme_id = urls.free_id(theme_id, taken_ids)
        aliases = tuple(sorted(f for f in candidate.forms if f != candidate.name))
        found.append((Theme(theme_id, candidate.name, aliases), candidate.proper))
        taken |= forms
        if len(found) >= MAX_DISCOVERED:
            break
    return found


def _own_name(matcher: _Matcher, speaker: Speaker | None) -> bool:
    """Is this theme the speaker's own name?  (A person is never a theme of their own turns.)"""
    if not matcher.person or speaker is None:
        return False
    forms = (matcher.theme.name,) + matcher.theme.aliases
    return any(people.fold(f) == people.fold(speaker.name) or people.same_person(f, speaker.name)
               or people.fold(f) == people.fold(speaker.name.split()[-1]) for f in forms)


Needles = tuple[dict[str, list[int]], list[int], frozenset[str], frozenset[str]]


def _needle_index(matchers: list[_Matcher]) -> Needles:
    """(word -> positions of the matchers a form of which starts with that word, positions of the matchers
    that must always be tried, the words, the lower-cased words of the matchers that ignore case): a turn looks up
    its own words instead of testing every theme's words."""
    index: dict[str, list[int]] = {}
    for position, matcher in enumerate(matchers):
        for needle in matcher.needles:
            index.setdefault(needle, []).append(position)
    always = [position for position, matcher in enumerate(matchers) if not matcher.needles]
    return index, always, frozenset(index), frozenset(n for m in matchers if not m.cased for n in m.needles)


# An ASCII text's ``WORD`` runs, lower-cased, in one ``str.translate`` and a split: every character that is not an
# ASCII letter or digit becomes a space (the regex over the lower-cased text took three times as long; most turns of
# real transcripts are ASCII).
ASCII_WORDS = str.maketrans({code: chr(code).lower() if chr(code).isalnum() else " " for code in range(128)})


def _words(text: str) -> set[str]:
    """The lower-cased ``WORD`` runs of ``text``, as a set (``_needles_in`` reads the same runs)."""
    return set(text.translate(ASCII_WORDS).split()) if text.isascii() else set(WORD.findall(text.lower()))


# ``ASCII_WORDS`` without the lower-casing: an ASCII text's ``WORD`` runs as written.
ASCII_RUNS = str.maketrans({code: chr(code) if chr(code).isalnum() else " " for code in range(128)})


def _needles_in(text: str, needles: frozenset[str], lowered: frozenset[str]) -> frozenset[str]:
    """The ``needles`` that are ``WORD`` runs of ``text`` as written, and the ``lowered`` ones (the needles of the
    themes that ignore case) that are its lower-cased runs.  A theme matched case for case is looked for only
    where its first word is written as in its forms ("Do I" is not searched in every turn that says "do").  The
    runs are checked against the needles as the split hands them over: no set of all the words is made."""
    if text.isascii():
        runs = text.translate(ASCII_RUNS).split()
        found = needles.intersection(runs)
        return found.union(lowered.intersection(map(str.lower, runs))) if lowered else found
    found = needles.intersection(WORD.findall(text))
    return found.union(lowered.intersection(WORD.findall(text.lower()))) if lowered else found


def _annotate(turn: Turn, matchers: list[_Matcher], own: frozenset[str],
              needles: Needles) -> Turn:
    """Mark in ``turn`` the first mention of each theme (``own``: the ids of the speaker's own name).  Only the
    themes one of whose forms starts with a word of the turn are searched for (``needles``: ``_needle_index``),
    in the order of ``matchers``."""
    found: list[tuple[tuple[int, int, int], Mention]] = []
    parts = _turn_text(turn)
    joined = " ".join(text for _, _, text in parts)
    index, always, words, lowered = needles
    tried = set(always)
    for word in _needles_in(joined, words, lowered):
        tried.update(index[word])
    several = len(parts) > 1
    for position in sorted(tried):
        matcher = matchers[position]
        if matcher.theme.id in own:
            continue
        search = matcher.search if matcher.user else matcher.pattern.search
        if several and not matcher.user and not search(joined):
            # A form found in a part is found in the parts joined by spaces (a space is neither a word character
            # nor a hyphen, so the form's edges hold there too): one search of the turn rules most themes out
            # instead of one per part.  (Not for themes.yml's patterns, which may read anything around a match.)
            continue
        for p, s, text in parts:
            match = search(text)
            if match:
                found.append(((p, s, match.start()), Mention(matcher.theme.id, p, s, match.start(), match.end())))
                break
    if not found and not turn.themes and not turn.mentions:
        return turn  # nothing to mark (most turns): the turn as it is
    found.sort(key=lambda item: item[0])
    mentions, taken = [], []
    for _, mention in found:  # overlapping mentions: the earlier, then longer, one wins the link
        if any(m.paragraph == mention.paragraph and m.segment == mention.segment
               and m.start < mention.end and mention.start < m.end for m in taken):
            continue
        taken.append(mention)
        mentions.append(mention)
    return replace(turn, themes=tuple(m.theme for m in mentions), mentions=tuple(mentions))


def _marked(t: Transcript, matchers: list[_Matcher], speakers: dict[str, Speaker]) -> tuple[Turn, ...]:
    own = {key: frozenset(m.theme.id for m in matchers if _own_name(m, speakers.get(key))) for key in
           {turn.speaker or "" for turn in t.turns}}
    needles = _needle_index(matchers)
    return tuple(_annotate(turn, matchers, own[turn.speaker or ""], needles) if turn.type is not TurnType.HEADING
                 else turn for turn in t.turns)


def _fingerprint(matchers: list[_Matcher]) -> str:
    return repr([(m.theme.id, m.theme.name, m.theme.aliases, m.pattern.pattern, m.pattern.flags, m.person, sorted(m.needles))
                 for m in matchers])


def _marked_cached(t: Transcript, matchers: list[_Matcher], speakers: dict[str, Speaker], cache: Cache,
                   document: str, fingerprint: str) -> tuple[Turn, ...]:
    """``_marked``, through the cache: the key is the document, who speaks each turn, and the theme list."""
    who = repr([(turn.speaker, speakers[turn.speaker].name if turn.speaker in speakers else None) for turn in t.turns])
    entry = cache_key(document, who, fingerprint)
    marks = cache.get("themes", entry)
    if marks is not None and len(marks) == len(t.turns):
        return tuple(replace(turn, themes=themes, mentions=mentions) for turn, (themes, mentions) in zip(t.turns, marks))
    turns = _marked(t, matchers, speakers)
    cache.put("themes", entry, [(turn.themes, turn.mentions) for turn in turns])
    return turns


def apply(corpus: Corpus, config: ThemeConfig, cache: Cache | None = None, keys: dict[str, str] | None = None,
          stats: dict[str, discover.DocumentStats] | None = None) -> Corpus:
    """Find the corpus's themes and mark them in every turn.  ``keys``: document cache keys, ``stats``: each
    document's ``document_stats`` (computed here where missing), both by source name.  A theme whose patterns
    blow their time budget on some turn is reported at its line in themes.yml and marked again by its names
    alone, in every transcript."""
    entries, problems = list(config.themes), []
    while True:
        try:
            linked = _apply(corpus, replace(config, themes=tuple(entries)), cache, keys, stats)
            return replace(linked, diagnostics=linked.diagnostics + tuple(problems))
        except user_patterns.SlowPattern as slow:
            ids = page_ids(entries)
            entry = next(e for e in entries if ids[e.id] == slow.theme)
            problems.append(Diagnostic(entry.path, entry.line, f"the patterns of theme '{entry.id}' took more than "
                                       f"{user_patterns.SEARCH_TIMEOUT}s on one turn, so they were not used",
                                       "write the patterns without repeated groups or overlapping alternatives, "
                                       "or use aliases", Severity.ERROR))
            entries = [replace(e, patterns=()) if e is entry else e for e in entries]


def _apply(corpus: Corpus, config: ThemeConfig, cache: Cache | None, keys: dict[str, str] | None,
           stats: dict[str, discover.DocumentStats] | None) -> Corpus:
    ids = page_ids(config.themes)
    curated = [(Theme(ids[e.id], e.name, e.aliases, e.description, ids.get(e.parent or "", e.parent), curated=True),
                e.patterns) for e in config.themes]
    taken = {discover.norm(f) for theme, _ in curated for f in (theme.name,) + theme.aliases}
    matchers = [_matcher(theme, patterns, proper=True) for theme, patterns in curated]
    found = _discovered(corpus, config, taken, set(ids.values()), stats or {})
    matchers += [_matcher(theme, (), proper) for theme, proper in found]
    speakers = {s.id: s for s in corpus.speakers}
    names = {m.theme.id: m.theme.name for m in matchers}
    fingerprint = _fingerprint(matchers)
    transcripts = []
    for t in corpus.transcripts:
        document = (keys or {}).get(t.source.name)
        turns = (_marked_cached(t, matchers, speakers, cache, document, fingerprint) if cache and document
                 else _marked(t, matchers, speakers))
        counts = Counter(theme for turn in turns for theme in turn.themes)
        ranked = tuple(theme for theme, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
        transcripts.append(replace(t, turns=turns, themes=ranked, tags=tuple(names[i] for i in ranked[:TAGS])))
    return replace(corpus, transcripts=tuple(transcripts), themes=_themes(matchers, transcripts))


def _themes(matchers: list[_Matcher], transcripts: list[Transcript]) -> tuple[Theme, ...]:
    marked: dict[str, list[tuple[str, str]]] = {m.theme.id: [] for m in matchers}  # theme -> its turns, in order
    for t in transcripts:
        for turn in t.turns:
            for theme in dict.fromkeys(turn.themes):  # one pass over the turns for all themes
                if theme in marked:
                    marked[theme].append((t.id, turn.id))
    result = []
    for matcher in matchers:
        theme = matcher.theme
        turns = tuple(marked[theme.id])
        if not turns and not theme.curated:
            continue
        ids = tuple(dict.fromkeys(t for t, _ in turns))
        result.append(replace(theme, transcripts=ids, turns=turns, mentions=len(turns)))
    return tuple(sorted(result, key=lambda th: (-len(th.transcripts), -th.mentions, th.id)))
