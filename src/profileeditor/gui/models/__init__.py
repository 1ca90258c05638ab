"""Qt item models over the repository (one QAbstractTableModel per table, DESIGN §8)."""

from profileeditor.gui.models.profile_list import ProfileListModel

__all__ = ["ProfileListModel"]
