"""MiniMax Chat: a native desktop chat client for MiniMax's reasoning models."""

__version__ = "0.1.0"
