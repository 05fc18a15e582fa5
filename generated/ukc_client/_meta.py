"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "be9e0179362072caa76d8448ea72619822e9c067b89c93fe794992ccff063340"
__version__ = "0+document.d80d1114d508"
