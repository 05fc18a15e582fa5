"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "bc210f1324b4784bf517e0cc8c8c2403ec3614036b3ab92db81c21f064ae7aa0"
__version__ = "0+document.d80d1114d508"
