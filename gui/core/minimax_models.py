"""MiniMax's built-in model list; the live list from GET /models is merged in when offered."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ThinkingControl(StrEnum):
    """How a model's thinking can be steered through the ``thinking`` request field."""

    SWITCHABLE = "switchable"  # M3: {"type": "adaptive"} or {"type": "disabled"}
    ALWAYS_ON = "always_on"  # M2.x: thinks whatever is sent, so nothing is sent


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """What the app knows about a model without asking the server."""

    id: str
    context_window: int
    note: str = ""
    thinking: ThinkingControl = ThinkingControl.ALWAYS_ON
    accepts_images: bool = False  # image_url content parts (M3 only; minimax-wire.md §10.4)


BUILTIN_MODELS: tuple[ModelInfo, ...] = (
    ModelInfo("MiniMax-M2.7", 204_800, "current M2 model"),
    ModelInfo("MiniMax-M2.7-highspeed", 204_800, "faster, higher price"),
    ModelInfo(
        "MiniMax-M3",
        1_000_000,
        "newest; 1M context",
        ThinkingControl.SWITCHABLE,
        accepts_images=True,
    ),
    ModelInfo("MiniMax-M2.5", 204_800),
    ModelInfo("MiniMax-M2.5-highspeed", 204_800),
    ModelInfo("MiniMax-M2.1", 204_800),
    ModelInfo("MiniMax-M2.1-highspeed", 204_800),
    ModelInfo("MiniMax-M2", 204_800, "first M2 release"),
    ModelInfo("MiniMax-M2-Stable", 204_800, "high-concurrency variant of M2"),
)
DEFAULT_MODEL = BUILTIN_MODELS[0].id
_BY_ID = {m.id: m for m in BUILTIN_MODELS}


def model_info(model_id: str) -> ModelInfo | None:
    """The built-in facts about ``model_id``; None for a model this app does not know."""
    return _BY_ID.get(model_id)


def model_ids(live: list[str] | None = None) -> list[str]:
    """The built-in ids, followed by any extra ids the server listed (chat models only)."""
    ids = [m.id for m in BUILTIN_MODELS]
    for model_id in live or []:
        if model_id not in ids and not _looks_non_chat(model_id):
            ids.append(model_id)
    return ids


def accepts_images(model_id: str) -> bool:
    """Whether the app knows ``model_id`` takes images (unknown models are assumed not to)."""
    info = model_info(model_id)
    return info is not None and info.accepts_images


def context_window(model_id: str) -> int:
    """The model's context in tokens; the smallest known one for a model the app does not know."""
    info = model_info(model_id)
    return info.context_window if info else min(m.context_window for m in BUILTIN_MODELS)


def image_models() -> list[str]:
    """The built-in models that take images."""
    return [m.id for m in BUILTIN_MODELS if m.accepts_images]


def _looks_non_chat(model_id: str) -> bool:
    lowered = model_id.lower()
    return any(word in lowered for word in ("speech", "video", "image", "music", "embo", "tts"))
