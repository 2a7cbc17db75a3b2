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


LAYOUTS = {
    "colon": (".md", lambda ts: "\n\n".join(f"{n}: {t}" for n, t in ts)),
    "colon_single_nl": (".md", lambda ts: "\n".join(f"{n}: {t}" for n, t in ts)),
    "caps_colon": (".md", lambda ts: "\n\n".join(f"{n.upper()}: {t}" for n, t in ts)),
    "bold_colon_in": (".md", lambda ts: "\n\n".join(f"**{n}:** {t}" for n, t in ts)),
    "bold_colon_out": (".md", lambda ts: "\n\n".join(f"**{n}**: {t}" for n, t in ts)),
    "bold_alone": (".md", lambda ts: "\n\n".join(f"**{n}**\n\n{t}" for n, t in ts)),
    "bold_alone_nl": (".md", lambda ts: "\n\n".join(f"**{n}**\n{t}" for n, t in ts)),
    "heading_alone": (".md", lambda ts: "\n\n".join(f"### {n}\n\n{t}" for n, t in ts)),
    "name_alone": (".md", lambda ts: "\n\n".join(f"{n}\n{t}" for n, t in ts)),
    "name_time_next": (".md", lambda ts: "\n\n".join(f"{n}  {_ts(i)}\n{t}" for i, (n, t) in enumerate(ts))),
    "time_name_colon": (".md", lambda ts: "\n\n".join(f"[{_ts(i)}] {n}: {t}" for i, (n, t) in enumerate(ts))),
    "name_time_colon": (".md", lambda ts: "\n\n".join(f"{n} ({_ts(i)}): {t}" for i, (n, t) in enumerate(ts))),
    "name_bracket_time_nl": (".md", lambda ts: "\n\n".join(f"{n} [{_ts(i)}]\n{t}" for i, (n, t) in enumerate(ts))),
    "time_nl_name_nl": (".md", lambda ts: "\n\n".join(f"{_ts(i)}\n{n}\n{t}" for i, (n, t) in enumerate(ts))),
    "name_dash": (".md", lambda ts: "\n\n".join(f"{n} - {t}" for n, t in ts)),
    "name_emdash": (".md", lambda ts: "\n\n".join(f"{n} — {t}" for n, t in ts)),
    "bold_dash": (".md", lambda ts: "\n\n".join(f"**{n}** - {t}" for n, t in ts)),
    "name_tab": (".md", lambda ts: "\n".join(f"{n}\t{t}" for n, t in ts)),
    "quote_colon": (".md", lambda ts: "\n>\n".join(f"> {n}: {t}" for n, t in ts)),
    "bullet_colon": (".md", lambda ts: "\n".join(f"- {n}: {t}" for n, t in ts)),
    "bullet_bold": (".md", lambda ts: "\n".join(f"- **{n}:** {t}" for n, t in ts)),
    "initials": (".md", lambda ts: _legend(ts) + "\n\n".join(f"{_initials(n)}: {t}" for n, t in ts)),
    "initials_colon_legend": (".md", lambda ts: "Legend:\n" + "\n".join(
        f"{_initials(n)}: {n}" for n in dict.fromkeys(n for n, _ in ts)) + "\n\n"
        + "\n\n".join(f"{_initials(n)}: {t}" for n, t in ts)),
    "bullet_italic": (".md", lambda ts: "\n".join(f"- *{n}:* {t}" for n, t in ts)),
    "time_name_blank": (".md", lambda ts: "\n\n".join(f"{_ts(i)}\n{n}\n\n{t}" for i, (n, t) in enumerate(ts))),
    "gt_name": (".md", lambda ts: "\n\n".join(f">> {n}: {t}" for n, t in ts)),
    "html_b": (".html", lambda ts: "<html><body>" + "".join(f"<p><b>{n}:</b> {t}</p>" for n, t in ts)
               + "</body></html>"),
    "html_strong_alone": (".html", lambda ts: "<html><body>" + "".join(
        f"<p><strong>{n}</strong></p><p>{t}</p>" for n, t in ts) + "</body></html>"),
    "table_md": (".md", lambda ts: "| Speaker | Text |\n| --- | --- |\n" + "\n".join(f"| {n} | {t} |" for n, t in ts)),
    "table_md_timed": (".md", lambda ts: "| Start | End | Speaker | Text |\n|---:|---:|---|---|\n" + "\n".join(
        f"| {_ts(i)} | {_ts(i + 1)} | {n} | {t} |" for i, (n, t) in enumerate(ts))),
    "csv": (".csv", lambda ts: "speaker,text\n" + "\n".join(f'"{n}","{t}"' for n, t in ts)),
    "paren_name": (".md", lambda ts: "\n\n".join(f"({n}) {t}" for n, t in ts)),
    "bracket_name": (".md", lambda ts: "\n\n".join(f"[{n}] {t}" for n, t in ts)),
    "name_said": (".md", lambda ts: "\n\n".join(f"{n.upper()}\n{t}" for n, t in ts)),
    "ital_name": (".md", lambda ts: "\n\n".join(f"*{n}:* {t}" for n, t in ts)),
    "underline_bold": (".md", lambda ts: "\n\n".join(f"__{n}:__ {t}" for n, t in ts)),
    "srt_voices": (".srt", lambda ts: "\n\n".join(f"{i + 1}\n{_ts(i)},000 --> {_ts(i + 1)},000\n{n}: {t}"
                                                  for i, (n, t) in enumerate(ts))),
    "vtt_v": (".vtt", lambda ts: "WEBVTT\n\n" + "\n\n".join(f"{_ts(i)}.000 --> {_ts(i + 1)}.000\n<v {n}>{t}"
                                                            for i, (n, t) in enumerate(ts))),
}


def document(layout: str, dialogue: str) -> tuple[str, str]:
    """(file name, text) of the dialogue written in the layout."""
    suffix, write = LAYOUTS[layout]
    head = HEAD if suffix == ".md" else ""
    return f"{layout}{suffix}", head + write(DIALOGUES[dialogue]) + "\n"


def merged(names: list[str]) -> list[str]:
    """A speaker sequence with repeats of one speaker in a row merged."""
    return [n for i, n in enumerate(names) if i == 0 or names[i - 1] != n]
