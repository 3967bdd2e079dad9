"""Conversation exports: options, shared notes, a dispatcher, one module per format, and files."""
