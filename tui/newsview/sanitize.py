"""Article text is untrusted: nothing in it may reach a terminal as a control sequence.

Rich markup is never parsed from article text (it always goes in as `Text`), and
this strips escape sequences (CSI, OSC, DCS, ...) and every other C0/C1 control
but newline and tab before text is shown.
"""

from __future__ import annotations

import re

# ESC-introduced sequences first (so their parameters go too), then any lone control.
_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"            # CSI
    r"|\x1b[\]PX^_].*?(?:\x07|\x1b\\|\x9c)"  # OSC, DCS, SOS, PM, APC up to their terminator
    r"|\x1b[ -/]*[0-~]"                    # other two-byte escapes
    r"|[\x9b][0-?]*[ -/]*[@-~]"            # 8-bit CSI
    r"|[\x90\x9d\x9e\x9f].*?(?:\x07|\x9c|\x1b\\)",  # 8-bit string controls
    re.DOTALL,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """The text with terminal controls removed; a carriage return becomes nothing, so lines stay lines."""
    if not text:
        return text
    return _CONTROL.sub("", _SEQUENCE.sub("", text))


# What a removed character becomes in `clean_keep_offsets`: zero cells wide, never whitespace (so a word an escape
# sequence split stays one word when wrapped), and dropped from what is drawn (`drop_hidden`).
HIDDEN = "\x00"


def clean_keep_offsets(text: str) -> str:
    """Like `clean`, but each removed character becomes `HIDDEN` (a newline stays one) so offsets into the text
    still hold; blanks in its place showed as gaps in the middle of the words."""
    def hide(match: re.Match) -> str:
        return "".join("\n" if ch == "\n" else HIDDEN for ch in match.group())

    return _CONTROL.sub(HIDDEN, _SEQUENCE.sub(hide, text))


def drop_hidden(text: str) -> str:
    """What of `clean_keep_offsets`'s text may be drawn: the `HIDDEN` placeholders left out."""
    return text.replace(HIDDEN, "")
