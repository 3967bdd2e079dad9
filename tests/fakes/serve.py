"""Run the loopback MiniMax server by hand, for demos and screenshots (never a real key)."""

from __future__ import annotations

import argparse
import time
from dataclasses import replace

from tests.fakes import wire
from tests.fakes.minimax_server import FakeMiniMax, Reply

DEMO_REASONING = (
    "The user wants to know why the sum of two odd numbers is always even. An odd number "
    "can be written as 2k + 1. Adding two of them gives 2a + 1 + 2b + 1 = 2(a + b + 1), "
    "which is a multiple of 2. I should show the algebra, then a tiny Python check, and "
    "keep it short with a table of small examples."
)
DEMO_ANSWER = """**Short answer:** every odd number is one more than an even number, so two
odd numbers together carry two extra ones, and 1 + 1 = 2 keeps the total even.

### Proof

Write the two odd numbers as $2a + 1$ and $2b + 1$:

```python
def is_even(n: int) -> bool:
    return n % 2 == 0

# (2a + 1) + (2b + 1) = 2(a + b + 1)
assert all(is_even(x + y) for x in range(1, 99, 2) for y in range(1, 99, 2))
```

| a | b | sum | even? |
|---|---|-----|-------|
| 3 | 5 | 8   | yes   |
| 7 | 9 | 16  | yes   |

So the sum is always **2 × an integer**, which is the definition of even. ∎
"""


def answered_by(reply: Reply, model: object) -> Reply:
    """``reply`` with every chunk naming ``model``, as MiniMax names the model asked for
    (so a chat switched to MiniMax-M3 shows M3 under its answers)."""
    if not isinstance(model, str):
        return reply
    events = [
        {**event, "model": model} if isinstance(event, dict) else event for event in reply.events
    ]
    return replace(reply, events=events)


def demo_reply(body: dict[str, object], delay: float) -> Reply:
    """The demo answer to ``body``: thinking first, unless the request turned thinking off
    (MiniMax-M3 then answers without any), so a chat switched to "Off" looks as it would."""
    thinking = body.get("thinking")
    thinks = not (isinstance(thinking, dict) and thinking.get("type") == "disabled")
    events = wire.split_stream(DEMO_REASONING if thinks else "", DEMO_ANSWER, size=6)
    if not thinks:
        events[-1] = wire.usage_chunk(completion=79, reasoning=0)
    return answered_by(Reply(events=events, delay=delay), body.get("model"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--delay", type=float, default=0.03, help="seconds between chunks")
    args = parser.parse_args()
    fake = FakeMiniMax()
    fake.models = ["MiniMax-M2.7", "MiniMax-M3"]
    fake.responder = lambda body: demo_reply(body, args.delay)
    fake.start()
    print(fake.base_url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        fake.stop()


if __name__ == "__main__":
    main()
