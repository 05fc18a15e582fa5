"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "a9734a63510cfd529201fdd9fe066f6cc9c13af7435340d9324bf83a1e756461"
__version__ = "0+document.d80d1114d508"
