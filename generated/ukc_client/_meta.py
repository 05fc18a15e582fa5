"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "426e5abfeb00f53b67330312ffa7c5a1b812a04d3806d89afeeef6fde3242793"
__version__ = "0+document.d80d1114d508"
