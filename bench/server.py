"""A minimal keep-alive HTTP/1.1 server for the benchmark, run in its own process.

It answers every request at once with a recorded answer, chosen by the first path segment
(/ok, /scope, /trash), so the client's cost is not hidden behind a slow server.
Prints its port on stdout, then serves until killed.
"""

import asyncio
import sys

from tests.variants import BY_NAME
from tests.vcr_config import recorded

ROUTES = {"ok": "200-pending-by-id", "scope": "403-scope_not_granted", "trash": "406-object_in_trash"}
REASONS = {200: "OK", 403: "Forbidden", 406: "Not Acceptable"}


def canned(name: str) -> bytes:
    answer = recorded(BY_NAME[name])
    lines = [f"HTTP/1.1 {answer.status} {REASONS[answer.status]}"]
    lines += [f"{header}: {values[0]}" for header, values in answer.response_headers.items()]
    lines += [f"Content-Length: {len(answer.body)}", "", ""]
    return "\r\n".join(lines).encode("latin-1") + answer.body


ANSWERS = {route.encode(): canned(name) for route, name in ROUTES.items()}


class Exchange(asyncio.Protocol):
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head = self.buffer[:end]
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            route = head.split(b" ", 2)[1].split(b"/", 2)[1]
            self.transport.write(ANSWERS[route])


async def main() -> None:
    server = await asyncio.get_running_loop().create_server(Exchange, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
