"""Images stored in the library and referenced from Markdown as ``asset:ID``."""

from __future__ import annotations

import hashlib
import io
import warnings
from typing import TYPE_CHECKING

from sqlalchemy import select

from content.errors import ValidationError
from content.i18n import tr
from db.models import Asset

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 50_000_000
FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg", "GIF": "image/gif", "WEBP": "image/webp"}


def check_image(name: str, data: bytes) -> str:
    """Return the MIME type of a valid image, or raise ValidationError naming the file."""
    from PIL import Image

    if not data:
        raise ValidationError([("image", tr("the file is empty"))], name)
    if len(data) > MAX_BYTES:
        raise ValidationError(
            [("image", tr("is larger than {n} MB", n=MAX_BYTES // 1024 // 1024))], name
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                fmt = img.format or ""
                width, height = img.size
                if width * height > MAX_PIXELS:
                    raise ValidationError([("image", tr(
                        "is too large ({width}×{height} pixels)", width=width, height=height
                    ))], name)
                img.verify()
    except ValidationError:
        raise
    except Exception as exc:
        raise ValidationError(
            [("image", tr("is not a readable image ({reason})", reason=exc))], name
        ) from exc
    if fmt not in FORMATS:
        raise ValidationError([("image", tr(
            "format {format} is not supported; use PNG, JPEG, GIF or WebP",
            format=fmt or tr("unknown"),
        ))], name)
    return FORMATS[fmt]


def add_asset(session: Session, name: str, data: bytes, author: str = "") -> str:
    """Store an image (validated with Pillow) and return its id; same bytes, same asset."""
    mime = check_image(name, data)
    digest = hashlib.sha256(data).hexdigest()
    existing = session.scalar(select(Asset.id).where(Asset.sha256 == digest).limit(1))
    if existing:
        return existing
    asset = Asset(name=name[:255], mime=mime, sha256=digest, data=data, created_by=author)
    session.add(asset)
    session.flush()
    return asset.id


def asset_data(session: Session, asset_id: str) -> tuple[str, bytes] | None:
    """Return (mime, bytes) of an asset, or None when there is none."""
    row = session.execute(select(Asset.mime, Asset.data).where(Asset.id == asset_id)).first()
    return (row[0], row[1]) if row else None
