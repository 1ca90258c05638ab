"""Checking the attachments of a profile that arrives from outside (a JSON file, a bundle).

Every attachment's bytes must decode and match its hash; photos must be readable images and are
stripped of metadata — unless they are already clean (as another vault wrote them), when they are
kept byte for byte: re-encoding a clean JPEG again would only lose quality and change its hash,
so every round trip would look like an edit.
"""

from __future__ import annotations

import base64
import binascii
import hashlib

from profileeditor.core import photos
from profileeditor.core.messages import MessageError, Where, message


class AttachmentError(MessageError, ValueError):
    """One attachment is unusable; the English message starts with its place
    (``attachments[2]…``), ``detail`` says it for the user (core/messages.py)."""


def is_photo(profile: dict, attachment: dict) -> bool:
    return (
        attachment.get("kind") == "photo"
        or attachment.get("id") == profile.get("photo")
        or str(attachment.get("media_type", "")).startswith("image/")
    )


def check_attachments(profile: dict) -> None:
    """Verify, and clean where needed, every attachment of ``profile`` in place."""
    for index, attachment in enumerate(profile.get("attachments") or []):
        where = Where(("attachments", index))
        if attachment.get("data") is None:
            continue
        try:
            data = base64.b64decode(attachment["data"], validate=True)
        except (binascii.Error, ValueError) as exc:
            raise AttachmentError(message("attachment.not_base64", where=where)) from exc
        if not is_photo(profile, attachment):
            if hashlib.sha256(data).hexdigest() != attachment.get("sha256"):
                raise AttachmentError(message("attachment.altered", where=where))
            continue
        try:
            photos.thumbnail(data, 8)  # decodes within the size limits, or raises
            clean = photos.is_clean(data)
            if not clean:
                cleaned = photos.clean_photo(data)
        except photos.PhotoError as exc:
            problem = exc.detail or str(exc)
            raise AttachmentError(
                message("attachment.photo", where=where, problem=problem)
            ) from exc
        if not clean:
            data = cleaned.data
            attachment["data"] = base64.b64encode(data).decode("ascii")
            attachment["media_type"] = cleaned.media_type
        attachment["sha256"] = hashlib.sha256(data).hexdigest()
