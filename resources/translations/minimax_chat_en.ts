<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/ui/app.py" line="155"/>
        <source>The API key cannot be saved: {problem}. It will be kept for this session only (never written to a file).</source>
        <translation>The API key cannot be saved: {problem}. It will be kept for this session only (never written to a file).</translation>
    </message>
    <message>
        <location filename="../../gui/ui/app.py" line="360"/>
        <source>MiniMax Chat needs a desktop to open its window, and there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from your desktop session; the command line&apos;s export and import work anywhere.</source>
        <translation>MiniMax Chat needs a desktop to open its window, and there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from your desktop session; the command line&apos;s export and import work anywhere.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/single_instance.py" line="154"/>
        <source>MiniMax Chat is already running</source>
        <translation>MiniMax Chat is already running</translation>
    </message>
    <message>
        <location filename="../../gui/ui/single_instance.py" line="144"/>
        <source>MiniMax Chat is already open with this data folder: switched to its window.</source>
        <translation>MiniMax Chat is already open with this data folder: switched to its window.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/single_instance.py" line="164"/>
        <source>MiniMax Chat is already running with this data folder:
{folder}

but it does not answer. Wait a moment and try again, or end it (for example in the system monitor) and start again. Nothing was changed.</source>
        <translation>MiniMax Chat is already running with this data folder:
{folder}

but it does not answer. Wait a moment and try again, or end it (for example in the system monitor) and start again. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/single_instance.py" line="178"/>
        <source>MiniMax Chat is already running with this data folder:
{folder}

but it could not take over this request (it may be an older version). Switch to its window, or close it and start again. Nothing was changed.</source>
        <translation>MiniMax Chat is already running with this data folder:
{folder}

but it could not take over this request (it may be an older version). Switch to its window, or close it and start again. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/single_instance.py" line="171"/>
        <source>MiniMax Chat is already running with this data folder:
{folder}

but the message is too long to hand over to it (at most {limit} MB). Paste it into its window instead. Nothing was changed.</source>
        <translation>MiniMax Chat is already running with this data folder:
{folder}

but the message is too long to hand over to it (at most {limit} MB). Paste it into its window instead. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ApprovalCard</name>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="197"/>
        <source>Allow all once</source>
        <translation>Allow all once</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="126"/>
        <source>Allow once</source>
        <translation>Allow once</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="156"/>
        <source>Allowed once</source>
        <translation>Allowed once</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="127"/>
        <source>Always allow this tool</source>
        <translation>Always allow this tool</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="157"/>
        <source>Always allowed</source>
        <translation>Always allowed</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="122"/>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="158"/>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="128"/>
        <source>Deny</source>
        <translation>Deny</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="198"/>
        <source>Deny all</source>
        <translation>Deny all</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="206"/>
        <source>Enter allows once · Esc denies</source>
        <translation>Enter allows once · Esc denies</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="191"/>
        <source>MiniMax wants to use a tool</source>
        <translation>MiniMax wants to use a tool</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="193"/>
        <source>MiniMax wants to use {count} tools</source>
        <translation>MiniMax wants to use {count} tools</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="184"/>
        <source>Tool approval</source>
        <translation>Tool approval</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="114"/>
        <source>destructive</source>
        <translation>destructive</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="112"/>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/approval_card.py" line="104"/>
        <source>{tool} from {server}</source>
        <translation>{tool} from {server}</translation>
    </message>
</context>
<context>
    <name>AttachActions</name>
    <message>
        <location filename="../../gui/ui/attach_actions.py" line="209"/>
        <source>{name} is already attached.</source>
        <translation>{name} is already attached.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/attach_actions.py" line="127"/>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <location filename="../../gui/ui/attach_actions.py" line="129"/>
        <source>Images, PDFs and text (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md *.py *.json *.csv);;All files (*)</source>
        <translation>Images, PDFs and text (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.md *.py *.json *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/attach_actions.py" line="259"/>
        <source>{name} could not be opened: {error}</source>
        <translation>{name} could not be opened: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/attach_actions.py" line="280"/>
        <source>At most {limit} images can be sent in one message; remove {extra}.</source>
        <translation>At most {limit} images can be sent in one message; remove {extra}.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/attach_actions.py" line="300"/>
        <source>This model does not take images</source>
        <translation>This model does not take images</translation>
    </message>
    <message>
        <location filename="../../gui/ui/attach_actions.py" line="302"/>
        <source>{model} cannot see images, so nothing was sent. Switch this chat to {other}, which does, and send?</source>
        <translation>{model} cannot see images, so nothing was sent. Switch this chat to {other}, which does, and send?</translation>
    </message>
    <message>
        <location filename="../../gui/ui/attach_actions.py" line="309"/>
        <source>Other chats keep their model. Or remove the images from the message and send the rest to {model}.</source>
        <translation>Other chats keep their model. Or remove the images from the message and send the rest to {model}.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/attach_actions.py" line="317"/>
        <source>Switch this chat to {other} and send</source>
        <translation>Switch this chat to {other} and send</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../../gui/ui/widgets/attachment_strip.py" line="19"/>
        <source>{name} ({width} × {height})</source>
        <translation>{name} ({width} × {height})</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/attachment_strip.py" line="24"/>
        <source>{name} (cut: {chars} characters)</source>
        <translation>{name} (cut: {chars} characters)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/attachment_strip.py" line="27"/>
        <source>{name} ({chars} characters)</source>
        <translation>{name} ({chars} characters)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/attachment_strip.py" line="55"/>
        <source>Attachment {name}</source>
        <translation>Attachment {name}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/attachment_strip.py" line="73"/>
        <source>Remove {name}</source>
        <translation>Remove {name}</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../gui/ui/widgets/attachment_viewer.py" line="35"/>
        <source>Image {name}</source>
        <translation>Image {name}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/attachment_viewer.py" line="51"/>
        <source>Text of {name}</source>
        <translation>Text of {name}</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../gui/ui/controller.py" line="582"/>
        <source>The answer stopped after {limit} tool rounds (the limit in Settings). Send a message to let it go on.</source>
        <translation>The answer stopped after {limit} tool rounds (the limit in Settings). Send a message to let it go on.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/tool_rounds.py" line="119"/>
        <source>The tool &quot;{tool}&quot; is allowed for now, but this could not be saved in mcp.json: {reason}</source>
        <translation>The tool &quot;{tool}&quot; is allowed for now, but this could not be saved in mcp.json: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/tool_rounds.py" line="57"/>
        <source>Tools are unavailable: {error}</source>
        <translation>Tools are unavailable: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/controller.py" line="163"/>
        <source>Some conversation files could not be opened. Nothing was deleted; every other conversation loaded.</source>
        <translation>Some conversation files could not be opened. Nothing was deleted; every other conversation loaded.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/controller.py" line="196"/>
        <source>That conversation could not be opened: its file is missing or damaged (a damaged file is kept aside, never deleted).</source>
        <translation>That conversation could not be opened: its file is missing or damaged (a damaged file is kept aside, never deleted).</translation>
    </message>
    <message>
        <location filename="../../gui/ui/controller.py" line="693"/>
        <source>MiniMax is busy; trying again in {seconds} s…</source>
        <translation>MiniMax is busy; trying again in {seconds} s…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/controller.py" line="341"/>
        <source>{model} cannot see images: this chat&apos;s earlier images now go as their names only. Pick {other} for this chat to send them again.</source>
        <translation>{model} cannot see images: this chat&apos;s earlier images now go as their names only. Pick {other} for this chat to send them again.</translation>
    </message>
</context>
<context>
    <name>ChatControls</name>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="26"/>
        <source>Adaptive</source>
        <translation>Adaptive</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="27"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="100"/>
        <source>Thinking:</source>
        <translation>Thinking:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="105"/>
        <source>Thinking for this chat</source>
        <translation>Thinking for this chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="110"/>
        <source>always on</source>
        <translation>always on</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="124"/>
        <source>Context used</source>
        <translation>Context used</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="147"/>
        <source>New chat</source>
        <translation>New chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="225"/>
        <source>{model} always thinks before it answers; it cannot be switched off.</source>
        <translation>{model} always thinks before it answers; it cannot be switched off.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="235"/>
        <source>Default ({choice})</source>
        <translation>Default ({choice})</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="248"/>
        <source>Adaptive: {model} thinks as much as the question needs. Off: it answers straight away (faster, fewer tokens). Applies to this chat&apos;s next answers.</source>
        <translation>Adaptive: {model} thinks as much as the question needs. Off: it answers straight away (faster, fewer tokens). Applies to this chat&apos;s next answers.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="275"/>
        <source>{used} of {window} context ({percent} %)</source>
        <translation>{used} of {window} context ({percent} %)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="280"/>
        <source>Counted by MiniMax for the last answer, plus an estimate for what came after.</source>
        <translation>Counted by MiniMax for the last answer, plus an estimate for what came after.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="289"/>
        <source>An estimate: MiniMax has not counted this chat yet.</source>
        <translation>An estimate: MiniMax has not counted this chat yet.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="298"/>
        <source>This chat&apos;s history would use about {used} of {model}&apos;s {window} tokens.</source>
        <translation>This chat&apos;s history would use about {used} of {model}&apos;s {window} tokens.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="89"/>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="94"/>
        <source>Model for this chat</source>
        <translation>Model for this chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="176"/>
        <source>Default ({model})</source>
        <translation>Default ({model})</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="189"/>
        <source>The model that answers this chat&apos;s next messages. Default follows Settings → Model (now {default}); other chats keep their own. Earlier answers keep the model that wrote them.</source>
        <translation>The model that answers this chat&apos;s next messages. Default follows Settings → Model (now {default}); other chats keep their own. Earlier answers keep the model that wrote them.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="154"/>
        <source>Keep the earlier messages in this chat, but stop sending them to MiniMax.</source>
        <translation>Keep the earlier messages in this chat, but stop sending them to MiniMax.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="152"/>
        <source>Leave out earlier turns…</source>
        <translation>Leave out earlier turns…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="314"/>
        <source>This message is too large for {model}&apos;s context window on its own (about {draft} of {window} tokens): MiniMax will refuse it. Before sending, remove attachments or shorten the text.</source>
        <translation>This message is too large for {model}&apos;s context window on its own (about {draft} of {window} tokens): MiniMax will refuse it. Before sending, remove attachments or shorten the text.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="321"/>
        <source>This chat no longer fits {model}&apos;s context window: MiniMax will refuse the next message. Leave out earlier turns (they stay in this chat, but are no longer sent), or start a new chat and bring over what still matters.</source>
        <translation>This chat no longer fits {model}&apos;s context window: MiniMax will refuse the next message. Leave out earlier turns (they stay in this chat, but are no longer sent), or start a new chat and bring over what still matters.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="328"/>
        <source>This chat uses {percent} % of {model}&apos;s context window. When it is full, MiniMax refuses new messages: start a new chat for a new topic, or leave out earlier turns that no longer matter.</source>
        <translation>This chat uses {percent} % of {model}&apos;s context window. When it is full, MiniMax refuses new messages: start a new chat for a new topic, or leave out earlier turns that no longer matter.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="285"/>
        <source>An estimate: MiniMax has not counted what is sent now.</source>
        <translation>An estimate: MiniMax has not counted what is sent now.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_controls.py" line="291"/>
        <source>Earlier turns left out: {count}. They stay in this chat but are not sent, and do not count here.</source>
        <translation>Earlier turns left out: {count}. They stay in this chat but are not sent, and do not count here.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../gui/ui/widgets/chat_view.py" line="152"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_view.py" line="182"/>
        <source>Show earlier messages</source>
        <translation>Show earlier messages</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_view.py" line="363"/>
        <source>Show {count} earlier messages</source>
        <translation>Show {count} earlier messages</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/context_divider.py" line="41"/>
        <source>Earlier messages are not sent to the model</source>
        <translation>Earlier messages are not sent to the model</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/start_menu.py" line="43"/>
        <source>Messages before this one stay in the chat but are no longer sent to MiniMax.</source>
        <translation>Messages before this one stay in the chat but are no longer sent to MiniMax.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/context_divider.py" line="55"/>
        <location filename="../../gui/ui/widgets/start_menu.py" line="35"/>
        <source>Send the whole chat again</source>
        <translation>Send the whole chat again</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/start_menu.py" line="38"/>
        <source>Start context here</source>
        <translation>Start context here</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/context_divider.py" line="45"/>
        <source>The messages above stay in this chat: saved, searchable and exported. MiniMax no longer sees them, so they no longer fill its context window.</source>
        <translation>The messages above stay in this chat: saved, searchable and exported. MiniMax no longer sees them, so they no longer fill its context window.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../gui/ui/widgets/composer.py" line="39"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/composer.py" line="41"/>
        <source>Message MiniMax…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Message MiniMax…  (Enter to send, Shift+Enter for a new line)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/composer.py" line="118"/>
        <source>Editing your last message: sending replaces it and its answer.</source>
        <translation>Editing your last message: sending replaces it and its answer.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/composer.py" line="123"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/composer.py" line="148"/>
        <location filename="../../gui/ui/widgets/composer.py" line="150"/>
        <location filename="../../gui/ui/widgets/composer.py" line="166"/>
        <location filename="../../gui/ui/widgets/composer.py" line="169"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/composer.py" line="166"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/composer.py" line="169"/>
        <source>Stop the answer</source>
        <translation>Stop the answer</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/composer.py" line="137"/>
        <source>Attach images, PDFs or text files (or paste or drop them)</source>
        <translation>Attach images, PDFs or text files (or paste or drop them)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/composer.py" line="135"/>
        <location filename="../../gui/ui/widgets/composer.py" line="139"/>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
</context>
<context>
    <name>ContextTrim</name>
    <message>
        <location filename="../../gui/ui/context_trim.py" line="74"/>
        <source>Earlier messages are no longer sent to the model.</source>
        <translation>Earlier messages are no longer sent to the model.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="123"/>
        <source>Leave out</source>
        <translation>Leave out</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="165"/>
        <source>Leave out earlier turns</source>
        <translation>Leave out earlier turns</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="99"/>
        <source>Leave out the first turn of this chat?</source>
        <translation>Leave out the first turn of this chat?</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="101"/>
        <source>Leave out the first {count} turns of this chat?</source>
        <translation>Leave out the first {count} turns of this chat?</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="139"/>
        <source>Leaving out earlier turns cannot make this chat fit</source>
        <translation>Leaving out earlier turns cannot make this chat fit</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="148"/>
        <source>Only the last turn of this chat is sent already. To go on, start a new chat and bring over what still matters.</source>
        <translation>Only the last turn of this chat is sent already. To go on, start a new chat and bring over what still matters.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="140"/>
        <source>The last turn of this chat alone (with what you are writing now) needs about {used} tokens, and {model}&apos;s context window holds {window}. Start a new chat, with a shorter message or fewer or smaller attachments.</source>
        <translation>The last turn of this chat alone (with what you are writing now) needs about {used} tokens, and {model}&apos;s context window holds {window}. Start a new chat, with a shorter message or fewer or smaller attachments.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/context_trim.py" line="72"/>
        <source>The whole chat is sent again.</source>
        <translation>The whole chat is sent again.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="147"/>
        <source>There are no earlier turns to leave out</source>
        <translation>There are no earlier turns to leave out</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="105"/>
        <source>They stay in this chat, saved, searchable and exported, but MiniMax no longer sees them: from now on it answers knowing only the last {kept} of {total} turns. The chat then uses about {percent} % of {model}&apos;s context window ({used} of {window} tokens). “Send the whole chat again” above the first message sent undoes this.</source>
        <translation>They stay in this chat, saved, searchable and exported, but MiniMax no longer sees them: from now on it answers knowing only the last {kept} of {total} turns. The chat then uses about {percent} % of {model}&apos;s context window ({used} of {window} tokens). “Send the whole chat again” above the first message sent undoes this.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../gui/ui/context.py" line="78"/>
        <source>Something unexpected went wrong ({error}). Your conversations are safe. The details are in the log (Help → Show log folder).</source>
        <translation>Something unexpected went wrong ({error}). Your conversations are safe. The details are in the log (Help → Show log folder).</translation>
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
        <translation>Web page (HTML)</translation>
    </message>
    <message>
        <location filename="../../gui/core/export/options.py" line="36"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../gui/core/export/options.py" line="37"/>
        <source>JSON (re-importable)</source>
        <translation>JSON (re-importable)</translation>
    </message>
    <message>
        <location filename="../../gui/core/export/options.py" line="38"/>
        <source>Plain text</source>
        <translation>Plain text</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="27"/>
        <source>Markdown (.md): readable anywhere; code and tables kept exactly</source>
        <translation>Markdown (.md): readable anywhere; code and tables kept exactly</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="30"/>
        <source>Web page (.html): one file, opens in any browser, no scripts</source>
        <translation>Web page (.html): one file, opens in any browser, no scripts</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="33"/>
        <source>PDF (.pdf): for printing and archiving</source>
        <translation>PDF (.pdf): for printing and archiving</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="34"/>
        <source>JSON (.json): the complete chat, can be imported again</source>
        <translation>JSON (.json): the complete chat, can be imported again</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="37"/>
        <source>Plain text (.txt): wrapped, with who said what</source>
        <translation>Plain text (.txt): wrapped, with who said what</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="41"/>
        <source>JSON always holds the complete conversation so that it can be imported again.</source>
        <translation>JSON always holds the complete conversation so that it can be imported again.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="86"/>
        <source>Export all chats</source>
        <translation>Export all chats</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="88"/>
        <source>Export chat</source>
        <translation>Export chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="95"/>
        <source>Export “{title}”.</source>
        <translation>Export “{title}”.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="96"/>
        <source>New chat</source>
        <translation>New chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="99"/>
        <source>Export the chat.</source>
        <translation>Export the chat.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="101"/>
        <source>Export all {count} chats, one file per chat.</source>
        <translation>Export all {count} chats, one file per chat.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="110"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="122"/>
        <source>Include</source>
        <translation>Include</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="125"/>
        <source>The model&apos;s reasoning (collapsible in Markdown and HTML)</source>
        <translation>The model&apos;s reasoning (collapsible in Markdown and HTML)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="128"/>
        <source>The system prompt</source>
        <translation>The system prompt</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="131"/>
        <source>Metadata: model, times and token usage</source>
        <translation>Metadata: model, times and token usage</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="142"/>
        <source>A single .zip archive</source>
        <translation>A single .zip archive</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="145"/>
        <source>A new folder with one file per chat</source>
        <translation>A new folder with one file per chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="149"/>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="158"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>KeySafety</name>
    <message>
        <location filename="../../gui/ui/key_safety.py" line="19"/>
        <source>Send the key unencrypted?</source>
        <translation>Send the key unencrypted?</translation>
    </message>
    <message>
        <location filename="../../gui/ui/key_safety.py" line="21"/>
        <source>{url} uses plain http, not https. Your API key would cross the network unencrypted, readable by anyone on the way. Send it to this address anyway?</source>
        <translation>{url} uses plain http, not https. Your API key would cross the network unencrypted, readable by anyone on the way. Send it to this address anyway?</translation>
    </message>
    <message>
        <location filename="../../gui/ui/key_safety.py" line="28"/>
        <source>Send over http</source>
        <translation>Send over http</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/ui/main_window.py" line="55"/>
        <source>Ask MiniMax anything.
The answer appears here; its thinking streams into the side pane.</source>
        <translation>Ask MiniMax anything.
The answer appears here; its thinking streams into the side pane.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="59"/>
        <source>Add your MiniMax API key in Settings to start chatting.</source>
        <translation>Add your MiniMax API key in Settings to start chatting.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="185"/>
        <location filename="../../gui/ui/window_actions.py" line="157"/>
        <source>Show log folder</source>
        <translation>Show log folder</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/notice_banner.py" line="38"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="38"/>
        <location filename="../../gui/ui/window_actions.py" line="71"/>
        <source>New chat</source>
        <translation>New chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="75"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="79"/>
        <source>Stop answer</source>
        <translation>Stop answer</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="83"/>
        <source>Regenerate answer</source>
        <translation>Regenerate answer</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="88"/>
        <source>Reasoning pane</source>
        <translation>Reasoning pane</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="92"/>
        <source>Search chats</source>
        <translation>Search chats</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="96"/>
        <source>Rename chat</source>
        <translation>Rename chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="100"/>
        <source>Delete chat…</source>
        <translation>Delete chat…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="104"/>
        <source>Chat system prompt…</source>
        <translation>Chat system prompt…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="108"/>
        <source>Export chat…</source>
        <translation>Export chat…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="112"/>
        <source>Export all chats…</source>
        <translation>Export all chats…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="116"/>
        <source>Import chats…</source>
        <translation>Import chats…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="121"/>
        <source>Import chats from folder…</source>
        <translation>Import chats from folder…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="125"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="129"/>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="133"/>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="137"/>
        <source>Normal text size</source>
        <translation>Normal text size</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="141"/>
        <source>Next chat</source>
        <translation>Next chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="145"/>
        <source>Previous chat</source>
        <translation>Previous chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="226"/>
        <location filename="../../gui/ui/widgets/dialogs.py" line="230"/>
        <location filename="../../gui/ui/window_actions.py" line="149"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="153"/>
        <source>Focus message box</source>
        <translation>Focus message box</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="169"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="174"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="178"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="183"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="274"/>
        <location filename="../../gui/ui/window_actions.py" line="161"/>
        <source>About MiniMax Chat</source>
        <translation>About MiniMax Chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/window_actions.py" line="225"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="318"/>
        <source>{title} — MiniMax Chat</source>
        <translation>{title} — MiniMax Chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="354"/>
        <source>The answer is complete.</source>
        <translation>The answer is complete.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="355"/>
        <source>The answer was stopped.</source>
        <translation>The answer was stopped.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="356"/>
        <source>The answer was cut short.</source>
        <translation>The answer was cut short.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="357"/>
        <source>The answer failed.</source>
        <translation>The answer failed.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="373"/>
        <source>MiniMax is answering.</source>
        <translation>MiniMax is answering.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="35"/>
        <source>Delete conversation</source>
        <translation>Delete conversation</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="37"/>
        <source>Delete “{title}”?</source>
        <translation>Delete “{title}”?</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="42"/>
        <source>Its messages are removed from this computer. This cannot be undone.</source>
        <translation>Its messages are removed from this computer. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="48"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="78"/>
        <source>Open link</source>
        <translation>Open link</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="79"/>
        <source>Open this address in your browser?</source>
        <translation>Open this address in your browser?</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="181"/>
        <location filename="../../gui/ui/widgets/dialogs.py" line="196"/>
        <source>System prompt for this chat</source>
        <translation>System prompt for this chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="184"/>
        <source>Leave empty to use the default from Settings:
{prompt}</source>
        <translation>Leave empty to use the default from Settings:
{prompt}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="190"/>
        <source>Leave empty to send no system prompt.</source>
        <translation>Leave empty to send no system prompt.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="199"/>
        <source>Send no system prompt in this chat</source>
        <translation>Send no system prompt in this chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="491"/>
        <source>The new language applies after MiniMax Chat restarts.</source>
        <translation>The new language applies after MiniMax Chat restarts.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/account.py" line="167"/>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/account.py" line="184"/>
        <source>Not tested.</source>
        <translation>Not tested.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/account.py" line="199"/>
        <source>Connected to {url}.</source>
        <translation>Connected to {url}.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/account.py" line="201"/>
        <source>The server lists {count} models.</source>
        <translation>The server lists {count} models.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/account.py" line="219"/>
        <source>No MiniMax API key is set yet.</source>
        <translation>No MiniMax API key is set yet.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/account.py" line="220"/>
        <source>Open Settings</source>
        <translation>Open Settings</translation>
    </message>
    <message>
        <location filename="../../gui/ui/appearance.py" line="89"/>
        <source>Text size {percent} %</source>
        <translation>Text size {percent} %</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="232"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="232"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="247"/>
        <source>Send the message</source>
        <translation>Send the message</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="247"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="249"/>
        <source>New line in the message</source>
        <translation>New line in the message</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="250"/>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="252"/>
        <source>Delete the selected chat</source>
        <translation>Delete the selected chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="252"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/model_label.py" line="30"/>
        <source>Model {model} at {url}</source>
        <translation>Model {model} at {url}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/dialogs.py" line="277"/>
        <source>A native desktop client for MiniMax&apos;s reasoning models.
Data folder: {folder}
Log file: {log}</source>
        <translation>A native desktop client for MiniMax&apos;s reasoning models.
Data folder: {folder}
Log file: {log}</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="37"/>
        <source>Waiting for MiniMax…</source>
        <translation>Waiting for MiniMax…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="38"/>
        <source>Thinking…</source>
        <translation>Thinking…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="39"/>
        <source>Writing…</source>
        <translation>Writing…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="118"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="139"/>
        <source>Your message</source>
        <translation>Your message</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="141"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="177"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="178"/>
        <source>Copy this message</source>
        <translation>Copy this message</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="185"/>
        <source>Copy the answer (the arrow offers more)</source>
        <translation>Copy the answer (the arrow offers more)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="191"/>
        <source>Copy answer</source>
        <translation>Copy answer</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="194"/>
        <source>Copy answer with reasoning</source>
        <translation>Copy answer with reasoning</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="198"/>
        <source>Copy as Markdown</source>
        <translation>Copy as Markdown</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="204"/>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="205"/>
        <source>Show this answer&apos;s reasoning in the side pane</source>
        <translation>Show this answer&apos;s reasoning in the side pane</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="210"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="211"/>
        <source>Edit and resend this message</source>
        <translation>Edit and resend this message</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="216"/>
        <source>Regenerate</source>
        <translation>Regenerate</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="217"/>
        <source>Ask for a new answer</source>
        <translation>Ask for a new answer</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="221"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="224"/>
        <source>Retry: send the same conversation again</source>
        <translation>Retry: send the same conversation again</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="227"/>
        <source>Open Settings</source>
        <translation>Open Settings</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="275"/>
        <source>*(No answer text: the model only produced reasoning.)*</source>
        <translation>*(No answer text: the model only produced reasoning.)*</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="293"/>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="294"/>
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="295"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="298"/>
        <source>Cut off at the output limit</source>
        <translation>Cut off at the output limit</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="307"/>
        <source> (MiniMax code {code})</source>
        <translation> (MiniMax code {code})</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="311"/>
        <source>The answer reached the maximum output length (thinking counts toward it). Raise “Max output tokens” in Settings and regenerate.</source>
        <translation>The answer reached the maximum output length (thinking counts toward it). Raise “Max output tokens” in Settings and regenerate.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="320"/>
        <source>MiniMax asked to use a tool ({names}) that this app cannot run; it was told the call was cancelled. Regenerate to ask again, or just keep writing.</source>
        <translation>MiniMax asked to use a tool ({names}) that this app cannot run; it was told the call was cancelled. Regenerate to ask again, or just keep writing.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="408"/>
        <source>Thinking… {duration}</source>
        <translation>Thinking… {duration}</translation>
    </message>
</context>
<context>
    <name>ReasoningPane</name>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="48"/>
        <source>Reasoning pane</source>
        <translation>Reasoning pane</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="55"/>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="60"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="62"/>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="63"/>
        <source>Copy the reasoning</source>
        <translation>Copy the reasoning</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="70"/>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="71"/>
        <source>Hide the reasoning pane</source>
        <translation>Hide the reasoning pane</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="98"/>
        <source>Reasoning text</source>
        <translation>Reasoning text</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="215"/>
        <source>The model&apos;s thinking appears here while it answers.</source>
        <translation>The model&apos;s thinking appears here while it answers.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="153"/>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="309"/>
        <source>Waiting for MiniMax…</source>
        <translation>Waiting for MiniMax…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="189"/>
        <source>Thinking… {duration}</source>
        <translation>Thinking… {duration}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="191"/>
        <source>Thinking…</source>
        <translation>Thinking…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="195"/>
        <source>Thought for {duration}; writing the answer…</source>
        <translation>Thought for {duration}; writing the answer…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="199"/>
        <source>Writing the answer…</source>
        <translation>Writing the answer…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="310"/>
        <source>This answer has no recorded reasoning.</source>
        <translation>This answer has no recorded reasoning.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="295"/>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="314"/>
        <source>Thought for {duration}</source>
        <translation>Thought for {duration}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="300"/>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="320"/>
        <source>{count} reasoning tokens</source>
        <translation>{count} reasoning tokens</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="325"/>
        <source>cut short, may be incomplete</source>
        <translation>cut short, may be incomplete</translation>
    </message>
</context>
<context>
    <name>ServerEditor</name>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="83"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="95"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="98"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="163"/>
        <source>Add tool server</source>
        <translation>Add tool server</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="165"/>
        <source>Edit tool server</source>
        <translation>Edit tool server</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="177"/>
        <source>For example: filesystem</source>
        <translation>For example: filesystem</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="178"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="181"/>
        <source>Program on this computer</source>
        <translation>Program on this computer</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="183"/>
        <source>Remote server (URL)</source>
        <translation>Remote server (URL)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="189"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="200"/>
        <source>Enabled (its tools are offered)</source>
        <translation>Enabled (its tools are offered)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="208"/>
        <source>tool names, comma-separated</source>
        <translation>tool names, comma-separated</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="211"/>
        <source>These tools run without asking first (alwaysAllow).</source>
        <translation>These tools run without asking first (alwaysAllow).</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="213"/>
        <source>Always allow:</source>
        <translation>Always allow:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="220"/>
        <source>Move them into the keyring</source>
        <translation>Move them into the keyring</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="225"/>
        <source>These values look secret and are written in mcp.json as plain text: {names}. In the keyring, mcp.json holds only a reference to them.</source>
        <translation>These values look secret and are written in mcp.json as plain text: {names}. In the keyring, mcp.json holds only a reference to them.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="233"/>
        <source>No system keyring is available, so secret values (keys, tokens) stay in mcp.json, which only you can read.</source>
        <translation>No system keyring is available, so secret values (keys, tokens) stay in mcp.json, which only you can read.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="241"/>
        <source>Values that look secret (keys, tokens, passwords) are kept in the system keyring; mcp.json holds only a reference to them.</source>
        <translation>Values that look secret (keys, tokens, passwords) are kept in the system keyring; mcp.json holds only a reference to them.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="270"/>
        <source>Command:</source>
        <translation>Command:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="273"/>
        <source>One argument per line</source>
        <translation>One argument per line</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="276"/>
        <source>Arguments:</source>
        <translation>Arguments:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="279"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="280"/>
        <source>Working folder:</source>
        <translation>Working folder:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="281"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="282"/>
        <source>Environment:</source>
        <translation>Environment:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="292"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="293"/>
        <source>Older SSE transport (for old servers)</source>
        <translation>Older SSE transport (for old servers)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="298"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="300"/>
        <source>Headers:</source>
        <translation>Headers:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="310"/>
        <source>Give the server a name.</source>
        <translation>Give the server a name.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="313"/>
        <source>A server named &quot;{name}&quot; already exists.</source>
        <translation>A server named &quot;{name}&quot; already exists.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="328"/>
        <source>Enter the command to run.</source>
        <translation>Enter the command to run.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="336"/>
        <source>The URL must start with http:// or https://.</source>
        <translation>The URL must start with http:// or https://.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/server_editor.py" line="104"/>
        <source>Show secret values</source>
        <translation>Show secret values</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="55"/>
        <source>Keys are issued per region and only work in the region that issued them.</source>
        <translation>Keys are issued per region and only work in the region that issued them.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="58"/>
        <source>Kept only in the system keyring, never in a file or a log.</source>
        <translation>Kept only in the system keyring, never in a file or a log.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="61"/>
        <source>Shows the key as plain text while you type.</source>
        <translation>Shows the key as plain text while you type.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="62"/>
        <source>Checks the key and the address shown here, without saving them.</source>
        <translation>Checks the key and the address shown here, without saving them.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="94"/>
        <source>Key in use: OPENAI_API_KEY from the environment ({hint}).</source>
        <translation>Key in use: OPENAI_API_KEY from the environment ({hint}).</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="98"/>
        <source>Key in use: saved in {store} ({hint}).</source>
        <translation>Key in use: saved in {store} ({hint}).</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="100"/>
        <source>Key in use: kept for this session only, in memory ({hint}).</source>
        <translation>Key in use: kept for this session only, in memory ({hint}).</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="104"/>
        <source>Key in use: none yet.</source>
        <translation>Key in use: none yet.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="130"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="139"/>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="146"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="151"/>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="156"/>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="162"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="197"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="203"/>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="217"/>
        <source>Custom base URL</source>
        <translation>Custom base URL</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="219"/>
        <source>An OpenAI-compatible address, usually ending in /v1</source>
        <translation>An OpenAI-compatible address, usually ending in /v1</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="227"/>
        <source>OPENAI_BASE_URL is set in the environment, so this session uses {url} whatever is chosen here.</source>
        <translation>OPENAI_BASE_URL is set in the environment, so this session uses {url} whatever is chosen here.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="242"/>
        <source>Keys only work in the region that issued them: a China-platform key is rejected by the International endpoint as an invalid key, and the other way round.</source>
        <translation>Keys only work in the region that issued them: a China-platform key is rejected by the International endpoint as an invalid key, and the other way round.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="252"/>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="256"/>
        <source>MiniMax API key</source>
        <translation>MiniMax API key</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="260"/>
        <source>Saved ({hint}). Type a new key to replace it.</source>
        <translation>Saved ({hint}). Type a new key to replace it.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="264"/>
        <source>Paste your MiniMax API key</source>
        <translation>Paste your MiniMax API key</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="267"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="275"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="279"/>
        <source>Delete the saved key for this region from the keyring</source>
        <translation>Delete the saved key for this region from the keyring</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="287"/>
        <source>From OPENAI_API_KEY ({hint})</source>
        <translation>From OPENAI_API_KEY ({hint})</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="293"/>
        <source>OPENAI_API_KEY is set in the environment: this session uses it and nothing is saved.</source>
        <translation>OPENAI_API_KEY is set in the environment: this session uses it and nothing is saved.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="306"/>
        <source>OPENAI_API_KEY is set without OPENAI_BASE_URL, so it is most likely an OpenAI key: it is ignored and never sent to MiniMax. Set both, as MiniMax&apos;s quick start does, to use a key from the environment.</source>
        <translation>OPENAI_API_KEY is set without OPENAI_BASE_URL, so it is most likely an OpenAI key: it is ignored and never sent to MiniMax. Set both, as MiniMax&apos;s quick start does, to use a key from the environment.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="318"/>
        <source>The key is stored only in {store}, never in a file.</source>
        <translation>The key is stored only in {store}, never in a file.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="322"/>
        <source>No secure system keyring is available, so the key is kept in memory for this session only and must be entered again next time. It is never written to a file.</source>
        <translation>No secure system keyring is available, so the key is kept in memory for this session only and must be entered again next time. It is never written to a file.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="45"/>
        <source>The default model: new chats use it, and so does every chat that has not picked its own under the message box. Pick a model or type any model id your key can use</source>
        <translation>The default model: new chats use it, and so does every chat that has not picked its own under the message box. Pick a model or type any model id your key can use</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="52"/>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="60"/>
        <source>MiniMax accepts values above 0 and up to 1 (default 1.0)</source>
        <translation>MiniMax accepts values above 0 and up to 1 (default 1.0)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="62"/>
        <source>Temperature:</source>
        <translation>Temperature:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="69"/>
        <source>Includes the reasoning tokens: too low cuts answers short</source>
        <translation>Includes the reasoning tokens: too low cuts answers short</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="71"/>
        <source>Max output tokens:</source>
        <translation>Max output tokens:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="75"/>
        <source>Optional instructions sent first in every chat</source>
        <translation>Optional instructions sent first in every chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="78"/>
        <source>Default system prompt:</source>
        <translation>Default system prompt:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="91"/>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="104"/>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="97"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="98"/>
        <source>A new language applies after a restart.</source>
        <translation>A new language applies after a restart.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="105"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="106"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="111"/>
        <source>Light, dark, or the same colours as the system</source>
        <translation>Light, dark, or the same colours as the system</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="113"/>
        <source>Theme:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="120"/>
        <source>Also Ctrl+= / Ctrl+- / Ctrl+0</source>
        <translation>Also Ctrl+= / Ctrl+- / Ctrl+0</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="121"/>
        <source>Text size:</source>
        <translation>Text size:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="131"/>
        <source>Receive reasoning separately (reasoning_split)</source>
        <translation>Receive reasoning separately (reasoning_split)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="136"/>
        <source>Turn this off only for a proxy that rejects unknown request fields; the reasoning is then separated from the answer&apos;s &lt;think&gt; tags instead.</source>
        <translation>Turn this off only for a proxy that rejects unknown request fields; the reasoning is then separated from the answer&apos;s &lt;think&gt; tags instead.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="146"/>
        <source>System proxy</source>
        <translation>System proxy</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="147"/>
        <source>No proxy</source>
        <translation>No proxy</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="148"/>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="153"/>
        <source>How to reach MiniMax: the system&apos;s proxy, none, or yours</source>
        <translation>How to reach MiniMax: the system&apos;s proxy, none, or yours</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="155"/>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="159"/>
        <source>http://127.0.0.1:7890 or socks5://…</source>
        <translation>http://127.0.0.1:7890 or socks5://…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="161"/>
        <source>Proxy URL:</source>
        <translation>Proxy URL:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="167"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="170"/>
        <source>How long to wait for the next piece of a reply</source>
        <translation>How long to wait for the next piece of a reply</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="172"/>
        <source>Give up after silence of:</source>
        <translation>Give up after silence of:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="176"/>
        <source>Problems only</source>
        <translation>Problems only</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="177"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="178"/>
        <source>Detailed (for bug reports)</source>
        <translation>Detailed (for bug reports)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="183"/>
        <source>How much the log records. Message text and API keys are never logged.</source>
        <translation>How much the log records. Message text and API keys are never logged.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_tabs.py" line="188"/>
        <source>Log detail:</source>
        <translation>Log detail:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="346"/>
        <source>Get a key for this region: {link}</source>
        <translation>Get a key for this region: {link}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="387"/>
        <source>The custom base URL must start with http:// or https://.</source>
        <translation>The custom base URL must start with http:// or https://.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="391"/>
        <source>The proxy URL needs a scheme, for example http://127.0.0.1:7890.</source>
        <translation>The proxy URL needs a scheme, for example http://127.0.0.1:7890.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="148"/>
        <source>Thinking and cost</source>
        <translation>Thinking and cost</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="159"/>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="150"/>
        <source>Pick a model or type any model id your key can use</source>
        <translation>Pick a model or type any model id your key can use</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="58"/>
        <location filename="../../gui/ui/widgets/sidebar.py" line="153"/>
        <location filename="../../gui/ui/widgets/sidebar.py" line="155"/>
        <source>New chat</source>
        <translation>New chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="86"/>
        <source>{title}
Last activity: {time}</source>
        <translation>{title}
Last activity: {time}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="92"/>
        <source>{title}, answering, last activity {time}</source>
        <translation>{title}, answering, last activity {time}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="94"/>
        <source>{title}, last activity {time}</source>
        <translation>{title}, last activity {time}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="146"/>
        <source>Search chats</source>
        <translation>Search chats</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="147"/>
        <source>Search conversations</source>
        <translation>Search conversations</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="163"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="177"/>
        <source>Delete conversation</source>
        <translation>Delete conversation</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="240"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="241"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="242"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>TableBlock</name>
    <message>
        <location filename="../../gui/ui/widgets/table_block.py" line="247"/>
        <source>Table: {rows} rows × {columns} columns</source>
        <translation>Table: {rows} rows × {columns} columns</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/table_block.py" line="198"/>
        <location filename="../../gui/ui/widgets/table_block.py" line="219"/>
        <source>Copy table</source>
        <translation>Copy table</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/table_block.py" line="199"/>
        <source>Copy the whole table as Markdown</source>
        <translation>Copy the whole table as Markdown</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/table_block.py" line="215"/>
        <source>Copy cells</source>
        <translation>Copy cells</translation>
    </message>
</context>
<context>
    <name>ThinkingCostPage</name>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="63"/>
        <source>Adaptive</source>
        <translation>Adaptive</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="64"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="67"/>
        <source>Adaptive: MiniMax-M3 thinks as much as a question needs. Off: it answers straight away.</source>
        <translation>Adaptive: MiniMax-M3 thinks as much as a question needs. Off: it answers straight away.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="73"/>
        <source>Thinking (MiniMax-M3):</source>
        <translation>Thinking (MiniMax-M3):</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="77"/>
        <source>New chats use this; each chat can choose otherwise below the message box. The M2 models always think, so nothing is sent for them.</source>
        <translation>New chats use this; each chat can choose otherwise below the message box. The M2 models always think, so nothing is sent for them.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="87"/>
        <source>Prices per million tokens, in</source>
        <translation>Prices per million tokens, in</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="93"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="95"/>
        <source>The currency of every price below, e.g. USD or CNY</source>
        <translation>The currency of every price below, e.g. USD or CNY</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="99"/>
        <source>Shipped prices</source>
        <translation>Shipped prices</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="102"/>
        <source>Put back the prices that came with the app</source>
        <translation>Put back the prices that came with the app</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="111"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="112"/>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="113"/>
        <source>Cached input</source>
        <translation>Cached input</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="114"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="123"/>
        <source>Shipped prices were taken in {date} from {source}. They are estimates: your bill is what MiniMax charges. An empty cell means no price (cached input: as input); reasoning counts as output.</source>
        <translation>Shipped prices were taken in {date} from {source}. They are estimates: your bill is what MiniMax charges. An empty cell means no price (cached input: as input); reasoning counts as output.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="156"/>
        <source>Name the currency of the prices (e.g. USD).</source>
        <translation>Name the currency of the prices (e.g. USD).</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="161"/>
        <source>“{text}” is not a price (row {model}): type a number such as 0.3.</source>
        <translation>“{text}” is not a price (row {model}): type a number such as 0.3.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_costs.py" line="166"/>
        <source>{model} needs both an input and an output price.</source>
        <translation>{model} needs both an input and an output price.</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <location filename="../../gui/ui/widgets/tool_call_card.py" line="90"/>
        <location filename="../../gui/ui/widgets/tool_call_card.py" line="94"/>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tool_call_card.py" line="179"/>
        <source>Image from the tool</source>
        <translation>Image from the tool</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tool_call_card.py" line="96"/>
        <location filename="../../gui/ui/widgets/tool_call_card.py" line="100"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tool_call_card.py" line="152"/>
        <source>Show all {count} characters</source>
        <translation>Show all {count} characters</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tool_call_card.py" line="120"/>
        <source>Tool call {tool}: show or hide details</source>
        <translation>Tool call {tool}: show or hide details</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tool_call_card.py" line="173"/>
        <source>[an image that cannot be shown: {kind}]</source>
        <translation>[an image that cannot be shown: {kind}]</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tool_call_card.py" line="32"/>
        <source>running…</source>
        <translation>running…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tool_call_card.py" line="31"/>
        <source>waiting for approval</source>
        <translation>waiting for approval</translation>
    </message>
</context>
<context>
    <name>ToolTimeline</name>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="220"/>
        <source>Call {tool}</source>
        <translation>Call {tool}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="221"/>
        <source>Result of {tool}: {status}</source>
        <translation>Result of {tool}: {status}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="163"/>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="219"/>
        <source>Thinking</source>
        <translation>Thinking</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="279"/>
        <source>{calls} tool calls in {rounds} rounds</source>
        <translation>{calls} tool calls in {rounds} rounds</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="280"/>
        <source>{calls} tool calls in 1 round</source>
        <translation>{calls} tool calls in 1 round</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="281"/>
        <source>1 tool call in {rounds} rounds</source>
        <translation>1 tool call in {rounds} rounds</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="282"/>
        <source>1 tool call in 1 round</source>
        <translation>1 tool call in 1 round</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="253"/>
        <source>{count} tokens</source>
        <translation>{count} tokens</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="251"/>
        <source>≈{count} tokens</source>
        <translation>≈{count} tokens</translation>
    </message>
</context>
<context>
    <name>ToolsMenu</name>
    <message>
        <location filename="../../gui/ui/widgets/tools_menu.py" line="83"/>
        <source>Add servers in Settings…</source>
        <translation>Add servers in Settings…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_menu.py" line="109"/>
        <source>List each server&apos;s tools (starts the servers)</source>
        <translation>List each server&apos;s tools (starts the servers)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_menu.py" line="80"/>
        <source>No tool servers are set up.</source>
        <translation>No tool servers are set up.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_menu.py" line="112"/>
        <source>Tool settings…</source>
        <translation>Tool settings…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_menu.py" line="53"/>
        <location filename="../../gui/ui/widgets/tools_menu.py" line="71"/>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_menu.py" line="71"/>
        <source>Tools (some off)</source>
        <translation>Tools (some off)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_menu.py" line="55"/>
        <source>Tools for this chat</source>
        <translation>Tools for this chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_menu.py" line="54"/>
        <source>Which tools MiniMax may use in this chat</source>
        <translation>Which tools MiniMax may use in this chat</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <location filename="../../gui/ui/widgets/tools_services.py" line="64"/>
        <source>Program (stdio)</source>
        <translation>Program (stdio)</translation>
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
        <translation>Read again</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="105"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="106"/>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="107"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="113"/>
        <source>Tool servers</source>
        <translation>Tool servers</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="121"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="122"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="125"/>
        <location filename="../../gui/ui/widgets/tools_sources.py" line="116"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="127"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="129"/>
        <source>Start the server and list its tools</source>
        <translation>Start the server and list its tools</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="136"/>
        <source>Paste JSON…</source>
        <translation>Paste JSON…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="139"/>
        <source>Add servers from a snippet in the mcpServers format</source>
        <translation>Add servers from a snippet in the mcpServers format</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="142"/>
        <source>Import from Claude Desktop</source>
        <translation>Import from Claude Desktop</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="146"/>
        <source>MiniMax tools (web search, image understanding)</source>
        <translation>MiniMax tools (web search, image understanding)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="150"/>
        <source>MiniMax&apos;s own server, started with the key and region in use (needs uv&apos;s uvx)</source>
        <translation>MiniMax&apos;s own server, started with the key and region in use (needs uv&apos;s uvx)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="174"/>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="175"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="176"/>
        <source>Always allow</source>
        <translation>Always allow</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="177"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="182"/>
        <source>Tools of the selected server</source>
        <translation>Tools of the selected server</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_limits.py" line="17"/>
        <source>Tool use in an answer</source>
        <translation>Tool use in an answer</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_limits.py" line="25"/>
        <source>How many times the model may call tools before it must answer</source>
        <translation>How many times the model may call tools before it must answer</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_limits.py" line="27"/>
        <source>Tool rounds per answer, at most:</source>
        <translation>Tool rounds per answer, at most:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_limits.py" line="31"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_limits.py" line="34"/>
        <source>A call that takes longer is stopped and reported to the model</source>
        <translation>A call that takes longer is stopped and reported to the model</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_limits.py" line="36"/>
        <source>Time limit per tool call:</source>
        <translation>Time limit per tool call:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="199"/>
        <source>Servers are kept in {path}; changes are saved at once.</source>
        <translation>Servers are kept in {path}; changes are saved at once.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="206"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="273"/>
        <source>mcp.json could not be saved: {error}</source>
        <translation>mcp.json could not be saved: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="315"/>
        <source>Not valid: {reason}</source>
        <translation>Not valid: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="320"/>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="322"/>
        <source>Failed to start</source>
        <translation>Failed to start</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="324"/>
        <location filename="../../gui/ui/widgets/tools_page.py" line="327"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="325"/>
        <source>{count} tools</source>
        <translation>{count} tools</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="328"/>
        <source>Not tested yet</source>
        <translation>Not tested yet</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="342"/>
        <source>mcp.json cannot be used, so no tools are offered, and the app will not change it until it is fixed:
{error}</source>
        <translation>mcp.json cannot be used, so no tools are offered, and the app will not change it until it is fixed:
{error}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="385"/>
        <source>No tool servers yet: add one, paste JSON, or import them from Claude Desktop.</source>
        <translation>No tool servers yet: add one, paste JSON, or import them from Claude Desktop.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="396"/>
        <location filename="../../gui/ui/widgets/tools_page.py" line="401"/>
        <source>Tools of {name}</source>
        <translation>Tools of {name}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="407"/>
        <source>Starting {name} and asking for its tools…</source>
        <translation>Starting {name} and asking for its tools…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="415"/>
        <source>Press Test to start the server and list its tools.</source>
        <translation>Press Test to start the server and list its tools.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_page.py" line="418"/>
        <source>The server offers no tools.</source>
        <translation>The server offers no tools.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_sources.py" line="94"/>
        <source>Some secret values stay in mcp.json as plain text: {error}</source>
        <translation>Some secret values stay in mcp.json as plain text: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_sources.py" line="106"/>
        <source>Remove tool server</source>
        <translation>Remove tool server</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_sources.py" line="107"/>
        <source>Remove “{name}”?</source>
        <translation>Remove “{name}”?</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_sources.py" line="109"/>
        <source>Its entry is deleted from mcp.json and its secrets from the keyring.</source>
        <translation>Its entry is deleted from mcp.json and its secrets from the keyring.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_sources.py" line="145"/>
        <source>Paste MCP servers</source>
        <translation>Paste MCP servers</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_sources.py" line="150"/>
        <source>Paste a server&apos;s published snippet: {&quot;mcpServers&quot;: {…}}, a {&quot;name&quot;: {…}} map, or one server object.</source>
        <translation>Paste a server&apos;s published snippet: {&quot;mcpServers&quot;: {…}}, a {&quot;name&quot;: {…}} map, or one server object.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_sources.py" line="199"/>
        <source>Added from {source}: {names}.</source>
        <translation>Added from {source}: {names}.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_sources.py" line="201"/>
        <source>Added: {names}.</source>
        <translation>Added: {names}.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_sources.py" line="217"/>
        <source>No Claude Desktop configuration was found at {path}.</source>
        <translation>No Claude Desktop configuration was found at {path}.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_sources.py" line="230"/>
        <source>Claude Desktop has no MCP servers configured ({path}).</source>
        <translation>Claude Desktop has no MCP servers configured ({path}).</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_sources.py" line="235"/>
        <source>Claude Desktop</source>
        <translation>Claude Desktop</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_sources.py" line="256"/>
        <source>MiniMax&apos;s tools are already in the list.</source>
        <translation>MiniMax&apos;s tools are already in the list.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/tools_test.py" line="59"/>
        <source>The test failed: {error}</source>
        <translation>The test failed: {error}</translation>
    </message>
</context>
<context>
    <name>Transcripts</name>
    <message>
        <location filename="../../gui/ui/export_import.py" line="75"/>
        <source>This chat is empty: there is nothing to export yet.</source>
        <translation>This chat is empty: there is nothing to export yet.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="88"/>
        <source>There are no chats to export yet.</source>
        <translation>There are no chats to export yet.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="145"/>
        <source>Export chat</source>
        <translation>Export chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="162"/>
        <location filename="../../gui/ui/export_import.py" line="255"/>
        <source>MiniMax Chat export {date}</source>
        <translation>MiniMax Chat export {date}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="167"/>
        <source>Export all chats as a .zip archive</source>
        <translation>Export all chats as a .zip archive</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="171"/>
        <source>Zip archive (*.zip)</source>
        <translation>Zip archive (*.zip)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="177"/>
        <source>Choose where to create the export folder</source>
        <translation>Choose where to create the export folder</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="214"/>
        <source>The chat was deleted before it could be exported.</source>
        <translation>The chat was deleted before it could be exported.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="229"/>
        <source>“{name}” could not be written: {reason}. Nothing was saved.</source>
        <translation>“{name}” could not be written: {reason}. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="235"/>
        <source>Exported “{title}” to {path}.</source>
        <translation>Exported “{title}” to {path}.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="236"/>
        <source>New chat</source>
        <translation>New chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="238"/>
        <location filename="../../gui/ui/export_import.py" line="286"/>
        <source>Show folder</source>
        <translation>Show folder</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="247"/>
        <source>Exporting {chats}…</source>
        <translation>Exporting {chats}…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="274"/>
        <source>The chats could not be exported to {target}: {reason}. Nothing was left behind.</source>
        <translation>The chats could not be exported to {target}: {reason}. Nothing was left behind.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="283"/>
        <source>Exported {chats} to {target}.</source>
        <translation>Exported {chats} to {target}.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="293"/>
        <source>Import chats</source>
        <translation>Import chats</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="297"/>
        <source>MiniMax Chat exports (*.json *.zip)</source>
        <translation>MiniMax Chat exports (*.json *.zip)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="298"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="311"/>
        <source>Import chats from a folder</source>
        <translation>Import chats from a folder</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="331"/>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="332"/>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="336"/>
        <source>Nothing was imported: {reason}.</source>
        <translation>Nothing was imported: {reason}.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="349"/>
        <source>1 chat</source>
        <translation>1 chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/export_import.py" line="350"/>
        <source>{count} chats</source>
        <translation>{count} chats</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="64"/>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="69"/>
        <source>Welcome to MiniMax Chat</source>
        <translation>Welcome to MiniMax Chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="78"/>
        <source>Three steps and you can chat. Your key is kept in the system keyring, never in a file.</source>
        <translation>Three steps and you can chat. Your key is kept in the system keyring, never in a file.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="87"/>
        <source>1. Where is your MiniMax account?</source>
        <translation>1. Where is your MiniMax account?</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="105"/>
        <source>Keys only work in the region that issued them: a key from platform.minimaxi.com (China) is rejected by the International endpoint, and the other way round.</source>
        <translation>Keys only work in the region that issued them: a key from platform.minimaxi.com (China) is rejected by the International endpoint, and the other way round.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="115"/>
        <source>2. Your API key</source>
        <translation>2. Your API key</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="119"/>
        <source>MiniMax API key</source>
        <translation>MiniMax API key</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="122"/>
        <source>Paste your MiniMax API key</source>
        <translation>Paste your MiniMax API key</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="124"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="136"/>
        <source>No secure system keyring is available, so the key is kept for this session only. It is never written to a file.</source>
        <translation>No secure system keyring is available, so the key is kept for this session only. It is never written to a file.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="145"/>
        <source>3. Model</source>
        <translation>3. Model</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="148"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="158"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="171"/>
        <source>Start chatting</source>
        <translation>Start chatting</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="175"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="179"/>
        <source>Saves these choices and the key, then opens the chat.</source>
        <translation>Saves these choices and the key, then opens the chat.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="182"/>
        <source>Closes this; the key can be added in Settings at any time.</source>
        <translation>Closes this; the key can be added in Settings at any time.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="185"/>
        <source>More settings…</source>
        <translation>More settings…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="189"/>
        <source>Opens Settings: custom address, proxy, appearance, more.</source>
        <translation>Opens Settings: custom address, proxy, appearance, more.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="198"/>
        <source>Get a key</source>
        <translation>Get a key</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="203"/>
        <source>Get a key for {region}</source>
        <translation>Get a key for {region}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="227"/>
        <source>Paste your API key first.</source>
        <translation>Paste your API key first.</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <location filename="../../gui/core/attachments/prepare.py" line="126"/>
        <source>{name} has too many pixels; at most {limit} million can be sent.</source>
        <translation>{name} has too many pixels; at most {limit} million can be sent.</translation>
    </message>
    <message>
        <location filename="../../gui/core/attachments/prepare.py" line="57"/>
        <source>{name} is not a file.</source>
        <translation>{name} is not a file.</translation>
    </message>
    <message>
        <location filename="../../gui/core/attachments/prepare.py" line="64"/>
        <source>{name} is too large to attach ({size} MB; at most {limit} MB).</source>
        <translation>{name} is too large to attach ({size} MB; at most {limit} MB).</translation>
    </message>
    <message>
        <location filename="../../gui/core/attachments/prepare.py" line="72"/>
        <source>{name} could not be read: {error}</source>
        <translation>{name} could not be read: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/attachments/prepare.py" line="97"/>
        <location filename="../../gui/core/attachments/prepare.py" line="162"/>
        <source>{name} has too many pixels ({width} × {height}); at most {limit} million can be sent.</source>
        <translation>{name} has too many pixels ({width} × {height}); at most {limit} million can be sent.</translation>
    </message>
    <message>
        <location filename="../../gui/core/attachments/prepare.py" line="132"/>
        <source>{name} is not a readable image ({error}).</source>
        <translation>{name} is not a readable image ({error}).</translation>
    </message>
    <message>
        <location filename="../../gui/core/attachments/prepare.py" line="242"/>
        <source>{name} was scaled down from {width} × {height} to {new_width} × {new_height}.</source>
        <translation>{name} was scaled down from {width} × {height} to {new_width} × {new_height}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/attachments/prepare.py" line="249"/>
        <source>{name} was converted to JPEG to stay under {limit} MB.</source>
        <translation>{name} was converted to JPEG to stay under {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../gui/core/attachments/prepare.py" line="279"/>
        <source>{name} looks like a binary file. Only images (PNG, JPEG, GIF, WebP), PDF and UTF-8 text files can be attached.</source>
        <translation>{name} looks like a binary file. Only images (PNG, JPEG, GIF, WebP), PDF and UTF-8 text files can be attached.</translation>
    </message>
    <message>
        <location filename="../../gui/core/attachments/prepare.py" line="294"/>
        <source>{name} has no text layer (scanned pages?); only the text of a PDF can be sent.</source>
        <translation>{name} has no text layer (scanned pages?); only the text of a PDF can be sent.</translation>
    </message>
    <message>
        <location filename="../../gui/core/attachments/prepare.py" line="310"/>
        <source>{name} is protected by a password.</source>
        <translation>{name} is protected by a password.</translation>
    </message>
    <message>
        <location filename="../../gui/core/attachments/prepare.py" line="317"/>
        <source>{name} is not a readable PDF ({error}).</source>
        <translation>{name} is not a readable PDF ({error}).</translation>
    </message>
    <message>
        <location filename="../../gui/core/attachments/prepare.py" line="343"/>
        <source>{name} is too long for the model&apos;s context: only its first {sent} of {chars} characters are sent.</source>
        <translation>{name} is too long for the model&apos;s context: only its first {sent} of {chars} characters are sent.</translation>
    </message>
</context>
<context>
    <name>connection</name>
    <message>
        <location filename="../../gui/core/connection.py" line="200"/>
        <source>{url} is plain http: the key would cross the network unencrypted. It is not sent until you agree in Settings (Save or Test connection asks).</source>
        <translation>{url} is plain http: the key would cross the network unencrypted. It is not sent until you agree in Settings (Save or Test connection asks).</translation>
    </message>
    <message>
        <location filename="../../gui/core/connection.py" line="296"/>
        <source>The key is kept for this session only.</source>
        <translation>The key is kept for this session only.</translation>
    </message>
</context>
<context>
    <name>cost</name>
    <message>
        <location filename="../../gui/core/cost_labels.py" line="13"/>
        <source>This chat: {counts}</source>
        <translation>This chat: {counts}</translation>
    </message>
    <message>
        <location filename="../../gui/core/cost_labels.py" line="11"/>
        <source>≈ {amount}</source>
        <translation>≈ {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/core/cost_labels.py" line="12"/>
        <source>≈ {amount}, long-input rate (×{factor})</source>
        <translation>≈ {amount}, long-input rate (×{factor})</translation>
    </message>
    <message>
        <location filename="../../gui/core/cost_labels.py" line="14"/>
        <source>This chat: {n} tokens</source>
        <translation>This chat: {n} tokens</translation>
    </message>
    <message>
        <location filename="../../gui/core/cost_labels.py" line="15"/>
        <source>no price for {models}</source>
        <translation>no price for {models}</translation>
    </message>
    <message>
        <location filename="../../gui/core/cost_labels.py" line="16"/>
        <source>An estimate from the price table of {date} ({currency} per million tokens); your bill is what MiniMax charges. Edit the prices in Settings → Thinking and cost.</source>
        <translation>An estimate from the price table of {date} ({currency} per million tokens); your bill is what MiniMax charges. Edit the prices in Settings → Thinking and cost.</translation>
    </message>
    <message>
        <location filename="../../gui/core/cost_labels.py" line="21"/>
        <source>An estimate from your own price table ({currency} per million tokens); your bill is what MiniMax charges. Edit it in Settings → Thinking and cost.</source>
        <translation>An estimate from your own price table ({currency} per million tokens); your bill is what MiniMax charges. Edit it in Settings → Thinking and cost.</translation>
    </message>
    <message>
        <location filename="../../gui/core/cost_labels.py" line="26"/>
        <source>Past {threshold} input tokens in one request, {model} bills every token at {factor}× the rate.</source>
        <translation>Past {threshold} input tokens in one request, {model} bills every token at {factor}× the rate.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../gui/core/errors.py" line="35"/>
        <source>MiniMax did not accept the API key. Check that it is typed correctly. Keys only work in their own region: a key from the China platform fails on the International endpoint the same way (and the other way round), so try switching the region in Settings.</source>
        <translation>MiniMax did not accept the API key. Check that it is typed correctly. Keys only work in their own region: a key from the China platform fails on the International endpoint the same way (and the other way round), so try switching the region in Settings.</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="42"/>
        <source>Your MiniMax account has insufficient balance. Top up on the MiniMax platform, then send the message again.</source>
        <translation>Your MiniMax account has insufficient balance. Top up on the MiniMax platform, then send the message again.</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="47"/>
        <source>MiniMax is limiting the request rate. Wait a few seconds and try again.</source>
        <translation>MiniMax is limiting the request rate. Wait a few seconds and try again.</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="50"/>
        <source>You have used up your MiniMax usage allowance for now (plan or token limit). It resets after the plan&apos;s window; retrying right away will not help.</source>
        <translation>You have used up your MiniMax usage allowance for now (plan or token limit). It resets after the plan&apos;s window; retrying right away will not help.</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="55"/>
        <source>MiniMax&apos;s content moderation blocked this message. Rephrase it; sending it again unchanged will be blocked again.</source>
        <translation>MiniMax&apos;s content moderation blocked this message. Rephrase it; sending it again unchanged will be blocked again.</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="60"/>
        <source>MiniMax&apos;s content moderation withheld the answer. The part received before it was stopped is kept.</source>
        <translation>MiniMax&apos;s content moderation withheld the answer. The part received before it was stopped is kept.</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="65"/>
        <source>The conversation is too long for the model&apos;s context window. Start a new conversation, or edit and shorten earlier messages.</source>
        <translation>The conversation is too long for the model&apos;s context window. Start a new conversation, or edit and shorten earlier messages.</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="70"/>
        <source>MiniMax had a server problem. It is usually temporary: try again in a moment.</source>
        <translation>MiniMax had a server problem. It is usually temporary: try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="73"/>
        <source>MiniMax is overloaded right now. Try again in a moment.</source>
        <translation>MiniMax is overloaded right now. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="76"/>
        <source>This model is not available on your MiniMax plan. Choose another model in Settings.</source>
        <translation>This model is not available on your MiniMax plan. Choose another model in Settings.</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="80"/>
        <source>MiniMax rejected the request as invalid.</source>
        <translation>MiniMax rejected the request as invalid.</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="81"/>
        <source>The server has no chat endpoint at this address. Check the region or the custom base URL in Settings (it usually ends in /v1).</source>
        <translation>The server has no chat endpoint at this address. Check the region or the custom base URL in Settings (it usually ends in /v1).</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="86"/>
        <source>MiniMax returned an error.</source>
        <translation>MiniMax returned an error.</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="87"/>
        <source>MiniMax said: “{detail}”.</source>
        <translation>MiniMax said: “{detail}”.</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="88"/>
        <source>Could not reach the MiniMax server. Check your internet connection, proxy and the region or base URL in Settings.</source>
        <translation>Could not reach the MiniMax server. Check your internet connection, proxy and the region or base URL in Settings.</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="93"/>
        <source>The connection to MiniMax was lost before the answer was complete. The part received so far is kept; try again to get a full answer.</source>
        <translation>The connection to MiniMax was lost before the answer was complete. The part received so far is kept; try again to get a full answer.</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="98"/>
        <source>MiniMax sent nothing for {seconds} seconds, so the request was given up. The part received so far is kept; try again, or raise the timeout in Settings for very long reasoning.</source>
        <translation>MiniMax sent nothing for {seconds} seconds, so the request was given up. The part received so far is kept; try again, or raise the timeout in Settings for very long reasoning.</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="104"/>
        <source>The server sent a reply this app could not understand. If you use a custom base URL or a proxy, check that it points at an OpenAI-compatible MiniMax endpoint.</source>
        <translation>The server sent a reply this app could not understand. If you use a custom base URL or a proxy, check that it points at an OpenAI-compatible MiniMax endpoint.</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="109"/>
        <source>No MiniMax API key is set. Open Settings and paste your key.</source>
        <translation>No MiniMax API key is set. Open Settings and paste your key.</translation>
    </message>
    <message>
        <location filename="../../gui/core/errors.py" line="112"/>
        <source>The answer stopped before MiniMax said it was complete (the connection ended early). The part received so far is kept; try again for a full answer.</source>
        <translation>The answer stopped before MiniMax said it was complete (the connection ended early). The part received so far is kept; try again for a full answer.</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../gui/core/formatting.py" line="14"/>
        <source>{n} in</source>
        <translation>{n} in</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="15"/>
        <source>{n} out</source>
        <translation>{n} out</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="11"/>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="12"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="13"/>
        <source>{m} min {n} s</source>
        <translation>{m} min {n} s</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="16"/>
        <source>{n} reasoning</source>
        <translation>{n} reasoning</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="17"/>
        <source>{n} cached</source>
        <translation>{n} cached</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="18"/>
        <source>thought for {duration}</source>
        <translation>thought for {duration}</translation>
    </message>
</context>
<context>
    <name>importer</name>
    <message>
        <location filename="../../gui/core/importer.py" line="59"/>
        <source>Imported 1 conversation.</source>
        <translation>Imported 1 conversation.</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="61"/>
        <source>Imported {count} conversations.</source>
        <translation>Imported {count} conversations.</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="63"/>
        <location filename="../../gui/core/importer.py" line="352"/>
        <source>Untitled chat</source>
        <translation>Untitled chat</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="64"/>
        <source>“{title}” got the new id {new}: its id {old} was already in use.</source>
        <translation>“{title}” got the new id {new}: its id {old} was already in use.</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="136"/>
        <source>{name} is not a conversation this app can import: {reason}.</source>
        <translation>{name} is not a conversation this app can import: {reason}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="108"/>
        <source>Too many files (more than {count}).</source>
        <translation>Too many files (more than {count}).</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="144"/>
        <source>No conversation files (.json) were found.</source>
        <translation>No conversation files (.json) were found.</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="154"/>
        <location filename="../../gui/core/importer.py" line="229"/>
        <source>{name} holds no .json files.</source>
        <translation>{name} holds no .json files.</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="171"/>
        <location filename="../../gui/core/importer.py" line="200"/>
        <location filename="../../gui/core/importer.py" line="267"/>
        <source>{name} could not be read ({reason}).</source>
        <translation>{name} could not be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="182"/>
        <location filename="../../gui/core/importer.py" line="192"/>
        <location filename="../../gui/core/importer.py" line="238"/>
        <source>{name} is too large ({size} MB).</source>
        <translation>{name} is too large ({size} MB).</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="212"/>
        <source>{name} is not a valid .zip archive.</source>
        <translation>{name} is not a valid .zip archive.</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="277"/>
        <source>it is not UTF-8 text</source>
        <translation>it is not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="280"/>
        <source>it is not valid JSON ({error} at line {line})</source>
        <translation>it is not valid JSON ({error} at line {line})</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="285"/>
        <source>it is nested too deeply</source>
        <translation>it is nested too deeply</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="112"/>
        <source>Too much to import at once ({size} MB of conversations; the limit is {limit} MB). Import the files in smaller groups.</source>
        <translation>Too much to import at once ({size} MB of conversations; the limit is {limit} MB). Import the files in smaller groups.</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="248"/>
        <source>{name} expands {ratio} times when unpacked; an export never does that, so the archive was not opened.</source>
        <translation>{name} expands {ratio} times when unpacked; an export never does that, so the archive was not opened.</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="355"/>
        <source>“{title}” is too large to keep ({size} MB; the limit is {limit} MB).</source>
        <translation>“{title}” is too large to keep ({size} MB; the limit is {limit} MB).</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../gui/core/labels.py" line="8"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="9"/>
        <source>MiniMax</source>
        <translation>MiniMax</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="10"/>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="11"/>
        <source>End of reasoning</source>
        <translation>End of reasoning</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="12"/>
        <source>System prompt</source>
        <translation>System prompt</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="13"/>
        <source>Untitled chat</source>
        <translation>Untitled chat</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="14"/>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="15"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="16"/>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="17"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="18"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="19"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="20"/>
        <source>thought for</source>
        <translation>thought for</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="21"/>
        <source>(No answer text: the model only produced reasoning.)</source>
        <translation>(No answer text: the model only produced reasoning.)</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="24"/>
        <source>Stopped before the answer was finished.</source>
        <translation>Stopped before the answer was finished.</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="25"/>
        <source>Interrupted before the answer was finished.</source>
        <translation>Interrupted before the answer was finished.</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="28"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="29"/>
        <source>the request failed.</source>
        <translation>the request failed.</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="30"/>
        <source>Still being written when this was exported.</source>
        <translation>Still being written when this was exported.</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="31"/>
        <source>Cut off at the maximum output length.</source>
        <translation>Cut off at the maximum output length.</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="32"/>
        <source>MiniMax code</source>
        <translation>MiniMax code</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="33"/>
        <source>Exported from MiniMax Chat</source>
        <translation>Exported from MiniMax Chat</translation>
    </message>
    <message>
        <location filename="../../gui/core/labels.py" line="34"/>
        <source>The messages above are not sent to the model: this chat&apos;s context starts here.</source>
        <translation>The messages above are not sent to the model: this chat&apos;s context starts here.</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <location filename="../../gui/core/link_policy.py" line="47"/>
        <source>Only web (http, https) and e-mail links can be opened.</source>
        <translation>Only web (http, https) and e-mail links can be opened.</translation>
    </message>
    <message>
        <location filename="../../gui/core/link_policy.py" line="71"/>
        <source>This e-mail link asks to attach files to the message; it was not opened.</source>
        <translation>This e-mail link asks to attach files to the message; it was not opened.</translation>
    </message>
    <message>
        <location filename="../../gui/core/link_policy.py" line="121"/>
        <source>This link is malformed and was not opened.</source>
        <translation>This link is malformed and was not opened.</translation>
    </message>
</context>
<context>
    <name>mcp</name>
    <message>
        <location filename="../../gui/core/tools/config.py" line="103"/>
        <source>A server has an empty name.</source>
        <translation>A server has an empty name.</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="106"/>
        <source>Server &quot;{name}&quot; is not a JSON object.</source>
        <translation>Server &quot;{name}&quot; is not a JSON object.</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="111"/>
        <source>Server &quot;{name}&quot;: &quot;{field}&quot; must be {what}.</source>
        <translation>Server &quot;{name}&quot;: &quot;{field}&quot; must be {what}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="119"/>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="125"/>
        <source>a list of strings</source>
        <translation>a list of strings</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="133"/>
        <source>an object of string values</source>
        <translation>an object of string values</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="138"/>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="157"/>
        <source>Server &quot;{name}&quot; needs a &quot;command&quot; or a &quot;url&quot;.</source>
        <translation>Server &quot;{name}&quot; needs a &quot;command&quot; or a &quot;url&quot;.</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="161"/>
        <source>Server &quot;{name}&quot; has both a &quot;command&quot; and a &quot;url&quot;; keep one.</source>
        <translation>Server &quot;{name}&quot; has both a &quot;command&quot; and a &quot;url&quot;; keep one.</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="239"/>
        <source>{where} is not valid JSON: {error} (line {line}, column {column}).</source>
        <translation>{where} is not valid JSON: {error} (line {line}, column {column}).</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="250"/>
        <source>{where} must hold a JSON object.</source>
        <translation>{where} must hold a JSON object.</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="255"/>
        <source>{where}: &quot;mcpServers&quot; must be an object.</source>
        <translation>{where}: &quot;mcpServers&quot; must be an object.</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="287"/>
        <location filename="../../gui/core/tools/editing.py" line="51"/>
        <source>{where} could not be read: {error}</source>
        <translation>{where} could not be read: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="295"/>
        <location filename="../../gui/core/tools/editing.py" line="62"/>
        <source>{where} is not UTF-8 text.</source>
        <translation>{where} is not UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="311"/>
        <source>The pasted text</source>
        <translation>The pasted text</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/config.py" line="317"/>
        <location filename="../../gui/core/tools/config.py" line="325"/>
        <source>The pasted text holds no MCP server.</source>
        <translation>The pasted text holds no MCP server.</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/launch.py" line="79"/>
        <source>The tool server &quot;{name}&quot; could not start: {reason}</source>
        <translation>The tool server &quot;{name}&quot; could not start: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/preset.py" line="52"/>
        <source>MiniMax&apos;s tools (web search, image understanding) are started with uv&apos;s &quot;uvx&quot; command, which was not found on PATH. Install uv, for example with &quot;pipx install uv&quot;, &quot;pip install uv&quot;, or your distribution&apos;s &quot;uv&quot; package, then try again.</source>
        <translation>MiniMax&apos;s tools (web search, image understanding) are started with uv&apos;s &quot;uvx&quot; command, which was not found on PATH. Install uv, for example with &quot;pipx install uv&quot;, &quot;pip install uv&quot;, or your distribution&apos;s &quot;uv&quot; package, then try again.</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/preset.py" line="62"/>
        <source>MiniMax&apos;s tools need a MiniMax API key: set one in Settings, then try again.</source>
        <translation>MiniMax&apos;s tools need a MiniMax API key: set one in Settings, then try again.</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/secret_refs.py" line="55"/>
        <source>Server &quot;{server}&quot;: the secret for {name} (&quot;{account}&quot;) is not in the keyring. Enter it again in the server&apos;s settings.</source>
        <translation>Server &quot;{server}&quot;: the secret for {name} (&quot;{account}&quot;) is not in the keyring. Enter it again in the server&apos;s settings.</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="163"/>
        <source>The tool server &quot;{name}&quot; has been stopped.</source>
        <translation>The tool server &quot;{name}&quot; has been stopped.</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="180"/>
        <source>it did not answer within {seconds} seconds.</source>
        <translation>it did not answer within {seconds} seconds.</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="260"/>
        <source>The tool server &quot;{name}&quot; stopped: {reason}</source>
        <translation>The tool server &quot;{name}&quot; stopped: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="302"/>
        <source>The tool server &quot;{name}&quot; stopped unexpectedly (it will be started again on next use).</source>
        <translation>The tool server &quot;{name}&quot; stopped unexpectedly (it will be started again on next use).</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="308"/>
        <source>The tool server &quot;{name}&quot; stopped.</source>
        <translation>The tool server &quot;{name}&quot; stopped.</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="324"/>
        <source>the program &quot;{command}&quot; was not found on PATH.</source>
        <translation>the program &quot;{command}&quot; was not found on PATH.</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="439"/>
        <source>the server refused access (HTTP {status}): check its headers, e.g. the token.</source>
        <translation>the server refused access (HTTP {status}): check its headers, e.g. the token.</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="444"/>
        <source>the server answered with HTTP error {status}.</source>
        <translation>the server answered with HTTP error {status}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="449"/>
        <source>the program &quot;{command}&quot; was not found.</source>
        <translation>the program &quot;{command}&quot; was not found.</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="453"/>
        <source>the program &quot;{command}&quot; may not be run.</source>
        <translation>the program &quot;{command}&quot; may not be run.</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="457"/>
        <source>it closed the connection.</source>
        <translation>it closed the connection.</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="459"/>
        <source>it answered with an error: {error}</source>
        <translation>it answered with an error: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="461"/>
        <source>{url} could not be reached ({error}).</source>
        <translation>{url} could not be reached ({error}).</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="467"/>
        <source>It said: {stderr}</source>
        <translation>It said: {stderr}</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/sessions.py" line="501"/>
        <source>There is no tool server named &quot;{name}&quot;.</source>
        <translation>There is no tool server named &quot;{name}&quot;.</translation>
    </message>
    <message>
        <location filename="../../gui/core/tools/editing.py" line="85"/>
        <source>{where} was changed by another program while Settings was open, so it was not overwritten. It has been read again: please make your change once more.</source>
        <translation>{where} was changed by another program while Settings was open, so it was not overwritten. It has been read again: please make your change once more.</translation>
    </message>
</context>
<context>
    <name>regions</name>
    <message>
        <location filename="../../gui/core/regions.py" line="22"/>
        <source>International</source>
        <translation>International</translation>
    </message>
    <message>
        <location filename="../../gui/core/regions.py" line="28"/>
        <source>China (mainland)</source>
        <translation>China (mainland)</translation>
    </message>
</context>
<context>
    <name>saver</name>
    <message>
        <location filename="../../gui/core/saver.py" line="127"/>
        <source>Could not save the conversation to disk ({error}). It is still open here; the next change will try again.</source>
        <translation>Could not save the conversation to disk ({error}). It is still open here; the next change will try again.</translation>
    </message>
</context>
<context>
    <name>secrets</name>
    <message>
        <location filename="../../gui/core/secrets.py" line="49"/>
        <source>this session only (not saved)</source>
        <translation>this session only (not saved)</translation>
    </message>
    <message>
        <location filename="../../gui/core/secrets.py" line="101"/>
        <source>the keyring library could not load ({error})</source>
        <translation>the keyring library could not load ({error})</translation>
    </message>
    <message>
        <location filename="../../gui/core/secrets.py" line="93"/>
        <location filename="../../gui/core/secrets.py" line="104"/>
        <source>no keyring backend could be loaded ({error})</source>
        <translation>no keyring backend could be loaded ({error})</translation>
    </message>
    <message>
        <location filename="../../gui/core/secrets.py" line="109"/>
        <source>no secure system keyring is available (on Linux: a Secret Service such as GNOME Keyring or KWallet must be running)</source>
        <translation>no secure system keyring is available (on Linux: a Secret Service such as GNOME Keyring or KWallet must be running)</translation>
    </message>
    <message>
        <location filename="../../gui/core/secrets.py" line="157"/>
        <source>the system keyring ({backend})</source>
        <translation>the system keyring ({backend})</translation>
    </message>
    <message>
        <location filename="../../gui/core/secrets.py" line="185"/>
        <source>Could not read the API key from the keyring</source>
        <translation>Could not read the API key from the keyring</translation>
    </message>
    <message>
        <location filename="../../gui/core/secrets.py" line="186"/>
        <source>Could not save the API key in the keyring</source>
        <translation>Could not save the API key in the keyring</translation>
    </message>
    <message>
        <location filename="../../gui/core/secrets.py" line="187"/>
        <source>Could not remove the API key from the keyring</source>
        <translation>Could not remove the API key from the keyring</translation>
    </message>
    <message>
        <location filename="../../gui/core/secrets.py" line="195"/>
        <source>it is locked and the unlock prompt was dismissed.</source>
        <translation>it is locked and the unlock prompt was dismissed.</translation>
    </message>
    <message>
        <location filename="../../gui/core/secrets.py" line="198"/>
        <source>no system keyring is available.</source>
        <translation>no system keyring is available.</translation>
    </message>
    <message>
        <location filename="../../gui/core/secrets.py" line="211"/>
        <source>the keyring did not answer within {seconds} s.</source>
        <translation>the keyring did not answer within {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../gui/core/secrets.py" line="214"/>
        <source>the keyring helper process failed.</source>
        <translation>the keyring helper process failed.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../gui/core/settings.py" line="139"/>
        <source>The settings file could not be read ({reason}); using defaults.</source>
        <translation>The settings file could not be read ({reason}); using defaults.</translation>
    </message>
    <message>
        <location filename="../../gui/core/settings.py" line="151"/>
        <source>It was kept as {name}.</source>
        <translation>It was kept as {name}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/settings.py" line="154"/>
        <source>The settings file was damaged, so defaults are used.</source>
        <translation>The settings file was damaged, so defaults are used.</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <location filename="../../gui/core/storage.py" line="67"/>
        <source>the file does not hold a JSON object</source>
        <translation>the file does not hold a JSON object</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="71"/>
        <source>schema_version is missing or not a number</source>
        <translation>schema_version is missing or not a number</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="75"/>
        <source>it was written by a newer MiniMax Chat (format {new}, this app reads {ours})</source>
        <translation>it was written by a newer MiniMax Chat (format {new}, this app reads {ours})</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="156"/>
        <source>it repeats the id of {name}</source>
        <translation>it repeats the id of {name}</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="197"/>
        <source>{name} could not be read ({reason}).</source>
        <translation>{name} could not be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="204"/>
        <source>{name} was skipped: it is a link or not a regular file, and this app only reads its own files.</source>
        <translation>{name} was skipped: it is a link or not a regular file, and this app only reads its own files.</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="212"/>
        <source>it is too large ({size} MB)</source>
        <translation>it is too large ({size} MB)</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="219"/>
        <source>{name} could not be read (permission denied); it was left as is.</source>
        <translation>{name} could not be read (permission denied); it was left as is.</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="226"/>
        <source>{name} could not be read ({reason}); it was left as is.</source>
        <translation>{name} could not be read ({reason}); it was left as is.</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="247"/>
        <source>{name} was not opened: {reason}. It was left untouched.</source>
        <translation>{name} was not opened: {reason}. It was left untouched.</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="266"/>
        <source>{name} is damaged ({reason}).</source>
        <translation>{name} is damaged ({reason}).</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="275"/>
        <source>{name} is damaged ({reason}) and could not be moved: {error}</source>
        <translation>{name} is damaged ({reason}) and could not be moved: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="282"/>
        <source>{name} is damaged ({reason}). It was moved to {aside}.</source>
        <translation>{name} is damaged ({reason}). It was moved to {aside}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="322"/>
        <source>it is not UTF-8 text</source>
        <translation>it is not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="324"/>
        <source>it is not valid JSON: {error} at line {line}</source>
        <translation>it is not valid JSON: {error} at line {line}</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="328"/>
        <source>it is nested too deeply</source>
        <translation>it is nested too deeply</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="332"/>
        <source>its content is not what this app expects ({detail})</source>
        <translation>its content is not what this app expects ({detail})</translation>
    </message>
    <message>
        <location filename="../../gui/core/conversation.py" line="279"/>
        <source>a message must be a JSON object</source>
        <translation>a message must be a JSON object</translation>
    </message>
    <message>
        <location filename="../../gui/core/conversation.py" line="283"/>
        <source>message content must be a string</source>
        <translation>message content must be a string</translation>
    </message>
    <message>
        <location filename="../../gui/core/conversation.py" line="456"/>
        <source>a conversation must be a JSON object</source>
        <translation>a conversation must be a JSON object</translation>
    </message>
    <message>
        <location filename="../../gui/core/conversation.py" line="461"/>
        <source>a conversation needs a non-empty string id</source>
        <translation>a conversation needs a non-empty string id</translation>
    </message>
    <message>
        <location filename="../../gui/core/conversation.py" line="465"/>
        <source>messages must be a list</source>
        <translation>messages must be a list</translation>
    </message>
    <message>
        <location filename="../../gui/core/conversation.py" line="468"/>
        <source>title must be a string</source>
        <translation>title must be a string</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="44"/>
        <source>This conversation is too large to save ({size} MB; the limit is {limit} MB). The saved copy stays as it was; export the conversation to keep the newest part, and continue in a new one.</source>
        <translation>This conversation is too large to save ({size} MB; the limit is {limit} MB). The saved copy stays as it was; export the conversation to keep the newest part, and continue in a new one.</translation>
    </message>
</context>
<context>
    <name>tool_labels</name>
    <message>
        <location filename="../../gui/core/export/tool_notes.py" line="27"/>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <location filename="../../gui/core/export/tool_notes.py" line="28"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../gui/core/export/tool_notes.py" line="26"/>
        <source>Tool call</source>
        <translation>Tool call</translation>
    </message>
    <message>
        <location filename="../../gui/core/tool_turns.py" line="19"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../gui/core/tool_turns.py" line="18"/>
        <source>denied</source>
        <translation>denied</translation>
    </message>
    <message>
        <location filename="../../gui/core/tool_turns.py" line="16"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../gui/core/tool_turns.py" line="17"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../gui/core/export/tool_notes.py" line="29"/>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <location filename="../../gui/core/tool_turns.py" line="20"/>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <location filename="../../gui/core/tool_turns.py" line="15"/>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
</context>
</TS>
