"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "15ae400e386b550ca29f9c7dcd09b2c66f9e5465b5608b6e89387952de41b153"
__version__ = "0+document.d80d1114d508"
