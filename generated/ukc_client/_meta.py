"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "382f89abceae1f9f137ddf29d9ec7fb711aeb8fca242a7d7a5215f8ced2991ff"
__version__ = "0+document.d80d1114d508"
