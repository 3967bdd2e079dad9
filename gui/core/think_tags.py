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
            self._scan_for_closer(out, THINK)
        elif self._mode is _Mode.UNSURE:
            window = self._recent + self._buf
            closer = _first_closer(window)
            found = [p for p in (window.find(o) for o in OPENERS) if p >= 0]
            opener_at = min(found, default=-1)
            quoted = opener_at >= 0 and (closer is None or opener_at < closer[0])
            if not self.allow_reclassify or quoted:
                # An opener inside the answer means tags are being quoted, not used.
                self._mode = _Mode.ANSWER
            else:
                self._scan_for_closer(out, ANSWER)
                emitted = "".join(p for k, p in out if k == ANSWER)
                self._recent = (self._recent + emitted)[-(_LONGEST_CLOSER + 2) :]
        if self._mode is _Mode.ANSWER and self._buf:
            if self._strip_newlines:
                self._buf = self._buf.lstrip("\n")
                if not self._buf:
                    return out
                self._strip_newlines = False
            out.append((ANSWER, self._buf))
            self._buf = ""
        return out

    def _scan_for_closer(self, out: list[Piece], kind: str) -> None:
        hit = _first_closer(self._buf)
        if hit is None:
            keep = _partial_tail(self._buf, CLOSERS)
            cut = len(self._buf) - keep
            if cut:
                out.append((kind, self._buf[:cut]))
                self._buf = self._buf[cut:]
            return
        pos, closer = hit
        if kind == ANSWER:
            out.append((RECLASSIFY, ""))
        if pos:
            out.append((THINK, self._buf[:pos]))
        self._buf = self._buf[pos + len(closer) :]
        self._mode = _Mode.ANSWER
        self._strip_newlines = True

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
