"""RenderThrottle without a window: the first render at once, the rest coalesced."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from gui.ui.throttle import RenderThrottle

NEVER_MS = 3_600_000  # the interval never ends within a test: only explicit calls render


class Counter:
    def __init__(self) -> None:
        self.renders = 0

    def __call__(self) -> None:
        self.renders += 1


def timer_of(throttle: RenderThrottle) -> QTimer:
    timer = throttle.findChild(QTimer, "render-throttle")
    assert timer is not None
    return timer


def test_first_change_renders_at_once_and_later_ones_wait(qtbot: QtBot) -> None:
    render = Counter()
    throttle = RenderThrottle(render, NEVER_MS)
    throttle.mark_dirty()
    assert render.renders == 1
    for _ in range(100):
        throttle.mark_dirty()
    assert render.renders == 1  # coalesced into the one render at the interval's end
    throttle.flush()
    assert render.renders == 2


def test_flush_renders_even_when_nothing_is_pending_and_restarts_the_cycle(
    qtbot: QtBot,
) -> None:
    render = Counter()
    throttle = RenderThrottle(render, NEVER_MS)
    throttle.flush()  # a reply that ends before any change still shows its final state
    assert render.renders == 1
    assert not timer_of(throttle).isActive()
    throttle.mark_dirty()  # the next change is again shown at once
    assert render.renders == 2


def test_stop_drops_pending_changes(qtbot: QtBot) -> None:
    render = Counter()
    throttle = RenderThrottle(render, NEVER_MS)
    throttle.mark_dirty()
    throttle.mark_dirty()
    throttle.stop()
    assert not timer_of(throttle).isActive()
    assert render.renders == 1
    throttle.mark_dirty()
    assert render.renders == 2


def test_the_timer_renders_what_arrived_during_the_interval(qtbot: QtBot) -> None:
    render = Counter()
    throttle = RenderThrottle(render, 1)
    throttle.mark_dirty()
    throttle.mark_dirty()  # arrives while waiting: the timer must show it
    qtbot.waitUntil(lambda: render.renders == 2)


def test_a_quiet_interval_ends_without_rendering(qtbot: QtBot) -> None:
    render = Counter()
    throttle = RenderThrottle(render, 1)
    throttle.mark_dirty()
    qtbot.waitUntil(lambda: not timer_of(throttle).isActive())
    assert render.renders == 1
    throttle.mark_dirty()  # the interval is over: shown at once
    assert render.renders == 2


def test_a_small_change_waits_one_more_interval_and_no_longer(qtbot: QtBot) -> None:
    """With ``worth``, a change too small to be worth a frame waits one more interval;
    after that it is drawn whatever its size (text never lags by more than two)."""
    render = Counter()
    worth = [False]
    throttle = RenderThrottle(render, 1, worth=lambda: worth[0])
    throttle.mark_dirty()
    assert render.renders == 1
    throttle.mark_dirty()  # a word arrives
    qtbot.waitUntil(lambda: render.renders == 2)
    throttle.mark_dirty()
    worth[0] = True  # a line arrives: drawn at the next interval's end
    qtbot.waitUntil(lambda: render.renders == 3)


def test_a_held_change_is_drawn_at_the_next_interval_end(qtbot: QtBot) -> None:
    render = Counter()
    asked: list[bool] = []

    def worth() -> bool:
        asked.append(True)
        return False

    throttle = RenderThrottle(render, NEVER_MS, worth=worth)
    throttle.mark_dirty()
    throttle.mark_dirty()
    timer = timer_of(throttle)
    timer.timeout.emit()  # the interval ends: too small, held
    assert render.renders == 1
    assert timer.isActive()
    timer.timeout.emit()  # the next one ends: drawn without asking again
    assert render.renders == 2
    assert len(asked) == 1
