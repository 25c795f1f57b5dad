#!/usr/bin/env python3
"""Writes a Beraad journal: the opening line of an existing session, then N participants joining.

Usage: journal-with-participants.py OPENING_JOURNAL OUTPUT N

Each line is framed as Beraad frames it: {"crc":"<CRC-32C of rec, 8 hex>","rec":{...}}.
"""
import json
import sys

POLY = 0x82F63B78
TABLE = []
for i in range(256):
    c = i
    for _ in range(8):
        c = (c >> 1) ^ POLY if c & 1 else c >> 1
    TABLE.append(c)


def crc32c(data):
    c = 0xFFFFFFFF
    for byte in data:
        c = TABLE[(c ^ byte) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def main():
    source, output, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(source, "rb") as f:
        opening = f.readline()
    with open(output, "wb") as out:
        out.write(opening)
        for i in range(count):
            rec = json.dumps(
                {"at": "2099-01-01T00:00:00Z", "data": {"name": "P%d" % i, "role": "deelnemer"},
                 "seq": i + 2, "type": "participantJoined", "v": 1},
                separators=(",", ":"), sort_keys=True).encode()
            out.write(b'{"crc":"%08x","rec":' % crc32c(rec) + rec + b"}\n")


if __name__ == "__main__":
    main()
