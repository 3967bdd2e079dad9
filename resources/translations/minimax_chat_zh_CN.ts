<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/ui/app.py" line="155"/>
        <source>The API key cannot be saved: {problem}. It will be kept for this session only (never written to a file).</source>
        <translation>无法保存 API 密钥：{problem}。密钥仅在本次会话中保留（绝不会写入文件）。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/app.py" line="360"/>
        <source>MiniMax Chat needs a desktop to open its window, and there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from your desktop session; the command line&apos;s export and import work anywhere.</source>
        <translation>MiniMax Chat 需要桌面环境来打开窗口，但这里没有显示器（DISPLAY 和 WAYLAND_DISPLAY 都未设置）。请在桌面会话中启动它；命令行的导出和导入在任何地方都能使用。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/single_instance.py" line="154"/>
        <source>MiniMax Chat is already running</source>
        <translation>MiniMax Chat 已在运行</translation>
    </message>
    <message>
        <location filename="../../gui/ui/single_instance.py" line="144"/>
        <source>MiniMax Chat is already open with this data folder: switched to its window.</source>
        <translation>MiniMax Chat 已在使用此数据文件夹运行：已切换到它的窗口。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/single_instance.py" line="164"/>
        <source>MiniMax Chat is already running with this data folder:
{folder}

but it does not answer. Wait a moment and try again, or end it (for example in the system monitor) and start again. Nothing was changed.</source>
        <translation>MiniMax Chat 已在使用此数据文件夹运行：
{folder}

但它没有响应。请稍后再试，或结束它（例如在系统监视器中）后重新启动。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/single_instance.py" line="178"/>
        <source>MiniMax Chat is already running with this data folder:
{folder}

but it could not take over this request (it may be an older version). Switch to its window, or close it and start again. Nothing was changed.</source>
        <translation>MiniMax Chat 已在使用此数据文件夹运行：
{folder}

但它无法接管此请求（可能是较旧的版本）。请切换到它的窗口，或关闭它后重新启动。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/single_instance.py" line="171"/>
        <source>MiniMax Chat is already running with this data folder:
{folder}

but the message is too long to hand over to it (at most {limit} MB). Paste it into its window instead. Nothing was changed.</source>
        <translation>MiniMax Chat 已在使用此数据文件夹运行：
{folder}

但这条消息太长，无法转交给它（最多 {limit} MB）。请改为将它粘贴到它的窗口中。没有做任何更改。</translation>
    </message>
</context>
<context>
    <name>ApprovalCard</name>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="197"/>
        <source>Allow all once</source>
        <translation>全部允许一次</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="126"/>
        <source>Allow once</source>
        <translation>允许一次</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="156"/>
        <source>Allowed once</source>
        <translation>已允许一次</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="127"/>
        <source>Always allow this tool</source>
        <translation>始终允许此工具</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="157"/>
        <source>Always allowed</source>
        <translation>已设为始终允许</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="122"/>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="158"/>
        <source>Denied</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="128"/>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="198"/>
        <source>Deny all</source>
        <translation>全部拒绝</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="206"/>
        <source>Enter allows once · Esc denies</source>
        <translation>Enter 允许一次 · Esc 拒绝</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="191"/>
        <source>MiniMax wants to use a tool</source>
        <translation>MiniMax 想要使用一个工具</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="193"/>
        <source>MiniMax wants to use {count} tools</source>
        <translation>MiniMax 想要使用 {count} 个工具</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="184"/>
        <source>Tool approval</source>
        <translation>工具调用确认</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="114"/>
        <source>destructive</source>
        <translation>破坏性</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="112"/>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="104"/>
        <source>{tool} from {server}</source>
        <translation>{tool}（来自 {server}）</translation>
    </message>
</context>
<context>
    <name>AttachActions</name>
    <message>
        <location filename="../../gui/ui/attach_actions.py" line="209"/>
        <source>{name} is already attached.</source>
        <translation>{name} 已经添加过了。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/attach_actions.py" line="127"/>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../gui/ui/attach_actions.py" line="129"/>
        <source>Images, PDFs and text (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md *.py *.json *.csv);;All files (*)</source>
        <translation>图片、PDF 和文本 (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md *.py *.json *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/attach_actions.py" line="259"/>
        <source>{name} could not be opened: {error}</source>
        <translation>无法打开 {name}：{error}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/attach_actions.py" line="280"/>
        <source>At most {limit} images can be sent in one message; remove {extra}.</source>
        <translation>一条消息最多可发送 {limit} 张图片；请移除 {extra} 张。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/attach_actions.py" line="300"/>
        <source>This model does not take images</source>
        <translation>此模型不接受图片</translation>
    </message>
    <message>
        <location filename="../../gui/ui/attach_actions.py" line="302"/>
        <source>{model} cannot see images, so nothing was sent. Switch this chat to {other}, which does, and send?</source>
        <translation>{model} 无法识别图片，因此没有发送任何内容。要将此对话切换到支持图片的 {other} 并发送吗？</translation>
    </message>
    <message>
        <location filename="../../gui/ui/attach_actions.py" line="309"/>
        <source>Other chats keep their model. Or remove the images from the message and send the rest to {model}.</source>
        <translation>其他对话保留各自的模型。或者从消息中移除图片，把其余内容发送给 {model}。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/attach_actions.py" line="317"/>
        <source>Switch this chat to {other} and send</source>
        <translation>将此对话切换到 {other} 并发送</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../../gui/ui/widgets/attachment_strip.py" line="19"/>
        <source>{name} ({width} × {height})</source>
        <translation>{name}（{width} × {height}）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/attachment_strip.py" line="24"/>
        <source>{name} (cut: {chars} characters)</source>
        <translation>{name}（已截断：共 {chars} 个字符）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/attachment_strip.py" line="27"/>
        <source>{name} ({chars} characters)</source>
        <translation>{name}（{chars} 个字符）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/attachment_strip.py" line="55"/>
        <source>Attachment {name}</source>
        <translation>附件 {name}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/attachment_strip.py" line="73"/>
        <source>Remove {name}</source>
        <translation>移除 {name}</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../gui/ui/widgets/attachment_viewer.py" line="35"/>
        <source>Image {name}</source>
        <translation>图片 {name}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/attachment_viewer.py" line="51"/>
        <source>Text of {name}</source>
        <translation>{name} 的文本</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../gui/ui/controller.py" line="582"/>
        <source>The answer stopped after {limit} tool rounds (the limit in Settings). Send a message to let it go on.</source>
        <translation>回答在 {limit} 轮工具调用后停止（设置中的上限）。发送一条消息即可让它继续。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/tool_rounds.py" line="119"/>
        <source>The tool &quot;{tool}&quot; is allowed for now, but this could not be saved in mcp.json: {reason}</source>
        <translation>工具“{tool}”本次已允许，但无法保存到 mcp.json：{reason}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/tool_rounds.py" line="57"/>
        <source>Tools are unavailable: {error}</source>
        <translation>工具不可用：{error}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/controller.py" line="163"/>
        <source>Some conversation files could not be opened. Nothing was deleted; every other conversation loaded.</source>
        <translation>部分对话文件无法打开。没有删除任何内容，其余对话均已加载。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/controller.py" line="196"/>
        <source>That conversation could not be opened: its file is missing or damaged (a damaged file is kept aside, never deleted).</source>
        <translation>无法打开该对话：文件丢失或已损坏（损坏的文件会被移到一旁保留，绝不会删除）。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/controller.py" line="693"/>
        <source>MiniMax is busy; trying again in {seconds} s…</source>
        <translation>MiniMax 繁忙，将在 {seconds} 秒后重试…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/controller.py" line="341"/>
        <source>{model} cannot see images: this chat&apos;s earlier images now go as their names only. Pick {other} for this chat to send them again.</source>
        <translation>{model} 无法识别图片：此对话中先前的图片现在只以文件名发送。为此对话选择 {other} 即可重新发送这些图片。</translation>
    </message>
</context>
<context>
    <name>ChatControls</name>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="26"/>
        <source>Adaptive</source>
        <translation>自适应</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="27"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="100"/>
        <source>Thinking:</source>
        <translation>思考：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="105"/>
        <source>Thinking for this chat</source>
        <translation>本对话的思考方式</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="110"/>
        <source>always on</source>
        <translation>始终开启</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="124"/>
        <source>Context used</source>
        <translation>已用上下文</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="147"/>
        <source>New chat</source>
        <translation>新对话</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="225"/>
        <source>{model} always thinks before it answers; it cannot be switched off.</source>
        <translation>{model} 总是先思考再回答，无法关闭思考。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="235"/>
        <source>Default ({choice})</source>
        <translation>默认（{choice}）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="248"/>
        <source>Adaptive: {model} thinks as much as the question needs. Off: it answers straight away (faster, fewer tokens). Applies to this chat&apos;s next answers.</source>
        <translation>自适应：{model} 按问题需要决定思考多少。关闭：直接回答（更快，用的 token 更少）。对本对话之后的回答生效。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="275"/>
        <source>{used} of {window} context ({percent} %)</source>
        <translation>上下文 {used} / {window}（{percent} %）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="280"/>
        <source>Counted by MiniMax for the last answer, plus an estimate for what came after.</source>
        <translation>以 MiniMax 对上一条回答的计数为准，之后的内容为估算。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="289"/>
        <source>An estimate: MiniMax has not counted this chat yet.</source>
        <translation>估算值：MiniMax 尚未统计本对话。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="298"/>
        <source>This chat&apos;s history would use about {used} of {model}&apos;s {window} tokens.</source>
        <translation>本对话的历史约占 {model} 的 {window} 个 token 中的 {used} 个。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="89"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="94"/>
        <source>Model for this chat</source>
        <translation>此对话的模型</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="176"/>
        <source>Default ({model})</source>
        <translation>默认（{model}）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="189"/>
        <source>The model that answers this chat&apos;s next messages. Default follows Settings → Model (now {default}); other chats keep their own. Earlier answers keep the model that wrote them.</source>
        <translation>回答此对话后续消息的模型。“默认”跟随“设置 → 模型”（当前为 {default}）；其他对话保留各自的模型。已有的回答保留写下它们的模型。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="154"/>
        <source>Keep the earlier messages in this chat, but stop sending them to MiniMax.</source>
        <translation>较早的消息仍保留在本对话中，但不再发送给 MiniMax。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="152"/>
        <source>Leave out earlier turns…</source>
        <translation>略去较早的轮次…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="314"/>
        <source>This message is too large for {model}&apos;s context window on its own (about {draft} of {window} tokens): MiniMax will refuse it. Before sending, remove attachments or shorten the text.</source>
        <translation>这条消息本身就超出了 {model} 的上下文窗口（约 {draft} / {window} token）：MiniMax 会拒绝它。发送前请移除附件或缩短文字。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="321"/>
        <source>This chat no longer fits {model}&apos;s context window: MiniMax will refuse the next message. Leave out earlier turns (they stay in this chat, but are no longer sent), or start a new chat and bring over what still matters.</source>
        <translation>本对话已超出 {model} 的上下文窗口：MiniMax 会拒绝下一条消息。请略去较早的轮次（它们仍保留在本对话中，只是不再发送），或新建对话，并带上仍然需要的内容。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="328"/>
        <source>This chat uses {percent} % of {model}&apos;s context window. When it is full, MiniMax refuses new messages: start a new chat for a new topic, or leave out earlier turns that no longer matter.</source>
        <translation>本对话已使用 {model} 上下文窗口的 {percent} %。窗口满后 MiniMax 会拒绝新消息：换新话题时请新建对话，或略去不再需要的较早轮次。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="285"/>
        <source>An estimate: MiniMax has not counted what is sent now.</source>
        <translation>估算值：MiniMax 尚未统计现在发送的内容。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="291"/>
        <source>Earlier turns left out: {count}. They stay in this chat but are not sent, and do not count here.</source>
        <translation>已略去较早的轮次：{count} 轮。它们仍保留在本对话中，但不会发送，也不计入这里。</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../gui/ui/widgets/chat_view.py" line="152"/>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_view.py" line="182"/>
        <source>Show earlier messages</source>
        <translation>显示更早的消息</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_view.py" line="363"/>
        <source>Show {count} earlier messages</source>
        <translation>显示更早的 {count} 条消息</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/context_divider.py" line="41"/>
        <source>Earlier messages are not sent to the model</source>
        <translation>较早的消息不会发送给模型</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/start_menu.py" line="43"/>
        <source>Messages before this one stay in the chat but are no longer sent to MiniMax.</source>
        <translation>这条消息之前的消息仍保留在对话中，但不再发送给 MiniMax。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/context_divider.py" line="55"/>
        <location filename="../../gui/ui/widgets/start_menu.py" line="35"/>
        <source>Send the whole chat again</source>
        <translation>重新发送完整对话</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/start_menu.py" line="38"/>
        <source>Start context here</source>
        <translation>从这里开始上下文</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/context_divider.py" line="45"/>
        <source>The messages above stay in this chat: saved, searchable and exported. MiniMax no longer sees them, so they no longer fill its context window.</source>
        <translation>上方的消息仍保留在本对话中：已保存，可搜索，也会导出。MiniMax 不再看到它们，因此它们不再占用上下文窗口。</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../gui/ui/widgets/composer.py" line="39"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/composer.py" line="41"/>
        <source>Message MiniMax…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>给 MiniMax 发送消息…（Enter 发送，Shift+Enter 换行）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/composer.py" line="118"/>
        <source>Editing your last message: sending replaces it and its answer.</source>
        <translation>正在编辑你的上一条消息：发送后将替换这条消息及其回答。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/composer.py" line="123"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/composer.py" line="148"/>
        <location filename="../../gui/ui/widgets/composer.py" line="150"/>
        <location filename="../../gui/ui/widgets/composer.py" line="166"/>
        <location filename="../../gui/ui/widgets/composer.py" line="169"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/composer.py" line="166"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/composer.py" line="169"/>
        <source>Stop the answer</source>
        <translation>停止回答</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/composer.py" line="137"/>
        <source>Attach images, PDFs or text files (or paste or drop them)</source>
        <translation>添加图片、PDF 或文本文件（也可以粘贴或拖放）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/composer.py" line="135"/>
        <location filename="../../gui/ui/widgets/composer.py" line="139"/>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
</context>
<context>
    <name>ContextTrim</name>
    <message>
        <location filename="../../gui/ui/context_trim.py" line="74"/>
        <source>Earlier messages are no longer sent to the model.</source>
        <translation>较早的消息不再发送给模型。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="123"/>
        <source>Leave out</source>
        <translation>略去</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="165"/>
        <source>Leave out earlier turns</source>
        <translation>略去较早的轮次</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="99"/>
        <source>Leave out the first turn of this chat?</source>
        <translation>略去本对话的第一轮？</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="101"/>
        <source>Leave out the first {count} turns of this chat?</source>
        <translation>略去本对话的前 {count} 轮？</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="139"/>
        <source>Leaving out earlier turns cannot make this chat fit</source>
        <translation>略去较早的轮次也无法让本对话放得下</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="148"/>
        <source>Only the last turn of this chat is sent already. To go on, start a new chat and bring over what still matters.</source>
        <translation>本对话已经只发送最后一轮。要继续，请新建对话，并带上仍然需要的内容。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="140"/>
        <source>The last turn of this chat alone (with what you are writing now) needs about {used} tokens, and {model}&apos;s context window holds {window}. Start a new chat, with a shorter message or fewer or smaller attachments.</source>
        <translation>仅本对话的最后一轮（连同你正在输入的内容）就需要约 {used} 个 token，而 {model} 的上下文窗口只能容纳 {window} 个。请新建对话，使用更短的消息，或更少、更小的附件。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/context_trim.py" line="72"/>
        <source>The whole chat is sent again.</source>
        <translation>将重新发送完整对话。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="147"/>
        <source>There are no earlier turns to leave out</source>
        <translation>没有可以略去的较早轮次</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="105"/>
        <source>They stay in this chat, saved, searchable and exported, but MiniMax no longer sees them: from now on it answers knowing only the last {kept} of {total} turns. The chat then uses about {percent} % of {model}&apos;s context window ({used} of {window} tokens). “Send the whole chat again” above the first message sent undoes this.</source>
        <translation>它们仍保留在本对话中，已保存、可搜索，也会导出，但 MiniMax 不再看到它们：从现在起，它回答时只知道 {total} 轮中的最后 {kept} 轮。之后本对话约占 {model} 上下文窗口的 {percent} %（{window} 个 token 中的 {used} 个）。点击第一条发送的消息上方的“重新发送完整对话”即可撤销。</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../gui/ui/context.py" line="78"/>
        <source>Something unexpected went wrong ({error}). Your conversations are safe. The details are in the log (Help → Show log folder).</source>
        <translation>发生了意外错误（{error}）。你的对话安然无恙。详细信息已记录在日志中（帮助 → 显示日志文件夹）。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../gui/core/export/options.py" line="34"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../gui/core/export/options.py" line="35"/>
        <source>Web page (HTML)</source>
        <translation>网页 (HTML)</translation>
    </message>
    <message>
        <location filename="../../gui/core/export/options.py" line="36"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../gui/core/export/options.py" line="37"/>
        <source>JSON (re-importable)</source>
        <translation>JSON（可重新导入）</translation>
    </message>
    <message>
        <location filename="../../gui/core/export/options.py" line="38"/>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="27"/>
        <source>Markdown (.md): readable anywhere; code and tables kept exactly</source>
        <translation>Markdown (.md)：随处可读，代码和表格原样保留</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="30"/>
        <source>Web page (.html): one file, opens in any browser, no scripts</source>
        <translation>网页 (.html)：单个文件，任何浏览器均可打开，不含脚本</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="33"/>
        <source>PDF (.pdf): for printing and archiving</source>
        <translation>PDF (.pdf)：适合打印和存档</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="34"/>
        <source>JSON (.json): the complete chat, can be imported again</source>
        <translation>JSON (.json)：完整对话，可重新导入</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="37"/>
        <source>Plain text (.txt): wrapped, with who said what</source>
        <translation>纯文本 (.txt)：自动换行，标明每条消息的发言者</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="41"/>
        <source>JSON always holds the complete conversation so that it can be imported again.</source>
        <translation>JSON 始终包含完整对话，以便重新导入。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="86"/>
        <source>Export all chats</source>
        <translation>导出全部对话</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="88"/>
        <source>Export chat</source>
        <translation>导出对话</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="95"/>
        <source>Export “{title}”.</source>
        <translation>导出“{title}”。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="96"/>
        <source>New chat</source>
        <translation>新建对话</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="99"/>
        <source>Export the chat.</source>
        <translation>导出该对话。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="101"/>
        <source>Export all {count} chats, one file per chat.</source>
        <translation>导出全部 {count} 个对话，每个对话一个文件。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="110"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="122"/>
        <source>Include</source>
        <translation>包含内容</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="125"/>
        <source>The model&apos;s reasoning (collapsible in Markdown and HTML)</source>
        <translation>模型的思考过程（在 Markdown 和 HTML 中可折叠）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="128"/>
        <source>The system prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="131"/>
        <source>Metadata: model, times and token usage</source>
        <translation>元数据：模型、时间和 token 用量</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="142"/>
        <source>A single .zip archive</source>
        <translation>单个 .zip 压缩包</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="145"/>
        <source>A new folder with one file per chat</source>
        <translation>新文件夹，每个对话一个文件</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="149"/>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="158"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>KeySafety</name>
    <message>
        <location filename="../../gui/ui/key_safety.py" line="19"/>
        <source>Send the key unencrypted?</source>
        <translation>要以未加密方式发送密钥吗？</translation>
    </message>
    <message>
        <location filename="../../gui/ui/key_safety.py" line="21"/>
        <source>{url} uses plain http, not https. Your API key would cross the network unencrypted, readable by anyone on the way. Send it to this address anyway?</source>
        <translation>{url} 使用的是普通 http，而不是 https。你的 API 密钥将以未加密方式在网络上传输，途经的任何人都能读取。仍要发送到这个地址吗？</translation>
    </message>
    <message>
        <location filename="../../gui/ui/key_safety.py" line="28"/>
        <source>Send over http</source>
        <translation>通过 http 发送</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/ui/main_window.py" line="55"/>
        <source>Ask MiniMax anything.
The answer appears here; its thinking streams into the side pane.</source>
        <translation>向 MiniMax 提出任何问题。
回答会显示在这里，思考过程会实时显示在侧边面板中。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="59"/>
        <source>Add your MiniMax API key in Settings to start chatting.</source>
        <translation>请在设置中添加你的 MiniMax API 密钥，即可开始对话。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="185"/>
        <location filename="../../gui/ui/window_actions.py" line="157"/>
        <source>Show log folder</source>
        <translation>显示日志文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/notice_banner.py" line="38"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="38"/>
        <location filename="../../gui/ui/window_actions.py" line="71"/>
        <source>New chat</source>
        <translation>新建对话</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="75"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="79"/>
        <source>Stop answer</source>
        <translation>停止回答</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="83"/>
        <source>Regenerate answer</source>
        <translation>重新生成回答</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="88"/>
        <source>Reasoning pane</source>
        <translation>思考过程面板</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="92"/>
        <source>Search chats</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="96"/>
        <source>Rename chat</source>
        <translation>重命名对话</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="100"/>
        <source>Delete chat…</source>
        <translation>删除对话…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="104"/>
        <source>Chat system prompt…</source>
        <translation>本对话的系统提示词…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="108"/>
        <source>Export chat…</source>
        <translation>导出对话…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="112"/>
        <source>Export all chats…</source>
        <translation>导出全部对话…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="116"/>
        <source>Import chats…</source>
        <translation>导入对话…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="121"/>
        <source>Import chats from folder…</source>
        <translation>从文件夹导入对话…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="125"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="129"/>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="133"/>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="137"/>
        <source>Normal text size</source>
        <translation>默认文字大小</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="141"/>
        <source>Next chat</source>
        <translation>下一个对话</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="145"/>
        <source>Previous chat</source>
        <translation>上一个对话</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="226"/>
        <location filename="../../gui/ui/widgets/dialogs.py" line="230"/>
        <location filename="../../gui/ui/window_actions.py" line="149"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="153"/>
        <source>Focus message box</source>
        <translation>聚焦到消息输入框</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="169"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="174"/>
        <source>&amp;Chat</source>
        <translation>对话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="178"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="183"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="274"/>
        <location filename="../../gui/ui/window_actions.py" line="161"/>
        <source>About MiniMax Chat</source>
        <translation>关于 MiniMax Chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="225"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="318"/>
        <source>{title} — MiniMax Chat</source>
        <translation>{title} — MiniMax Chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="354"/>
        <source>The answer is complete.</source>
        <translation>回答已完成。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="355"/>
        <source>The answer was stopped.</source>
        <translation>回答已停止。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="356"/>
        <source>The answer was cut short.</source>
        <translation>回答被中断。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="357"/>
        <source>The answer failed.</source>
        <translation>回答失败。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="373"/>
        <source>MiniMax is answering.</source>
        <translation>MiniMax 正在回答。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="35"/>
        <source>Delete conversation</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="37"/>
        <source>Delete “{title}”?</source>
        <translation>要删除“{title}”吗？</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="42"/>
        <source>Its messages are removed from this computer. This cannot be undone.</source>
        <translation>其中的消息将从这台电脑上删除。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="48"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="78"/>
        <source>Open link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="79"/>
        <source>Open this address in your browser?</source>
        <translation>要在浏览器中打开此地址吗？</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="181"/>
        <location filename="../../gui/ui/widgets/dialogs.py" line="196"/>
        <source>System prompt for this chat</source>
        <translation>本对话的系统提示词</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="184"/>
        <source>Leave empty to use the default from Settings:
{prompt}</source>
        <translation>留空则使用设置中的默认系统提示词：
{prompt}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="190"/>
        <source>Leave empty to send no system prompt.</source>
        <translation>留空则不发送系统提示词。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="199"/>
        <source>Send no system prompt in this chat</source>
        <translation>本对话不发送系统提示词</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="491"/>
        <source>The new language applies after MiniMax Chat restarts.</source>
        <translation>新语言将在 MiniMax Chat 重启后生效。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/account.py" line="167"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/account.py" line="184"/>
        <source>Not tested.</source>
        <translation>未测试。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/account.py" line="199"/>
        <source>Connected to {url}.</source>
        <translation>已连接到 {url}。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/account.py" line="201"/>
        <source>The server lists {count} models.</source>
        <translation>服务器提供 {count} 个模型。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/account.py" line="219"/>
        <source>No MiniMax API key is set yet.</source>
        <translation>尚未设置 MiniMax API 密钥。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/account.py" line="220"/>
        <source>Open Settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <location filename="../../gui/ui/appearance.py" line="89"/>
        <source>Text size {percent} %</source>
        <translation>文字大小 {percent}%</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="232"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="232"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="247"/>
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="247"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="249"/>
        <source>New line in the message</source>
        <translation>在消息中换行</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="250"/>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="252"/>
        <source>Delete the selected chat</source>
        <translation>删除所选对话</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="252"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/model_label.py" line="30"/>
        <source>Model {model} at {url}</source>
        <translation>模型 {model}（{url}）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="277"/>
        <source>A native desktop client for MiniMax&apos;s reasoning models.
Data folder: {folder}
Log file: {log}</source>
        <translation>MiniMax 推理模型的原生桌面客户端。
数据文件夹：{folder}
日志文件：{log}</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="37"/>
        <source>Waiting for MiniMax…</source>
        <translation>正在等待 MiniMax…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="38"/>
        <source>Thinking…</source>
        <translation>正在思考…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="39"/>
        <source>Writing…</source>
        <translation>正在撰写…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="118"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="139"/>
        <source>Your message</source>
        <translation>你的消息</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="141"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="177"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="178"/>
        <source>Copy this message</source>
        <translation>复制此消息</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="185"/>
        <source>Copy the answer (the arrow offers more)</source>
        <translation>复制回答（点击箭头查看更多选项）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="191"/>
        <source>Copy answer</source>
        <translation>复制回答</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="194"/>
        <source>Copy answer with reasoning</source>
        <translation>复制回答及思考过程</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="198"/>
        <source>Copy as Markdown</source>
        <translation>复制为 Markdown</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="204"/>
        <source>Reasoning</source>
        <translation>思考过程</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="205"/>
        <source>Show this answer&apos;s reasoning in the side pane</source>
        <translation>在侧边面板中显示此回答的思考过程</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="210"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="211"/>
        <source>Edit and resend this message</source>
        <translation>编辑并重新发送此消息</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="216"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="217"/>
        <source>Ask for a new answer</source>
        <translation>重新生成一个回答</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="221"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="224"/>
        <source>Retry: send the same conversation again</source>
        <translation>重试：再次发送同一对话</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="227"/>
        <source>Open Settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="275"/>
        <source>*(No answer text: the model only produced reasoning.)*</source>
        <translation>*（没有回答正文：模型只生成了思考过程。）*</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="293"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="294"/>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="295"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="298"/>
        <source>Cut off at the output limit</source>
        <translation>因达到输出上限而被截断</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="307"/>
        <source> (MiniMax code {code})</source>
        <translation>（MiniMax 错误码 {code}）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="311"/>
        <source>The answer reached the maximum output length (thinking counts toward it). Raise “Max output tokens” in Settings and regenerate.</source>
        <translation>回答已达到最大输出长度（思考过程也计入其中）。请在设置中调高“最大输出 token 数”，然后重新生成。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="320"/>
        <source>MiniMax asked to use a tool ({names}) that this app cannot run; it was told the call was cancelled. Regenerate to ask again, or just keep writing.</source>
        <translation>MiniMax 请求使用本应用无法运行的工具（{names}）；已告知它该调用已取消。可以点“重新生成”再问一次，或者直接继续输入。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="408"/>
        <source>Thinking… {duration}</source>
        <translation>正在思考… {duration}</translation>
    </message>
</context>
<context>
    <name>ReasoningPane</name>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="48"/>
        <source>Reasoning pane</source>
        <translation>思考过程面板</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="55"/>
        <source>Reasoning</source>
        <translation>思考过程</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="60"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="62"/>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="63"/>
        <source>Copy the reasoning</source>
        <translation>复制思考过程</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="70"/>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="71"/>
        <source>Hide the reasoning pane</source>
        <translation>隐藏思考过程面板</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="98"/>
        <source>Reasoning text</source>
        <translation>思考过程文本</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="215"/>
        <source>The model&apos;s thinking appears here while it answers.</source>
        <translation>模型回答时，其思考过程会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="153"/>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="309"/>
        <source>Waiting for MiniMax…</source>
        <translation>正在等待 MiniMax…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="189"/>
        <source>Thinking… {duration}</source>
        <translation>正在思考… {duration}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="191"/>
        <source>Thinking…</source>
        <translation>正在思考…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="195"/>
        <source>Thought for {duration}; writing the answer…</source>
        <translation>已思考 {duration}，正在撰写回答…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="199"/>
        <source>Writing the answer…</source>
        <translation>正在撰写回答…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="310"/>
        <source>This answer has no recorded reasoning.</source>
        <translation>此回答没有记录思考过程。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="295"/>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="314"/>
        <source>Thought for {duration}</source>
        <translation>已思考 {duration}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="300"/>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="320"/>
        <source>{count} reasoning tokens</source>
        <translation>{count} 个思考 token</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="325"/>
        <source>cut short, may be incomplete</source>
        <translation>已中断，可能不完整</translation>
    </message>
</context>
<context>
    <name>ServerEditor</name>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="83"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="95"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="98"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="163"/>
        <source>Add tool server</source>
        <translation>添加工具服务器</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="165"/>
        <source>Edit tool server</source>
        <translation>编辑工具服务器</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="177"/>
        <source>For example: filesystem</source>
        <translation>例如：filesystem</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="178"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="181"/>
        <source>Program on this computer</source>
        <translation>本机程序</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="183"/>
        <source>Remote server (URL)</source>
        <translation>远程服务器（URL）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="189"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="200"/>
        <source>Enabled (its tools are offered)</source>
        <translation>启用（提供它的工具）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="208"/>
        <source>tool names, comma-separated</source>
        <translation>工具名称，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="211"/>
        <source>These tools run without asking first (alwaysAllow).</source>
        <translation>这些工具运行前不再询问（alwaysAllow）。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="213"/>
        <source>Always allow:</source>
        <translation>始终允许：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="220"/>
        <source>Move them into the keyring</source>
        <translation>把它们移入系统钥匙串</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="225"/>
        <source>These values look secret and are written in mcp.json as plain text: {names}. In the keyring, mcp.json holds only a reference to them.</source>
        <translation>这些值看起来是机密，目前以明文写在 mcp.json 中：{names}。移入钥匙串后，mcp.json 只保存对它们的引用。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="233"/>
        <source>No system keyring is available, so secret values (keys, tokens) stay in mcp.json, which only you can read.</source>
        <translation>没有可用的系统钥匙串，因此机密值（密钥、令牌）保留在 mcp.json 中，该文件只有你可以读取。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="241"/>
        <source>Values that look secret (keys, tokens, passwords) are kept in the system keyring; mcp.json holds only a reference to them.</source>
        <translation>看起来是机密的值（密钥、令牌、密码）保存在系统钥匙串中；mcp.json 只保存对它们的引用。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="270"/>
        <source>Command:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="273"/>
        <source>One argument per line</source>
        <translation>每行一个参数</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="276"/>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="279"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="280"/>
        <source>Working folder:</source>
        <translation>工作文件夹：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="281"/>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="282"/>
        <source>Environment:</source>
        <translation>环境变量：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="292"/>
        <source>URL:</source>
        <translation>URL：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="293"/>
        <source>Older SSE transport (for old servers)</source>
        <translation>旧版 SSE 传输（用于旧服务器）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="298"/>
        <source>Header</source>
        <translation>请求头</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="300"/>
        <source>Headers:</source>
        <translation>请求头：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="310"/>
        <source>Give the server a name.</source>
        <translation>请为服务器命名。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="313"/>
        <source>A server named &quot;{name}&quot; already exists.</source>
        <translation>已存在名为“{name}”的服务器。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="328"/>
        <source>Enter the command to run.</source>
        <translation>请输入要运行的命令。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="336"/>
        <source>The URL must start with http:// or https://.</source>
        <translation>URL 必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="104"/>
        <source>Show secret values</source>
        <translation>显示机密值</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="55"/>
        <source>Keys are issued per region and only work in the region that issued them.</source>
        <translation>密钥按区域签发，只能在签发它的区域使用。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="58"/>
        <source>Kept only in the system keyring, never in a file or a log.</source>
        <translation>只保存在系统钥匙串中，绝不写入文件或日志。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="61"/>
        <source>Shows the key as plain text while you type.</source>
        <translation>输入时以明文显示密钥。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="62"/>
        <source>Checks the key and the address shown here, without saving them.</source>
        <translation>检查此处显示的密钥和地址，但不保存。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="94"/>
        <source>Key in use: OPENAI_API_KEY from the environment ({hint}).</source>
        <translation>正在使用的密钥：来自环境变量 OPENAI_API_KEY（{hint}）。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="98"/>
        <source>Key in use: saved in {store} ({hint}).</source>
        <translation>正在使用的密钥：保存在{store}中（{hint}）。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="100"/>
        <source>Key in use: kept for this session only, in memory ({hint}).</source>
        <translation>正在使用的密钥：仅在本次会话中保存在内存里（{hint}）。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="104"/>
        <source>Key in use: none yet.</source>
        <translation>正在使用的密钥：尚未设置。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="130"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="139"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="146"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="151"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="156"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="162"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="197"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="203"/>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="217"/>
        <source>Custom base URL</source>
        <translation>自定义 API 地址</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="219"/>
        <source>An OpenAI-compatible address, usually ending in /v1</source>
        <translation>与 OpenAI 兼容的地址，通常以 /v1 结尾</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="227"/>
        <source>OPENAI_BASE_URL is set in the environment, so this session uses {url} whatever is chosen here.</source>
        <translation>环境变量中已设置 OPENAI_BASE_URL，因此无论此处如何选择，本次会话都将使用 {url}。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="242"/>
        <source>Keys only work in the region that issued them: a China-platform key is rejected by the International endpoint as an invalid key, and the other way round.</source>
        <translation>密钥只能在签发它的区域使用：中国大陆平台的密钥会被国际站接口视为无效密钥而拒绝，反之亦然。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="252"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="256"/>
        <source>MiniMax API key</source>
        <translation>MiniMax API 密钥</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="260"/>
        <source>Saved ({hint}). Type a new key to replace it.</source>
        <translation>已保存（{hint}）。输入新密钥即可替换。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="264"/>
        <source>Paste your MiniMax API key</source>
        <translation>粘贴你的 MiniMax API 密钥</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="267"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="275"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="279"/>
        <source>Delete the saved key for this region from the keyring</source>
        <translation>从系统钥匙串中删除此区域已保存的密钥</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="287"/>
        <source>From OPENAI_API_KEY ({hint})</source>
        <translation>来自 OPENAI_API_KEY（{hint}）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="293"/>
        <source>OPENAI_API_KEY is set in the environment: this session uses it and nothing is saved.</source>
        <translation>环境变量中已设置 OPENAI_API_KEY：本次会话将使用该密钥，不会保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="306"/>
        <source>OPENAI_API_KEY is set without OPENAI_BASE_URL, so it is most likely an OpenAI key: it is ignored and never sent to MiniMax. Set both, as MiniMax&apos;s quick start does, to use a key from the environment.</source>
        <translation>设置了 OPENAI_API_KEY 但没有设置 OPENAI_BASE_URL，因此它很可能是 OpenAI 的密钥：它会被忽略，绝不会发送给 MiniMax。如需使用环境变量中的密钥，请像 MiniMax 快速入门那样同时设置这两个变量。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="318"/>
        <source>The key is stored only in {store}, never in a file.</source>
        <translation>密钥仅保存在{store}中，绝不会写入文件。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="322"/>
        <source>No secure system keyring is available, so the key is kept in memory for this session only and must be entered again next time. It is never written to a file.</source>
        <translation>没有可用的安全系统钥匙串，因此密钥仅在本次会话中保存在内存里，下次需要重新输入。密钥绝不会写入文件。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="45"/>
        <source>The default model: new chats use it, and so does every chat that has not picked its own under the message box. Pick a model or type any model id your key can use</source>
        <translation>默认模型：新对话以及未在输入框下方单独选择模型的对话都使用它。可选择一个模型，或输入你的密钥可用的任意模型 ID</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="52"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="60"/>
        <source>MiniMax accepts values above 0 and up to 1 (default 1.0)</source>
        <translation>MiniMax 接受大于 0 且不超过 1 的值（默认 1.0）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="62"/>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="69"/>
        <source>Includes the reasoning tokens: too low cuts answers short</source>
        <translation>包含思考 token：设置过低会导致回答被截断</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="71"/>
        <source>Max output tokens:</source>
        <translation>最大输出 token 数：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="75"/>
        <source>Optional instructions sent first in every chat</source>
        <translation>可选，在每个对话开头最先发送的指令</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="78"/>
        <source>Default system prompt:</source>
        <translation>默认系统提示词：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="91"/>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="104"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="97"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="98"/>
        <source>A new language applies after a restart.</source>
        <translation>更改语言后需重启才能生效。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="105"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="106"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="111"/>
        <source>Light, dark, or the same colours as the system</source>
        <translation>浅色、深色，或与系统配色一致</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="113"/>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="120"/>
        <source>Also Ctrl+= / Ctrl+- / Ctrl+0</source>
        <translation>也可使用 Ctrl+= / Ctrl+- / Ctrl+0</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="121"/>
        <source>Text size:</source>
        <translation>文字大小：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="131"/>
        <source>Receive reasoning separately (reasoning_split)</source>
        <translation>单独接收思考过程（reasoning_split）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="136"/>
        <source>Turn this off only for a proxy that rejects unknown request fields; the reasoning is then separated from the answer&apos;s &lt;think&gt; tags instead.</source>
        <translation>仅当代理会拒绝未知的请求字段时才关闭此项；关闭后将改为根据回答中的 &lt;think&gt; 标签分离思考过程。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="146"/>
        <source>System proxy</source>
        <translation>系统代理</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="147"/>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="148"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="153"/>
        <source>How to reach MiniMax: the system&apos;s proxy, none, or yours</source>
        <translation>如何连接 MiniMax：系统代理、不使用代理，或您自己的代理</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="155"/>
        <source>Proxy:</source>
        <translation>代理：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="159"/>
        <source>http://127.0.0.1:7890 or socks5://…</source>
        <translation>http://127.0.0.1:7890 或 socks5://…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="161"/>
        <source>Proxy URL:</source>
        <translation>代理地址：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="167"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="170"/>
        <source>How long to wait for the next piece of a reply</source>
        <translation>等待回复的下一段数据的最长时间</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="172"/>
        <source>Give up after silence of:</source>
        <translation>无响应超时：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="176"/>
        <source>Problems only</source>
        <translation>仅记录问题</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="177"/>
        <source>Normal</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="178"/>
        <source>Detailed (for bug reports)</source>
        <translation>详细（用于报告问题）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="183"/>
        <source>How much the log records. Message text and API keys are never logged.</source>
        <translation>日志记录的详细程度。消息内容和 API 密钥绝不会写入日志。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="188"/>
        <source>Log detail:</source>
        <translation>日志详细程度：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="346"/>
        <source>Get a key for this region: {link}</source>
        <translation>获取此区域的密钥：{link}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="387"/>
        <source>The custom base URL must start with http:// or https://.</source>
        <translation>自定义 API 地址必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="391"/>
        <source>The proxy URL needs a scheme, for example http://127.0.0.1:7890.</source>
        <translation>代理地址需要包含协议，例如 http://127.0.0.1:7890。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="148"/>
        <source>Thinking and cost</source>
        <translation>思考与费用</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="159"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="150"/>
        <source>Pick a model or type any model id your key can use</source>
        <translation>选择一个模型，或输入你的密钥可用的任意模型 ID</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="58"/>
        <location filename="../../gui/ui/widgets/sidebar.py" line="153"/>
        <location filename="../../gui/ui/widgets/sidebar.py" line="155"/>
        <source>New chat</source>
        <translation>新建对话</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="86"/>
        <source>{title}
Last activity: {time}</source>
        <translation>{title}
最近活动：{time}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="92"/>
        <source>{title}, answering, last activity {time}</source>
        <translation>{title}，正在回答，最近活动 {time}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="94"/>
        <source>{title}, last activity {time}</source>
        <translation>{title}，最近活动 {time}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="146"/>
        <source>Search chats</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="147"/>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="163"/>
        <source>Conversations</source>
        <translation>对话列表</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="177"/>
        <source>Delete conversation</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="240"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="241"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="242"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
<context>
    <name>TableBlock</name>
    <message>
        <location filename="../../gui/ui/widgets/table_block.py" line="247"/>
        <source>Table: {rows} rows × {columns} columns</source>
        <translation>表格：{rows} 行 × {columns} 列</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/table_block.py" line="198"/>
        <location filename="../../gui/ui/widgets/table_block.py" line="219"/>
        <source>Copy table</source>
        <translation>复制表格</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/table_block.py" line="199"/>
        <source>Copy the whole table as Markdown</source>
        <translation>将整个表格复制为 Markdown</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/table_block.py" line="215"/>
        <source>Copy cells</source>
        <translation>复制单元格</translation>
    </message>
</context>
<context>
    <name>ThinkingCostPage</name>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="63"/>
        <source>Adaptive</source>
        <translation>自适应</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="64"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="67"/>
        <source>Adaptive: MiniMax-M3 thinks as much as a question needs. Off: it answers straight away.</source>
        <translation>自适应：MiniMax-M3 按问题需要决定思考多少。关闭：直接回答。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="73"/>
        <source>Thinking (MiniMax-M3):</source>
        <translation>思考（MiniMax-M3）：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="77"/>
        <source>New chats use this; each chat can choose otherwise below the message box. The M2 models always think, so nothing is sent for them.</source>
        <translation>新对话使用此设置；每个对话可在输入框下方另选。M2 系列模型总是思考，因此不会为它们发送此项。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="87"/>
        <source>Prices per million tokens, in</source>
        <translation>每百万 token 价格，币种</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="93"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="95"/>
        <source>The currency of every price below, e.g. USD or CNY</source>
        <translation>下方所有价格的币种，例如 USD 或 CNY</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="99"/>
        <source>Shipped prices</source>
        <translation>恢复内置价格</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="102"/>
        <source>Put back the prices that came with the app</source>
        <translation>恢复应用自带的价格</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="111"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="112"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="113"/>
        <source>Cached input</source>
        <translation>缓存输入</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="114"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="123"/>
        <source>Shipped prices were taken in {date} from {source}. They are estimates: your bill is what MiniMax charges. An empty cell means no price (cached input: as input); reasoning counts as output.</source>
        <translation>内置价格取自 {source}，时间 {date}。仅为估算：实际费用以 MiniMax 的账单为准。空白表示没有价格（缓存输入为空时按输入计）；思考计入输出。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="156"/>
        <source>Name the currency of the prices (e.g. USD).</source>
        <translation>请填写价格的币种（例如 USD）。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="161"/>
        <source>“{text}” is not a price (row {model}): type a number such as 0.3.</source>
        <translation>“{text}”不是价格（{model} 行）：请输入数字，例如 0.3。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="166"/>
        <source>{model} needs both an input and an output price.</source>
        <translation>{model} 需要同时填写输入和输出价格。</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <location filename="../../gui/ui/widgets/tool_call_card.py" line="90"/>
        <location filename="../../gui/ui/widgets/tool_call_card.py" line="94"/>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tool_call_card.py" line="179"/>
        <source>Image from the tool</source>
        <translation>工具返回的图片</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tool_call_card.py" line="96"/>
        <location filename="../../gui/ui/widgets/tool_call_card.py" line="100"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tool_call_card.py" line="152"/>
        <source>Show all {count} characters</source>
        <translation>显示全部 {count} 个字符</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tool_call_card.py" line="120"/>
        <source>Tool call {tool}: show or hide details</source>
        <translation>工具调用 {tool}：显示或隐藏详情</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tool_call_card.py" line="173"/>
        <source>[an image that cannot be shown: {kind}]</source>
        <translation>[无法显示的图片：{kind}]</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tool_call_card.py" line="32"/>
        <source>running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tool_call_card.py" line="31"/>
        <source>waiting for approval</source>
        <translation>等待确认</translation>
    </message>
</context>
<context>
    <name>ToolTimeline</name>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="220"/>
        <source>Call {tool}</source>
        <translation>调用 {tool}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="221"/>
        <source>Result of {tool}: {status}</source>
        <translation>{tool} 的结果：{status}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="163"/>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="219"/>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="279"/>
        <source>{calls} tool calls in {rounds} rounds</source>
        <translation>{rounds} 轮中共 {calls} 次工具调用</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="280"/>
        <source>{calls} tool calls in 1 round</source>
        <translation>1 轮中共 {calls} 次工具调用</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="281"/>
        <source>1 tool call in {rounds} rounds</source>
        <translation>{rounds} 轮中共 1 次工具调用</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="282"/>
        <source>1 tool call in 1 round</source>
        <translation>1 轮中共 1 次工具调用</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="253"/>
        <source>{count} tokens</source>
        <translation>{count} 个 token</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="251"/>
        <source>≈{count} tokens</source>
        <translation>约 {count} 个 token</translation>
    </message>
</context>
<context>
    <name>ToolsMenu</name>
    <message>
        <location filename="../../gui/ui/widgets/tools_menu.py" line="83"/>
        <source>Add servers in Settings…</source>
        <translation>在设置中添加服务器…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_menu.py" line="109"/>
        <source>List each server&apos;s tools (starts the servers)</source>
        <translation>列出各服务器的工具（会启动服务器）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_menu.py" line="80"/>
        <source>No tool servers are set up.</source>
        <translation>尚未设置工具服务器。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_menu.py" line="112"/>
        <source>Tool settings…</source>
        <translation>工具设置…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_menu.py" line="53"/>
        <location filename="../../gui/ui/widgets/tools_menu.py" line="71"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_menu.py" line="71"/>
        <source>Tools (some off)</source>
        <translation>工具（部分已关闭）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_menu.py" line="55"/>
        <source>Tools for this chat</source>
        <translation>此对话的工具</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_menu.py" line="54"/>
        <source>Which tools MiniMax may use in this chat</source>
        <translation>MiniMax 在此对话中可以使用哪些工具</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <location filename="../../gui/ui/widgets/tools_services.py" line="64"/>
        <source>Program (stdio)</source>
        <translation>程序（stdio）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_services.py" line="65"/>
        <source>Streamable HTTP</source>
        <translation>Streamable HTTP</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_services.py" line="66"/>
        <source>SSE</source>
        <translation>SSE</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="92"/>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="105"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="106"/>
        <source>Connection</source>
        <translation>连接方式</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="107"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="113"/>
        <source>Tool servers</source>
        <translation>工具服务器</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="121"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="122"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="125"/>
        <location filename="../../gui/ui/widgets/tools_sources.py" line="116"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="127"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="129"/>
        <source>Start the server and list its tools</source>
        <translation>启动服务器并列出它的工具</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="136"/>
        <source>Paste JSON…</source>
        <translation>粘贴 JSON…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="139"/>
        <source>Add servers from a snippet in the mcpServers format</source>
        <translation>从 mcpServers 格式的片段添加服务器</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="142"/>
        <source>Import from Claude Desktop</source>
        <translation>从 Claude Desktop 导入</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="146"/>
        <source>MiniMax tools (web search, image understanding)</source>
        <translation>MiniMax 工具（网络搜索、图像理解）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="150"/>
        <source>MiniMax&apos;s own server, started with the key and region in use (needs uv&apos;s uvx)</source>
        <translation>MiniMax 自己的服务器，使用当前的密钥和区域启动（需要 uv 的 uvx）</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="174"/>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="175"/>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="176"/>
        <source>Always allow</source>
        <translation>始终允许</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="177"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="182"/>
        <source>Tools of the selected server</source>
        <translation>所选服务器的工具</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_limits.py" line="17"/>
        <source>Tool use in an answer</source>
        <translation>回答中的工具调用</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_limits.py" line="25"/>
        <source>How many times the model may call tools before it must answer</source>
        <translation>模型在必须作答之前最多可以调用工具的轮数</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_limits.py" line="27"/>
        <source>Tool rounds per answer, at most:</source>
        <translation>每个回答最多的工具轮数：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_limits.py" line="31"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_limits.py" line="34"/>
        <source>A call that takes longer is stopped and reported to the model</source>
        <translation>超过此时间的调用会被停止，并告知模型</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_limits.py" line="36"/>
        <source>Time limit per tool call:</source>
        <translation>每次工具调用的时间上限：</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="199"/>
        <source>Servers are kept in {path}; changes are saved at once.</source>
        <translation>服务器保存在 {path} 中；更改会立即保存。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="206"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="273"/>
        <source>mcp.json could not be saved: {error}</source>
        <translation>无法保存 mcp.json：{error}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="315"/>
        <source>Not valid: {reason}</source>
        <translation>无效：{reason}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="320"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="322"/>
        <source>Failed to start</source>
        <translation>启动失败</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="324"/>
        <location filename="../../gui/ui/widgets/tools_page.py" line="327"/>
        <source>Off</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="325"/>
        <source>{count} tools</source>
        <translation>{count} 个工具</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="328"/>
        <source>Not tested yet</source>
        <translation>尚未测试</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="342"/>
        <source>mcp.json cannot be used, so no tools are offered, and the app will not change it until it is fixed:
{error}</source>
        <translation>mcp.json 无法使用，因此不提供任何工具；在它被修复之前，本应用不会修改它：
{error}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="385"/>
        <source>No tool servers yet: add one, paste JSON, or import them from Claude Desktop.</source>
        <translation>还没有工具服务器：请添加一个、粘贴 JSON，或从 Claude Desktop 导入。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="396"/>
        <location filename="../../gui/ui/widgets/tools_page.py" line="401"/>
        <source>Tools of {name}</source>
        <translation>{name} 的工具</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="407"/>
        <source>Starting {name} and asking for its tools…</source>
        <translation>正在启动 {name} 并获取它的工具…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="415"/>
        <source>Press Test to start the server and list its tools.</source>
        <translation>点击“测试”启动服务器并列出它的工具。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="418"/>
        <source>The server offers no tools.</source>
        <translation>该服务器没有提供任何工具。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_sources.py" line="94"/>
        <source>Some secret values stay in mcp.json as plain text: {error}</source>
        <translation>部分机密值仍以明文保留在 mcp.json 中：{error}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_sources.py" line="106"/>
        <source>Remove tool server</source>
        <translation>移除工具服务器</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_sources.py" line="107"/>
        <source>Remove “{name}”?</source>
        <translation>移除“{name}”？</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_sources.py" line="109"/>
        <source>Its entry is deleted from mcp.json and its secrets from the keyring.</source>
        <translation>它的条目将从 mcp.json 中删除，它的机密也将从钥匙串中删除。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_sources.py" line="145"/>
        <source>Paste MCP servers</source>
        <translation>粘贴 MCP 服务器</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_sources.py" line="150"/>
        <source>Paste a server&apos;s published snippet: {&quot;mcpServers&quot;: {…}}, a {&quot;name&quot;: {…}} map, or one server object.</source>
        <translation>粘贴服务器发布的配置片段：{&quot;mcpServers&quot;: {…}}、{&quot;name&quot;: {…}} 映射，或单个服务器对象。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_sources.py" line="199"/>
        <source>Added from {source}: {names}.</source>
        <translation>已从 {source} 添加：{names}。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_sources.py" line="201"/>
        <source>Added: {names}.</source>
        <translation>已添加：{names}。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_sources.py" line="217"/>
        <source>No Claude Desktop configuration was found at {path}.</source>
        <translation>在 {path} 未找到 Claude Desktop 的配置。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_sources.py" line="230"/>
        <source>Claude Desktop has no MCP servers configured ({path}).</source>
        <translation>Claude Desktop 没有配置任何 MCP 服务器（{path}）。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_sources.py" line="235"/>
        <source>Claude Desktop</source>
        <translation>Claude Desktop</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_sources.py" line="256"/>
        <source>MiniMax&apos;s tools are already in the list.</source>
        <translation>MiniMax 工具已在列表中。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_test.py" line="59"/>
        <source>The test failed: {error}</source>
        <translation>测试失败：{error}</translation>
    </message>
</context>
<context>
    <name>Transcripts</name>
    <message>
        <location filename="../../gui/ui/export_import.py" line="75"/>
        <source>This chat is empty: there is nothing to export yet.</source>
        <translation>此对话为空，暂无可导出的内容。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="88"/>
        <source>There are no chats to export yet.</source>
        <translation>暂无可导出的对话。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="145"/>
        <source>Export chat</source>
        <translation>导出对话</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="162"/>
        <location filename="../../gui/ui/export_import.py" line="255"/>
        <source>MiniMax Chat export {date}</source>
        <translation>MiniMax Chat 导出 {date}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="167"/>
        <source>Export all chats as a .zip archive</source>
        <translation>将全部对话导出为 .zip 压缩包</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="171"/>
        <source>Zip archive (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="177"/>
        <source>Choose where to create the export folder</source>
        <translation>选择创建导出文件夹的位置</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="214"/>
        <source>The chat was deleted before it could be exported.</source>
        <translation>该对话在导出前已被删除。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="229"/>
        <source>“{name}” could not be written: {reason}. Nothing was saved.</source>
        <translation>无法写入“{name}”：{reason}。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="235"/>
        <source>Exported “{title}” to {path}.</source>
        <translation>已将“{title}”导出到 {path}。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="236"/>
        <source>New chat</source>
        <translation>新建对话</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="238"/>
        <location filename="../../gui/ui/export_import.py" line="286"/>
        <source>Show folder</source>
        <translation>显示文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="247"/>
        <source>Exporting {chats}…</source>
        <translation>正在导出 {chats}…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="274"/>
        <source>The chats could not be exported to {target}: {reason}. Nothing was left behind.</source>
        <translation>无法将对话导出到 {target}：{reason}。没有留下任何残余文件。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="283"/>
        <source>Exported {chats} to {target}.</source>
        <translation>已将 {chats}导出到 {target}。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="293"/>
        <source>Import chats</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="297"/>
        <source>MiniMax Chat exports (*.json *.zip)</source>
        <translation>MiniMax Chat 导出文件 (*.json *.zip)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="298"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="311"/>
        <source>Import chats from a folder</source>
        <translation>从文件夹导入对话</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="331"/>
        <source>… and {count} more</source>
        <translation>… 另有 {count} 项</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="332"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="336"/>
        <source>Nothing was imported: {reason}.</source>
        <translation>未导入任何内容：{reason}。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="349"/>
        <source>1 chat</source>
        <translation>1 个对话</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="350"/>
        <source>{count} chats</source>
        <translation>{count} 个对话</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="64"/>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="69"/>
        <source>Welcome to MiniMax Chat</source>
        <translation>欢迎使用 MiniMax Chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="78"/>
        <source>Three steps and you can chat. Your key is kept in the system keyring, never in a file.</source>
        <translation>只需三步即可开始对话。你的密钥将保存在系统钥匙串中，绝不会写入文件。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="87"/>
        <source>1. Where is your MiniMax account?</source>
        <translation>1. 你的 MiniMax 账号属于哪个区域？</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="105"/>
        <source>Keys only work in the region that issued them: a key from platform.minimaxi.com (China) is rejected by the International endpoint, and the other way round.</source>
        <translation>密钥只能在签发它的区域使用：来自 platform.minimaxi.com（中国大陆）的密钥会被国际站接口拒绝，反之亦然。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="115"/>
        <source>2. Your API key</source>
        <translation>2. 你的 API 密钥</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="119"/>
        <source>MiniMax API key</source>
        <translation>MiniMax API 密钥</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="122"/>
        <source>Paste your MiniMax API key</source>
        <translation>粘贴你的 MiniMax API 密钥</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="124"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="136"/>
        <source>No secure system keyring is available, so the key is kept for this session only. It is never written to a file.</source>
        <translation>没有可用的安全系统钥匙串，因此密钥仅在本次会话中保留。密钥绝不会写入文件。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="145"/>
        <source>3. Model</source>
        <translation>3. 模型</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="148"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="158"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="171"/>
        <source>Start chatting</source>
        <translation>开始对话</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="175"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="179"/>
        <source>Saves these choices and the key, then opens the chat.</source>
        <translation>保存这些选择和密钥，然后打开聊天。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="182"/>
        <source>Closes this; the key can be added in Settings at any time.</source>
        <translation>关闭此窗口；随时可以在设置中添加密钥。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="185"/>
        <source>More settings…</source>
        <translation>更多设置…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="189"/>
        <source>Opens Settings: custom address, proxy, appearance, more.</source>
        <translation>打开设置：自定义地址、代理、外观等。</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="198"/>
        <source>Get a key</source>
        <translation>获取密钥</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="203"/>
        <source>Get a key for {region}</source>
        <translation>获取{region}密钥</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="227"/>
        <source>Paste your API key first.</source>
        <translation>请先粘贴你的 API 密钥。</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <location filename="../../gui/core/attachments/prepare.py" line="126"/>
        <source>{name} has too many pixels; at most {limit} million can be sent.</source>
        <translation>{name} 像素过多；最多可发送 {limit} 百万像素。</translation>
    </message>
    <message>
        <location filename="../../gui/core/attachments/prepare.py" line="57"/>
        <source>{name} is not a file.</source>
        <translation>{name} 不是文件。</translation>
    </message>
    <message>
        <location filename="../../gui/core/attachments/prepare.py" line="64"/>
        <source>{name} is too large to attach ({size} MB; at most {limit} MB).</source>
        <translation>{name} 太大，无法添加（{size} MB；最多 {limit} MB）。</translation>
    </message>
    <message>
        <location filename="../../gui/core/attachments/prepare.py" line="72"/>
        <source>{name} could not be read: {error}</source>
        <translation>无法读取 {name}：{error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/attachments/prepare.py" line="97"/>
        <location filename="../../gui/core/attachments/prepare.py" line="162"/>
        <source>{name} has too many pixels ({width} × {height}); at most {limit} million can be sent.</source>
        <translation>{name} 像素过多（{width} × {height}）；最多可发送 {limit} 百万像素。</translation>
    </message>
    <message>
        <location filename="../../gui/core/attachments/prepare.py" line="132"/>
        <source>{name} is not a readable image ({error}).</source>
        <translation>{name} 不是可读取的图片（{error}）。</translation>
    </message>
    <message>
        <location filename="../../gui/core/attachments/prepare.py" line="242"/>
        <source>{name} was scaled down from {width} × {height} to {new_width} × {new_height}.</source>
        <translation>{name} 已从 {width} × {height} 缩小到 {new_width} × {new_height}。</translation>
    </message>
    <message>
        <location filename="../../gui/core/attachments/prepare.py" line="249"/>
        <source>{name} was converted to JPEG to stay under {limit} MB.</source>
        <translation>{name} 已转换为 JPEG，以保持在 {limit} MB 以内。</translation>
    </message>
    <message>
        <location filename="../../gui/core/attachments/prepare.py" line="279"/>
        <source>{name} looks like a binary file. Only images (PNG, JPEG, GIF, WebP), PDF and UTF-8 text files can be attached.</source>
        <translation>{name} 看起来是二进制文件。只能添加图片（PNG、JPEG、GIF、WebP）、PDF 和 UTF-8 文本文件。</translation>
    </message>
    <message>
        <location filename="../../gui/core/attachments/prepare.py" line="294"/>
        <source>{name} has no text layer (scanned pages?); only the text of a PDF can be sent.</source>
        <translation>{name} 没有文本层（可能是扫描页面？）；只能发送 PDF 中的文字。</translation>
    </message>
    <message>
        <location filename="../../gui/core/attachments/prepare.py" line="310"/>
        <source>{name} is protected by a password.</source>
        <translation>{name} 受密码保护。</translation>
    </message>
    <message>
        <location filename="../../gui/core/attachments/prepare.py" line="317"/>
        <source>{name} is not a readable PDF ({error}).</source>
        <translation>{name} 不是可读取的 PDF（{error}）。</translation>
    </message>
    <message>
        <location filename="../../gui/core/attachments/prepare.py" line="343"/>
        <source>{name} is too long for the model&apos;s context: only its first {sent} of {chars} characters are sent.</source>
        <translation>{name} 超出模型上下文长度：只发送了全部 {chars} 个字符中的前 {sent} 个。</translation>
    </message>
</context>
<context>
    <name>connection</name>
    <message>
        <location filename="../../gui/core/connection.py" line="200"/>
        <source>{url} is plain http: the key would cross the network unencrypted. It is not sent until you agree in Settings (Save or Test connection asks).</source>
        <translation>{url} 使用的是普通 http：密钥将以未加密方式在网络上传输。在你于“设置”中同意之前不会发送（保存或测试连接时会询问）。</translation>
    </message>
    <message>
        <location filename="../../gui/core/connection.py" line="296"/>
        <source>The key is kept for this session only.</source>
        <translation>密钥仅在本次会话中保留。</translation>
    </message>
</context>
<context>
    <name>cost</name>
    <message>
        <location filename="../../gui/core/cost_labels.py" line="13"/>
        <source>This chat: {counts}</source>
        <translation>本对话：{counts}</translation>
    </message>
    <message>
        <location filename="../../gui/core/cost_labels.py" line="11"/>
        <source>≈ {amount}</source>
        <translation>≈ {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/core/cost_labels.py" line="12"/>
        <source>≈ {amount}, long-input rate (×{factor})</source>
        <translation>≈ {amount}，长输入费率（×{factor}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/cost_labels.py" line="14"/>
        <source>This chat: {n} tokens</source>
        <translation>本对话：{n} token</translation>
    </message>
    <message>
        <location filename="../../gui/core/cost_labels.py" line="15"/>
        <source>no price for {models}</source>
        <translation>{models} 没有价格</translation>
    </message>
    <message>
        <location filename="../../gui/core/cost_labels.py" line="16"/>
        <source>An estimate from the price table of {date} ({currency} per million tokens); your bill is what MiniMax charges. Edit the prices in Settings → Thinking and cost.</source>
        <translation>根据 {date} 的价格表估算（{currency}／每百万 token）；实际费用以 MiniMax 的账单为准。可在“设置 → 思考与费用”中修改价格。</translation>
    </message>
    <message>
        <location filename="../../gui/core/cost_labels.py" line="21"/>
        <source>An estimate from your own price table ({currency} per million tokens); your bill is what MiniMax charges. Edit it in Settings → Thinking and cost.</source>
        <translation>根据你自己的价格表估算（{currency}／每百万 token）；实际费用以 MiniMax 的账单为准。可在“设置 → 思考与费用”中修改。</translation>
    </message>
    <message>
        <location filename="../../gui/core/cost_labels.py" line="26"/>
        <source>Past {threshold} input tokens in one request, {model} bills every token at {factor}× the rate.</source>
        <translation>单次请求输入超过 {threshold} token 时，{model} 的所有 token 按 {factor} 倍费率计费。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../gui/core/errors.py" line="35"/>
        <source>MiniMax did not accept the API key. Check that it is typed correctly. Keys only work in their own region: a key from the China platform fails on the International endpoint the same way (and the other way round), so try switching the region in Settings.</source>
        <translation>MiniMax 未接受该 API 密钥，请检查是否输入正确。密钥只能在所属区域使用：中国大陆平台的密钥在国际站接口上也会出现同样的错误（反之亦然），因此请尝试在设置中切换区域。</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="42"/>
        <source>Your MiniMax account has insufficient balance. Top up on the MiniMax platform, then send the message again.</source>
        <translation>你的 MiniMax 账户余额不足。请在 MiniMax 开放平台充值后重新发送消息。</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="47"/>
        <source>MiniMax is limiting the request rate. Wait a few seconds and try again.</source>
        <translation>MiniMax 正在限制请求频率。请等待几秒后重试。</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="50"/>
        <source>You have used up your MiniMax usage allowance for now (plan or token limit). It resets after the plan&apos;s window; retrying right away will not help.</source>
        <translation>你暂时已用完 MiniMax 的使用额度（套餐或 token 上限）。额度将在套餐的周期结束后重置，立即重试无济于事。</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="55"/>
        <source>MiniMax&apos;s content moderation blocked this message. Rephrase it; sending it again unchanged will be blocked again.</source>
        <translation>MiniMax 的内容审核拦截了这条消息。请换一种说法；原样重新发送仍会被拦截。</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="60"/>
        <source>MiniMax&apos;s content moderation withheld the answer. The part received before it was stopped is kept.</source>
        <translation>MiniMax 的内容审核拦截了回答。已保留回答被中止前收到的部分。</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="65"/>
        <source>The conversation is too long for the model&apos;s context window. Start a new conversation, or edit and shorten earlier messages.</source>
        <translation>对话过长，超出了模型的上下文窗口。请新建对话，或编辑并缩短之前的消息。</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="70"/>
        <source>MiniMax had a server problem. It is usually temporary: try again in a moment.</source>
        <translation>MiniMax 服务器出现问题，这通常是暂时的：请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="73"/>
        <source>MiniMax is overloaded right now. Try again in a moment.</source>
        <translation>MiniMax 当前负载过高，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="76"/>
        <source>This model is not available on your MiniMax plan. Choose another model in Settings.</source>
        <translation>你的 MiniMax 套餐无法使用此模型。请在设置中选择其他模型。</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="80"/>
        <source>MiniMax rejected the request as invalid.</source>
        <translation>MiniMax 认为请求无效，已拒绝。</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="81"/>
        <source>The server has no chat endpoint at this address. Check the region or the custom base URL in Settings (it usually ends in /v1).</source>
        <translation>服务器在此地址上没有对话接口。请在设置中检查区域或自定义 API 地址（通常以 /v1 结尾）。</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="86"/>
        <source>MiniMax returned an error.</source>
        <translation>MiniMax 返回了错误。</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="87"/>
        <source>MiniMax said: “{detail}”.</source>
        <translation>MiniMax 返回的信息：“{detail}”。</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="88"/>
        <source>Could not reach the MiniMax server. Check your internet connection, proxy and the region or base URL in Settings.</source>
        <translation>无法连接到 MiniMax 服务器。请检查网络连接、代理，以及设置中的区域或 API 地址。</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="93"/>
        <source>The connection to MiniMax was lost before the answer was complete. The part received so far is kept; try again to get a full answer.</source>
        <translation>回答完成前与 MiniMax 的连接已断开。已保留目前收到的部分；请重试以获取完整回答。</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="98"/>
        <source>MiniMax sent nothing for {seconds} seconds, so the request was given up. The part received so far is kept; try again, or raise the timeout in Settings for very long reasoning.</source>
        <translation>MiniMax 已有 {seconds} 秒未发送任何数据，因此已放弃该请求。已保留目前收到的部分；请重试，如果思考过程很长，也可以在设置中调高超时时间。</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="104"/>
        <source>The server sent a reply this app could not understand. If you use a custom base URL or a proxy, check that it points at an OpenAI-compatible MiniMax endpoint.</source>
        <translation>服务器返回了本应用无法识别的响应。如果你使用了自定义 API 地址或代理，请检查它是否指向兼容 OpenAI 的 MiniMax 接口。</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="109"/>
        <source>No MiniMax API key is set. Open Settings and paste your key.</source>
        <translation>尚未设置 MiniMax API 密钥。请打开设置并粘贴你的密钥。</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="112"/>
        <source>The answer stopped before MiniMax said it was complete (the connection ended early). The part received so far is kept; try again for a full answer.</source>
        <translation>MiniMax 尚未表示回答已完成，回答就停止了（连接提前结束）。已保留目前收到的部分；请重试以获取完整回答。</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../gui/core/formatting.py" line="14"/>
        <source>{n} in</source>
        <translation>输入 {n}</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="15"/>
        <source>{n} out</source>
        <translation>输出 {n}</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="11"/>
        <source>{n} s</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="12"/>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="13"/>
        <source>{m} min {n} s</source>
        <translation>{m} 分 {n} 秒</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="16"/>
        <source>{n} reasoning</source>
        <translation>思考 {n}</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="17"/>
        <source>{n} cached</source>
        <translation>缓存 {n}</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="18"/>
        <source>thought for {duration}</source>
        <translation>已思考 {duration}</translation>
    </message>
</context>
<context>
    <name>importer</name>
    <message>
        <location filename="../../gui/core/importer.py" line="59"/>
        <source>Imported 1 conversation.</source>
        <translation>已导入 1 个对话。</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="61"/>
        <source>Imported {count} conversations.</source>
        <translation>已导入 {count} 个对话。</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="63"/>
        <location filename="../../gui/core/importer.py" line="352"/>
        <source>Untitled chat</source>
        <translation>未命名对话</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="64"/>
        <source>“{title}” got the new id {new}: its id {old} was already in use.</source>
        <translation>“{title}”已分配新 ID {new}：其原 ID {old} 已被占用。</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="136"/>
        <source>{name} is not a conversation this app can import: {reason}.</source>
        <translation>{name} 不是本应用可导入的对话：{reason}。</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="108"/>
        <source>Too many files (more than {count}).</source>
        <translation>文件过多（超过 {count} 个）。</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="144"/>
        <source>No conversation files (.json) were found.</source>
        <translation>未找到对话文件（.json）。</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="154"/>
        <location filename="../../gui/core/importer.py" line="229"/>
        <source>{name} holds no .json files.</source>
        <translation>{name} 中没有 .json 文件。</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="171"/>
        <location filename="../../gui/core/importer.py" line="200"/>
        <location filename="../../gui/core/importer.py" line="267"/>
        <source>{name} could not be read ({reason}).</source>
        <translation>无法读取 {name}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="182"/>
        <location filename="../../gui/core/importer.py" line="192"/>
        <location filename="../../gui/core/importer.py" line="238"/>
        <source>{name} is too large ({size} MB).</source>
        <translation>{name} 过大（{size} MB）。</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="212"/>
        <source>{name} is not a valid .zip archive.</source>
        <translation>{name} 不是有效的 .zip 压缩包。</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="277"/>
        <source>it is not UTF-8 text</source>
        <translation>文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="280"/>
        <source>it is not valid JSON ({error} at line {line})</source>
        <translation>文件不是有效的 JSON（第 {line} 行：{error}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="285"/>
        <source>it is nested too deeply</source>
        <translation>文件嵌套层级过深</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="112"/>
        <source>Too much to import at once ({size} MB of conversations; the limit is {limit} MB). Import the files in smaller groups.</source>
        <translation>一次导入的内容太多（对话共 {size} MB，上限为 {limit} MB）。请分成几批导入。</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="248"/>
        <source>{name} expands {ratio} times when unpacked; an export never does that, so the archive was not opened.</source>
        <translation>{name} 解压后会膨胀 {ratio} 倍；导出文件不会这样，因此未打开该压缩包。</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="355"/>
        <source>“{title}” is too large to keep ({size} MB; the limit is {limit} MB).</source>
        <translation>“{title}”太大，无法保存（{size} MB，上限为 {limit} MB）。</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../gui/core/labels.py" line="8"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="9"/>
        <source>MiniMax</source>
        <translation>MiniMax</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="10"/>
        <source>Reasoning</source>
        <translation>思考过程</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="11"/>
        <source>End of reasoning</source>
        <translation>思考结束</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="12"/>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="13"/>
        <source>Untitled chat</source>
        <translation>未命名对话</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="14"/>
        <source>Exported</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="15"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="16"/>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="17"/>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="18"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="19"/>
        <source>Tokens</source>
        <translation>token 用量</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="20"/>
        <source>thought for</source>
        <translation>已思考</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="21"/>
        <source>(No answer text: the model only produced reasoning.)</source>
        <translation>（没有回答正文：模型只生成了思考过程。）</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="24"/>
        <source>Stopped before the answer was finished.</source>
        <translation>回答完成前已停止。</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="25"/>
        <source>Interrupted before the answer was finished.</source>
        <translation>回答完成前被中断。</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="28"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="29"/>
        <source>the request failed.</source>
        <translation>请求失败。</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="30"/>
        <source>Still being written when this was exported.</source>
        <translation>导出时回答仍在生成中。</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="31"/>
        <source>Cut off at the maximum output length.</source>
        <translation>因达到最大输出长度而被截断。</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="32"/>
        <source>MiniMax code</source>
        <translation>MiniMax 错误码</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="33"/>
        <source>Exported from MiniMax Chat</source>
        <translation>导出自 MiniMax Chat</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="34"/>
        <source>The messages above are not sent to the model: this chat&apos;s context starts here.</source>
        <translation>以上消息不会发送给模型：本对话的上下文从这里开始。</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <location filename="../../gui/core/link_policy.py" line="47"/>
        <source>Only web (http, https) and e-mail links can be opened.</source>
        <translation>只能打开网页（http、https）和电子邮件链接。</translation>
    </message>
    <message>
        <location filename="../../gui/core/link_policy.py" line="71"/>
        <source>This e-mail link asks to attach files to the message; it was not opened.</source>
        <translation>此电子邮件链接要求在邮件中附加文件；已拒绝打开。</translation>
    </message>
    <message>
        <location filename="../../gui/core/link_policy.py" line="121"/>
        <source>This link is malformed and was not opened.</source>
        <translation>此链接格式有误，未打开。</translation>
    </message>
</context>
<context>
    <name>mcp</name>
    <message>
        <location filename="../../gui/core/tools/config.py" line="103"/>
        <source>A server has an empty name.</source>
        <translation>有一个服务器的名称为空。</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="106"/>
        <source>Server &quot;{name}&quot; is not a JSON object.</source>
        <translation>服务器“{name}”不是 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="111"/>
        <source>Server &quot;{name}&quot;: &quot;{field}&quot; must be {what}.</source>
        <translation>服务器“{name}”：“{field}”必须是{what}。</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="119"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="125"/>
        <source>a list of strings</source>
        <translation>字符串列表</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="133"/>
        <source>an object of string values</source>
        <translation>值为字符串的对象</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="138"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="157"/>
        <source>Server &quot;{name}&quot; needs a &quot;command&quot; or a &quot;url&quot;.</source>
        <translation>服务器“{name}”需要 &quot;command&quot; 或 &quot;url&quot;。</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="161"/>
        <source>Server &quot;{name}&quot; has both a &quot;command&quot; and a &quot;url&quot;; keep one.</source>
        <translation>服务器“{name}”同时有 &quot;command&quot; 和 &quot;url&quot;，请只保留一个。</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="239"/>
        <source>{where} is not valid JSON: {error} (line {line}, column {column}).</source>
        <translation>{where} 不是有效的 JSON：{error}（第 {line} 行，第 {column} 列）。</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="250"/>
        <source>{where} must hold a JSON object.</source>
        <translation>{where} 必须包含一个 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="255"/>
        <source>{where}: &quot;mcpServers&quot; must be an object.</source>
        <translation>{where}：&quot;mcpServers&quot; 必须是对象。</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="287"/>
        <location filename="../../gui/core/tools/editing.py" line="51"/>
        <source>{where} could not be read: {error}</source>
        <translation>无法读取 {where}：{error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="295"/>
        <location filename="../../gui/core/tools/editing.py" line="62"/>
        <source>{where} is not UTF-8 text.</source>
        <translation>{where} 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="311"/>
        <source>The pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="317"/>
        <location filename="../../gui/core/tools/config.py" line="325"/>
        <source>The pasted text holds no MCP server.</source>
        <translation>粘贴的文本中没有 MCP 服务器。</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/launch.py" line="79"/>
        <source>The tool server &quot;{name}&quot; could not start: {reason}</source>
        <translation>工具服务器“{name}”无法启动：{reason}</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/preset.py" line="52"/>
        <source>MiniMax&apos;s tools (web search, image understanding) are started with uv&apos;s &quot;uvx&quot; command, which was not found on PATH. Install uv, for example with &quot;pipx install uv&quot;, &quot;pip install uv&quot;, or your distribution&apos;s &quot;uv&quot; package, then try again.</source>
        <translation>MiniMax 的工具（网络搜索、图像理解）需要用 uv 的 &quot;uvx&quot; 命令启动，但在 PATH 中找不到它。请安装 uv，例如运行 &quot;pipx install uv&quot; 或 &quot;pip install uv&quot;，或安装发行版的 &quot;uv&quot; 软件包，然后重试。</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/preset.py" line="62"/>
        <source>MiniMax&apos;s tools need a MiniMax API key: set one in Settings, then try again.</source>
        <translation>MiniMax 的工具需要 MiniMax API 密钥：请在设置中填写，然后重试。</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/secret_refs.py" line="55"/>
        <source>Server &quot;{server}&quot;: the secret for {name} (&quot;{account}&quot;) is not in the keyring. Enter it again in the server&apos;s settings.</source>
        <translation>服务器“{server}”：{name} 的密钥（&quot;{account}&quot;）不在钥匙串中。请在该服务器的设置中重新输入。</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="163"/>
        <source>The tool server &quot;{name}&quot; has been stopped.</source>
        <translation>工具服务器“{name}”已停止。</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="180"/>
        <source>it did not answer within {seconds} seconds.</source>
        <translation>它在 {seconds} 秒内没有响应。</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="260"/>
        <source>The tool server &quot;{name}&quot; stopped: {reason}</source>
        <translation>工具服务器“{name}”已停止：{reason}</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="302"/>
        <source>The tool server &quot;{name}&quot; stopped unexpectedly (it will be started again on next use).</source>
        <translation>工具服务器“{name}”意外停止（下次使用时会重新启动）。</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="308"/>
        <source>The tool server &quot;{name}&quot; stopped.</source>
        <translation>工具服务器“{name}”已停止。</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="324"/>
        <source>the program &quot;{command}&quot; was not found on PATH.</source>
        <translation>在 PATH 中找不到程序 &quot;{command}&quot;。</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="439"/>
        <source>the server refused access (HTTP {status}): check its headers, e.g. the token.</source>
        <translation>服务器拒绝访问（HTTP {status}）：请检查请求头，例如令牌。</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="444"/>
        <source>the server answered with HTTP error {status}.</source>
        <translation>服务器返回了 HTTP 错误 {status}。</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="449"/>
        <source>the program &quot;{command}&quot; was not found.</source>
        <translation>找不到程序 &quot;{command}&quot;。</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="453"/>
        <source>the program &quot;{command}&quot; may not be run.</source>
        <translation>没有权限运行程序 &quot;{command}&quot;。</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="457"/>
        <source>it closed the connection.</source>
        <translation>它关闭了连接。</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="459"/>
        <source>it answered with an error: {error}</source>
        <translation>它返回了错误：{error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="461"/>
        <source>{url} could not be reached ({error}).</source>
        <translation>无法连接 {url}（{error}）。</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="467"/>
        <source>It said: {stderr}</source>
        <translation>它的输出：{stderr}</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="501"/>
        <source>There is no tool server named &quot;{name}&quot;.</source>
        <translation>没有名为“{name}”的工具服务器。</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/editing.py" line="85"/>
        <source>{where} was changed by another program while Settings was open, so it was not overwritten. It has been read again: please make your change once more.</source>
        <translation>设置打开期间，{where} 被其他程序修改，因此没有覆盖它。已重新读取该文件：请再做一次你的更改。</translation>
    </message>
</context>
<context>
    <name>regions</name>
    <message>
        <location filename="../../gui/core/regions.py" line="22"/>
        <source>International</source>
        <translation>国际站</translation>
    </message>
    <message>
        <location filename="../../gui/core/regions.py" line="28"/>
        <source>China (mainland)</source>
        <translation>中国大陆</translation>
    </message>
</context>
<context>
    <name>saver</name>
    <message>
        <location filename="../../gui/core/saver.py" line="127"/>
        <source>Could not save the conversation to disk ({error}). It is still open here; the next change will try again.</source>
        <translation>无法将对话保存到磁盘（{error}）。对话仍在此处打开，下次有更改时会再次尝试保存。</translation>
    </message>
</context>
<context>
    <name>secrets</name>
    <message>
        <location filename="../../gui/core/secrets.py" line="49"/>
        <source>this session only (not saved)</source>
        <translation>仅限本次会话（不保存）</translation>
    </message>
    <message>
        <location filename="../../gui/core/secrets.py" line="101"/>
        <source>the keyring library could not load ({error})</source>
        <translation>keyring 库无法加载（{error}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/secrets.py" line="93"/>
        <location filename="../../gui/core/secrets.py" line="104"/>
        <source>no keyring backend could be loaded ({error})</source>
        <translation>无法加载任何钥匙串后端（{error}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/secrets.py" line="109"/>
        <source>no secure system keyring is available (on Linux: a Secret Service such as GNOME Keyring or KWallet must be running)</source>
        <translation>没有可用的安全系统钥匙串（在 Linux 上需要运行 GNOME Keyring 或 KWallet 等 Secret Service 服务）</translation>
    </message>
    <message>
        <location filename="../../gui/core/secrets.py" line="157"/>
        <source>the system keyring ({backend})</source>
        <translation>系统钥匙串（{backend}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/secrets.py" line="185"/>
        <source>Could not read the API key from the keyring</source>
        <translation>无法从系统钥匙串读取 API 密钥</translation>
    </message>
    <message>
        <location filename="../../gui/core/secrets.py" line="186"/>
        <source>Could not save the API key in the keyring</source>
        <translation>无法将 API 密钥保存到系统钥匙串</translation>
    </message>
    <message>
        <location filename="../../gui/core/secrets.py" line="187"/>
        <source>Could not remove the API key from the keyring</source>
        <translation>无法从系统钥匙串中移除 API 密钥</translation>
    </message>
    <message>
        <location filename="../../gui/core/secrets.py" line="195"/>
        <source>it is locked and the unlock prompt was dismissed.</source>
        <translation>钥匙串已锁定，且解锁提示已被关闭。</translation>
    </message>
    <message>
        <location filename="../../gui/core/secrets.py" line="198"/>
        <source>no system keyring is available.</source>
        <translation>没有可用的系统钥匙串。</translation>
    </message>
    <message>
        <location filename="../../gui/core/secrets.py" line="211"/>
        <source>the keyring did not answer within {seconds} s.</source>
        <translation>钥匙串在 {seconds} 秒内没有响应。</translation>
    </message>
    <message>
        <location filename="../../gui/core/secrets.py" line="214"/>
        <source>the keyring helper process failed.</source>
        <translation>钥匙串辅助进程失败。</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../gui/core/settings.py" line="139"/>
        <source>The settings file could not be read ({reason}); using defaults.</source>
        <translation>无法读取设置文件（{reason}），将使用默认设置。</translation>
    </message>
    <message>
        <location filename="../../gui/core/settings.py" line="151"/>
        <source>It was kept as {name}.</source>
        <translation>原文件已保留为 {name}。</translation>
    </message>
    <message>
        <location filename="../../gui/core/settings.py" line="154"/>
        <source>The settings file was damaged, so defaults are used.</source>
        <translation>设置文件已损坏，因此将使用默认设置。</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <location filename="../../gui/core/storage.py" line="67"/>
        <source>the file does not hold a JSON object</source>
        <translation>文件中不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="71"/>
        <source>schema_version is missing or not a number</source>
        <translation>schema_version 缺失或不是数字</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="75"/>
        <source>it was written by a newer MiniMax Chat (format {new}, this app reads {ours})</source>
        <translation>它由更新版本的 MiniMax Chat 写入（格式版本 {new}，本应用支持的版本为 {ours}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="156"/>
        <source>it repeats the id of {name}</source>
        <translation>其 ID 与 {name} 重复</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="197"/>
        <source>{name} could not be read ({reason}).</source>
        <translation>无法读取 {name}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="204"/>
        <source>{name} was skipped: it is a link or not a regular file, and this app only reads its own files.</source>
        <translation>已跳过 {name}：它是链接或不是普通文件，而本应用只读取自己的文件。</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="212"/>
        <source>it is too large ({size} MB)</source>
        <translation>文件过大，达 {size} MB</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="219"/>
        <source>{name} could not be read (permission denied); it was left as is.</source>
        <translation>无法读取 {name}（权限不足），已保持原样。</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="226"/>
        <source>{name} could not be read ({reason}); it was left as is.</source>
        <translation>无法读取 {name}（{reason}），已保持原样。</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="247"/>
        <source>{name} was not opened: {reason}. It was left untouched.</source>
        <translation>未打开 {name}：{reason}。该文件未做任何改动。</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="266"/>
        <source>{name} is damaged ({reason}).</source>
        <translation>{name} 已损坏（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="275"/>
        <source>{name} is damaged ({reason}) and could not be moved: {error}</source>
        <translation>{name} 已损坏（{reason}），且无法移走：{error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="282"/>
        <source>{name} is damaged ({reason}). It was moved to {aside}.</source>
        <translation>{name} 已损坏（{reason}），已移至 {aside}。</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="322"/>
        <source>it is not UTF-8 text</source>
        <translation>文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="324"/>
        <source>it is not valid JSON: {error} at line {line}</source>
        <translation>文件不是有效的 JSON：第 {line} 行，{error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="328"/>
        <source>it is nested too deeply</source>
        <translation>文件嵌套层级过深</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="332"/>
        <source>its content is not what this app expects ({detail})</source>
        <translation>内容不是本应用能读取的格式（{detail}）</translation>
    </message>
    <message>
        <location filename="../../gui/core/conversation.py" line="279"/>
        <source>a message must be a JSON object</source>
        <translation>消息必须是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../gui/core/conversation.py" line="283"/>
        <source>message content must be a string</source>
        <translation>消息内容必须是字符串</translation>
    </message>
    <message>
        <location filename="../../gui/core/conversation.py" line="456"/>
        <source>a conversation must be a JSON object</source>
        <translation>对话必须是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../gui/core/conversation.py" line="461"/>
        <source>a conversation needs a non-empty string id</source>
        <translation>对话需要一个非空的字符串 id</translation>
    </message>
    <message>
        <location filename="../../gui/core/conversation.py" line="465"/>
        <source>messages must be a list</source>
        <translation>messages 必须是列表</translation>
    </message>
    <message>
        <location filename="../../gui/core/conversation.py" line="468"/>
        <source>title must be a string</source>
        <translation>标题必须是字符串</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="44"/>
        <source>This conversation is too large to save ({size} MB; the limit is {limit} MB). The saved copy stays as it was; export the conversation to keep the newest part, and continue in a new one.</source>
        <translation>此对话太大，无法保存（{size} MB，上限为 {limit} MB）。已保存的副本保持不变；请导出此对话以保留最新部分，并在新对话中继续。</translation>
    </message>
</context>
<context>
    <name>tool_labels</name>
    <message>
        <location filename="../../gui/core/export/tool_notes.py" line="27"/>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../gui/core/export/tool_notes.py" line="28"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gui/core/export/tool_notes.py" line="26"/>
        <source>Tool call</source>
        <translation>工具调用</translation>
    </message>
    <message>
        <location filename="../../gui/core/tool_turns.py" line="19"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../gui/core/tool_turns.py" line="18"/>
        <source>denied</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../gui/core/tool_turns.py" line="16"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../gui/core/tool_turns.py" line="17"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../gui/core/export/tool_notes.py" line="29"/>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../gui/core/tool_turns.py" line="20"/>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../gui/core/tool_turns.py" line="15"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
</context>
</TS>
