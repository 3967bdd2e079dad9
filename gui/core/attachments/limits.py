"""How much of an attachment is sent: image size and count limits, the text budget."""

from __future__ import annotations

# MiniMax documents no limits for image_url parts on /v1; its understand_image tool takes
# images up to 20 MB (docs: minimax-wire.md section 10.4). These stay well inside that.
MAX_IMAGE_FILE_BYTES = 50 * 2**20  # larger files are refused before they are read
MAX_IMAGE_PIXELS = 100_000_000  # larger ones are refused (decoding would take gigabytes)
MAX_IMAGE_SIDE = 2048  # longer sides are scaled down to this
MAX_IMAGE_SEND_BYTES = 5 * 2**20  # larger images are re-encoded (and scaled) to fit
MAX_IMAGES_PER_MESSAGE = 10

MAX_TEXT_FILE_BYTES = 32 * 2**20  # text and PDF files larger than this are refused
CHARS_PER_TOKEN = 3  # a cautious estimate for mixed prose and code
CONTEXT_SHARE = 0.5  # one file may use half the context; history and the answer need the rest


def text_budget(context_window: int) -> int:
    """The most characters one text or PDF attachment may send to a model with this context."""
    return max(1000, int(context_window * CHARS_PER_TOKEN * CONTEXT_SHARE))
