"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "fd0b94c09f75fa4160aff4136f15262b6b23854e2f27bb07d2f1b651cf9e1db0"
__version__ = "0+document.d80d1114d508"
