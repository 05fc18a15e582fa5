"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "458f65050a2d6241ce8e94e6ee9da01d77bc0e96f004636d66a1bc61d01090c1"
__version__ = "0+document.d80d1114d508"
