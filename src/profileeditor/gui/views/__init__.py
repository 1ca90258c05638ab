"""Widgets that hold layout only; the logic that drives them lives in controllers and dialogs."""
