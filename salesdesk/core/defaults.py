"""Defaults shared by the core, the command line and the window, in a module that
imports nothing (start-up reads them before the models are loaded)."""

DEFAULT_PLAYBOOK = "b2b-7-step"  # the 7-step B2B process
