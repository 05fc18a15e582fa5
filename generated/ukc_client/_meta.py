"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "c3a0e138f752ed6211ea0a71762376e92daca289a76e4873f1c51c7e6957c691"
__version__ = "0+document.d80d1114d508"
