"""Dialogs and the controllers of the screens around the main window (welcome, unlock,
settings, backups)."""
