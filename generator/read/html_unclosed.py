"""Elements a web page opens and never closes, closed where they end (part of stage 1, read; used by ``html_text``).

The page reader leaves out what stands inside an embed, a script, a form control or a site part (``_MainText.SKIP``)
until its end tag.  An ``<iframe src=...>``, a ``<button>`` or a ``<script>`` the page never closes would take every
word after it with it, unlisted (a browser hides the rest of such a page too, but the words are the transcript's; the
Markdown reader's same loss in held-out ht05 lost 32 KB).  Each such opening is closed here before the page is read:

* an element whose content is other markup (``<iframe>``, ``<button>``, ``<nav>``, ...): right after its opening tag,
  so it holds nothing and the text after it is read;
* a ``<script>`` or ``<style>``, whose content is code: before the next block element's tag (``<p``, ``<div``,
  ``<h2``, ...), where the page's text begins again.

Elements the page closes are left as they are; an opening is unclosed when no end tag of its name is left for it
(each end tag closes the latest opening of its name before it, as a parser's stack does; a script's end tag counts
for it only when it comes before the next ``<script``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex as re

SKIPPED = ("script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "template", "button",
           "select", "iframe")  # the elements ``html_text._MainText.SKIP`` leaves out with their content ("head" is
# closed by the parser at "<body")
CODE = frozenset({"script", "style"})
TAG = re.compile(rf"<(?P<end>/?)(?P<name>{'|'.join(SKIPPED)})\b[^<>]*>", re.I)
SLASH_UNSPACED = re.compile(r"[^\s\"'/]/>$")  # "<iframe src=x/>": the parser reads "x/" as the value and the
# element as open; "<iframe src=x />" is closed by itself, as the page's author meant (the space is written in)
BLOCK = re.compile(r"<(?:p|div|h[1-6]|article|section|main|table|ul|ol|li|blockquote|body|html|dl|dt|dd)\b", re.I)


def close(page: str) -> str:
    """``page`` with an end tag written after each opening of ``SKIPPED`` that has none (see the module)."""
    if "<" not in page:
        return page
    comments = _comments(page)
    tags = [m for m in TAG.finditer(page) if not _inside(m.start(), comments)]
    insert: list[tuple[int, str]] = [(m.end() - 2, " ") for m in tags if SLASH_UNSPACED.search(m.group())]
    tags = [m for m in tags if not m.group().endswith("/>")]
    code_ends = {name: [m.start() for m in tags if m.group("end") and m.group("name").lower() == name]
                 for name in CODE}
    code_starts = {name: [m.start() for m in tags if not m.group("end") and m.group("name").lower() == name]
                   for name in CODE}
    open_at: dict[str, list[re.Match]] = {}
    resume = 0
    for tag in tags:
        if tag.start() < resume:
            continue  # inside a script or a style sheet: code, not tags
        name = tag.group("name").lower()
        if name in CODE and not tag.group("end"):
            ends, starts = code_ends[name], code_starts[name]
            later, following = bisect_left(ends, tag.end()), bisect_left(starts, tag.end())
            if later < len(ends) and (following == len(starts) or ends[later] < starts[following]):
                resume = ends[later]  # closed before the next opening of its kind
                continue
            block = BLOCK.search(page, tag.end())
            resume = block.start() if block else len(page)
            insert.append((resume, f"</{name}>"))
        elif tag.group("end"):
            if open_at.get(name):
                open_at[name].pop()
        elif name not in CODE:
            open_at.setdefault(name, []).append(tag)
    insert += [(m.end(), f"</{m.group('name').lower()}>") for found in open_at.values() for m in found]
    if not insert:
        return page
    out, position = [], 0
    for at, end_tag in sorted(insert):
        out.append(page[position:at] + end_tag)
        position = at
    return "".join(out) + page[position:]


def _comments(page: str) -> list[tuple[int, int]]:
    """The spans of the page's comments, each from "<!--" to the next "-->" (one to the end when none follows)."""
    spans, start = [], page.find("<!--")
    while start >= 0:
        end = page.find("-->", start + 4)
        end = len(page) if end < 0 else end + 3
        spans.append((start, end))
        start = page.find("<!--", end)
    return spans


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``at`` falls inside one of ``spans`` (in order, not overlapping: a page's comments)."""
    index = bisect_right(spans, (at, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= at < spans[index][1]
