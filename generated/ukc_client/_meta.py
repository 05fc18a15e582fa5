"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "16589df064b6c6f7d8e5e28124c89091bb85135af5039a186581f808d86b8340"
__version__ = "0+document.d80d1114d508"
