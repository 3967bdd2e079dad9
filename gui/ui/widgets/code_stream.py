"""A big code block shown plain in segments of its own while it streams, then swapped
piece by piece for its highlighted pieces."""

from __future__ import annotations

from collections.abc import Callable

from gui.core.markdown import OpenFence
from gui.core.markdown_pieces import Piece, PieceKind
from gui.ui.widgets.markdown_view import MarkdownView

PART_CHARS = 20_000
"""Code characters per segment: taking the first lines away lays the rest of the
segment out again (about 1 µs a line here), so each holds some 450 lines, not all
5,000; fewer, bigger segments would cost more each turn, more would cost more to make."""


class StreamedCode:
    """The plain lines of the code block a streamed tail starts with, in segments of up
    to ``PART_CHARS`` (``views``, in order; the first shows the language).

    While the block streams, ``show`` adds its new lines (a frame's worth of work). Once
    it is finished, each highlighted piece is shown above the plain lines and ``swap``
    takes their plain copy away, the lines after them untouched: no turn of the event
    loop removes or lays out the whole block, and nothing on screen jumps.
    """

    def __init__(
        self,
        first: MarkdownView,
        new_segment: Callable[[], MarkdownView],
        remove_segment: Callable[[MarkdownView], None],
    ) -> None:
        self._new_segment = new_segment
        self._remove_segment = remove_segment
        self.views = [first]
        self._starts = [0]  # where each view's lines start in the code
        self._shown: OpenFence | None = None
        self._swapped = 0  # code characters shown highlighted (and taken from the views)

    def show(self, code: OpenFence) -> bool:
        """Show the open block's lines so far; False if it is not the block shown."""
        shown = self._shown
        if shown is not None and (
            code.language != shown.language or not code.code.startswith(shown.code)
        ):
            return False
        text = code.code
        while len(text) - self._starts[-1] > PART_CHARS:
            start = self._starts[-1]
            cut = text.rfind("\n", start, start + PART_CHARS) + 1
            if cut <= start:
                break  # one long line: it stays in this segment
            self._show_part(code, start, cut)
            self.views.append(self._new_segment())
            self._starts.append(cut)
        self._show_part(code, self._starts[-1], len(text))
        self._shown = code
        return True

    def _show_part(self, code: OpenFence, start: int, end: int) -> None:
        language = code.language if start == 0 else ""
        self.views[-1].show_code(OpenFence("", language, code.code[start:end]))

    def matches(self, piece: Piece) -> bool:
        """Whether ``piece`` shows the next lines of the block shown."""
        shown = self._shown
        if (
            shown is None
            or piece.kind is not PieceKind.CODE
            or piece.first != (self._swapped == 0)
            or piece.language != shown.language.lower()
        ):
            return False
        # The last pieces may hold lines that arrived with the closing fence.
        seen = shown.code[self._swapped : self._swapped + len(piece.code)]
        return piece.code.startswith(seen)

    def swap(self, piece: Piece) -> bool:
        """Take away the plain lines ``piece`` (which ``matches``) now shows highlighted;
        False if they were not found where they should be (then the caller drops all)."""
        shown = self._shown
        assert shown is not None
        end = self._swapped + len(piece.code)
        while self.views:
            view_end = self._starts[1] if len(self.views) > 1 else len(shown.code)
            if end >= view_end:  # all of this segment's lines are shown highlighted
                self._remove_segment(self.views.pop(0))
                self._starts.pop(0)
                continue
            start = self._starts[0]
            label = shown.language + "\n" if start == 0 and shown.language else ""
            if not self.views[0].drop_leading_lines(label + shown.code[start:end]):
                return False
            self._starts[0] = end
            break
        self._swapped = end
        return True

    def drop(self) -> None:
        """Take all plain lines away."""
        for view in self.views:
            self._remove_segment(view)
        self.views.clear()
