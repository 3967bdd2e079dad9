"""Fixed conversations for export tests: a rich sample and one full of hostile markup."""

from __future__ import annotations

from gui.core.conversation import Conversation, ErrorInfo, Message, MessageStatus, Role, Usage

LONG_CODE = "\n".join(
    f"    total += values[{i}] * weights[{i}]  # step {i:03d}: accumulate the weighted sum"
    for i in range(60)
)

LIST_ITEMS = (
    "1. First item with a fairly long sentence that needs wrapping when the text export "
    "is produced at eighty columns.\n"
    "2. 第二项：这是一个很长的中文句子，"
    "用来测试纯文本导出时的自动换行是否按照显示宽度正确处理。"
)

SHORT = "**Short answer:** the sum of two odd numbers is always even. 两个奇数之和总是偶数 ✅"

SAMPLE_ANSWER = f"""{SHORT}

### Proof

Write them as $2a + 1$ and $2b + 1$; the sum is `2(a + b + 1)`.

```python
def weighted_sum(values: list[float], weights: list[float]) -> float:
    total = 0.0
{LONG_CODE}
    return total
```

| a | b | sum | even? | 说明 |
|---|---|-----|-------|------|
| 3 | 5 | 8   | yes   | 偶数 |
| 7 | 9 | 16  | yes   | 偶数 🎉 |

{LIST_ITEMS}

> A quote with an emoji 🚀 and a [safe link](https://example.com/docs?a=1&b=2).
"""

SAMPLE_REASONING = (
    "The user asks about parity. Odd numbers are 2k + 1.\n\n"
    "思考：两个奇数相加 = 2(a+b+1)，所以是偶数。\n\n"
    "I will show a table and a code sample. 🤔"
)


def sample_conversation() -> Conversation:
    """Every kind of content and status an export must render, with fixed ids and times."""
    return Conversation(
        id="sample-conversation-0001",
        title="Odd + odd: proof 证明 🧮",
        created_at="2026-01-02T03:04:05.000Z",
        updated_at="2026-01-02T03:10:00.000Z",
        system_prompt="You are a careful maths tutor.\nAnswer in English unless asked otherwise.",
        extra={"pinned": True, "tags": ["math", "数学"]},
        messages=[
            Message(
                role=Role.USER,
                content="Why is odd + odd even? 为什么？ Show *code* and a table.",
                id="m-user-1",
                created_at="2026-01-02T03:04:05.000Z",
            ),
            Message(
                role=Role.ASSISTANT,
                content=SAMPLE_ANSWER,
                id="m-assistant-1",
                reasoning=SAMPLE_REASONING,
                created_at="2026-01-02T03:04:06.000Z",
                completed_at="2026-01-02T03:04:20.000Z",
                model="MiniMax-M2.7",
                usage=Usage(769, 1160, 1929, reasoning_tokens=370, cached_tokens=443),
                finish_reason="stop",
                raw_content=f"<think>\n{SAMPLE_REASONING}\n</think>\n\n{SAMPLE_ANSWER}",
                reasoning_details=[{"type": "reasoning.text", "id": "r1", "text": "x"}],
                reasoning_split=True,
                thinking_seconds=12.4,
            ),
            Message(
                role=Role.USER,
                content="Now write a long essay.",
                id="m-user-2",
                created_at="2026-01-02T03:05:00.000Z",
            ),
            Message(
                role=Role.ASSISTANT,
                content="Here is the start of the essay:\n\n```text\nChapter 1",
                id="m-assistant-2",
                reasoning="",
                status=MessageStatus.STOPPED,
                created_at="2026-01-02T03:05:01.000Z",
                model="MiniMax-M2.7",
            ),
            Message(
                role=Role.USER,
                content="Try again",
                id="m-user-3",
                created_at="2026-01-02T03:06:00.000Z",
            ),
            Message(
                role=Role.ASSISTANT,
                content="",
                id="m-assistant-3",
                reasoning="Only thinking, no answer text.",
                status=MessageStatus.INTERRUPTED,
                created_at="2026-01-02T03:06:01.000Z",
                model="MiniMax-M2.7",
                error=ErrorInfo(kind="network", message="The connection was lost.", retryable=True),
            ),
            Message(
                role=Role.USER,
                content="Hello?",
                id="m-user-4",
                created_at="2026-01-02T03:09:00.000Z",
            ),
            Message(
                role=Role.ASSISTANT,
                content="",
                id="m-assistant-4",
                status=MessageStatus.ERROR,
                created_at="2026-01-02T03:09:01.000Z",
                model="MiniMax-M2.7",
                error=ErrorInfo(
                    kind="auth",
                    message="The API key was rejected. Keys only work in their own region.",
                    code=1004,
                    http_status=401,
                ),
            ),
        ],
    )


def hostile_conversation(origin: str = "http://127.0.0.1:9") -> Conversation:
    """Model output that tries to run scripts, fetch resources and smuggle links.

    ``origin`` is where every beacon points (a loopback server that logs requests).
    """
    # Markers are built by concatenation: "EXECUTED" appears only if a script really ran.
    run = "'EXEC'+'UTED'"
    script = f"<script>document.title={run};fetch('{origin}/pwned')</script>"
    answer = f"""Hostile answer 攻击 😈

{script}

<img src="{origin}/img.png" onerror="document.body.append({run})">

<iframe src="{origin}/frame"></iframe>

<details open ontoggle="document.body.append({run})">toggle</details>
<input autofocus onfocus="document.body.append({run})">
<a href="javascript:document.body.append({run})">raw link</a>

<svg onload="document.title={run}"><use href="{origin}/svg#x"/></svg>

<link rel="stylesheet" href="{origin}/style.css">
<style>@import url("{origin}/import.css"); body {{ background: url("{origin}/bg.png") }}</style>
<meta http-equiv="refresh" content="0;url={origin}/refresh">
<base href="{origin}/base/">
<object data="{origin}/object"></object>
<form action="{origin}/form"><button>go</button></form>

[click me](javascript:document.title={run}) [data link](data:text/html,<script>alert(1)</script>)
[vb](vbscript:msgbox) [relative](/relative-path) <javascript:alert(1)>
[spaced](  JaVaScRiPt:alert(1)  ) [entity](&#106;avascript:alert(1))

![remote image]({origin}/markdown-image.png) ![relative image](/rel.png)

| cell <b onmouseover="x()">bold</b> | <script>alert(2)</script> |
|---|---|
| `<script>alert(3)</script>` | [ok](https://example.com/"onmouseover="alert(4)) |

```html"><script>alert(5)</script>
<script>alert('inside code')</script>
<a href="javascript:alert(6)">x</a>
```
"""
    return Conversation(
        id="hostile-conversation-0001",
        title=f"Hostile <b>title</b> {script}",
        created_at="2026-02-03T04:05:06.000Z",
        updated_at="2026-02-03T04:06:00.000Z",
        system_prompt=f"System </style><script>alert('system')</script>{script}",
        messages=[
            Message(
                role=Role.USER,
                content=f"User <img src='{origin}/user.png'> {script} [x](javascript:alert(7))",
                id="h-user-1",
                created_at="2026-02-03T04:05:06.000Z",
            ),
            Message(
                role=Role.ASSISTANT,
                content=answer,
                id="h-assistant-1",
                reasoning=f"Reasoning </details></summary>{script}<img src={origin}/r.png>",
                created_at="2026-02-03T04:05:07.000Z",
                model="MiniMax-M2.7<script>alert('model')</script>",
                usage=Usage(10, 20, 30),
                thinking_seconds=1.0,
            ),
            Message(
                role=Role.ASSISTANT,
                content="",
                id="h-assistant-2",
                status=MessageStatus.ERROR,
                created_at="2026-02-03T04:05:08.000Z",
                error=ErrorInfo(kind="server", message=f"Server said {script}", code=1000),
            ),
        ],
    )
