"""Everything Qt: bootstrap, windows, dialogs. Talks to the core through ui.store."""
