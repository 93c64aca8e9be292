"""The exceptions a user can meet, all reported by the CLI as one line and exit code 2.

::

    LocalOfferError            base: a one-line, user-facing message
    ├── ConfigError            config.toml: wrong key, type or value (names file and key)
    ├── RegistryError          registry CSV: missing file/column, bad URL, duplicate code (names file and line)
    ├── StoreError             run store: unreadable, from a newer version, locked by another audit
    └── UsageError             command-line arguments that do not fit together
"""

from __future__ import annotations


class LocalOfferError(Exception):
    """Base class: ``str(error)`` is a complete one-line message for the user."""


class ConfigError(LocalOfferError):
    pass


class RegistryError(LocalOfferError):
    pass


class StoreError(LocalOfferError):
    pass


class UsageError(LocalOfferError):
    pass
