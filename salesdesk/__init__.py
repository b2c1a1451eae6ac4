"""SalesDesk: an offline-first sales pipeline for field reps."""

from __future__ import annotations


def version() -> str:
    """The installed package's version (read on demand: the metadata lookup costs
    tens of milliseconds, too much for every start)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as _version

    try:
        return _version("salesdesk")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0+source"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return version()
    raise AttributeError(name)
