"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "be3b3f2ce38afb6be1aacae7f6634b250f85097f7f35b240f40e193b16a12722"
__version__ = "0+document.d80d1114d508"
