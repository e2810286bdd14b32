"""Discord extensions, one per feature area. Thin: read options, ask ``bot``, reply."""
