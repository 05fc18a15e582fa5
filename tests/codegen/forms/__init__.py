"""One small inline spec per schema form, generated, imported and round-tripped."""
