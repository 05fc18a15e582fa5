"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "d6a52eb525ff9668b18cc9411b4d72a3521542afaa5e0371b3577fe243fecca5"
__version__ = "0+document.d80d1114d508"
