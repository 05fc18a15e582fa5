"""The shared OpenAPI layer: how every stage reads a spec.

References and JSON pointers, component forms, format bounds, HTTP methods, reading ``paths``
into operation records, and loading and writing spec documents. Every later stage reads the
spec through this package, so each of these facts has one home.
"""
