"""Stage 2, the spec: the parsed page and the overlays into ``spec/openapi.yaml`` and its report.

Types, bounds and enums read from the page's prose, lost properties rebuilt, references
inferred with their evidence, shared enums and operations merged, and the result validated.
"""
