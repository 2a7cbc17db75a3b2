"""A corpus whose every input field is hostile, and a project built from it (issue 12, points 1, 2 and 5).

Every value that reaches a page comes from here: the first line of a .txt, front matter, a sidecar, speakers.yml,
themes.yml, file names, a WebVTT voice, an HTML page's <h1> holding escaped tags, labels.  A script that runs
sets ``window.__x``; an image that loads asks for ``x`` (not a file of the site).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import copy_project

SCRIPT = "</title><script>window.__x=1</script>"
ATTRIBUTE = '"><img src=x onerror=window.__x=1>'
TEMPLATE = "{{ 7*7 }}"
SNIPPET = '--8<-- "mkdocs.yml"'
JS_URL = "javascript:window.__x=1"
EVIL_FILE = '"><img src=x onerror=window.__x=1>.txt'  # a file name


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _turns() -> str:
    return "\n\n".join([
        f"JOHN SMITH: Hello {SCRIPT} and {ATTRIBUTE}. We {TEMPLATE} said [click]({JS_URL}) and <{JS_URL}>.",
        f"MARY JONES: Answer {{: onclick=\"window.__x=1\" }} here <div markdown=1>*x*</div>.\n{SNIPPET}\n"
        "--8<-- \"missing.md\"",
        f"JOHN SMITH: Why {ATTRIBUTE} ![i](http://example.com/x.png)?",
        "MARY JONES: Because. &lt;img src=x onerror=window.__x=1&gt; and `code` {#id .cls onmouseover=window.__x=1}",
    ])


def write_corpus(folder: Path) -> Path:
    """The hostile corpus in ``folder`` (created); returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "evil-title.txt": f"Interview {SCRIPT}\n\nMay 3, 2021\nPlace: {ATTRIBUTE}\nSource: {JS_URL}\n\n" + _turns(),
        "front.md": (f"---\ntitle: {_quoted('Front ' + ATTRIBUTE + ' ' + SCRIPT)}\n"
                     f"description: {_quoted('Desc ' + ATTRIBUTE)}\nplace: {_quoted(TEMPLATE)}\n"
                     f"source: {_quoted(JS_URL)}\nnotes: {_quoted(SNIPPET)}\n"
                     "tags: press-briefings\ntemplate: missing.html\nhide: [navigation]\n---\n\n" + _turns()),
        "side.txt": "Plain title here\n\n" + _turns(),
        "side.yml": (f"title: {_quoted('Side ' + SCRIPT)}\nsubtitle: {_quoted('Sub ' + ATTRIBUTE)}\n"
                     f"place: {_quoted(TEMPLATE)}\nsource_name: {_quoted(ATTRIBUTE)}\n"
                     f"speakers:\n  JOHN SMITH: {_quoted('John ' + SCRIPT)}\n"),
        "speakers.yml": (f"speakers:\n  - name: {_quoted('Mary ' + ATTRIBUTE)}\n    aliases: [MARY JONES, Mary Jones]\n"
                         f"    role: {_quoted('Role ' + SCRIPT)}\n"
                         f"    bio: {_quoted(SNIPPET + ' bio ' + ATTRIBUTE + ' ' + TEMPLATE)}\n"
                         "  - name: Index\n    aliases: [INDEX]\n"),
        "themes.yml": (f"themes:\n  - id: index\n    name: {_quoted('Theme ' + SCRIPT)}\n"
                       f"    aliases: [Hello, {_quoted(TEMPLATE)}]\n"
                       f"    description: {_quoted('Desc ' + ATTRIBUTE + ' ' + SNIPPET)}\n"
                       f"  - id: because\n    name: {_quoted('Because ' + ATTRIBUTE)}\n    aliases: [Because]\n"
                       "    parent: index\n"),
        "caption.vtt": ("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Evil<img src=x onerror=window.__x=1>>Hello there "
                        f"{SCRIPT}\n\n00:00:04.000 --> 00:00:06.000\n<v Evil<img src=x onerror=window.__x=1>>Because "
                        "indeed.\n\n00:00:09.000 --> 00:00:10.000\n<v Bob Smith>Hello again.\n"),
        "page.html": ("<html><head><title>x</title><script>window.__x=1</script></head><body><main>"
                      "<h1>&lt;img src=x onerror=window.__x=1&gt;</h1>"
                      "<p><b>Q:</b> Hello &lt;script&gt;window.__x=1&lt;/script&gt;?</p>"
                      f"<p><b>A:</b> Because {TEMPLATE}.</p></main></body></html>"),
        "notes.md": "Notes\n\n<script>window.__x=1</script>\n\n--8<-- \"missing.md\"\n\n" + _turns(),
        "notes.html": ("<html><body><main><h1>Notes html</h1><p><b>Q:</b> Hello?</p><p><b>A:</b> Because.</p>"
                       "<script>window.__x=1</script></main></body></html>"),
        "Index.txt": "Index\n\n" + _turns(),
        EVIL_FILE: _turns(),
        "spk.txt": "Spk index\n\nINDEX: Hello there.\n\nMARY JONES: Because.\n\nINDEX: Yes, because.\n",
    }
    for number, folder_name in enumerate(("sub", "sub2")):  # automatic labels in two files of one (hostile) name
        files[f"{folder_name}/{EVIL_FILE}"] = "\n\n".join(
            f"SPEAKER_0{i % 2}: Words number {i} of file {number}, said plainly." for i in range(4)) + "\n"
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def build_project(work: Path) -> tuple[Path, str]:
    """The project's site setup in ``work``, built from the hostile corpus (``work/corpus``) with
    ``python -m generator build``; returns (work, the build's output)."""
    copy_project(work)
    corpus = write_corpus(work / "corpus")
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--corpus", str(corpus.relative_to(work))],
                            cwd=work, capture_output=True, text=True)
    log = result.stdout + result.stderr
    assert (work / "site" / "index.html").is_file(), log
    return work, log
