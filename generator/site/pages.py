"""Stage 10b, render the corpus-wide pages: themes, speakers and their indexes.

In: the corpus and its ``Links``.  Out: {relative path: Markdown} for ``themes/index.md`` (with the
themes-over-time chart), one page per theme (description, counts, timeline, every passage with a link
to its turn, co-occurring themes, the speakers who raise it), ``speakers/index.md`` and one page per
person (role, bio, transcripts, words, top themes, links to their turns).  Every link is a Markdown
link to a page or a turn anchor, so ``mkdocs build --strict`` checks them all.
"""

from __future__ import annotations

from dataclasses import dataclass


from . import chart
from .. import urls
from ..corpus.links import Links
from ..model import Corpus, SegmentKind, Speaker, Theme, Transcript, Turn
from .render import ENV, MARKER, count, date_display, yaml_scalar

EXCERPT = 160
EXCERPTS = 50  # passages quoted on a theme or speaker page (the most recent); the rest are linked by number


def excerpt(turn: Turn, theme: Theme | None = None) -> str:
    """A short excerpt of a turn, around the theme's first mention when there is one."""
    text = " ".join("".join(s.text for s in p if s.kind is SegmentKind.TEXT).strip() for p in turn.paragraphs)
    start = 0
    if theme:
        mention = next((m for m in turn.mentions if m.theme == theme.id), None)
        if mention:
            before = " ".join("".join(s.text for s in p if s.kind is SegmentKind.TEXT).strip()
                              for p in turn.paragraphs[: mention.paragraph])
            offset = len(before) + (1 if before else 0) + sum(
                len(s.text) for s in turn.paragraphs[mention.paragraph][: mention.segment] if s.kind is SegmentKind.TEXT)
            start = max(0, offset + mention.start - EXCERPT // 3)
    piece = text[start:start + EXCERPT]
    if start > 0:
        piece = "…" + piece.split(" ", 1)[-1]
    if start + EXCERPT < len(text):
        piece = piece.rsplit(" ", 1)[0] + "…"
    return " ".join(piece.split())


def _grouped(refs: tuple[tuple[str, str], ...], lookup: "_Lookup") -> list[tuple[Transcript, list[Turn]]]:
    """The transcripts that ``refs`` (transcript id, turn id) point into, in date order, with those turns (in
    their order; found through ``lookup.positions``, so a page costs its own passages, not every turn of every
    transcript it quotes)."""
    wanted: dict[str, set[str]] = {}
    for transcript, turn in refs:
        wanted.setdefault(transcript, set()).add(turn)
    ordered = sorted((lookup.transcripts[i] for i in wanted), key=lambda t: (t.date is None, t.date or "", t.id))
    grouped = []
    for t in ordered:
        positions = lookup.positions[t.id]
        found = sorted(at for turn in wanted[t.id] for at in positions.get(turn, ()))
        grouped.append((t, [t.turns[at] for at in found]))
    return grouped


def _row(t: Transcript, turns: list[Turn], here: str) -> dict:
    """A timeline row: the transcript (``link``: its page, from page ``here``) and a numbered link to each of
    its passages (``numbered``: "[1](link#turn) [2](...)", made here from the one link rather than one template
    call per passage)."""
    link = urls.link(here, urls.page(urls.TRANSCRIPTS, t.id))
    return {"date": date_display(t), "title": t.title, "id": t.id, "turns": len(turns), "link": link,
            "numbered": " ".join(f"[{n}]({link}#{turn.id})" for n, turn in enumerate(turns, 1))}


def _recent(passages: list[tuple[Transcript, Turn]]) -> list[tuple[Transcript, Turn]]:
    """The last ``EXCERPTS`` passages, still oldest first: long pages stay readable and linear in size (and
    only these are excerpted)."""
    return passages[-EXCERPTS:]


def theme_page(theme: Theme, corpus: Corpus, links: Links, lookup: "_Lookup") -> str:
    timeline, passages = [], []
    here = urls.page(urls.THEMES, theme.id)
    for t, turns in _grouped(theme.turns, lookup):
        timeline.append(_row(t, turns, here))
        passages.extend((t, turn) for turn in turns)
    quoted = [{"speaker": lookup.speakers[turn.speaker].name if turn.speaker else "Narration", "date": date_display(t),
               "excerpt": excerpt(turn, theme), "title": t.title, "transcript": t.id, "turn": turn.id}
              for t, turn in _recent(passages)]
    themes, speakers = lookup.themes, lookup.speakers
    cooccurring = [{"id": i, "name": themes[i].name, "turns": n} for i, n in links.cooccurring.get(theme.id, ())
                   if i in themes]
    raised = [{"id": i, "name": speakers[i].name, "turns": n, "page": not speakers[i].generic}
              for i, n in links.raised_by.get(theme.id, ()) if i in speakers]
    counts = f"{count(len(theme.transcripts), 'transcript')} and {count(len(theme.turns), 'turn')}"
    children = [t for t in corpus.themes if t.parent == theme.id]
    return ENV.get_template("theme.md.j2").render(
        theme=theme, yaml_title=yaml_scalar(theme.name), marker=MARKER, counts=counts, timeline=timeline,
        aliases=[a for a in theme.aliases if a.casefold() != theme.name.casefold()],
        passages=quoted, quoted_all=len(passages) <= EXCERPTS, cooccurring=cooccurring, raised_by=raised,
        parent=themes.get(theme.parent or ""), children=children, here=here)


def speaker_page(speaker: Speaker, links: Links, lookup: "_Lookup") -> str:
    stats = links.speakers[speaker.id]
    rows, passages = [], []
    here = urls.page(urls.SPEAKERS, speaker.id)
    for t, turns in _grouped(stats.turns, lookup):
        rows.append(_row(t, turns, here))
        passages.extend((t, turn) for turn in turns)
    quoted = [{"date": date_display(t), "excerpt": excerpt(turn), "title": t.title, "transcript": t.id,
               "turn": turn.id} for t, turn in _recent(passages)]
    facts = (f"{count(len(stats.transcripts), 'transcript')} · {count(len(stats.turns), 'turn')} · "
             f"{stats.words:,} words spoken")
    return ENV.get_template("speaker.md.j2").render(
        speaker=speaker, yaml_title=yaml_scalar(speaker.name), marker=MARKER, facts=facts, transcripts=rows,
        themes=[{"id": i, "name": lookup.themes[i].name, "turns": n} for i, n in stats.themes if i in lookup.themes],
        passages=quoted, quoted_all=len(passages) <= EXCERPTS, here=here)


@dataclass(frozen=True)
class _Lookup:
    transcripts: dict[str, Transcript]
    themes: dict[str, Theme]
    speakers: dict[str, Speaker]
    positions: dict[str, dict[str, list[int]]]  # transcript id -> turn id -> where that turn stands


def _positions(transcripts) -> dict[str, dict[str, list[int]]]:
    found: dict[str, dict[str, list[int]]] = {}
    for t in transcripts:
        at = found.setdefault(t.id, {})
        for index, turn in enumerate(t.turns):
            at.setdefault(turn.id, []).append(index)
    return found


def corpus_pages(corpus: Corpus, links: Links) -> dict[str, str]:
    """Theme and speaker pages with their indexes."""
    lookup = _Lookup({t.id: t for t in corpus.transcripts}, {t.id: t for t in corpus.themes},
                     {s.id: s for s in corpus.speakers}, _positions(corpus.transcripts))
    pages = {urls.page(urls.THEMES, theme.id): theme_page(theme, corpus, links, lookup) for theme in corpus.themes}
    pages[urls.index(urls.THEMES)] = ENV.get_template("themes-index.md.j2").render(
        marker=MARKER, here=urls.index(urls.THEMES), themes=corpus.themes, chart=chart.themes_over_time(corpus))
    people = [s for s in corpus.speakers if not s.generic]
    for speaker in people:
        pages[urls.page(urls.SPEAKERS, speaker.id)] = speaker_page(speaker, links, lookup)
    rows = sorted(({"id": s.id, "name": s.name, "role": s.role or "—", "colour": s.colour,
                    "transcripts": len(links.speakers[s.id].transcripts), "turns": len(links.speakers[s.id].turns),
                    "words": f"{links.speakers[s.id].words:,}"} for s in people),
                  key=lambda r: (-int(r["words"].replace(",", "")), r["name"]))
    pages[urls.index(urls.SPEAKERS)] = ENV.get_template("speakers-index.md.j2").render(
        marker=MARKER, rows=rows, here=urls.index(urls.SPEAKERS))
    return pages

