"""One plain dialogue written in the surface layouts users bring (the probe of round s26): the dialogues and the
layouts, generated in memory, for ``tests/test_layout_variants.py``.

A dialogue is a list of (speaker, words); a layout writes it as a document (``LAYOUTS``: name -> (suffix,
writer)).  Documents written as Markdown or text get a title line, a date line and an introduction paragraph
above the dialogue (``HEAD``), as notes and blogs do.
"""

from __future__ import annotations

DIALOGUES = {
    "two": [
        ("Anna Berg", "Welcome to the show. Today we talk about rivers and the towns that grew beside them."),
        ("Tom Reyes", "Thanks for having me. I have spent ten years walking along the Danube."),
        ("Anna Berg", "What surprised you most on those walks?"),
        ("Tom Reyes", "How quiet it is. You expect traffic, boats, noise, but mostly you hear birds."),
        ("Anna Berg", "And the people you met?"),
        ("Tom Reyes", "Fishermen, mostly. They knew every bend of the river by name."),
        ("Anna Berg", "Did anyone surprise you?"),
        ("Tom Reyes", "A ferryman in Serbia who had crossed the same stretch forty thousand times."),
    ],
    # three speakers, one of them heard once
    "three": [
        ("Anna Berg", "Welcome back. With me are Tom Reyes and, for a moment, Lena Park."),
        ("Tom Reyes", "Good to be here again, the river was high this spring."),
        ("Lena Park", "I only want to add that the ferry runs again since May."),
        ("Anna Berg", "Thank you, Lena. Tom, where did you start this year?"),
        ("Tom Reyes", "At the source, in the Black Forest, on a cold morning."),
        ("Anna Berg", "And how far did you get?"),
        ("Tom Reyes", "To Vienna, before the rain came and stayed for a week."),
        ("Anna Berg", "Then we will hear about the rest next time."),
    ],
    # the same dialogue in German
    "de": [
        ("Anna Berg", "Willkommen zur Sendung. Heute sprechen wir über Flüsse und die Städte an ihren Ufern."),
        ("Tom Reyes", "Danke für die Einladung. Ich bin zehn Jahre an der Donau entlang gewandert."),
        ("Anna Berg", "Was hat Sie auf diesen Wanderungen am meisten überrascht?"),
        ("Tom Reyes", "Wie still es ist. Man erwartet Verkehr und Lärm, aber meistens hört man Vögel."),
        ("Anna Berg", "Und die Menschen, die Sie getroffen haben?"),
        ("Tom Reyes", "Vor allem Fischer. Sie kannten jede Biegung des Flusses beim Namen."),
        ("Anna Berg", "Hat Sie jemand überrascht?"),
        ("Tom Reyes", "Ein Fährmann in Serbien, der dieselbe Strecke vierzigtausendmal überquert hat."),
    ],
}
HEAD = ("# River Talk, episode 4\n\nRecorded on 12 March 2024.\n\n"
        "A conversation about rivers and the people who live by them.\n\n")


def _ts(i: int) -> str:
    return f"00:{i // 2:02d}:{(i * 17) % 60:02d}"


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split())


def _legend(turns) -> str:
    names = list(dict.fromkeys(n for n, _ in turns))
    return "Participants: " + ", ".join(f"{_initials(n)} = {n}" for n in names) + "\n\n"


def _each(template: str, between: str = "\n\n", before: str = "", after: str = ""):
    """A layout that writes each turn by ``template`` ({n}: the name, {N}: in capitals, {i}: the initials, {t}: the
    words, {ts} and {te}: the turn's start and end times) with ``between`` between turns."""
    def write(ts) -> str:
        body = between.join(template.format(n=n, N=n.upper(), i=_initials(n), t=t, ts=_ts(k), te=_ts(k + 1))
                            for k, (n, t) in enumerate(ts))
        return (before(ts) if callable(before) else before) + body + after
    return write


def _colon_legend(ts) -> str:
    return "Legend:\n" + "\n".join(f"{_initials(n)}: {n}" for n in dict.fromkeys(n for n, _ in ts)) + "\n\n"


HTML = "<html><body>", "</body></html>"
LAYOUTS = {
    "colon": (".md", _each("{n}: {t}")),
    "colon_single_nl": (".md", _each("{n}: {t}", "\n")),
    "caps_colon": (".md", _each("{N}: {t}")),
    "bold_colon_in": (".md", _each("**{n}:** {t}")),
    "bold_colon_out": (".md", _each("**{n}**: {t}")),
    "bold_alone": (".md", _each("**{n}**\n\n{t}")),
    "bold_alone_nl": (".md", _each("**{n}**\n{t}")),
    "heading_alone": (".md", _each("### {n}\n\n{t}")),
    "name_alone": (".md", _each("{n}\n{t}")),
    "name_time_next": (".md", _each("{n}  {ts}\n{t}")),
    "time_name_colon": (".md", _each("[{ts}] {n}: {t}")),
    "name_time_colon": (".md", _each("{n} ({ts}): {t}")),
    "name_bracket_time_nl": (".md", _each("{n} [{ts}]\n{t}")),
    "time_nl_name_nl": (".md", _each("{ts}\n{n}\n{t}")),
    "name_dash": (".md", _each("{n} - {t}")),
    "name_emdash": (".md", _each("{n} — {t}")),
    "bold_dash": (".md", _each("**{n}** - {t}")),
    "name_tab": (".md", _each("{n}\t{t}", "\n")),
    "quote_colon": (".md", _each("> {n}: {t}", "\n>\n")),
    "bullet_colon": (".md", _each("- {n}: {t}", "\n")),
    "bullet_bold": (".md", _each("- **{n}:** {t}", "\n")),
    "initials": (".md", _each("{i}: {t}", before=_legend)),
    "initials_colon_legend": (".md", _each("{i}: {t}", before=_colon_legend)),
    "bullet_italic": (".md", _each("- *{n}:* {t}", "\n")),
    "time_name_blank": (".md", _each("{ts}\n{n}\n\n{t}")),
    "gt_name": (".md", _each(">> {n}: {t}")),
    "html_b": (".html", _each("<p><b>{n}:</b> {t}</p>", "", *HTML)),
    "html_strong_alone": (".html", _each("<p><strong>{n}</strong></p><p>{t}</p>", "", *HTML)),
    "table_md": (".md", _each("| {n} | {t} |", "\n", "| Speaker | Text |\n| --- | --- |\n")),
    "table_md_timed": (".md", _each("| {ts} | {te} | {n} | {t} |", "\n",
                                    "| Start | End | Speaker | Text |\n|---:|---:|---|---|\n")),
    "csv": (".csv", _each('"{n}","{t}"', "\n", "speaker,text\n")),
    "paren_name": (".md", _each("({n}) {t}")),
    "bracket_name": (".md", _each("[{n}] {t}")),
    "name_said": (".md", _each("{N}\n{t}")),
    "ital_name": (".md", _each("*{n}:* {t}")),
    "underline_bold": (".md", _each("__{n}:__ {t}")),
    "srt_voices": (".srt", lambda ts: "\n\n".join(f"{k + 1}\n{_ts(k)},000 --> {_ts(k + 1)},000\n{n}: {t}"
                                                  for k, (n, t) in enumerate(ts))),
    "vtt_v": (".vtt", _each("{ts}.000 --> {te}.000\n<v {n}>{t}", before="WEBVTT\n\n")),
}


def document(layout: str, dialogue: str) -> tuple[str, str]:
    """(file name, text) of the dialogue written in the layout."""
    suffix, write = LAYOUTS[layout]
    head = HEAD if suffix == ".md" else ""
    return f"{layout}{suffix}", head + write(DIALOGUES[dialogue]) + "\n"


def merged(names: list[str]) -> list[str]:
    """A speaker sequence with repeats of one speaker in a row merged."""
    return [n for i, n in enumerate(names) if i == 0 or names[i - 1] != n]
