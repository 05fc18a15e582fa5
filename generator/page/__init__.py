"""Stage 1, the page: the rendered schema reference page into a parsed document.

Every heading, property line and description keeps the line it came from, so that later
stages can point a person at the page.
"""
