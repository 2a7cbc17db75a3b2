"""Bad input: every case gives a correct page showing the text literally, or an error naming the file, the
line and the fix; never a crash, a traceback, a half-written site or another transcript missing."""

from __future__ import annotations

import codecs
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, copy_project
from generator.parse.fidelity import unaccounted
from generator.read.files import read_source

HOSTILE = ('HOST: Look <script>window.__pwned = 1; fetch("http://198.51.100.7/x")</script> here.\n\n'
           'GUEST: <img src="http://198.51.100.7/i.png" onerror="window.__pwned = 2"> and <iframe src="http://198.51.100.7/">'
           '</iframe> and <a href="javascript:window.__pwned=3">click</a> and <svg onload="window.__pwned=4"></svg>.\n\n'
           'HOST: <style>body{display:none}</style> done?\n')
LITERAL = ("HOST: # not a heading\n\n---\n\n| a | b |\n\n> not a quote\n\n* not a list\n\n"
           "GUEST: [x](http://example.com) ![y](http://198.51.100.7/y.png) {{ config.site_name }} {% raw %} <!-- c --> "
           "$$ x^2 $$ [^1] {: .cls #id } --8<-- \"README.md\" &amp; &lt;b&gt;\n\n[^1]: footnote\n\nHOST: end.\n")
DIALOGUE = "HOST: Welcome to the show, it is a pleasure.\n\nGUEST: Thank you for having me today.\n\nHOST: Let us begin.\n"


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89" \
           + bytes(200)


def _zip() -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.bin", bytes(range(256)) * 4)
    return buffer.getvalue()


# name -> bytes; errors are expected for the names in ERRORS
CASES: dict[str, bytes] = {
    "empty.txt": b"",
    "whitespace.txt": b"  \n\t\n   \n",
    "image.txt": _png(),
    "archive.txt": _zip(),
    "invalid-utf8.txt": DIALOGUE.encode() + b"GUEST: caf\xe9 and na\xefve \xff\xfe bytes.\n",
    "utf16.txt": codecs.BOM_UTF16_LE + DIALOGUE.encode("utf-16-le"),
    "cp1251.txt": "ВЕДУЩИЙ: Добрый вечер.\n\nЛАВРОВ: Здравствуйте.\n\nВЕДУЩИЙ: Начнём.\n\nЛАВРОВ: Да.\n".encode("cp1251"),
    "latin1.txt": "HÔTE: Ça va, très bien.\n\nINVITÉ: Déjà vu.\n\nHÔTE: Voilà.\n\nINVITÉ: Oui.\n".encode("latin-1"),
    "crlf.txt": DIALOGUE.replace("\n", "\r\n").encode(),
    "cr.txt": DIALOGUE.replace("\n", "\r").encode(),
    "invisible.txt": "HOST:\u00a0Hello\u200b there\u202e evil\u202c.\n\nGUEST: Fine\u2066 thanks\u2069.\n\nHOST: Good.\n".encode(),
    "long-line.txt": ("HOST: " + "word " * 40_000).encode(),
    "only-labels.txt": b"HOST:\nGUEST:\nHOST:\nGUEST:\n",
    "all-labels.txt": "\n".join(f"Word{i % 3}: value {i}" for i in range(60)).encode(),
    "quotes.txt": b'HOST: He said "this never ends and \xe2\x80\x9cthis neither.\n\nGUEST: "Fine.\n\nHOST: Ok.\n',
    "same-title-a.txt": b"Same Title For Two\n\n" + DIALOGUE.encode(),
    "same-title-b.txt": b"Same Title For Two\n\n" + DIALOGUE.encode(),
    "cyrillic-title.txt": "Интервью министра иностранных дел\n\n".encode() + DIALOGUE.encode(),
    "chinese-title.txt": "外交部长的采访\n\n".encode() + DIALOGUE.encode(),
    "name with spaces 'quotes' #hash %pct ?q.txt": DIALOGUE.encode(),
    "имя файла.txt": DIALOGUE.encode(),
    "hostile.txt": HOSTILE.encode(),
    "hostile-page.html": ("<html><body><main><h1>Hostile page</h1>" + "".join(
        f"<p>{line}</p>" for line in HOSTILE.split("\n\n")) + "</main></body></html>").encode(),
    "literal.txt": LITERAL.encode(),
    "links.md": b"---\ntitle: Links\n---\n\nHOST: [click](javascript:alert(1)) and <script>alert(2)</script>.\n\n"
                b"GUEST: Fine.\n\nHOST: Bye.\n",
    "bad-sidecar.txt": DIALOGUE.encode(),
    "bad-sidecar.yml": b"title: [unclosed\n",
}
ERRORS = {  # name -> (line, part of the message)
    "empty.txt": (1, "is empty; add the transcript text or remove the file"),
    "whitespace.txt": (1, "is empty; add the transcript text or remove the file"),
    "image.txt": (1, "is a binary file, not text; remove it from the corpus folder"),
    "archive.txt": (1, "is a binary file, not text; remove it from the corpus folder"),
    "bad-sidecar.yml": (1, "is not valid YAML"),
    "speakers.yml": (3, "unknown key 'nickname'"),
    "themes.yml": (2, "is not lower-case words joined by hyphens"),
    "dangling.txt": (1, "cannot be read"),
    "loop-a.txt": (1, "cannot be read"),
}


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bad") / "corpus"
    folder.mkdir()
    for name, data in CASES.items():
        (folder / name).write_bytes(data)
    interview = (SEEDS / "000_1d76ec27978ded06.txt").read_text(encoding="utf-8").split("Source:")[0]
    (folder / "huge.txt").write_text(interview * (20_000_000 // len(interview) + 1), encoding="utf-8")  # 20 MB
    (folder / "speakers.yml").write_text("speakers:\n  - name: Host\n    nickname: H\n", encoding="utf-8")
    (folder / "themes.yml").write_text("themes:\n  - id: Not An Id\n    name: X\n", encoding="utf-8")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    (folder / "self").symlink_to(folder, target_is_directory=True)  # a folder that contains itself
    shutil.copy(SEEDS / "000_1d76ec27978ded06.txt", folder / "good.txt")
    return folder


@pytest.fixture(scope="module")
def converted(bad_corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("bad-out")
    result = subprocess.run([sys.executable, "-m", "generator", "convert", str(bad_corpus), "--out", str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=600)
    data = json.loads((out / "corpus.json").read_text(encoding="utf-8"))
    return result, out, {Path(t["source"]).name: t for t in data["transcripts"]}


def test_the_run_fails_without_a_traceback(converted):
    result, _, _ = converted
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "Error:" not in result.stderr


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_errors_name_file_line_and_fix(converted, bad_corpus, name):
    result, _, records = converted
    line, message = ERRORS[name]
    assert f"{bad_corpus / name}:{line}: error: " in result.stderr
    reported = next(r for r in result.stderr.splitlines() if r.startswith(f"{bad_corpus / name}:{line}: error: "))
    assert message in reported and "; " in reported.split(": error: ", 1)[1]
    assert name not in records or name.endswith(".yml")


GOOD = sorted(set(CASES) - set(ERRORS) - {"bad-sidecar.yml"}) + ["huge.txt", "good.txt"]


@pytest.mark.parametrize("name", GOOD)
def test_good_cases_are_written_and_lose_no_word(converted, bad_corpus, name):
    _, out, records = converted
    record = records[name]
    assert (out / "transcripts" / f"{record['id']}.md").is_file()
    assert not unaccounted(read_source(bad_corpus / name).text, record)


def test_the_good_transcript_beside_bad_ones_is_unharmed(converted, seeds_json):
    _, _, records = converted
    seed = next(t for t in seeds_json["transcripts"] if t["source"].endswith("000_1d76ec27978ded06.txt"))
    assert len(records["good.txt"]["turns"]) == len(seed["turns"]) == 60


def test_same_titles_get_unique_readable_ids(converted):
    _, _, records = converted
    ids = {records["same-title-a.txt"]["id"], records["same-title-b.txt"]["id"]}
    assert ids == {"same-title-for-two", "same-title-for-two-2"}
    assert records["cyrillic-title.txt"]["id"].startswith("interviu-ministra")
    assert records["chinese-title.txt"]["id"].startswith("wai-jiao-bu")
    assert len({r["id"] for r in records.values()}) == len(records)


def test_decoding(converted):
    _, _, records = converted
    text = lambda name: " ".join(t["text"] for t in records[name]["turns"])  # noqa: E731
    assert "Добрый вечер" in text("cp1251.txt") and "Déjà vu" in text("latin1.txt")
    assert "Thank you for having me" in text("utf16.txt") and records["utf16.txt"]["encoding"] == "utf-16 (BOM)"
    assert "\u202e" not in text("invisible.txt") and "Hello there evil." in text("invisible.txt")
    assert len(records["crlf.txt"]["turns"]) == len(records["cr.txt"]["turns"]) == 3
    assert records["invalid-utf8.txt"]["encoding"] != "utf-8"


def test_hostile_text_is_kept_as_text(converted):
    _, out, records = converted
    page = (out / "transcripts" / f"{records['hostile.txt']['id']}.md").read_text(encoding="utf-8")
    assert not re.search(r"<(?:script|img|iframe|svg|style)\b|<a\s[^>]*href=.?javascript", page, re.I)
    assert "&lt;script&gt;" in page
    literal = (out / "transcripts" / f"{records['literal.txt']['id']}.md").read_text(encoding="utf-8")
    assert "\\# not a heading" in literal and "\\{\\{ config.site\\_name \\}\\}" in literal


@pytest.fixture(scope="module")
def bad_site(bad_corpus, tmp_path_factory) -> Path:
    """The hostile and oddly named cases built into a real site with mkdocs build --strict."""
    work = tmp_path_factory.mktemp("bad-site")
    copy_project(work)
    corpus = work / "corpus"
    corpus.mkdir()
    for name in ("hostile.txt", "hostile-page.html", "literal.txt", "links.md", "cyrillic-title.txt",
                 "chinese-title.txt", "name with spaces 'quotes' #hash %pct ?q.txt", "имя файла.txt", "quotes.txt"):
        shutil.copy(bad_corpus / name, corpus / name)
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--corpus", str(corpus), "--no-zip"],
                            cwd=work, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    return work / "site"


def test_no_script_from_a_transcript_runs_and_nothing_is_fetched(browser, bad_site):
    import functools
    import http.server
    import threading

    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(bad_site))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    context = browser.new_context()
    requests: list[str] = []
    dialogs: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        pages = sorted(p.relative_to(bad_site).as_posix() for p in (bad_site / "transcripts").glob("*.html") if p.name != "index.html")
        assert len(pages) == 9
        for path in pages:
            page.goto(base + path)
            page.wait_for_timeout(200)
            assert page.evaluate("window.__pwned") is None, path
            for link in page.locator("a").all():
                assert not (link.get_attribute("href") or "").lower().startswith("javascript:")
        assert not dialogs
        assert all(url.startswith(base) for url in requests), [u for u in requests if not u.startswith(base)]
        literal = next(p for p in pages if (bad_site / p).read_text(encoding="utf-8").count("not a heading"))
        page.goto(base + literal)
        text = page.locator(".md-content").inner_text()
        for shown in ("# not a heading", "{{ config.site_name }}", "{% raw %}", "[x](http://example.com)", "$$ x^2 $$",
                      "--8<--", "&amp;", "<!-- c -->", "| a | b |"):
            assert shown in text, shown
    finally:
        context.close()
        server.shutdown()


def test_failed_build_leaves_the_previous_site(tmp_path):
    copy_project(tmp_path)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS / "004_a33765ba8ac29656.txt", corpus / "a.txt")
    build = [sys.executable, "-m", "generator", "build", "--corpus", str(corpus), "--no-zip"]
    assert subprocess.run(build, cwd=tmp_path, capture_output=True).returncode == 0
    before = {p: p.read_bytes() for p in (tmp_path / "site").rglob("*") if p.is_file()}
    (tmp_path / "docs" / "about.md").write_text("# About\n\n[broken](missing-page.md)\n", encoding="utf-8")
    result = subprocess.run(build, cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 1 and "the site was not built" in result.stderr
    after = {p: p.read_bytes() for p in (tmp_path / "site").rglob("*") if p.is_file()}
    assert after == before
    assert not list(tmp_path.glob(".site.*"))


def test_pages_of_removed_transcripts_disappear(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("000_1d76ec27978ded06.txt", "004_a33765ba8ac29656.txt"):
        shutil.copy(SEEDS / name, corpus / name)
    out = tmp_path / "docs"
    out.mkdir()
    (out / "mine.md").write_text("# Mine\n", encoding="utf-8")
    convert = [sys.executable, "-m", "generator", "convert", str(corpus), "--out", str(out)]
    subprocess.run(convert, cwd=ROOT, check=True, capture_output=True)
    assert len(list((out / "transcripts").glob("*.md"))) == 3
    (corpus / "004_a33765ba8ac29656.txt").unlink()
    subprocess.run(convert, cwd=ROOT, check=True, capture_output=True)
    pages = sorted(p.name for p in (out / "transcripts").glob("*.md"))
    assert len(pages) == 2 and "index.md" in pages and not any(p.startswith("2013-05-07") for p in pages)
    assert not (out / "sources" / "004_a33765ba8ac29656.txt").exists()
    assert (out / "mine.md").read_text(encoding="utf-8") == "# Mine\n"


def test_anchors_survive_editing_and_adding_turns(tmp_path):
    from generator import pipeline

    original = (SEEDS / "000_1d76ec27978ded06.txt").read_text(encoding="utf-8")
    blocks = original.split("\n\n")
    edited = list(blocks)
    answer = next(i for i in range(10, len(edited)) if edited[i].startswith("S.Lavrov:"))
    edited[answer] = edited[answer].replace("S.Lavrov: ", "S.Lavrov: Edited here. ", 1)
    question = next(i for i in range(20, len(edited)) if edited[i].startswith("CBS:"))
    edited[question:question] = ["CBS: A question added later?", "S.Lavrov: An answer added later."]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text(original, encoding="utf-8")
    (tmp_path / "b" / "x.txt").write_text("\n\n".join(edited), encoding="utf-8")
    before = [t.id for t in pipeline.convert([tmp_path / "a"]).transcripts[0].turns]
    after = [t.id for t in pipeline.convert([tmp_path / "b"]).transcripts[0].turns]
    assert len(after) == len(before) + 2
    changed = set(before) - set(after)
    assert len(changed) == 1  # only the edited turn's anchor changed; every other link still works


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(DIALOGUE, encoding="utf-8")
    path.chmod(0)
    result = subprocess.run([sys.executable, "-m", "generator", "convert", str(tmp_path), "--out", str(tmp_path / "o")],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1 and f"{path}:1: error: cannot be read" in result.stderr
