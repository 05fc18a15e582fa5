"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "22d7d2b39bc7c2dfdbfb91f0172d4fdf97070909338c768017256da0ec79ec69"
__version__ = "0+document.d80d1114d508"
