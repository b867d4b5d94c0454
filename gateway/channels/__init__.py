"""Channel adapters: normalise inbound channel payloads into the message flow, send replies out."""
