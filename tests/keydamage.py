"""One changed base64 character in a real encrypted PKCS#8 key: the damage that passed as verified.

PKCS#8 encryption has no integrity check: the damaged key still opens with its password (the
decrypted numbers parse), but they no longer form an RSA key, and cryptography's normal load
refuses it ("Invalid private key"). :func:`damage_one_character` finds such a character.
"""

from __future__ import annotations

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization


def damage_one_character(pem: bytes, password: str) -> bytes:
    """``pem`` with one base64 character changed so that the key opens but is not a sound key."""
    lines = pem.split(b"\n")
    secret = password.encode()
    for index in range(2, len(lines) - 3):  # inside the body: the DER's integers, not its header
        line = lines[index]
        for column in (5, 20, 40):
            new = b"B" if line[column : column + 1] != b"B" else b"C"
            damaged = b"\n".join(
                [*lines[:index], line[:column] + new + line[column + 1 :], *lines[index + 1 :]]
            )
            try:
                serialization.load_pem_private_key(
                    damaged, secret, unsafe_skip_rsa_key_validation=True
                )
            except (ValueError, UnsupportedAlgorithm):
                continue  # this change breaks the structure: not the case sought
            try:
                serialization.load_pem_private_key(damaged, secret)
            except ValueError as exc:
                assert "Invalid private key" in str(exc)
                return damaged
    raise AssertionError("no single-character damage that still opens was found")
