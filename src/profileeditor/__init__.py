"""Profile Editor: encrypted, offline profiles of detained people, with Arabic/English dossiers."""

__version__ = "0.1.0"
