"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "a545e4b40d99100d06704d5683e281606aa4abc4298092d3b5ea87d19552df69"
__version__ = "0+document.d80d1114d508"
