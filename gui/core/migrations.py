"""Upgrades of older conversation files: one pure step per schema version."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from gui.core.conversation import SCHEMA_VERSION

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 added tool messages (role "tool"), their fields, and the chat's ``tools``
    choice; all are new and optional, so a version 1 conversation is already valid."""
    return data


MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2}
"""Version N → a function returning the same conversation in version N + 1.

Each format change adds its step here (with a golden-file test) instead of teaching
the loader about old shapes.
"""


class NoMigrationError(ValueError):
    """The file is older than any format this app can upgrade."""


def upgrade(
    data: dict[str, Any], migrations: Mapping[int, Migration] = MIGRATIONS
) -> tuple[dict[str, Any], int | None]:
    """Bring ``data`` to the current schema; returns (data, the version it had, or None).

    Raises:
        NoMigrationError: no chain of steps leads from the file's version to ours.
    """
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version >= SCHEMA_VERSION:
        return data, None
    original = version
    while version < SCHEMA_VERSION:
        step = migrations.get(version)
        if step is None:
            raise NoMigrationError(f"format {original} cannot be upgraded by this app")
        data = step(dict(data))
        version += 1
        data["schema_version"] = version
    return data, original
