"""Label shapes of exported and logged transcripts: a name with a time code (speech-to-text, editors, Zoom), a label
bounded by markup (chat and call summaries), IRC and scribed minutes, a sigil code, bare and dashed Q and A, a name
in brackets or in emphasis alone on its line.

In: nothing (patterns).  Out: the patterns ``label_rules.SHAPES`` registers, and ``TIMESTAMP``.  Split from
``label_rules`` (which re-exports every name) along meaning; no behaviour changed.
"""

from __future__ import annotations

import regex as re


# A time code: "1:02", "00:01:02.5", "[00:00:07:41]" ([days:]hours, Spacelog), or written with unit letters, as
# speech-to-text tables print them ("0h00m44s", "1h02m03s", "02m03s").
TIMESTAMP = r"(?:(?:\d{1,3}:)?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?|(?:\d{1,2}h)?\d{1,2}m\d{1,2}s)"

# A speaker and a time code alone on a line, the speech on the lines below, as speech-to-text and editor exports
# write them: Otter ("Anna Smith  0:37", "Anna Smith  1:02:03"), Descript and Riverside ("**Jonas Nick** 00:00:18",
# "Anna [00:01:02]", "**Anna** [0:00]"), and cue lists with a range and a duration ("Name 00:00:05-00:00:14 (9 sec)").
# The time code ends the line (a sentence that ends with a time is text).  The shape alone proves nothing:
# ``labels._timed_labels`` asks the document to use it as a pattern.
TIMED_LABEL = re.compile(
    rf"""^(?P<label>[^\W\d_][\w'’.\-]*(?:[ ][\w'’.\-]+){{0,4}}?)(?:\*\*|__|</strong>|</b>)?
        (?:[ \t]*[(\[](?P<note>[^)\]\n\d]{{1,80}})[)\]])?
        [ \t]+[\[(]?(?P<time>{TIMESTAMP})(?:[ \t]*[-–][ \t]*{TIMESTAMP})?[\])]?
        (?:[ \t]*\([ \t]*\d+(?:[.,]\d+)?[ \t]*(?:s|sec|secs|seconds?|min|mins|minutes?)\.?[ \t]*\))?
        [ \t]*(?:\n\s*(?P<rest>\S.*))?$""",
    re.X | re.S)
# A display name in square brackets and the clock time alone on the line, the speech on the lines below, as Zoom
# saves a meeting's closed captions ("meeting_saved_closed_caption.txt": "[Saar Moshiashvili] 13:32:23" /
# "How'd you like it?"; held-out hh07, datadaveshin/zoom_transcript_filter's example, caiobonfante/vexa's test
# data).  A display name is whatever the participant typed ("ATL - WonderFrog", "Speaker A", "John's iPhone"), so
# anything but a bracket stands inside the brackets.  Read as a name + time line ("timed"): ``label_timed``
# accepts it only where the document writes such lines as a pattern (a citation "[Smith] 12:30" once is text).
BRACKET_TIMED_LABEL = re.compile(
    rf"""^\[(?P<label>[^\W\d_][^\[\]\n]{{0,46}}?)[ \t]*\][ \t]+(?P<time>{TIMESTAMP})[ \t]*
        (?:\n\s*(?P<rest>\S.*))?$""",
    re.X | re.S)
# A time code and then a speaker's name alone on the line, the speech on the lines below, as some podcast
# transcripts and editor exports write each turn's head ("[00:03:23] Kind" / "Ist ein Windschutz."; held-out hb03,
# wintermeyer/v2.reisepassnummer.de): the time code is read off before the shapes (``LEADING_TIME``), so this
# shape applies only after one (scope "after a time code") and is read as a name + time line ("timed"), which
# ``label_timed`` accepts only where the document writes such lines as a pattern.  The name ends the line: one to
# five words, no sentence punctuation ("10:30 We met at the station." is text).  A generic voice's number ends the
# name ("00:00:13 Speaker 1", "00:09:58 Conseiller d’opposition 1") and a role may follow in brackets ("00:07:01
# Élu principal (maire ou président de séance)"), as anonymised council-meeting transcripts write them (held-out
# hk02, Audierne municipal council; Otter and Sonix exports' "Speaker 1" after the time).
TIME_NAME_LABEL = re.compile(
    r"^(?P<label>[^\W\d_][\w'’.\-]*(?:[ ][^\W\d_][\w'’.\-]*){0,4}?(?:[ ]\d{1,3})?)(?:\*\*|__|</strong>|</b>)?"
    r"(?:[ \t]*\((?P<note>[^()\n\d]{1,60})\))?[ \t]*(?:\n\s*(?P<rest>\S.*))?$", re.S)
AFTER_TIME = "after a time code"  # the scope of a shape read only after a leading time code

# A label bounded by markup, as chat and call-summary exports write each line ("[00:15] **kushti**: Happy New Year",
# "[00:10] **qx()**: Happy New Year", "**tmr.erg**:"; ergo community calls, cannonQ/ergo-transcripts): the markup
# opens and closes the label, so whatever stands between is the label's text, brackets and digits included (the
# name shapes stop at "(" and want a capital or a longer handle).  Read only after an opening bold decoration (scope
# "after markup") and when no other shape reads the line; the shape alone proves nothing: ``label_marked`` asks the
# document to write its lines in that layout, after a time code, as a pattern.
MARKED_LABEL = re.compile(
    r"^(?P<label>[^\W_][^*_<>:\n]{0,38}?)[ \t]*(?:(?:\*\*|__|</strong>|</b>)[ \t]*:|:(?:\*\*|__|</strong>|</b>))"
    r"(?:[ \t]+(?P<rest>\S.*)|[ \t]*$)", re.S)
# A name set in bold and the speech after it on the same line, no colon, as podcast transcripts write their turns
# ("0:00:13.7 **Adam Garrett-Harris** Hello and welcome", "**Jen Luker & Safia Abdalla** Yay!"; orbitfm/orbit.fm,
# whose readme describes the format: an optional time code, an optional bold name, the text): one to eight
# capitalised words, several names joined by "&", "and" or commas sharing a turn, or a numbered voice ("**Speaker 0**").  Read only after an opening bold
# decoration (scope "after markup"); a bold word opens many a sentence ("**Important** things first"):
# ``label_marked.bold_names`` asks the document for a pattern of recurring names taking turns.
BOLD_NAME_LABEL = re.compile(
    r"^(?P<label>[^\W\d_][\w'’.\-]*(?:,?[ ](?:(?:&|and)[ ])?[^\W\d_][\w'’.\-]*){0,7}?(?:[ ]\d{1,3})?)[ \t]*"
    r"(?:\*\*|__|</strong>|</b>)[ \t]+(?P<rest>[^\s:*].*)$", re.S)
# An IRC line: the nickname in angle brackets, then what that person typed ("<Ege> +1 to pandoc :)", "[12:01]
# <jthomas> Reminder there is a new zoom link"; W3C minutes keep the participants' own IRC lines between the scribe's
# lines, and IRC/Matrix meeting logs are written so throughout).  A nickname: letters, digits and the characters
# IRC allows ("_", "-", "|", "`", "^", "[", "]"), no space; the line goes on after a space (an HTML tag, "<p>Text",
# does not).  Only a document that writes several such lines makes them labels (``label_minutes.irc_nicks``).
IRC_LABEL = re.compile(r"^<(?P<label>[^\W\d_][\w\-|`^\[\]]{0,31})>[ \t]+(?P<rest>\S.*)$", re.S)
# ... and what the scribe types for a speaker in a raw minutes log, "<scribe> fantasai: Two issues are rejected": the
# speaker's line (the W3C scribe tools read it so).
SCRIBED_LABEL = re.compile(r"^<[Ss]cribe>[ \t]+(?P<label>[^\W\d_][\w\-]{0,31})[ \t]*:[ \t]+(?P<rest>\S.*)$", re.S)
# A speaker code after a sigil, as spoken-language corpora open each utterance ("@is1984f ну / они ...": the
# speaker's initials, birth year and sex; "@mva1988f  проехали ..."; student corpora transcribed beside ELAN files):
# letters and digits, no space, the utterance after a space.  The shape alone proves nothing ("@channel please
# look"): ``label_sigil`` asks the document to write its lines so.
SIGIL_LABEL = re.compile(r"^@(?P<label>[^\W_][\w\-.]{0,31})[ \t]+(?P<rest>\S.*)$", re.S)
AFTER_MARKUP = "after markup"  # the scope of a shape read only after an opening bold decoration
BOLD_OPEN = re.compile(r"\*\*|__|<(?:strong|b)>")  # an opening bold decoration (in ``DECORATION``)
# "Q" or "A" before the speech with no colon, as whitehouse.gov and state.gov print questions ("Q    Thank you"):
# two spaces or a tab; one space before a capital, a quote, a bracket or a dash for "Q" alone, as the same pages
# read once their spacing is collapsed ("Q Thank you.", "Q — trying to"); a sentence opening "A Boeing ..." is not.
BARE_QA = re.compile(r"^(?:(?P<label>Q|A)(?:[ ]{2,}|\t)|(?P<q>Q)[ ](?=[A-Z“\"(‘'—–-]))(?P<rest>\S.*)$", re.S)
# Question and answer marked with a letter and a dash, as talk transcripts write their Q&A sections in Spanish,
# Portuguese and English ("P - Me pregunto ...", "R - Con ...", "Q - How ...", "A - We ..."): one or two
# capitals, a spaced dash, the speech.
DASH_QA = re.compile(r"^(?P<label>[A-ZА-Я]{1,2})[ \t]+[-–—][ \t]+(?P<rest>\S.*)$", re.S)
# A name in brackets, often set in bold, the speech after it ("**(Emma)** Il y a ...", "(Emma) Il y a" once the
# Markdown is read): the decoration is read off before the shapes, so the text starts at the bracket.  A stage
# direction has the same shape ("(Laughter) Yes"): ``label_evidence`` asks for several recurring names.
PAREN_LABEL = re.compile(r"^\((?P<label>[^\W\d_][\w'’.\-]*(?:[ ][\w'’.\-]+){0,3})\)(?:\*\*|__|</strong>|</b>)?"
                         r"(?:[ \t]*:)?(?:[ \t]+(?P<rest>\S.*)|[ \t]*$)", re.S)
# A name alone on its line in emphasis, the speech in the paragraphs below, as hand-edited meeting notes and
# interviews in Markdown write a turn's head ("*Adam*", "*Alethe Denis*", "_Moderator_"; held-out hd06,
# Abraxas3d/20250529_DCG_Town_Hall), perhaps with a note in brackets ("*You* (_after checking inputs_)").  One to
# four words of a name, no sentence punctuation.  The shape alone proves nothing ("*East Room*", "*Host*" above a
# parameter's description): ``label_alone`` asks the document to use it as its dialogue's pattern.
EMPH_LINE = re.compile(r"^(?P<mark>[*_])(?P<label>[^\W\d_][\w'’.\-]*(?:[ ][\w'’.\-]+){0,3})(?P=mark)"
                       r"(?:[ \t]+\((?P<note>[^()\n]{1,80})\))?[ \t]*$")
# A record line that opens each turn of a pre-segmented export, its fields separated by semicolons and the
# speaker last ("[4;16 de novembro de 1993;O señor PRESIDENTE (Núñez Rodríguez)]", as the Galician parliament's
