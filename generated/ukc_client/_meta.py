"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "f12196e04a45045c1b1c394a17122a351e7048d8969282cb0201c4918e430d69"
__version__ = "0+document.d80d1114d508"
