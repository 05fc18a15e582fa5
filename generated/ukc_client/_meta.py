"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "b804f12d574aa5b63a6b52bf8dc8c4b056e982ce0497206d96ca82cf571748b4"
__version__ = "0+document.d80d1114d508"
