"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "4092d6b33b2d67bfd4a561f06ef31800ce4a1469b4e5e20a9a3f322ab48ab211"
__version__ = "0+document.d80d1114d508"
