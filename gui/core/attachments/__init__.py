"""Files people attach to a message: stored once by content, read, limited, put on the wire."""
