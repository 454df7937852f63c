"""The real app in a pseudo-terminal, fed a hostile article: no control sequence from the text reaches the terminal."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import time

import pytest

HOSTILE = ("Storm \x1b]0;PWNED-TITLE\x07report from Port Vale.\n\n"
           "The [bold]mayor[/bold] said [$accent] nothing \x1b[2J\x1b[3J\x1b]52;c;SGVsbG8gY2xpcGJvYXJk\x07 and "
           "\x1b]0;PWNED\x07 then \u009b6n \x1bP+q544e\x1b\\ more text. Officials said the storm hit on Tuesday.\n")
OTHER = "The storm hit Port Vale on Tuesday, officials said.\n"
FORBIDDEN = (b"PWNED", b"\x1b]52", b"SGVsbG8gY2xpcGJvYXJk", b"\xc2\x9b", b"\x1bP+q", b"544e")


def read_for(fd: int, seconds: float) -> bytes:
    out, deadline = b"", time.monotonic() + seconds
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
    return out


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_hostile_article_in_a_real_terminal(tmp_path, isolated):
    hostile, other = tmp_path / "hostile.txt", tmp_path / "other.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    other.write_text(OTHER, encoding="utf-8")
    env = {**os.environ, "TERM": "xterm-256color", "COLORTERM": "truecolor"}
    env.pop("TEXTUAL", None)
    main, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 140, 0, 0))
    proc = subprocess.Popen([sys.executable, "-m", "newsview", str(hostile), str(other)], stdin=child, stdout=child,
                            stderr=child, env=env, cwd=tmp_path, start_new_session=True, close_fds=True)
    os.close(child)
    try:
        output = read_for(main, 6.0)
        os.write(main, b"q")
        output += read_for(main, 1.0)
        os.write(main, b"q")
        output += read_for(main, 3.0)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(main)
    assert b"Port Vale" in output, output[-2000:]
    assert b"[bold]mayor[/bold]" in output and b"[$accent]" in output  # markup shown, not applied
    for sequence in FORBIDDEN:
        assert sequence not in output, sequence
    assert b"\x1b[2J" not in output and b"\x1b[3J" not in output  # Textual itself never clears this way
    assert proc.returncode == 0
