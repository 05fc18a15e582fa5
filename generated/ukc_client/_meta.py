"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "86f68e5c98b41a396dd364756f68a4edc1c8370a1b75b3fc14748ff5fe375a20"
__version__ = "0+document.d80d1114d508"
