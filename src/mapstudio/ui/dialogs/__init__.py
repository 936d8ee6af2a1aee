"""Dialogs of the window (see docs/architecture.md)."""
