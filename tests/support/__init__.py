"""Helpers shared by the tests: paths, small specs, a loopback HTTP server, client set-up."""
