"""The real `chainex serve` for Python tests: started on a free 127.0.0.1 port, asked over HTTP, stopped.

    with Served(chainex, dataset) as server:
        status, body = server.get("/api/stats")
"""
import json
import re
import subprocess
import urllib.error
import urllib.request


class Served:
    def __init__(self, chainex, data, *extra):
        self.args = [chainex, "serve", data, "--host", "127.0.0.1", "--port", "0", "--access-log", "off", *extra]

    def __enter__(self):
        self.process = subprocess.Popen(self.args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for line in self.process.stdout:
            found = re.search(r"open (http://127\.0\.0\.1:\d+)/", line)
            if found:
                self.base = found.group(1)
                return self
        raise RuntimeError("chainex serve did not start: " + self.process.stderr.read())

    def __exit__(self, *_):
        self.process.terminate()
        self.process.wait(timeout=30)

    def get(self, target, timeout=300):
        """The status and the body (parsed when JSON) of GET target."""
        try:
            with urllib.request.urlopen(self.base + target, timeout=timeout) as answer:
                return answer.status, decode(answer.read(), answer.headers.get("Content-Type", ""))
        except urllib.error.HTTPError as error:
            return error.code, decode(error.read(), error.headers.get("Content-Type", ""))


def decode(body, content_type):
    return json.loads(body) if "json" in content_type else body
