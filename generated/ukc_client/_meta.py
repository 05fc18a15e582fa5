"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "24fa8ac845d7f2e4b1379294e217ff5442cde972c2ffe76d0d4f44b29ef5471f"
__version__ = "0+document.d80d1114d508"
