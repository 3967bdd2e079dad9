"""Cut a Markdown answer into pieces small enough to render and lay out in one go."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from gui.core.markdown import _FENCE, LIGHT, Palette, _BlockScanner, highlight, render_markdown

PIECE_CHARS = 1_200
"""Source characters rendered per event-loop turn. Qt lays out new rich text on the
thread that draws the window; a few thousand characters take a few milliseconds."""

CODE_LINES = 12
"""Code lines highlighted per piece (Pygments and Qt together, well under 50 ms)."""

TABLE_CELLS = 150
"""Larger tables are shown in a table view, which only draws the visible cells: Qt's
rich-text tables cost about 0.3 ms per cell to lay out, every time the chat opens."""

MAX_DEPTH = 8
"""Deeper nesting of quotes and lists is shown as its source text: the parser drops
what lies beyond its nesting limit, and Qt would indent the text out of sight."""


class PieceKind(Enum):
    MARKDOWN = "markdown"  # rendered to rich text
    CODE = "code"  # part of a fenced code block
    TABLE = "table"  # a table too big for rich text
    TEXT = "text"  # shown as plain source text


@dataclass(frozen=True, slots=True)
class Piece:
    """One slice of an answer. The sources of all pieces, joined, give the answer back."""

    kind: PieceKind
    source: str
    code: str = ""  # CODE: the code lines this piece shows
    language: str = ""  # CODE: the fence's language
    first: bool = True  # CODE: whether this piece starts its block (and shows the label)
    header: tuple[str, ...] = ()  # TABLE: column titles
    rows: tuple[str, ...] = ()  # TABLE: the source line of every body row


def render_piece(
    piece: Piece, *, dark: bool = False, palette: Palette | None = None, math: bool = False
) -> str:
    """The HTML for a MARKDOWN, CODE or TEXT piece (a TABLE piece gets a table view).

    ``math``: formulas as ``math:`` images (see ``render_markdown``)."""
    if piece.kind is PieceKind.CODE:
        from gui.core.markdown import DARK

        shown = palette or (DARK if dark else LIGHT)
        return highlight(piece.code, piece.language, shown, label=piece.first)
    if piece.kind is PieceKind.TEXT:
        return f'<p style="white-space: pre-wrap;">{html.escape(piece.source.strip())}</p>'
    if piece.kind is PieceKind.TABLE:
        raise ValueError("a table piece is shown in a table view, not as HTML")
    return render_markdown(piece.source, dark=dark, math=math) if piece.source.strip() else ""


# -- splitting ------------------------------------------------------------------------


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of text[start:end], newline included."""
    pos = start
    while pos < end:
        newline = text.find("\n", pos, end)
        stop = end if newline < 0 else newline + 1
        yield pos, stop
        pos = stop


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each top-level block, as the streaming renderer cuts them."""
    scanner = _BlockScanner()
    start = 0
    line_start = 0
    while line_start < len(text):
        if scanner.fence is not None:
            # Inside a code block only a line that may close it changes anything: go
            # straight to the next one (a 5,000-line block is not read line by line).
            found = _may_close(text, line_start, scanner.fence)
            if found < 0:
                break
            line_start = found
        line_end = text.find("\n", line_start) + 1 or len(text)
        cut = scanner.line(text[line_start:line_end], line_end, line_start)
        if cut is not None and cut > start:
            yield start, cut
            start = cut
        line_start = line_end
    if start < len(text):
        yield start, len(text)


def _may_close(text: str, start: int, fence: str) -> int:
    """Where the next line from ``start`` on that may close a code block opened with
    ``fence`` starts (-1: none); the scanner decides whether it does."""
    run = fence[0] * len(fence)
    found = text.find(run, start)
    while found >= 0:
        line_start = text.rfind("\n", start, found) + 1 or start
        if not text[line_start:found].strip(" \t"):
            return line_start
        found = text.find(run, text.find("\n", found) + 1 or len(text))
    return -1


_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_QUOTES = re.compile(r"^[ \t>]*")
_LIST_ITEM = re.compile(r"(?:[-+*]|\d{1,9}[.)])[ \t]")


def table_cells(line: str) -> list[str]:
    """The cells of one table row (pipes escaped with a backslash stay in the text)."""
    row = line.strip()
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    if "\\" not in row:  # the usual row: no escaped pipe, a plain split will do
        return [cell.strip() for cell in row.split("|")]
    return [cell.strip().replace("\\|", "|") for cell in _CELL_SPLIT.split(row)]


def _depth(line: str) -> int:
    lead = _QUOTES.match(line)
    prefix = lead.group(0) if lead else ""
    quotes = prefix.count(">")
    indent = len(prefix.replace(">", "").expandtabs(4))
    listed = _LIST_ITEM.match(line, len(prefix)) is not None
    return quotes + (indent // 2 if listed else 0)


def _too_deep(block: str) -> bool:
    if ">" * (MAX_DEPTH + 1) not in block.replace(" ", "") and " " * (2 * MAX_DEPTH) not in block:
        return False  # the usual case, decided without looking at each line
    fence = False
    for line in block.splitlines():
        if _FENCE.match(line):
            fence = not fence
        elif not fence and _depth(line) > MAX_DEPTH:
            return True
    return False


def _split_lines(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """Ranges of at most ``limit`` characters, cut after a newline, else after a space."""
    while end - start > limit:
        stop = text.rfind("\n", start, start + limit) + 1
        if stop <= start:
            stop = text.rfind(" ", start, start + limit) + 1
        if stop <= start:
            stop = start + limit
        yield start, stop
        start = stop
    if start < end:
        yield start, end


_TOP_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})", re.M)
_DELIMITER_ROW = re.compile(
    r"^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$", re.M
)


def open_table(tail: str) -> tuple[tuple[str, ...], int] | None:
    """The table a streamed tail starts with: its column titles and where its rows begin.

    None unless the tail's first two complete lines are a header row and its delimiter
    row; once finished, ``iter_pieces`` finds the same table there.
    """
    first = tail.find("\n")
    if first < 0 or tail.find("|", 0, first) < 0:
        return None
    second = tail.find("\n", first + 1)
    if second < 0 or _DELIMITER_ROW.match(tail, first + 1, second) is None:
        return None
    return tuple(table_cells(tail[:first])), second + 1


def table_rows(tail: str, start: int) -> tuple[list[str], int, bool]:
    """The complete rows of a streamed table from ``start`` on: the rows, where they
    end, and whether a line that is no row (blank, or without a pipe) ended the table."""
    last = tail.rfind("\n", start) + 1
    for line_start, line_end in _lines(tail, start, last):
        line = tail[line_start:line_end]
        if not line.strip() or "|" not in line:
            return tail[start:line_start].splitlines(), line_start, True
    return tail[start:last].splitlines(), max(start, last), False


class _Splitter:
    """Turns one block of the text into pieces."""

    def __init__(self, text: str, limit: int) -> None:
        self.text = text
        self.limit = limit

    def block(self, start: int, end: int) -> Iterator[Piece]:
        text = self.text
        if end - start > self.limit:
            # The pattern is tried at every character: first ask whether a fence can be there.
            maybe = text.find("```", start, end) >= 0 or text.find("~~~", start, end) >= 0
            fence = _TOP_FENCE.search(text, start, end) if maybe else None
            if fence and end - fence.start() > self.limit:
                yield from self._markdown(start, fence.start())
                yield from self._code(fence.start(), end, fence.group(1))
                return
        if text.find("|", start, end) >= 0:
            for row in _DELIMITER_ROW.finditer(text, start, end):
                if row.start() == start:
                    continue
                newline = text.rfind("\n", start, row.start() - 1)
                head_start = newline + 1 if newline >= 0 else start
                head = text[head_start : row.start()]
                if "|" not in head:
                    continue
                rule_end = min(end, row.end() + 1)
                table_end = self._table_end(rule_end, end)
                header = table_cells(head)
                rows = text[rule_end:table_end].splitlines()
                if len(header) * (len(rows) + 1) <= TABLE_CELLS:
                    continue
                yield from self._markdown(start, head_start)
                yield Piece(
                    PieceKind.TABLE, text[head_start:table_end], header=tuple(header),
                    rows=tuple(rows),
                )  # fmt: skip
                yield from self.block(table_end, end)
                return
        yield from self._markdown(start, end)

    def _table_end(self, pos: int, end: int) -> int:
        for line_start, line_end in _lines(self.text, pos, end):
            line = self.text[line_start:line_end]
            if not line.strip() or "|" not in line:
                return line_start
        return end

    def _markdown(self, start: int, end: int) -> Iterator[Piece]:
        if start >= end:
            return
        kind = PieceKind.TEXT if _too_deep(self.text[start:end]) else PieceKind.MARKDOWN
        for piece_start, piece_end in _split_lines(self.text, start, end, self.limit):
            yield Piece(kind, self.text[piece_start:piece_end])

    def _code(self, start: int, end: int, fence: str) -> Iterator[Piece]:
        text = self.text
        opening_end = text.find("\n", start, end) + 1 or end
        info = text[start:opening_end].strip().lstrip(fence[0]).strip()
        language = info.split()[0].lower() if info else ""
        body_end = end
        content_end = start + len(text[start:end].rstrip())
        last_line = text.rfind("\n", start, content_end) + 1
        if last_line >= opening_end and text[last_line:content_end].strip().startswith(fence):
            body_end = last_line
        # Lines are found as the pieces are asked for: the first piece of a 5,000-line
        # block must not cost a scan of all of it.
        piece_start = start
        code_start = opening_end
        first = True
        while True:
            code_end = code_start
            for _ in range(CODE_LINES):
                if code_end >= body_end:
                    break
                code_end = text.find("\n", code_end, body_end) + 1 or body_end
            last = code_end >= body_end
            piece_end = end if last else code_end
            yield Piece(
                PieceKind.CODE, text[piece_start:piece_end], code=text[code_start:code_end],
                language=language, first=first,
            )  # fmt: skip
            if last:
                return
            piece_start = code_start = piece_end
            first = False


def iter_pieces(text: str, limit: int = PIECE_CHARS) -> Iterator[Piece]:
    """The pieces of ``text``, in order, each cheap to render and lay out on its own.

    Small neighbouring blocks are gathered into one piece of up to ``limit``
    characters. A long block is cut at line ends (a single overlong line at a space),
    a long code block every ``CODE_LINES`` lines, and a big table becomes a TABLE
    piece. Work per piece is bounded: the generator reads the text as it goes.
    """
    splitter = _Splitter(text, limit)
    gathered: Piece | None = None
    for start, end in _blocks(text):
        for piece in splitter.block(start, end):
            if (
                gathered is not None
                and piece.kind is gathered.kind
                and piece.kind in (PieceKind.MARKDOWN, PieceKind.TEXT)
                and len(gathered.source) + len(piece.source) <= limit
            ):
                gathered = Piece(piece.kind, gathered.source + piece.source)
                continue
            if gathered is not None:
                yield gathered
            gathered = piece
    if gathered is not None:
        yield gathered


def iter_block_pieces(block: str, limit: int = PIECE_CHARS) -> Iterator[Piece]:
    """The pieces of one block as the streaming renderer cut it (``iter_pieces`` would
    read all of a long code block before giving its first piece)."""
    return _Splitter(block, limit).block(0, len(block))
