"""Tool use over MCP: server config, secrets, launching, sessions, the tool catalog and calls."""
