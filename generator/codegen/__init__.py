"""Stage 3, code generation: a spec into the client package.

The spec becomes plain data (the model graph, the operation graph, converter and strategy
plans) that the Jinja templates under ``templates/package/`` only place; the rendered package
is formatted with ruff and stamped with what it was generated from.
"""
