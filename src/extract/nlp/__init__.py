"""spaCy pipeline for CMNP entity extraction (components registered as spaCy factories)."""
