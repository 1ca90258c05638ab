"""The desktop application (PySide6). Nothing below core/ imports from here."""
