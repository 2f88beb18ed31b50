"""A scripted HTTP/1.1 server on 127.0.0.1 for tests that need a real socket."""

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to hold the answer back, to provoke a read timeout


@dataclass(frozen=True)
class SeenRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class ScriptedServer:
    """Answers requests in script order, repeating the last answer once the script runs out."""

    def __init__(self, answers: list[Answer]) -> None:
        self.answers = answers
        self.seen: list[SeenRequest] = []
        self._lock = threading.Lock()
        self._release = threading.Event()  # set at shutdown so delayed answers stop waiting
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def _next_answer(self, seen: SeenRequest) -> Answer:
        with self._lock:
            index = min(len(self.seen), len(self.answers) - 1)
            self.seen.append(seen)
            return self.answers[index]

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                seen = SeenRequest(self.command, self.path, dict(self.headers.items()), self.rfile.read(length))
                answer = server._next_answer(seen)
                if answer.delay and server._release.wait(answer.delay):
                    return
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)

            def log_message(self, format: str, *args: object) -> None:
                pass  # keep test output clean

        return Handler

    @contextmanager
    def running(self) -> Iterator["ScriptedServer"]:
        thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._release.set()
            self._httpd.shutdown()
            self._httpd.server_close()
            thread.join()
