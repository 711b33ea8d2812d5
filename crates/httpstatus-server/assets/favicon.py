#!/usr/bin/env python3
"""Draws favicon.ico (32x32, one PNG image in an ICO container): a dark rounded square
with three bars in the class colours of 2xx, 4xx and 5xx (crates/httpstatus/src/palette.rs).

    python3 crates/httpstatus-server/assets/favicon.py   # rewrites favicon.ico beside it

Standard library only; the output is byte-for-byte reproducible.
"""
import os
import struct
import zlib

SIZE = 32
BACKGROUND = (0x1B, 0x1D, 0x21)
BARS = [  # (colour, top row, width in pixels)
    ((0x1F, 0x8A, 0x3B), 7, 20),  # 2xx
    ((0xB7, 0x79, 0x1F), 14, 14),  # 4xx
    ((0xD0, 0x30, 0x30), 21, 9),  # 5xx
]


def inside_rounded_square(x, y, radius=7):
    """Coverage (0..1) of pixel (x, y) by a SIZE x SIZE square with rounded corners,
    sampled 4x4 for smooth edges."""
    hits = 0
    for sy in range(4):
        for sx in range(4):
            px, py = x + (sx + 0.5) / 4, y + (sy + 0.5) / 4
            cx = min(max(px, radius), SIZE - radius)
            cy = min(max(py, radius), SIZE - radius)
            if (px - cx) ** 2 + (py - cy) ** 2 <= radius**2:
                hits += 1
    return hits / 16


def pixel(x, y):
    alpha = inside_rounded_square(x, y)
    colour = BACKGROUND
    for bar, top, width in BARS:
        if top <= y < top + 4 and 6 <= x < 6 + width:
            colour = bar
    return (*colour, round(alpha * 255))


def png():
    rows = b"".join(
        b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(SIZE)) for y in range(SIZE)
    )

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def ico(image):
    # ICONDIR (reserved, type 1 = icon, one image), then its ICONDIRENTRY.
    directory = struct.pack("<HHH", 0, 1, 1)
    entry = struct.pack("<BBBBHHII", SIZE, SIZE, 0, 0, 1, 32, len(image), 6 + 16)
    return directory + entry + image


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "favicon.ico")
    with open(out, "wb") as f:
        f.write(ico(png()))
    print(f"{out}: {os.path.getsize(out)} bytes")
