"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "9f72b36e38305d89b9c2542f6d264a3c6c3b7134f577c7d72bee65cf016ac9e4"
__version__ = "0+document.d80d1114d508"
