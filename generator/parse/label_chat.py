"""Chat messages exported from a video call and pasted into meeting notes (shape "chat", rule "chat-export").

Zoom's chat export writes each message under a line naming its sender, its audience and the time: "From Joel Dice
to Everyone 09:12 AM" (WebAssembly WASI subgroup notes), "From Danny to Everyone: 03:09 PM" (ethereum/pm consensus
layer calls, under "## Links discussed in the call (zoom chat)"), "- **From pari to Everyone 02:40 PM:**" or
"***From danny to Everyone 02:10 PM:***" (the same notes, bulleted or in emphasis), the message on the lines below.
The line is a label: the sender says the message, in the notes' dialogue or after it.  The sender is the label, the
audience its note and the time its time code; a bullet or emphasis around the line is read off first (a label mark,
``label_marks``, rule "chat").

The wording is the evidence ("From", a name, "to Everyone", a time): where the document writes ``CHAT_MIN_LINES``
or more such lines, every sender is a speaker, one who wrote once too, unless the chat is an appendix to notes with
no recurring labels of another shape (``CHAT_LEAD_MAX_SHARE``).  One such line is a quotation of the chat.
"""

from __future__ import annotations

import regex as re

from .label_rules import SHAPES, ShapeRule
from .label_seen import Evidence

CHAT_MIN_LINES = 2  # two chat lines make an export's layout; one may be a quoted message
# Where the document has no recurring labels of another shape, its chat is its dialogue only when it starts in the first half of its
# lines: a chat export pasted after notes the converter reads no labels in ("## Zoom Chat:" after 10,000 words of
# "**Speaker 01**" notes, ethereum/pm Fee-Market-Meeting-10) would turn the notes into the turns' introduction.
CHAT_LEAD_MAX_SHARE = 0.5
# The audiences Zoom names ("to Everyone"; "to All" in older exports).
AUDIENCE = r"(?:Everyone|everyone|All|all)"
CHAT_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[AaPp]\.?[Mm]\.?)?"
# The sender line as the label shapes read it (markup and a time code before it already off): "From NAME to
# Everyone[:] [TIME][:]", the message after a colon on the line ("From lightclient to Everyone: pew pew") or on the
# lines below.
CHAT_LABEL = re.compile(
    rf"^From[ ]+(?P<label>[^\W\d_][^\n:]{{0,60}}?)[ ]+(?P<note>to[ ]+{AUDIENCE})(?:[ \t]*:?[ \t]*(?P<time>{CHAT_TIME}))?"
    r"[ \t]*(?:(?::[ \t]*|:?[ \t]*\n\s*)(?P<rest>\S.*)|:?[ \t]*)$", re.S)
# ... and as notes write it, perhaps after a bullet, in bold or bold italics (``label_marks`` reads it off): the line
# without them, perhaps with a time code before "From" ("- 08:55:44 From lightclient to Everyone:").
CHAT_MARKED = re.compile(
    rf"^[ \t]{{0,3}}(?:[-*+•][ \t]+)?(?P<open>[*_]{{1,3}})?(?P<line>(?:{CHAT_TIME}[ \t]+)?From[ ]+[^\n]{{1,70}}?[ ]+to[ ]+"
    rf"{AUDIENCE}(?:[ \t]*:?[ \t]*{CHAT_TIME})?[ \t]*:?)[ \t]*(?P=open)?(?P<rest>(?:[ \t]+\S[^\n]*)?)[ \t]*$")
FIND_CHAT = re.compile(rf"\n[ \t]{{0,3}}(?:[-*+•][ \t]+)?[*_]{{0,3}}(?:{CHAT_TIME}[ \t]+)?From[ ][^\n]{{1,70}}?[ ]to[ ]{AUDIENCE}\b")


def _chat_parts(match: re.Match) -> dict | None:
    return {"label": match.group("label"), "note": match.group("note"), "time": match.group("time"),
            "rest": match.group("rest") or ""}


def unmarked_chat(lines: list[str], i: int) -> tuple[str, ...] | None:
    """A sender line with its bullet and markup read off ("- **From pari to Everyone 02:40 PM:**" -> "From pari to
    Everyone 02:40 PM:"), or None (also for a line with nothing to read off: the shape reads it as it is)."""
    match = CHAT_MARKED.match(lines[i])
    if not match:
        return None
    line = match.group("line") + match.group("rest")
    return (line,) if line != lines[i] else None


def any_chat(ev: Evidence) -> bool:
    """Whether a line opens with a chat sender (the rule's cheap test)."""
    return any(s.candidate.style == "chat" for s in ev.every)


def chat_senders(ev: Evidence, accepted: set[str]) -> set[str]:
    """The senders of the chat export where the document writes ``CHAT_MIN_LINES`` sender lines or more."""
    found = [s for s in ev.every if s.candidate.style == "chat"]
    return {s.key for s in found} if len(found) >= CHAT_MIN_LINES else set()


def appendix(ev: Evidence, accepted: set[str]) -> set[str]:
    """The chat's senders, taken away again where the chat is an appendix to notes with no recurring label of
    someone who does not write in the chat (``CHAT_LEAD_MAX_SHARE``): the chat stays text (and is reported)."""
    chat = [s for s in ev.every if s.candidate.style == "chat"]
    if not chat or chat[0].index <= CHAT_LEAD_MAX_SHARE * len(ev.lines):
        return set()
    senders = {s.key for s in chat}
    other: dict[str, int] = {}
    for s in ev.every:
        if s.key in accepted and s.key not in senders:
            other[s.key] = other.get(s.key, 0) + 1
    if any(n >= 2 for n in other.values()):
        return set()  # (the notes are a dialogue of people who do not all write in the chat)
    return senders & accepted  # (a sender named in the attendees' list too, "*Tim Beiko*", is no label there either)


SHAPES.register(ShapeRule("chat", CHAT_LABEL, lambda t: t[:5] == "From " and " to " in t, _chat_parts, opens="F",
                          needs=":"), "chat", 95)

from .label_evidence import EVIDENCE, EvidenceRule  # noqa: E402  (imported by label_evidence, after its registry)

EVIDENCE.register(EvidenceRule("chat-export", any_chat, chat_senders), "chat-export", 42.3)
