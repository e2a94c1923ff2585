"""PubMed access: E-utilities client (network) and XML parsing (pure)."""
