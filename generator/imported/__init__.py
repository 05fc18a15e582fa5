"""A published OpenAPI document as the source: rewritten into the spec conventions, reported."""
