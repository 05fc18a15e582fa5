"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "a45de2e0c8cca277fa805bd74a337365ac127bfce2fd80008c9722848c486980"
__version__ = "0+document.d80d1114d508"
