"""One module a command-line verb."""
