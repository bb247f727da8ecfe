#!/usr/bin/env python3
"""Run one newskg command in the warm JVM of org.newskg.eval.CommandServer (a development tool).

usage: newskg-client.py PORT ARGS...   (prints the command's output and exits with its code)
"""
import socket, sys

port, args = int(sys.argv[1]), sys.argv[2:]
with socket.create_connection(("127.0.0.1", port)) as s:
    s.sendall(b"".join(a.encode("utf-8") + b"\0" for a in args))
    s.shutdown(socket.SHUT_WR)
    data = b"".join(iter(lambda: s.recv(1 << 16), b""))
head, _, rest = data.partition(b"\n")
code, n = (int(x) for x in head.split())
sys.stdout.write(rest[:n].decode("utf-8"))
sys.stderr.write(rest[n:].decode("utf-8"))
sys.exit(code)
