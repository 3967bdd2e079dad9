"""Separate ``<think>…</think>`` reasoning from streamed content, with tags cut anywhere."""

from __future__ import annotations

from enum import Enum, auto

OPENERS = ("<think>", "<thinking>")
CLOSERS = ("</think>", "</thinking>", "</mm:think>")
_LONGEST_CLOSER = max(map(len, CLOSERS))

THINK = "think"
ANSWER = "answer"
RECLASSIFY = "reclassify"
"""A piece kind meaning: all answer text emitted so far was really reasoning."""

Piece = tuple[str, str]


class _Mode(Enum):
    START = auto()  # nothing decided yet: an opener may still arrive
    THINK = auto()  # inside <think>: look for a closer
    UNSURE = auto()  # answer without an opener: a closer means the opener was missing
    ANSWER = auto()  # reasoning is over: everything is answer text, tags included


def _partial_tail(buf: str, tags: tuple[str, ...]) -> int:
    """Length of the longest suffix of ``buf`` that is a proper prefix of one of ``tags``."""
    for n in range(min(len(buf), _LONGEST_CLOSER - 1), 0, -1):
        tail = buf[-n:]
        if any(t.startswith(tail) for t in tags):
            return n
    return 0


def _has_opener(text: str) -> bool:
    return any(o in text for o in OPENERS)


def _first_closer(buf: str) -> tuple[int, str] | None:
    hits = [(buf.find(c), c) for c in CLOSERS]
    found = [(pos, c) for pos, c in hits if pos >= 0]
    return min(found) if found else None


class ThinkSplitter:
    """Route streamed content into ("think", text) and ("answer", text) pieces.

    Only a tag at the very start of the content (after white space) opens
    reasoning; once reasoning has ended, later tags are ordinary answer text. A
    closer without an opener (some serving stacks drop the opener) yields a
    ("reclassify", "") piece: the answer emitted so far was reasoning. Set
    ``allow_reclassify`` to False when reasoning already arrived another way.
    """

    __slots__ = ("_buf", "_mode", "_recent", "_strip_newlines", "allow_reclassify")

    def __init__(self) -> None:
        self._buf = ""
        self._mode = _Mode.START
        self._strip_newlines = False  # drop the newlines that follow a tag
        self._recent = ""  # the end of the answer emitted while UNSURE
        self.allow_reclassify = True

    @property
    def in_reasoning(self) -> bool:
        """True while inside an open ``<think>`` block."""
        return self._mode is _Mode.THINK

    def feed(self, text: str) -> list[Piece]:
        """Consume one content delta and return the pieces that are now certain."""
        if self._mode is _Mode.ANSWER and not self._strip_newlines:
            return [(ANSWER, text)] if text else []
        out: list[Piece] = []
        self._buf += text
        if self._mode is _Mode.START:
            head = self._buf.lstrip()
            if not head or any(o.startswith(head) and o != head for o in OPENERS):
                return out
            opener = next((o for o in OPENERS if head.startswith(o)), None)
            if opener is not None:
                self._mode = _Mode.THINK
                self._buf = head[len(opener) :]
                self._strip_newlines = True
            else:
                self._mode = _Mode.UNSURE if self.allow_reclassify else _Mode.ANSWER
        if self._mode is _Mode.THINK:
            if self._strip_newlines:
                self._buf = self._buf.lstrip("\n")
                if not self._buf:
                    return out
                self._strip_newlines = False
            self._scan_for_closer(out)
        elif self._mode is _Mode.UNSURE:
            self._scan_unsure(out)
        if self._mode is _Mode.ANSWER and self._buf:
            if self._strip_newlines:
                self._buf = self._buf.lstrip("\n")
                if not self._buf:
                    return out
                self._strip_newlines = False
            out.append((ANSWER, self._buf))
            self._buf = ""
        return out

    def _scan_for_closer(self, out: list[Piece]) -> None:
        """Inside ``<think>``: emit what cannot be part of a closer; end at the closer."""
        hit = _first_closer(self._buf)
        if hit is None:
            keep = _partial_tail(self._buf, CLOSERS)
            cut = len(self._buf) - keep
            if cut:
                out.append((THINK, self._buf[:cut]))
                self._buf = self._buf[cut:]
            return
        pos, closer = hit
        if pos:
            out.append((THINK, self._buf[:pos]))
        self._buf = self._buf[pos + len(closer) :]
        self._mode = _Mode.ANSWER
        self._strip_newlines = True

    def _scan_unsure(self, out: list[Piece]) -> None:
        """Answer text so far, unless a closer shaped like the chat template's ends reasoning.

        Serving stacks that drop the opener still end reasoning the template's way: the
        closer alone on its line, a line break after it. Anything else (a closer inside a
        sentence, after a backtick or a quoted opener, or the last thing in the reply) is
        the answer quoting the tag: from then on everything is answer text.
        """
        window = self._recent + self._buf
        hit = _first_closer(window)
        limit = hit[0] if hit is not None else len(window)
        if not self.allow_reclassify or "`" in window[:limit] or _has_opener(window[:limit]):
            self._mode = _Mode.ANSWER
            return
        hit = _first_closer(self._buf)
        if hit is None:
            keep = _partial_tail(self._buf, CLOSERS)
            self._emit_unsure(out, len(self._buf) - keep)
            return
        pos, closer = hit
        self._emit_unsure(out, pos)
        after = self._buf[len(closer) :]
        if not after:
            return  # what follows the closer decides
        at_line_start = not self._recent or self._recent.rstrip(" \t").endswith("\n")
        if after[0] in "\r\n" and at_line_start:
            out.append((RECLASSIFY, ""))
            self._buf = after
            self._mode = _Mode.ANSWER
            self._strip_newlines = True
        else:
            self._mode = _Mode.ANSWER

    def _emit_unsure(self, out: list[Piece], cut: int) -> None:
        if cut:
            piece, self._buf = self._buf[:cut], self._buf[cut:]
            out.append((ANSWER, piece))
            self._recent = (self._recent + piece)[-(_LONGEST_CLOSER + 2) :]

    def finish(self) -> list[Piece]:
        """Flush what is held back at the end of the stream.

        An unterminated ``<think>`` block stays reasoning (a reply cut by the
        token limit ends that way).
        """
        rest, self._buf = self._buf, ""
        if self._mode in (_Mode.ANSWER, _Mode.THINK) and self._strip_newlines:
            rest = rest.lstrip("\n")
        if self._mode is _Mode.START and rest.lstrip() in OPENERS:
            return []  # an opener and nothing after it: empty reasoning, empty answer
        if not rest:
            return []
        return [(THINK if self._mode is _Mode.THINK else ANSWER, rest)]
