"""The Help menu: About (version and the licences of the bundled components), the user guide in
both languages (shipped in resources/guide, read offline), where the vault is, "check my recovery
key", and the opt-in reminder to confirm the passphrase. ``HelpActions`` wires them to a window."""

from profileeditor.gui.help.menu import HelpActions

__all__ = ["HelpActions"]
