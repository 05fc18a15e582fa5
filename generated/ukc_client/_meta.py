"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "6d49a205be993dd55255a1422104466cd19eb2e18fb9b647a7b63c3577b79eaa"
__version__ = "0+document.d80d1114d508"
