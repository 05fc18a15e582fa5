"""What this client was generated from: the API's spec version and a hash of the inputs."""

SPEC_VERSION = "document-d80d1114d508"
INPUTS_SHA256 = "df42c38e4a3a92f730ed28250ee0b59027ea38bf8b4fdcd2512532fb9bd77c16"
__version__ = "0+document.d80d1114d508"
