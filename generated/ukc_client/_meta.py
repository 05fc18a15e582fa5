"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "5e87b3227b24455ccf065e22446a41922732070de5cc7ddae5ad425b8565c40e"
__version__ = "0+document.d80d1114d508"
