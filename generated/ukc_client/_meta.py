"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "6b18e69d2400bc99daf68c1ab299dfcc36c62594d39e83470ed51f19f1c8896b"
__version__ = "0+document.d80d1114d508"
