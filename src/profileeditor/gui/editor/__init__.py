"""The profile editor widget (issue 3 §3–4): every field of a profile, saved as it is edited."""

from profileeditor.gui.editor.editor import ProfileEditor

__all__ = ["ProfileEditor"]
