"""The real `chainex serve` for Python tests: started on a free 127.0.0.1 port, asked over HTTP, stopped.

    with Served(chainex, dataset) as server:
        status, body = server.get("/api/stats")
"""
import json
import re
import subprocess
import urllib.error
import urllib.parse
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


def target_of(route, params):
    """The request target for an OpenAPI route and its parameters ({id} filled in, percent-encoded)."""
    query = dict(params)
    path = route
    if "{id}" in route:
        path = route.replace("{id}", urllib.parse.quote(str(query.pop("id")), safe=""))
    return path + ("?" + urllib.parse.urlencode(query) if query else "")


def report(asked, failed, asked_what, failed_what):
    """Prints the closing lines (the counts, then 'N passed, N failed') and gives the exit code."""
    print(f"{asked} {asked_what}, {failed} {failed_what}")
    print(f"{asked - failed} passed, {failed} failed")
    return 1 if failed or asked == 0 else 0


def decode(body, content_type):
    return json.loads(body) if "json" in content_type else body
