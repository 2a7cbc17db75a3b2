"""HTML pages to text (part of stage 1, read; used by ``formats``).

A saved web page's readable text, paragraph by paragraph: the page's own heading and main text, without the site's
banner, menus, scripts and forms; comments and marked sections read as Python's HTMLParser reads them, so an
unclosed one does not swallow the page; the lines set wholly in bold (``<b>``, ``<strong>``) kept by number.  Also
the tag helpers the Markdown reader shares (``_closed``, ``_sub_closed``: linear on a text full of "<").

In: the decoded page.  Out: its text (and the indexes of its bold lines).
"""

from __future__ import annotations

import regex as re
from collections import Counter
from functools import lru_cache
from html.parser import HTMLParser

from . import data_files, html_unclosed

HEADING_NOT_OWN = {"nav", "form", "button", "input", "select"}  # inside a page <header>: a site's
# banner (logo link, menu, search box), not the page's own title and facts
HEADING_LINKS_MAX = 1  # links in a page's own header: one goes back to the site's home page ("메인 페이지로 다시 이동",
# a students' film site, held-out ht06; its text is left out); a logo link and a menu are a site's banner

# Comments and marked sections as Python's HTMLParser reads them (see ``_unclosed_as_text``).
DECLARATION = re.compile(r"<!--|<!\[")

CLOSINGS = {"-->": re.compile(r"--\s*>"), "]]>": re.compile(r"]\s*]\s*>"), "]>": re.compile(r"]\s*>")}

MARKED_NAME = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")

NOT_RAW_END = re.compile(r"<(?!/(?:script|style))", re.I)  # a "<" that does not end a script or a style sheet

MARKED_KINDS = {**dict.fromkeys(("temp", "cdata", "ignore", "include", "rcdata"), "]]>"),
                **dict.fromkeys(("if", "else", "endif"), "]>")}

PART_CONTAINERS = ("div", "section", "ul", "ol", "table")  # elements a page marks as its banner, menu or footer
# by class, id or ARIA role (``_page_part``); each is closed by its own end tag, so its end is found by a stack.
# Read outside <main> and <article> only: a page that has them marks its own text so (what is outside is left out
# anyway), and a box of links inside them is the article's (a list of the books a talk names), which the cleaner
# lists as removed when it is furniture

BOXES = ("div",)  # a bar of links: "Previous Section | Index | Home Page", a breadcrumb "首页 > 重要新闻"
BOX_LINKS = 2  # one link alone is a reference or a button; two or more links that hold every letter of a box are
# the site's navigation.  A box with a heading over its links ("Find out more", "相关新闻") is not one: the cleaner
# reads it with the page footer it belongs to and lists it as removed


class _LinkBox:
    """A box being read: its links, its letters and those inside links, and where its text begins in the parser's
    parts (to take it out)."""

    def __init__(self, parts: list[str], main_parts: list[str]) -> None:
        self.marks = (len(parts), len(main_parts))
        self.links = self.text = self.link_text = 0

    def of_links(self) -> bool:
        return self.links >= BOX_LINKS and 0 < self.text == self.link_text


BOLD_OPEN, BOLD_CLOSE = "\ue000", "\ue001"  # (private-use characters: where <b>/<strong> begins and ends)

WHOLE_BOLD_RUN = re.compile(f"^{BOLD_OPEN}[^{BOLD_OPEN}{BOLD_CLOSE}]*{BOLD_CLOSE}$")

# A turn's speaker in an element of its own (``<p class="speaker">Anna</p><p>text</p>``, ``<dt>Anna</dt><dd>``):
# the element is marked while the page is read and becomes a ``Name:`` label before the text that follows it when
# the page's evidence says these elements are labels (see ``_speaker_labels``).
SPEAKER_OPEN, SPEAKER_CLOSE = "\ue002", "\ue003"
SPEAKER_CLASSES = frozenset(w.casefold() for w in data_files.lines("html-speaker-classes.txt") if w)
SPEAKER_MARKED = re.compile(f"{SPEAKER_OPEN}([^{SPEAKER_OPEN}{SPEAKER_CLOSE}]*){SPEAKER_CLOSE}(\\s*)")
SPEAKER_MAX_WORDS = 6  # a speaker's name with a role ("Dr. Anna Maria Schmidt, Moderatorin") is a few words; a
# longer text in such an element is a caption or a byline sentence, not a label
SPEAKER_MIN_ELEMENTS = 2  # one element is a byline or a talk page's speaker box; labels come again and again
SPEAKER_LABEL_TAGS = frozenset({"dt"})  # a definition list's terms label the descriptions after them (a dialogue
# written as <dl>: <dt>Name</dt><dd>words</dd>); as for classes, only when the terms are short and recur
CONTROL_TEXT = re.compile(r"\w")  # a link that runs script (onclick, "javascript:", href="#") with no letter or digit
# in its text is a player's control ("▶" before each segment of a transcript page), not words of the page


class _MainText(HTMLParser):
    """Collects the readable text of a page, paragraph by paragraph."""

    SKIP = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "template",
            "button", "select", "iframe", "head"}
    BLOCKS = {"p", "div", "section", "article", "main", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
              "blockquote", "dd", "dt", "table", "tr", "pre", "figure", "figcaption", "br", "hr", "body"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.main_depth = 0
        self.main_parts: list[str] = []
        self.pre = 0  # inside <pre>: the lines are the text's own (a hard-wrapped hearing), kept as they are
        self.heading: list[str] | None = None  # the parts of a page <header> being read (see ``_own_heading``)
        self.heading_links = 0  # links, navigation and forms inside it: a site's banner, not the page's heading
        self.heading_anchors = 0  # links inside it (``HEADING_LINKS_MAX``)
        self.headings: list[str] = []  # the page's own headings read outside <main>/<article>
        self.boxes: list[_LinkBox | None] = []  # the boxes open, innermost last (None: one not read)
        self.link = 0  # depth of <a>
        self.open_parts: dict[str, list[str | None]] = {}  # open containers, each with the element it stands for
        self.bold = 0  # depth of <b>/<strong>: its outermost begin and end are marked (``html_with_bold``)
        self.speaker: list = []  # the tag of the speaker element being read, and its depth (see SPEAKER_OPEN)
        self.control: list[str] | None = None  # the text of a scripted link being read (see CONTROL_TEXT)
        self.title: list[str] | None = None  # the text of <title> while it is read
        self.page_title = ""
        self.levels: Counter = Counter()  # headings by level (h1 .. h6), read outside skipped parts

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.title = []
        if tag == "a" and not self.skipping and _scripted(dict(attrs)) and self.control is None:
            self.control = []
            return
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6") and not self.skipping:
            self.levels[tag] += 1
        if self.speaker and tag == self.speaker[0]:
            self.speaker[1] += 1
        elif not self.speaker and not self.skipping and _speaker_element(tag, attrs):
            self.speaker = [tag, 1]
            self._emit("\n\n" + SPEAKER_OPEN)
            return
        if tag in PART_CONTAINERS:
            part = _page_part(attrs) if not self.main_depth else None  # inside <main>, the article's own parts
            self.open_parts.setdefault(tag, []).append(part)
            if part:
                self._emit("\n\n")
                tag = part
        self._box_start(tag)
        if tag == "pre":
            self.pre += 1
        if tag == "header" and not self.skipping and self.heading is None:
            self.heading, self.heading_links, self.heading_anchors = [], 0, 0
            self._emit("\n\n")
            return
        if self.heading is not None and (tag in HEADING_NOT_OWN or tag == "a" and self.heading_anchors >= HEADING_LINKS_MAX):
            self.heading_links += 1
        if self.heading is not None and tag == "a":
            self.heading_anchors += 1
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in ("main", "article"):
            self.main_depth += 1
        if tag in self.BLOCKS:
            self._emit("\n\n" if tag != "br" else "\n")
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6") and not self.skipping:
            self._emit("#" * int(tag[1]) + " ")
        if tag == "blockquote" and not self.skipping:
            self._emit("> ")
        if tag in ("b", "strong"):
            self.bold += 1
            if self.bold == 1:
                self._emit(BOLD_OPEN)

    def handle_endtag(self, tag):
        if tag == "title" and self.title is not None:
            self.page_title = self.page_title or re.sub(r"\s+", " ", "".join(self.title)).strip()
            self.title = None
        if tag == "a" and self.control is not None:
            text, self.control = "".join(self.control), None
            if CONTROL_TEXT.search(text):
                self._emit(re.sub(r"\s+", " ", text))
            return
        if self.speaker and tag == self.speaker[0]:
            self.speaker[1] -= 1
            if not self.speaker[1]:
                self.speaker = []
                self._emit(SPEAKER_CLOSE + "\n\n")
                return
        if tag in PART_CONTAINERS and self.open_parts.get(tag):
            part = self.open_parts[tag].pop()
            if part:
                self._emit("\n\n")
                tag = part
        self._box_end(tag)
        if tag in ("b", "strong") and self.bold:
            self.bold -= 1
            if not self.bold:
                self._emit(BOLD_CLOSE)
        if tag == "pre" and self.pre:
            self.pre -= 1
        if tag == "header" and self.heading is not None and not self.skipping:
            self._own_heading()
            return
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in ("main", "article") and self.main_depth:
            self.main_depth -= 1
        if tag in self.BLOCKS:
            self._emit("\n\n")

    def handle_data(self, data):
        if self.title is not None:
            self.title.append(data)
        if self.control is not None:
            self.control.append(data)
            return
        if not self.skipping and any(self.boxes):
            letters = sum(c.isalpha() for c in data)
            for box in filter(None, self.boxes):
                box.text += letters
                box.link_text += letters if self.link else 0
        if not self.skipping:
            self._emit(data if self.pre else re.sub(r"\s+", " ", data))

    def _box_start(self, tag: str) -> None:
        """Boxes and links counted for ``_LinkBox`` (outside <main> and a page header, as ``_page_part``)."""
        if tag in BOXES:
            reading = not self.skipping and self.heading is None and not self.main_depth
            self.boxes.append(_LinkBox(self.parts, self.main_parts) if reading else None)
        elif tag == "a":
            self.link += 1
            for box in filter(None, self.boxes):
                box.links += 1

    def _box_end(self, tag: str) -> None:
        """A box of links (``_LinkBox.of_links``) is the site's navigation: its text is taken out."""
        if tag == "a" and self.link:
            self.link -= 1
        elif tag in BOXES and self.boxes:
            done = self.boxes.pop()
            if done and done.of_links() and self.heading is None:
                del self.parts[done.marks[0]:], self.main_parts[done.marks[1]:]

    def _own_heading(self) -> None:
        """A page ``<header>`` that holds an ``<h1>`` and no link, navigation or form is the page's own heading
        (its title and a line of facts: speaker, date), kept before the text; any other header is a site's
        banner (a logo link, a menu), left out."""
        parts, self.heading = self.heading, None
        text = "".join(parts or [])
        if self.heading_links or not re.search(r"(?m)^# \S", text.replace("\n\n", "\n")):
            return
        self._emit(text + "\n\n")
        if not self.main_depth:
            self.headings.append(text)

    def _emit(self, text: str) -> None:
        if self.skipping:
            return
        if self.heading is not None and self.link:
            return  # a link in the page's own header (back to the home page): no words of the page
        if self.heading is not None:
            self.heading.append(text)
            return
        self.parts.append(text)
        if self.main_depth:
            self.main_parts.append(text)


@lru_cache(maxsize=None)
def _part_names() -> dict[str, str]:
    """class, id or role token -> the HTML5 element it names (``data/html-page-parts.txt``)."""
    return {token: element for element, tokens in data_files.sections("html-page-parts.txt").items()
            for token in tokens}


def _page_part(attrs: list[tuple[str, str | None]]) -> str | None:
    """The HTML5 element (``header``, ``nav``, ``footer``) a container stands for by one of its class words, its id
    or its ARIA role (``class="menu"``, ``role="navigation"``), or None."""
    names = _part_names()
    for key, value in attrs:
        if key in ("class", "id", "role") and value:
            for token in value.casefold().split():
                if token in names:
                    return names[token]
    return None


def _unclosed_as_text(page: str) -> str:
    """``page`` with the "<" of markup that never ends written as "&lt;" (the parser decodes it back to "<").

    Python 3.11's HTMLParser reads such a "<" to the end of the page, finds no end and takes it as text, so that
    every one of them costs the rest of the page: quadratic (16 KB of "<a " took 9 s, 64 KB of "<!--x>" 5 s).
    After the page's last ">" no markup can end; a comment or a marked section ("<![CDATA[") ends only if its
    closing comes after it (and a marked section with a name HTMLParser does not know, "<![x[", stopped the
    whole run with an AssertionError)."""
    cut = _closed(page)
    last = {kind: max((m.start() for m in pattern.finditer(page)), default=-1) for kind, pattern in CLOSINGS.items()}
    out, position = [], 0
    while (opening := DECLARATION.search(page, position, cut)) is not None:
        if opening.group() == "<!--":
            closed = last["-->"] >= opening.start() + 4
        else:
            name = MARKED_NAME.match(page, opening.end())
            kind = MARKED_KINDS.get(name.group().strip().lower()) if name and name.end() < len(page) else None
            closed = kind is not None and last[kind] >= opening.end()
        end = opening.end() if closed else page.find(">", opening.end()) + 1  # text up to the next ">", as before
        out.append(page[position:opening.start()] + (page[opening.start():end] if closed
                                                       else NOT_RAW_END.sub("&lt;", page[opening.start():end])))
        position = end
    return "".join(out) + page[position:cut] + page[cut:].replace("<", "&lt;")


def html_to_text(text: str) -> str:
    """Main readable text of an HTML page, one paragraph per block element."""
    return html_with_bold(text)[0]


def html_with_bold(text: str) -> tuple[str, frozenset[int]]:
    """``html_to_text`` and the indexes (from 0) of its lines set wholly in ``<b>`` or ``<strong>`` (a web
    interview's questions): the parser marks where bold begins and ends (``BOLD_OPEN``, ``BOLD_CLOSE``); a line
    that is one bold run is marked once more for its number to be read after the blank lines are folded, and
    every mark is taken out (the text is the same as without them)."""
    parser = _MainText()
    parser.feed(_unclosed_as_text(html_unclosed.close(text)))
    parser.close()
    main = "".join(parser.main_parts).strip()
    chosen = ["\n\n".join(parser.headings), "\n\n", *parser.main_parts] if main else parser.parts
    joined = _speaker_labels(_title_line(parser) + "".join(chosen))
    if BOLD_OPEN not in joined:
        lines = [line.strip() for line in joined.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n", frozenset()
    lines = [_unbold(line) for line in joined.split("\n")]
    folded = (re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n").split("\n")
    bold = frozenset(i for i, line in enumerate(folded) if line.startswith(BOLD_OPEN))
    lines = _bold_names([line.replace(BOLD_OPEN, "") for line in folded], bold)
    return "\n".join(lines), frozenset(i for i in bold if not lines[i].endswith(":") or folded[i].endswith(":"))


BOLD_NAME = re.compile(r"^[^\W\d_][^.!?,;:()\[\]]{0,60}$")  # a name alone: no sentence punctuation, no colon yet
BOLD_NAMES_MIN = 3  # paragraphs of a bold name alone: two could be a byline and a signature


def _bold_names(lines: list[str], bold: frozenset[int]) -> list[str]:
    """``lines`` with the bold paragraphs that are speakers' names (``<p><strong>Anna Berg</strong></p><p>text``)
    written ``Name:`` (labels now, no longer bold lines for the parser), when the page takes turns so: at least
    ``BOLD_NAMES_MIN`` bold names alone, each of at most
    ``SPEAKER_MAX_WORDS`` words and followed by text, two of them used more than once, the name changing between
    most of them (bold subheadings of an article are used once each)."""
    found = [i for i in sorted(bold) if len(lines[i].split()) <= SPEAKER_MAX_WORDS and BOLD_NAME.match(lines[i])
             and any(line.strip() and i + 1 + k not in bold for k, line in enumerate(lines[i + 1:i + 3]))]
    names = [lines[i].casefold() for i in found]
    if len(found) < BOLD_NAMES_MIN or sum(n > 1 for n in Counter(names).values()) < 2 \
            or sum(a != b for a, b in zip(names, names[1:])) * 2 < len(names) - 1:
        return lines
    return [line + ":" if i in found else line for i, line in enumerate(lines)]


def _scripted(attrs: dict) -> bool:
    """Whether a link runs a script instead of leading to a page (a player's play button)."""
    href = (attrs.get("href") or "").strip()
    return "onclick" in attrs or href == "#" or href.casefold().startswith("javascript:")


def _speaker_element(tag: str, attrs) -> bool:
    """Whether an element may hold a turn's speaker: a definition term, or a class or role word of
    ``SPEAKER_CLASSES``."""
    if tag in SPEAKER_LABEL_TAGS:
        return True
    words = " ".join(v or "" for k, v in attrs if k in ("class", "role")).casefold().split()
    return any(w in SPEAKER_CLASSES for w in words)


def _speaker_labels(text: str) -> str:
    """``text`` with its marked speaker elements made ``Name:`` labels of the text after them, when the page's
    evidence says they are labels: at least ``SPEAKER_MIN_ELEMENTS`` of them, each of at most
    ``SPEAKER_MAX_WORDS`` words, a name among them used more than once, each followed by text; otherwise they
    stay paragraphs of their own, as before."""
    if SPEAKER_OPEN not in text:
        return text
    found = [(m.group(1).strip().rstrip(":").strip(), m.end()) for m in SPEAKER_MARKED.finditer(text)]
    names = Counter(name for name, _ in found)
    labels = (len(found) >= SPEAKER_MIN_ELEMENTS and max(names.values()) > 1
              and all(name and len(name.split()) <= SPEAKER_MAX_WORDS for name in names)
              and all(end < len(text) and text[end] not in (SPEAKER_OPEN, "#") for _, end in found))
    if labels:
        return SPEAKER_MARKED.sub(lambda m: m.group(1).strip().rstrip(":").strip() + ": ", text)
    return text.replace(SPEAKER_OPEN, "").replace(SPEAKER_CLOSE, "")


def _title_line(parser: _MainText) -> str:
    """The page's ``<title>`` as its heading when the page has no ``<h1>`` and its headings are sections (one level
    used more than once: "Intro", "Prolog" ... of a podcast's transcript), so that none of them is the title."""
    if not parser.page_title or parser.levels["h1"] or max(parser.levels.values(), default=0) < 2:
        return ""
    return "# " + parser.page_title + "\n\n"


def _unbold(line: str) -> str:
    """A line without the parser's bold marks, stripped, with ``BOLD_OPEN`` before it when it is one bold run."""
    whole = WHOLE_BOLD_RUN.match(line.strip())
    text = line.replace(BOLD_OPEN, "").replace(BOLD_CLOSE, "").strip()
    return BOLD_OPEN + text if whole and text else text


def _closed(text: str) -> int:
    """Where the last tag of ``text`` can end: every tag pattern here ends with ">" and has no other ">" in it,
    so a search for tags stops there (after it, each "<" would be read to the end of the text in vain)."""
    return text.rfind(">") + 1


def _sub_closed(pattern: re.Pattern, replacement, text: str) -> str:
    """``pattern.sub`` for a tag pattern (``<name[^>]*>``), linear on a text full of "<"."""
    cut = _closed(text)
    return pattern.sub(replacement, text[:cut]) + text[cut:]
