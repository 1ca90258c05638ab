"""Exchange between vaults (issue 11): signed bundles, contacts, per-field merge, sync folder.

- ``keys``: this vault's identity (age key to receive, Ed25519 key to sign) and safety numbers;
- ``contacts``: the contact book, the only senders whose bundles are merged;
- ``state``: per-field versions that make any number of vaults converge in any order;
- ``merge``: a verified payload merged whole, conflicts kept in their table;
- ``bundle``: the sealed file — signature, bounded decryption and decompression;
- ``sync``: a folder shared by Syncthing, a drive or a USB stick, read and written per contact;
- ``paths``: field paths back into a profile.
"""

from profileeditor.core.exchange.merge import (
    BundleError,
    BundleReplayed,
    Change,
    ExchangeReport,
    conflicts,
    resolve_conflict,
)
from profileeditor.core.exchange.paths import unflatten, value_hash

__all__ = [
    "BundleError",
    "BundleReplayed",
    "Change",
    "ExchangeReport",
    "conflicts",
    "resolve_conflict",
    "unflatten",
    "value_hash",
]
