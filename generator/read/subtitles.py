"""What a subtitle cue says besides its words: SubViewer timing, SDH voice tags and sound cues (read stage).

* YouTube's SubViewer captions (``.sbv``) time a cue on a line of its own, ``0:00:01.040,0:00:04.670``, with the
  text on the lines below; a file laid out under another suffix is recognised by its content (``is_sbv``).
* Subtitles for the deaf and hard of hearing (SDH) put who speaks and what is heard in square brackets at a cue's
  start: ``[Es] Over the last two decades``, ``[director] Here's my first question``, ``[light switch echoes]``.
  The document's own cues decide (``Tags``): a bracket that stands alone as a whole cue is a sound; a bracket that
  opens speech names the voice when it is a name (every word capitalised) or a role (``data/subtitle-tags.txt``),
  and holds no sound word.  A cue of sounds only is not speech (the caller lists it as removed); a cue with no tag
  continues the voice before it.  A sound tag before the first words of the captions ("[Music] What is ROOT?", the
  video's opening) is listed as removed too, unless sound tags open many cues (``rare_opening_sounds``).
"""

from __future__ import annotations

import regex as re
from dataclasses import dataclass
from functools import lru_cache

from . import data_files

SBV_STAMP = r"\d{1,2}:\d{2}:\d{2}\.\d{1,3}"
SBV_TIMING = re.compile(rf"^(?P<start>{SBV_STAMP}),(?P<end>{SBV_STAMP})$")
SBV_LINES = re.compile(rf"^{SBV_STAMP},{SBV_STAMP}[ \t]*$", re.M)
SBV_MIN_CUES = 3  # timing lines of this shape in a file whose first line is one: captions, not a list of times
LEADING_TAG = re.compile(r"^(?:-\s*)?\[(?P<tag>[^\]\n]{1,40})\]\s*(?P<rest>.*)$", re.S)
ONLY_BRACKETS = re.compile(r"^(?:-?\s*\[[^\]\n]*\]\s*)+$")
BRACKETED = re.compile(r"\[([^\]\n]*)\]")
VOICE_WORDS = 4  # "[Es]", "[director]", "[man 2]", "[Senator John Smith]": a voice tag is a few words
NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$|^\d{1,2}$")  # "Es", "O'Brien", "Man", "2" (a capital first: ``_name_word``)
PARTICIPLE = re.compile(r"[a-z]{2,}ing$", re.I)  # "Music Playing", "Phone Ringing": a sound, not a name
ROLE_LABEL = re.compile(  # "Ashlee Kupor (SL): text": a meeting tool's name with the role or pronouns it shows in
    # brackets (Zoom, Teams: "(Host)", "(she/her)", "(SL)"), a colon and the words
    r"^(?:-\s*)?(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3})\s*\((?P<role>[^()\n]{1,30})\)\s*:\s+(?P<rest>\S.*)$",
    re.S)
# The first words of captions often follow the sound of the video's opening ("[Music] What is ROOT?"): that tag is
# taken off the first cue with words.  Only where a sound tag opens at most this share of the cues: where more open
# so ("[Music] I play games with" / "[Music] you yeah" in a music video's automatic captions) the tag marks the whole
# track as sung, and the cues stay as written.  (A tag inside the captions stays a stage direction of the turn.)
OPENING_SOUND_MAX_SHARE = 0.2
SOUND_REASON = "sound cue of the subtitles (a bracketed description of what is heard, alone in its cue): not speech"
UNTIMED_REASON = ("text outside the subtitle cues (a block with no timing line: a description or a comment before "
                  "or between the cues): not a cue, so not in the transcript")
# Blocks with no timing that hold nothing of the transcript: the WebVTT signature and its header fields, and the
# STYLE and REGION blocks of its styling.  Every other untimed block (a NOTE comment, a video's description written
# before the first cue) is listed as removed with ``UNTIMED_REASON``.
TECHNICAL_BLOCK = re.compile(r"^(?:WEBVTT\b(?:[^\n]*)(?:\n[\w-]+:[^\n]*)*|(?:STYLE|REGION)\b[\s\S]*)$")
OPENING_SOUND_REASON = ("sound tag opening a subtitle cue (a bracketed description of what is heard, before the words: "
                        "YouTube's '[Music] What is ...'): not speech")


def is_sbv(text: str) -> bool:
    """Does the text read as SubViewer captions: its first line a cue timing, and more timings after it?"""
    first = text.lstrip()[:64].split("\n", 1)[0].strip()
    return bool(SBV_TIMING.match(first)) and len(SBV_LINES.findall(text)) >= SBV_MIN_CUES


def _name_word(word: str) -> bool:
    """A word of a name: capitalised ("Es", "O'Brien", "ÉMILE"), or a number after one ("Man 2")."""
    return bool(NAME_WORD.match(word)) and (word[0].isupper() or word.isdigit())


@lru_cache(maxsize=None)
def _vocabulary(kind: str) -> frozenset[str]:
    return frozenset(data_files.sections("subtitle-tags.txt").get(kind, ()))


def role_label(text: str) -> tuple[str, str] | None:
    """(label, words) of a cue that opens with a name and a bracketed role ("Ashlee Kupor (SL): Okay, great."
    -> "Ashlee Kupor (SL)"), every word of the name capitalised; None otherwise.  Read on every cue, so that a
    speaker's later cues are theirs, not the previous speaker's."""
    found = ROLE_LABEL.match(text) if "(" in text else None
    if not found or not all(_name_word(w) for w in found.group("name").split()):
        return None
    return f"{found.group('name')} ({found.group('role').strip()})", found.group("rest").strip()


def sounds_only(text: str) -> bool:
    """A cue that holds bracketed descriptions and no words outside them (``[light switch echoes]``)."""
    return bool(ONLY_BRACKETS.match(text.strip())) and any(c.isalpha() for c in text)


@dataclass(frozen=True)
class Tags:
    """The document's evidence about its bracketed tags: those that stand alone as whole cues (sounds)."""

    alone: frozenset[str]

    @classmethod
    def of(cls, cue_texts: list[str]) -> "Tags":
        alone = {tag.strip().casefold() for text in cue_texts if sounds_only(text) for tag in BRACKETED.findall(text)}
        return cls(frozenset(alone))

    def voice(self, tag: str) -> str | None:
        """The voice a tag names ("Es", "Director"), or None when it is a sound or says nothing of a voice."""
        words = tag.split()
        if not words or len(words) > VOICE_WORDS or tag.strip().casefold() in self.alone:
            return None
        if any(w.casefold().strip(".,!?") in _vocabulary("sound") for w in words):
            return None
        if any(w.casefold() in _vocabulary("voice") for w in words):  # "[man 2]", "[TV reporter]"; not "[all laugh]"
            known = _vocabulary("voice") | _vocabulary("qualifier")
            return tag.strip()[:1].upper() + tag.strip()[1:] if all(w.casefold() in known or w.isdigit()
                                                                     for w in words) else None
        if all(_name_word(w) for w in words) and words[0][:1].isalpha() \
                and not any(PARTICIPLE.search(w) for w in words):
            return tag.strip()
        return None

    def sound(self, tag: str) -> bool:
        """Is a bracketed tag a sound: one the document sets alone as a whole cue, or one naming a sound
        ("Music", "Applause", "Door Slams": ``data/subtitle-tags.txt``), and no voice ("[Es]", "[man]")?"""
        words = tag.split()
        if not words or tag.strip().casefold() not in self.alone and not any(
                w.casefold().strip(".,!?") in _vocabulary("sound") for w in words):
            return False
        return not any(w.casefold() in _vocabulary("voice") for w in words)

    def opening_sound(self, line: str) -> tuple[str | None, str]:
        """(the sound tag, the rest) of a cue's first line that opens with a sound tag before words
        ("[Music] What is ROOT?" -> "[Music]", "What is ROOT?"); (None, line) otherwise: a tag before no words
        (the cue is sounds only, or the words are on its next line) or a voice tag stays as written."""
        found = LEADING_TAG.match(line.strip()) if line.lstrip().startswith("[") else None
        if not found or not any(c.isalpha() for c in BRACKETED.sub("", found.group("rest"))):
            return None, line
        if not self.sound(found.group("tag")):
            return None, line
        return f"[{found.group('tag')}]", found.group("rest").strip()

    def speaker(self, text: str) -> tuple[str | None, str]:
        """(voice, words) of a cue that opens with a voice tag and says something after it; else (None, text)."""
        found = LEADING_TAG.match(text.strip())
        if not found or not any(c.isalpha() for c in BRACKETED.sub("", found.group("rest"))):
            return None, text  # a tag before no words ("[laughs].", "[Unintelligible][laughs].") opens no speech
        name = self.voice(found.group("tag"))
        return (name, found.group("rest").strip()) if name else (None, text)


def rare_opening_sounds(first_lines: list[str], tags: Tags) -> bool:
    """Does a cue open with a sound tag before words, and do few of the others (see ``OPENING_SOUND_MAX_SHARE``),
    so that the first such tag is a sound heard before the words and not the mark of a sung track?"""
    opened = [index for index, line in enumerate(first_lines) if "[" in line and tags.opening_sound(line)[0]]
    return bool(opened) and len(opened) - 1 <= OPENING_SOUND_MAX_SHARE * (len(first_lines) - 1)
