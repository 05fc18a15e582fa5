"""Stage 4, evolution: regenerating on a change, the drift check, and the diff of two specs.

Outputs are staged and moved into place only when every stage succeeded; ``check`` compares a
staged tree with the committed one; the spec diff says which changes break clients.
"""
