#!/usr/bin/env python3
"""Issue 14: keystroke-to-diagnostics latency of `deriv lsp`, driven over standard input/output as an editor does.

  python3 bench/lsp-latency.py [RUNS]        (default 5; prints the medians, in milliseconds)

Opens derivations/nernst.deriv in `./deriv lsp --no-cache` and waits for its first check. Then, RUNS times each:
  syntax error: a change that breaks one definition, timed from sending didChange to the error's arrival (then undone);
  one changed step: the last link of the last claim rewritten in an equivalent form not seen before (so neither the
  server's memory of unchanged steps nor a verdict cache can answer it), timed until the whole check of that version
  is published (its inlay hints then mark the goal): the kernel decides that link and the goal that rests on it;
  every other step is remembered.
"""
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILE = os.path.join(HERE, "derivations", "nernst.deriv")
LAST_LINK = "    = k_B*T/q*ln(n_1/n_2)  by algebra"
VARIANTS = ["T*k_B/q*ln(n_1/n_2)", "k_B*(T/q)*ln(n_1/n_2)", "k_B*T*ln(n_1/n_2)/q", "T/q*k_B*ln(n_1/n_2)",
            "k_B/q*T*ln(n_1/n_2)", "ln(n_1/n_2)*k_B*T/q", "ln(n_1/n_2)*T*k_B/q", "k_B*ln(n_1/n_2)*T/q"]


class Server:
    def __init__(self):
        self.p = subprocess.Popen([os.path.join(HERE, "deriv"), "lsp", "--no-cache"], cwd=HERE,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.next_id = 1

    def send(self, method, params, request=False):
        m = {"jsonrpc": "2.0", "method": method, "params": params}
        if request:
            m["id"] = self.next_id
            self.next_id += 1
        body = json.dumps(m).encode()
        self.p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.p.stdin.flush()

    def receive(self):
        header = b""
        while not header.endswith(b"\r\n\r\n"):
            c = self.p.stdout.read(1)
            if not c:
                raise SystemExit("the server closed its output")
            header += c
        length = int([h for h in header.decode().split("\r\n") if h.lower().startswith("content-length")][0]
                     .split(":")[1])
        return json.loads(self.p.stdout.read(length))

    def diagnostics(self, version):
        while True:
            m = self.receive()
            if m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("version") == version:
                return m["params"]["diagnostics"]

    def checked(self, uri, version):
        """The diagnostics of `version` once its check is complete: a long check also publishes the verdicts it has
        so far, so after each publication the inlay hints are asked; they mark the goal only after the whole check."""
        while True:
            ds = self.diagnostics(version)
            self.send("textDocument/inlayHint", {"textDocument": {"uri": uri}, "range": {
                "start": {"line": 0, "character": 0}, "end": {"line": 100000, "character": 0}}}, request=True)
            while True:
                m = self.receive()
                if "id" in m and "result" in m:
                    break
            if any("goal" in h["label"] for h in m["result"] or []):
                return ds


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    text = open(FILE, encoding="utf-8").read()
    assert LAST_LINK in text
    uri = "file://" + FILE
    s = Server()
    s.send("initialize", {"processId": os.getpid(), "rootUri": None, "capabilities": {}}, request=True)
    s.receive()
    s.send("initialized", {})
    started = time.perf_counter()
    s.send("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "deriv", "version": 1, "text": text}})
    first = s.checked(uri, 1)
    print(f"first check of nernst.deriv (server started, no verdict cache): "
          f"{(time.perf_counter() - started) * 1000:.0f} ms, {len(first)} diagnostics")
    version = 1
    syntax, step = [], []

    def change(new_text):
        nonlocal version
        version += 1
        s.send("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                          "contentChanges": [{"text": new_text}]})
        return version

    for k in range(runs):
        t = time.perf_counter()
        v = change(text.replace("def V_1 := V(x_1)", "def V_1 := V(x_1) +" + " " * k))
        errors = [d for d in s.diagnostics(v) if d["severity"] == 1]
        syntax.append((time.perf_counter() - t) * 1000)
        assert errors, "expected a syntax error"
        s.checked(uri, change(text))  # undone: every step remembered
        t = time.perf_counter()
        v = change(text.replace(LAST_LINK, "    = " + VARIANTS[k % len(VARIANTS)] + "  by algebra"))
        ds = s.checked(uri, v)
        step.append((time.perf_counter() - t) * 1000)
        assert not [d for d in ds if d["severity"] == 1], ds
    print("keystroke → syntax error (ms):        ", " ".join(f"{x:.0f}" for x in syntax),
          f"  median {statistics.median(syntax):.0f}")
    print("keystroke → one changed step (ms):    ", " ".join(f"{x:.0f}" for x in step),
          f"  median {statistics.median(step):.0f}")
    s.send("shutdown", None, request=True)
    s.send("exit", None)
    s.p.wait(30)


if __name__ == "__main__":
    main()
