"""What kind of event a document records, from its title, introduction or file name (part of stage 3, header).

``KIND``, the "kind" registry: one rule a kind (press conference, briefing, debate, hearing, podcast,
interview, meeting, speech), each a pattern and the documents it is for; ``kind_hint`` gives the first that
matches.
"""

from __future__ import annotations

import regex as re

from . import rules

KIND = rules.Registry("kind")  # what kind of event a title or introduction names; first match wins
for _priority, (_kind, _pattern, _why) in enumerate(reversed((
    ("press-conference", r"\b(?:press|news) conference|press availability|joint press\b",
     "press conferences and availabilities named as such in titles"),
    ("briefing", r"\bbriefing\b", "government press briefings ('Press Briefing by ...')"),
    ("debate", r"\bdebates?\b", "televised and parliamentary debates"),
    ("hearing", r"(?<!hard of )\bhearings?\b", "committee and court hearings (not 'hard of hearing')"),
    ("podcast", r"\bpodcast\b", "podcast episodes"),
    ("interview", r"\binterview", "interviews ('Interview with', 'interviewed by')"),
    ("meeting", r"\bmeeting\b|\bminutes\b", "meetings and their minutes"),
    ("speech", r"\b(?:speech|address to|lecture|statement by)\b", "speeches, addresses, lectures, statements"),
))):
    KIND.register(rules.Rule(_kind, _priority, "header", re.compile(_pattern, re.I).search, why=_why))


def kind_hint(*texts: str | None) -> str | None:
    """The kind of event the first of ``texts`` that names one names (a title, a description, a file name)."""
    for text in texts:
        if text:
            rule, _ = KIND.first("header", text)
            if rule:
                return rule.name
    return None
