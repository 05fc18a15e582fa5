"""Keeps a typed client of the Unikraft Cloud Platform API in lock-step with its schema document.

The pipeline, one module a stage:
document (spec/source) -> ``parser`` -> parsed schemas -> ``normalizer`` -> normalized
spec (spec/openapi.yaml) -> ``model_graph`` -> templates -> files (generated/).
"""
