"""Errors the toolkit reports to a person: each names the input and what was expected."""


class ToolkitError(Exception):
    """A failure caused by an input (document, spec, overrides), not by a bug."""
