"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "f2601ed48b4ff1e5590ee306b0f4ea5fcdc6408c599d200b8957c0a179ed7b6b"
__version__ = "0+document.d80d1114d508"
