"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "fe5059cdbc40e8825a13603922d51fc154f257587d7be2996f4ef2966d10f6e3"
__version__ = "0+document.d80d1114d508"
