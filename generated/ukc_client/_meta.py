"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "2168b3ec8c6908260bc52cc443d24ad4d89dd5af726f644906aea061524895c3"
__version__ = "0+document.d80d1114d508"
