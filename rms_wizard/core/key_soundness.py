"""Whether an opened private key is a sound key: cryptography's full check and a test value.

A password that opens an encrypted PKCS#8 key only proves the key decrypts: PKCS#8 has no
integrity check, so one altered character of the PEM decrypts to numbers that still parse but no
longer form an RSA key (cryptography then refuses it on a normal load: "Invalid private key"), and
RMS could not use it. So a key counts as opened only once cryptography's full consistency check
passed and the key signed a test value that its public key verifies, and decrypted a test value
encrypted to it.

That check costs tens of milliseconds holding the GIL. It runs once per key per process: the
fingerprint of each key that passed (the SHA-256 of its PEM bytes; it says nothing about the
password) is remembered, so a backup's own check of the key it just copied, the check before an
update and the update's check of the live key cost nothing more. The wizard's first check runs on
the password page's worker, never while a page is painted.
"""

from __future__ import annotations

import hashlib
import os
import threading

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

__all__ = ["forget_sound_keys", "key_is_sound"]

_sound: set[str] = set()
_sound_lock = threading.Lock()


def forget_sound_keys() -> None:
    """Forget which keys passed (tests: to time or exercise the full check again)."""
    with _sound_lock:
        _sound.clear()


def key_is_sound(data: bytes, secret: bytes) -> bool:
    """True when the PEM ``data``, opened with ``secret``, is a consistent, working RSA key.

    Never raises and never lets the secret escape: cryptography's errors stay in this frame.
    """
    fingerprint = hashlib.sha256(data).hexdigest()
    with _sound_lock:
        if fingerprint in _sound:
            return True
    try:
        key = serialization.load_pem_private_key(data, password=secret)
        sound = isinstance(key, rsa.RSAPrivateKey) and _works(key)
    except (ValueError, TypeError, UnsupportedAlgorithm, OverflowError, InvalidSignature):
        sound = False
    if sound:
        with _sound_lock:
            _sound.add(fingerprint)
    return sound


def _works(key: rsa.RSAPrivateKey) -> bool:
    """Sign a fresh test value and verify it; decrypt a fresh test value encrypted to the key."""
    probe = os.urandom(32)
    public = key.public_key()
    pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)
    public.verify(key.sign(probe, pss, hashes.SHA256()), probe, pss, hashes.SHA256())
    oaep = padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
    return key.decrypt(public.encrypt(probe, oaep), oaep) == probe
