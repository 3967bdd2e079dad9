"""Qt-free core of MiniMax Chat: protocol, conversations, storage, settings, secrets, export."""
