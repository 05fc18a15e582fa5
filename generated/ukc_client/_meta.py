"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "ac263f51507fbe949fca895e69382515a04ed7593fbffa98cd011f1e9049ac05"
__version__ = "0+document.d80d1114d508"
