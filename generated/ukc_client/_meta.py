"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "74a46bae669b0c418a5f68554511571c62b8b5f97a9b9b59f4e7b6f110d142f1"
__version__ = "0+document.d80d1114d508"
