"""The version of this package, as the toolkit that generated it."""

__version__ = "0.1.0"
