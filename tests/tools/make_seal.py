#!/usr/bin/env python3
"""Writes a test seal (印章) PNG: a red ring with a five-pointed star in the middle, the rest
transparent. Made here so no test needs an image from outside the repository.

Usage: make_seal.py OUT.png [--size PX] [--wide] [--opaque] [--damaged]
  --size PX   pixels across (default 300)
  --wide      twice as wide as high (an oval seal), to check proportions are kept
  --opaque    RGB on white, no alpha channel (colour type 2 instead of 6)
  --damaged   the image data cut short: a PNG header and a broken IDAT
Needs python3 only (zlib, struct).
"""
import math
import struct
import sys
import zlib

RED = (230, 0, 0)


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def in_star(x, y, r):
    # A point is in the star when it lies inside the polygon of its ten vertices.
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rad = r if k % 2 == 0 else r * 0.382
        pts.append((rad * math.cos(a), rad * math.sin(a)))
    inside = False
    j = len(pts) - 1
    for i in range(len(pts)):
        (xi, yi), (xj, yj) = pts[i], pts[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def pixels(w, h, opaque):
    rows = []
    for py in range(h):
        row = bytearray([0])  # filter type None
        for px in range(w):
            # Coordinates in the unit circle (an ellipse when w != h).
            x = (px + 0.5 - w / 2) / (w / 2)
            y = (py + 0.5 - h / 2) / (h / 2)
            d = math.hypot(x, y)
            ink = 0.86 <= d <= 0.97 or in_star(x, y, 0.45)
            if opaque:
                row += bytes(RED) if ink else b"\xff\xff\xff"
            else:
                row += bytes(RED) + b"\xff" if ink else b"\x00\x00\x00\x00"
        rows.append(bytes(row))
    return b"".join(rows)


def main(argv):
    args = argv[1:]
    if not args:
        print(__doc__.strip().splitlines()[3])
        return 2
    out, size = args[0], 300
    wide, opaque, damaged = "--wide" in args, "--opaque" in args, "--damaged" in args
    if "--size" in args:
        size = int(args[args.index("--size") + 1])
    w, h = (2 * size, size) if wide else (size, size)
    colour_type = 2 if opaque else 6
    data = zlib.compress(pixels(w, h, opaque), 9)
    if damaged:
        data = data[: len(data) // 3]
    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, colour_type, 0, 0, 0))
    png += chunk(b"IDAT", data)
    png += chunk(b"IEND", b"")
    with open(out, "wb") as f:
        f.write(png)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
