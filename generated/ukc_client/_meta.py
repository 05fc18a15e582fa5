"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "89511d25071088ec52088ae11f581b493deeb2af05b477c52b6871c452ad612b"
__version__ = "0+document.d80d1114d508"
