<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/ui/app.py" line="130"/>
        <source>The API key cannot be saved: {problem}. It will be kept for this session only (never written to a file).</source>
        <translation>The API key cannot be saved: {problem}. It will be kept for this session only (never written to a file).</translation>
    </message>
    <message>
        <location filename="../../gui/ui/app.py" line="290"/>
        <source>MiniMax Chat is already running with this data folder:
{folder}

Switch to that window (two windows writing the same files could corrupt them).</source>
        <translation>MiniMax Chat is already running with this data folder:
{folder}

Switch to that window (two windows writing the same files could corrupt them).</translation>
    </message>
    <message>
        <location filename="../../gui/ui/app.py" line="297"/>
        <source>MiniMax Chat is already running</source>
        <translation>MiniMax Chat is already running</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../gui/ui/controller.py" line="121"/>
        <source>Some conversation files could not be opened. Nothing was deleted; every other conversation loaded.</source>
        <translation>Some conversation files could not be opened. Nothing was deleted; every other conversation loaded.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/controller.py" line="154"/>
        <source>That conversation could not be opened: its file is missing or damaged (a damaged file is kept aside, never deleted).</source>
        <translation>That conversation could not be opened: its file is missing or damaged (a damaged file is kept aside, never deleted).</translation>
    </message>
    <message>
        <location filename="../../gui/ui/controller.py" line="403"/>
        <source>MiniMax is busy; trying again in {seconds} s…</source>
        <translation>MiniMax is busy; trying again in {seconds} s…</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../gui/ui/widgets/chat_view.py" line="58"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_view.py" line="75"/>
        <source>Show earlier messages</source>
        <translation>Show earlier messages</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/chat_view.py" line="177"/>
        <source>Show {count} earlier messages</source>
        <translation>Show {count} earlier messages</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../gui/ui/widgets/composer.py" line="34"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/composer.py" line="36"/>
        <source>Message MiniMax…  (Enter to send, Shift+Enter for a new line)</source>
        <translation>Message MiniMax…  (Enter to send, Shift+Enter for a new line)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/composer.py" line="85"/>
        <source>Editing your last message: sending replaces it and its answer.</source>
        <translation>Editing your last message: sending replaces it and its answer.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/composer.py" line="90"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/composer.py" line="100"/>
        <location filename="../../gui/ui/widgets/composer.py" line="102"/>
        <location filename="../../gui/ui/widgets/composer.py" line="118"/>
        <location filename="../../gui/ui/widgets/composer.py" line="121"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/composer.py" line="118"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/composer.py" line="121"/>
        <source>Stop the answer</source>
        <translation>Stop the answer</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../gui/ui/context.py" line="76"/>
        <source>Something unexpected went wrong ({error}). Your conversations are safe. The details are in the log (Help → Show log folder).</source>
        <translation>Something unexpected went wrong ({error}). Your conversations are safe. The details are in the log (Help → Show log folder).</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../gui/core/export.py" line="42"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../gui/core/export.py" line="43"/>
        <source>Web page (HTML)</source>
        <translation>Web page (HTML)</translation>
    </message>
    <message>
        <location filename="../../gui/core/export.py" line="44"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../gui/core/export.py" line="45"/>
        <source>JSON (re-importable)</source>
        <translation>JSON (re-importable)</translation>
    </message>
    <message>
        <location filename="../../gui/core/export.py" line="46"/>
        <source>Plain text</source>
        <translation>Plain text</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="26"/>
        <source>Markdown (.md): readable anywhere; code and tables kept exactly</source>
        <translation>Markdown (.md): readable anywhere; code and tables kept exactly</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="29"/>
        <source>Web page (.html): one file, opens in any browser, no scripts</source>
        <translation>Web page (.html): one file, opens in any browser, no scripts</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="32"/>
        <source>PDF (.pdf): for printing and archiving</source>
        <translation>PDF (.pdf): for printing and archiving</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="33"/>
        <source>JSON (.json): the complete chat, can be imported again</source>
        <translation>JSON (.json): the complete chat, can be imported again</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="36"/>
        <source>Plain text (.txt): wrapped, with who said what</source>
        <translation>Plain text (.txt): wrapped, with who said what</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="40"/>
        <source>JSON always holds the complete conversation so that it can be imported again.</source>
        <translation>JSON always holds the complete conversation so that it can be imported again.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="85"/>
        <source>Export all chats</source>
        <translation>Export all chats</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="87"/>
        <source>Export chat</source>
        <translation>Export chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="94"/>
        <source>Export “{title}”.</source>
        <translation>Export “{title}”.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="95"/>
        <source>New chat</source>
        <translation>New chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="98"/>
        <source>Export the chat.</source>
        <translation>Export the chat.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="100"/>
        <source>Export all {count} chats, one file per chat.</source>
        <translation>Export all {count} chats, one file per chat.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="109"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="121"/>
        <source>Include</source>
        <translation>Include</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="124"/>
        <source>The model&apos;s reasoning (collapsible in Markdown and HTML)</source>
        <translation>The model&apos;s reasoning (collapsible in Markdown and HTML)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="127"/>
        <source>The system prompt</source>
        <translation>The system prompt</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="130"/>
        <source>Metadata: model, times and token usage</source>
        <translation>Metadata: model, times and token usage</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="141"/>
        <source>A single .zip archive</source>
        <translation>A single .zip archive</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="144"/>
        <source>A new folder with one file per chat</source>
        <translation>A new folder with one file per chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="148"/>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/export_dialog.py" line="157"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/ui/main_window.py" line="63"/>
        <source>Ask MiniMax anything.
The answer appears here; its thinking streams into the side pane.</source>
        <translation>Ask MiniMax anything.
The answer appears here; its thinking streams into the side pane.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="67"/>
        <source>Add your MiniMax API key in Settings to start chatting.</source>
        <translation>Add your MiniMax API key in Settings to start chatting.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="145"/>
        <location filename="../../gui/ui/main_window.py" line="323"/>
        <source>Show log folder</source>
        <translation>Show log folder</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="174"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="193"/>
        <location filename="../../gui/ui/main_window.py" line="559"/>
        <source>New chat</source>
        <translation>New chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="196"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="203"/>
        <source>Stop answer</source>
        <translation>Stop answer</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="207"/>
        <source>Regenerate answer</source>
        <translation>Regenerate answer</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="210"/>
        <source>Reasoning pane</source>
        <translation>Reasoning pane</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="218"/>
        <source>Search chats</source>
        <translation>Search chats</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="221"/>
        <source>Rename chat</source>
        <translation>Rename chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="224"/>
        <source>Delete chat…</source>
        <translation>Delete chat…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="227"/>
        <source>Chat system prompt…</source>
        <translation>Chat system prompt…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="233"/>
        <source>Export chat…</source>
        <translation>Export chat…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="239"/>
        <source>Export all chats…</source>
        <translation>Export all chats…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="245"/>
        <source>Import chats…</source>
        <translation>Import chats…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="251"/>
        <source>Import chats from folder…</source>
        <translation>Import chats from folder…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="257"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="260"/>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="266"/>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="269"/>
        <source>Normal text size</source>
        <translation>Normal text size</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="272"/>
        <source>Next chat</source>
        <translation>Next chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="282"/>
        <source>Previous chat</source>
        <translation>Previous chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="291"/>
        <location filename="../../gui/ui/main_window.py" line="914"/>
        <location filename="../../gui/ui/main_window.py" line="918"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="294"/>
        <source>Focus message box</source>
        <translation>Focus message box</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="298"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="305"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="315"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="321"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="327"/>
        <location filename="../../gui/ui/main_window.py" line="991"/>
        <source>About MiniMax Chat</source>
        <translation>About MiniMax Chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="329"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="453"/>
        <source>{title} — MiniMax Chat</source>
        <translation>{title} — MiniMax Chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="481"/>
        <source>The answer is complete.</source>
        <translation>The answer is complete.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="482"/>
        <source>The answer was stopped.</source>
        <translation>The answer was stopped.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="483"/>
        <source>The answer was cut short.</source>
        <translation>The answer was cut short.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="484"/>
        <source>The answer failed.</source>
        <translation>The answer failed.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="503"/>
        <source>MiniMax is answering.</source>
        <translation>MiniMax is answering.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="556"/>
        <source>Delete conversation</source>
        <translation>Delete conversation</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="558"/>
        <source>Delete “{title}”?</source>
        <translation>Delete “{title}”?</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="563"/>
        <source>Its messages are removed from this computer. This cannot be undone.</source>
        <translation>Its messages are removed from this computer. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="569"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="594"/>
        <source>Open link</source>
        <translation>Open link</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="595"/>
        <source>Open this address in your browser?</source>
        <translation>Open this address in your browser?</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="611"/>
        <location filename="../../gui/ui/main_window.py" line="627"/>
        <source>System prompt for this chat</source>
        <translation>System prompt for this chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="615"/>
        <source>Leave empty to use the default from Settings:
{prompt}</source>
        <translation>Leave empty to use the default from Settings:
{prompt}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="621"/>
        <source>Leave empty to send no system prompt.</source>
        <translation>Leave empty to send no system prompt.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="630"/>
        <source>Send no system prompt in this chat</source>
        <translation>Send no system prompt in this chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="696"/>
        <source>The new language applies after MiniMax Chat restarts.</source>
        <translation>The new language applies after MiniMax Chat restarts.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="729"/>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="760"/>
        <source>Connected to {url}.</source>
        <translation>Connected to {url}.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="762"/>
        <source>The server lists {count} models.</source>
        <translation>The server lists {count} models.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="782"/>
        <source>No MiniMax API key is set yet.</source>
        <translation>No MiniMax API key is set yet.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="783"/>
        <source>Open Settings</source>
        <translation>Open Settings</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="894"/>
        <source>Text size {percent} %</source>
        <translation>Text size {percent} %</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="920"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="920"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="935"/>
        <source>Send the message</source>
        <translation>Send the message</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="935"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="937"/>
        <source>New line in the message</source>
        <translation>New line in the message</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="938"/>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="940"/>
        <source>Delete the selected chat</source>
        <translation>Delete the selected chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="940"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="980"/>
        <source>Model {model} at {url}</source>
        <translation>Model {model} at {url}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/main_window.py" line="994"/>
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
        <location filename="../../gui/ui/widgets/message_widget.py" line="31"/>
        <source>Waiting for MiniMax…</source>
        <translation>Waiting for MiniMax…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="32"/>
        <source>Thinking…</source>
        <translation>Thinking…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="33"/>
        <source>Writing…</source>
        <translation>Writing…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="91"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="106"/>
        <source>Your message</source>
        <translation>Your message</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="108"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="130"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="131"/>
        <source>Copy this message</source>
        <translation>Copy this message</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="138"/>
        <source>Copy the answer (the arrow offers more)</source>
        <translation>Copy the answer (the arrow offers more)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="144"/>
        <source>Copy answer</source>
        <translation>Copy answer</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="147"/>
        <source>Copy answer with reasoning</source>
        <translation>Copy answer with reasoning</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="151"/>
        <source>Copy as Markdown</source>
        <translation>Copy as Markdown</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="157"/>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="158"/>
        <source>Show this answer&apos;s reasoning in the side pane</source>
        <translation>Show this answer&apos;s reasoning in the side pane</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="163"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="164"/>
        <source>Edit and resend this message</source>
        <translation>Edit and resend this message</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="169"/>
        <source>Regenerate</source>
        <translation>Regenerate</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="170"/>
        <source>Ask for a new answer</source>
        <translation>Ask for a new answer</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="174"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="177"/>
        <source>Retry: send the same conversation again</source>
        <translation>Retry: send the same conversation again</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="180"/>
        <source>Open Settings</source>
        <translation>Open Settings</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="213"/>
        <source>*(No answer text: the model only produced reasoning.)*</source>
        <translation>*(No answer text: the model only produced reasoning.)*</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="230"/>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="231"/>
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="232"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="235"/>
        <source>Cut off at the output limit</source>
        <translation>Cut off at the output limit</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="243"/>
        <source> (MiniMax code {code})</source>
        <translation> (MiniMax code {code})</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="247"/>
        <source>The answer reached the maximum output length (thinking counts toward it). Raise “Max output tokens” in Settings and regenerate.</source>
        <translation>The answer reached the maximum output length (thinking counts toward it). Raise “Max output tokens” in Settings and regenerate.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/message_widget.py" line="289"/>
        <source>Thinking… {duration}</source>
        <translation>Thinking… {duration}</translation>
    </message>
</context>
<context>
    <name>ReasoningPane</name>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="36"/>
        <source>Reasoning pane</source>
        <translation>Reasoning pane</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="43"/>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="48"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="50"/>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="51"/>
        <source>Copy the reasoning</source>
        <translation>Copy the reasoning</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="58"/>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="59"/>
        <source>Hide the reasoning pane</source>
        <translation>Hide the reasoning pane</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="72"/>
        <source>Reasoning text</source>
        <translation>Reasoning text</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="79"/>
        <source>The model&apos;s thinking appears here while it answers.</source>
        <translation>The model&apos;s thinking appears here while it answers.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="101"/>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="148"/>
        <source>Waiting for MiniMax…</source>
        <translation>Waiting for MiniMax…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="114"/>
        <source>Thinking… {duration}</source>
        <translation>Thinking… {duration}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="118"/>
        <source>Thinking…</source>
        <translation>Thinking…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="122"/>
        <source>Thought for {duration}; writing the answer…</source>
        <translation>Thought for {duration}; writing the answer…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="126"/>
        <source>Writing the answer…</source>
        <translation>Writing the answer…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="149"/>
        <source>This answer has no recorded reasoning.</source>
        <translation>This answer has no recorded reasoning.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="153"/>
        <source>Thought for {duration}</source>
        <translation>Thought for {duration}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="159"/>
        <source>{count} reasoning tokens</source>
        <translation>{count} reasoning tokens</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/reasoning_pane.py" line="164"/>
        <source>cut short, may be incomplete</source>
        <translation>cut short, may be incomplete</translation>
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
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="120"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="129"/>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="131"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="133"/>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="134"/>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="137"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="168"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="174"/>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="188"/>
        <source>Custom base URL</source>
        <translation>Custom base URL</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="190"/>
        <source>An OpenAI-compatible address, usually ending in /v1</source>
        <translation>An OpenAI-compatible address, usually ending in /v1</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="198"/>
        <source>OPENAI_BASE_URL is set in the environment, so this session uses {url} whatever is chosen here.</source>
        <translation>OPENAI_BASE_URL is set in the environment, so this session uses {url} whatever is chosen here.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="213"/>
        <source>Keys only work in the region that issued them: a China-platform key is rejected by the International endpoint as an invalid key, and the other way round.</source>
        <translation>Keys only work in the region that issued them: a China-platform key is rejected by the International endpoint as an invalid key, and the other way round.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="223"/>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="227"/>
        <source>MiniMax API key</source>
        <translation>MiniMax API key</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="231"/>
        <source>Saved ({hint}). Type a new key to replace it.</source>
        <translation>Saved ({hint}). Type a new key to replace it.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="235"/>
        <source>Paste your MiniMax API key</source>
        <translation>Paste your MiniMax API key</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="238"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="246"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="250"/>
        <source>Delete the saved key for this region from the keyring</source>
        <translation>Delete the saved key for this region from the keyring</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="258"/>
        <source>From OPENAI_API_KEY ({hint})</source>
        <translation>From OPENAI_API_KEY ({hint})</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="264"/>
        <source>OPENAI_API_KEY is set in the environment: this session uses it and nothing is saved.</source>
        <translation>OPENAI_API_KEY is set in the environment: this session uses it and nothing is saved.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="275"/>
        <source>The key is stored only in {store}, never in a file.</source>
        <translation>The key is stored only in {store}, never in a file.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="279"/>
        <source>No secure system keyring is available, so the key is kept in memory for this session only and must be entered again next time. It is never written to a file.</source>
        <translation>No secure system keyring is available, so the key is kept in memory for this session only and must be entered again next time. It is never written to a file.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="301"/>
        <location filename="../../gui/ui/widgets/welcome_dialog.py" line="150"/>
        <source>Pick a model or type any model id your key can use</source>
        <translation>Pick a model or type any model id your key can use</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="303"/>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="311"/>
        <source>MiniMax accepts values above 0 and up to 1 (default 1.0)</source>
        <translation>MiniMax accepts values above 0 and up to 1 (default 1.0)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="313"/>
        <source>Temperature:</source>
        <translation>Temperature:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="320"/>
        <source>Includes the reasoning tokens: too low cuts answers short</source>
        <translation>Includes the reasoning tokens: too low cuts answers short</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="322"/>
        <source>Max output tokens:</source>
        <translation>Max output tokens:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="326"/>
        <source>Optional instructions sent first in every chat</source>
        <translation>Optional instructions sent first in every chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="329"/>
        <source>Default system prompt:</source>
        <translation>Default system prompt:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="339"/>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="352"/>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="345"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="346"/>
        <source>A new language applies after a restart.</source>
        <translation>A new language applies after a restart.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="353"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="354"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="359"/>
        <source>Light, dark, or the same colours as the system</source>
        <translation>Light, dark, or the same colours as the system</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="361"/>
        <source>Theme:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="368"/>
        <source>Also Ctrl+= / Ctrl+- / Ctrl+0</source>
        <translation>Also Ctrl+= / Ctrl+- / Ctrl+0</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="369"/>
        <source>Text size:</source>
        <translation>Text size:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="376"/>
        <source>Receive reasoning separately (reasoning_split)</source>
        <translation>Receive reasoning separately (reasoning_split)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="381"/>
        <source>Turn this off only for a proxy that rejects unknown request fields; the reasoning is then separated from the answer&apos;s &lt;think&gt; tags instead.</source>
        <translation>Turn this off only for a proxy that rejects unknown request fields; the reasoning is then separated from the answer&apos;s &lt;think&gt; tags instead.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="391"/>
        <source>System proxy</source>
        <translation>System proxy</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="392"/>
        <source>No proxy</source>
        <translation>No proxy</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="393"/>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="398"/>
        <source>How to reach MiniMax: the system&apos;s proxy, none, or yours</source>
        <translation>How to reach MiniMax: the system&apos;s proxy, none, or yours</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="400"/>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="404"/>
        <source>http://127.0.0.1:7890 or socks5://…</source>
        <translation>http://127.0.0.1:7890 or socks5://…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="406"/>
        <source>Proxy URL:</source>
        <translation>Proxy URL:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="412"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="415"/>
        <source>How long to wait for the next piece of a reply</source>
        <translation>How long to wait for the next piece of a reply</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="417"/>
        <source>Give up after silence of:</source>
        <translation>Give up after silence of:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="421"/>
        <source>Problems only</source>
        <translation>Problems only</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="422"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="423"/>
        <source>Detailed (for bug reports)</source>
        <translation>Detailed (for bug reports)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="428"/>
        <source>How much the log records. Message text and API keys are never logged.</source>
        <translation>How much the log records. Message text and API keys are never logged.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="433"/>
        <source>Log detail:</source>
        <translation>Log detail:</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="447"/>
        <source>Get a key for this region: {link}</source>
        <translation>Get a key for this region: {link}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="486"/>
        <source>The custom base URL must start with http:// or https://.</source>
        <translation>The custom base URL must start with http:// or https://.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/settings_dialog.py" line="490"/>
        <source>The proxy URL needs a scheme, for example http://127.0.0.1:7890.</source>
        <translation>The proxy URL needs a scheme, for example http://127.0.0.1:7890.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="53"/>
        <location filename="../../gui/ui/widgets/sidebar.py" line="134"/>
        <location filename="../../gui/ui/widgets/sidebar.py" line="136"/>
        <source>New chat</source>
        <translation>New chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="70"/>
        <source>{title}
Last activity: {time}</source>
        <translation>{title}
Last activity: {time}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="75"/>
        <source>{title}, answering, last activity {time}</source>
        <translation>{title}, answering, last activity {time}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="77"/>
        <source>{title}, last activity {time}</source>
        <translation>{title}, last activity {time}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="129"/>
        <source>Search chats</source>
        <translation>Search chats</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="130"/>
        <source>Search conversations</source>
        <translation>Search conversations</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="144"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="158"/>
        <source>Delete conversation</source>
        <translation>Delete conversation</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="221"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="222"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/sidebar.py" line="223"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>TableBlock</name>
    <message>
        <location filename="../../gui/ui/widgets/table_block.py" line="87"/>
        <source>Table: {rows} rows × {columns} columns</source>
        <translation>Table: {rows} rows × {columns} columns</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/table_block.py" line="95"/>
        <location filename="../../gui/ui/widgets/table_block.py" line="115"/>
        <source>Copy table</source>
        <translation>Copy table</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/table_block.py" line="96"/>
        <source>Copy the whole table as Markdown</source>
        <translation>Copy the whole table as Markdown</translation>
    </message>
    <message>
        <location filename="../../gui/ui/widgets/table_block.py" line="111"/>
        <source>Copy cells</source>
        <translation>Copy cells</translation>
    </message>
</context>
<context>
    <name>Transcripts</name>
    <message>
        <location filename="../../gui/ui/transcripts.py" line="78"/>
        <source>This chat is empty: there is nothing to export yet.</source>
        <translation>This chat is empty: there is nothing to export yet.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/transcripts.py" line="91"/>
        <source>There are no chats to export yet.</source>
        <translation>There are no chats to export yet.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/transcripts.py" line="148"/>
        <source>Export chat</source>
        <translation>Export chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/transcripts.py" line="165"/>
        <location filename="../../gui/ui/transcripts.py" line="256"/>
        <source>MiniMax Chat export {date}</source>
        <translation>MiniMax Chat export {date}</translation>
    </message>
    <message>
        <location filename="../../gui/ui/transcripts.py" line="170"/>
        <source>Export all chats as a .zip archive</source>
        <translation>Export all chats as a .zip archive</translation>
    </message>
    <message>
        <location filename="../../gui/ui/transcripts.py" line="174"/>
        <source>Zip archive (*.zip)</source>
        <translation>Zip archive (*.zip)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/transcripts.py" line="180"/>
        <source>Choose where to create the export folder</source>
        <translation>Choose where to create the export folder</translation>
    </message>
    <message>
        <location filename="../../gui/ui/transcripts.py" line="216"/>
        <source>The chat was deleted before it could be exported.</source>
        <translation>The chat was deleted before it could be exported.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/transcripts.py" line="230"/>
        <source>“{name}” could not be written: {reason}. Nothing was saved.</source>
        <translation>“{name}” could not be written: {reason}. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/transcripts.py" line="236"/>
        <source>Exported “{title}” to {path}.</source>
        <translation>Exported “{title}” to {path}.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/transcripts.py" line="237"/>
        <source>New chat</source>
        <translation>New chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/transcripts.py" line="239"/>
        <location filename="../../gui/ui/transcripts.py" line="287"/>
        <source>Show folder</source>
        <translation>Show folder</translation>
    </message>
    <message>
        <location filename="../../gui/ui/transcripts.py" line="248"/>
        <source>Exporting {chats}…</source>
        <translation>Exporting {chats}…</translation>
    </message>
    <message>
        <location filename="../../gui/ui/transcripts.py" line="275"/>
        <source>The chats could not be exported to {target}: {reason}. Nothing was left behind.</source>
        <translation>The chats could not be exported to {target}: {reason}. Nothing was left behind.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/transcripts.py" line="284"/>
        <source>Exported {chats} to {target}.</source>
        <translation>Exported {chats} to {target}.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/transcripts.py" line="294"/>
        <source>Import chats</source>
        <translation>Import chats</translation>
    </message>
    <message>
        <location filename="../../gui/ui/transcripts.py" line="298"/>
        <source>MiniMax Chat exports (*.json *.zip)</source>
        <translation>MiniMax Chat exports (*.json *.zip)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/transcripts.py" line="299"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/ui/transcripts.py" line="312"/>
        <source>Import chats from a folder</source>
        <translation>Import chats from a folder</translation>
    </message>
    <message>
        <location filename="../../gui/ui/transcripts.py" line="330"/>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <location filename="../../gui/ui/transcripts.py" line="331"/>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/transcripts.py" line="335"/>
        <source>Nothing was imported: {reason}.</source>
        <translation>Nothing was imported: {reason}.</translation>
    </message>
    <message>
        <location filename="../../gui/ui/transcripts.py" line="348"/>
        <source>1 chat</source>
        <translation>1 chat</translation>
    </message>
    <message>
        <location filename="../../gui/ui/transcripts.py" line="349"/>
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
    <name>connection</name>
    <message>
        <location filename="../../gui/core/connection.py" line="165"/>
        <source>The key is kept for this session only.</source>
        <translation>The key is kept for this session only.</translation>
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
        <location filename="../../gui/core/formatting.py" line="14"/>
        <source>{prompt} in · {completion} out</source>
        <translation>{prompt} in · {completion} out</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="15"/>
        <source>{n} reasoning</source>
        <translation>{n} reasoning</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="16"/>
        <source>{n} cached</source>
        <translation>{n} cached</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="17"/>
        <source>thought for {duration}</source>
        <translation>thought for {duration}</translation>
    </message>
</context>
<context>
    <name>importer</name>
    <message>
        <location filename="../../gui/core/importer.py" line="49"/>
        <source>Imported 1 conversation.</source>
        <translation>Imported 1 conversation.</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="51"/>
        <source>Imported {count} conversations.</source>
        <translation>Imported {count} conversations.</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="53"/>
        <source>Untitled chat</source>
        <translation>Untitled chat</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="54"/>
        <source>“{title}” got the new id {new}: its id {old} was already in use.</source>
        <translation>“{title}” got the new id {new}: its id {old} was already in use.</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="75"/>
        <source>{name} is not a conversation this app can import: {reason}.</source>
        <translation>{name} is not a conversation this app can import: {reason}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="82"/>
        <source>Too many files (more than {count}).</source>
        <translation>Too many files (more than {count}).</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="90"/>
        <source>No conversation files (.json) were found.</source>
        <translation>No conversation files (.json) were found.</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="100"/>
        <location filename="../../gui/core/importer.py" line="160"/>
        <source>{name} holds no .json files.</source>
        <translation>{name} holds no .json files.</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="115"/>
        <location filename="../../gui/core/importer.py" line="134"/>
        <location filename="../../gui/core/importer.py" line="175"/>
        <source>{name} could not be read ({reason}).</source>
        <translation>{name} could not be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="126"/>
        <location filename="../../gui/core/importer.py" line="166"/>
        <source>{name} is too large ({size} MB).</source>
        <translation>{name} is too large ({size} MB).</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="146"/>
        <source>{name} is not a valid .zip archive.</source>
        <translation>{name} is not a valid .zip archive.</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="185"/>
        <source>it is not UTF-8 text</source>
        <translation>it is not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="188"/>
        <source>it is not valid JSON ({error} at line {line})</source>
        <translation>it is not valid JSON ({error} at line {line})</translation>
    </message>
    <message>
        <location filename="../../gui/core/importer.py" line="193"/>
        <source>it is nested too deeply</source>
        <translation>it is nested too deeply</translation>
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
        <location filename="../../gui/core/saver.py" line="97"/>
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
        <location filename="../../gui/core/settings.py" line="127"/>
        <source>The settings file could not be read ({reason}); using defaults.</source>
        <translation>The settings file could not be read ({reason}); using defaults.</translation>
    </message>
    <message>
        <location filename="../../gui/core/settings.py" line="139"/>
        <source>It was kept as {name}.</source>
        <translation>It was kept as {name}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/settings.py" line="142"/>
        <source>The settings file was damaged, so defaults are used.</source>
        <translation>The settings file was damaged, so defaults are used.</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <location filename="../../gui/core/storage.py" line="47"/>
        <source>the file does not hold a JSON object</source>
        <translation>the file does not hold a JSON object</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="51"/>
        <source>schema_version is missing or not a number</source>
        <translation>schema_version is missing or not a number</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="55"/>
        <source>it was written by a newer MiniMax Chat (format {new}, this app reads {ours})</source>
        <translation>it was written by a newer MiniMax Chat (format {new}, this app reads {ours})</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="133"/>
        <source>it repeats the id of {name}</source>
        <translation>it repeats the id of {name}</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="174"/>
        <source>{name} could not be read ({reason}).</source>
        <translation>{name} could not be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="181"/>
        <source>{name} was skipped: it is a link or not a regular file, and this app only reads its own files.</source>
        <translation>{name} was skipped: it is a link or not a regular file, and this app only reads its own files.</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="189"/>
        <source>it is too large ({size} MB)</source>
        <translation>it is too large ({size} MB)</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="196"/>
        <source>{name} could not be read (permission denied); it was left as is.</source>
        <translation>{name} could not be read (permission denied); it was left as is.</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="203"/>
        <source>{name} could not be read ({reason}); it was left as is.</source>
        <translation>{name} could not be read ({reason}); it was left as is.</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="221"/>
        <source>{name} was not opened: {reason}. It was left untouched.</source>
        <translation>{name} was not opened: {reason}. It was left untouched.</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="240"/>
        <source>{name} is damaged ({reason}).</source>
        <translation>{name} is damaged ({reason}).</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="249"/>
        <source>{name} is damaged ({reason}) and could not be moved: {error}</source>
        <translation>{name} is damaged ({reason}) and could not be moved: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="256"/>
        <source>{name} is damaged ({reason}). It was moved to {aside}.</source>
        <translation>{name} is damaged ({reason}). It was moved to {aside}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="290"/>
        <source>it is not UTF-8 text</source>
        <translation>it is not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="292"/>
        <source>it is not valid JSON: {error} at line {line}</source>
        <translation>it is not valid JSON: {error} at line {line}</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="296"/>
        <source>it is nested too deeply</source>
        <translation>it is nested too deeply</translation>
    </message>
    <message>
        <location filename="../../gui/core/storage.py" line="300"/>
        <source>its content is not what this app expects ({detail})</source>
        <translation>its content is not what this app expects ({detail})</translation>
    </message>
    <message>
        <location filename="../../gui/core/models.py" line="184"/>
        <source>a message must be a JSON object</source>
        <translation>a message must be a JSON object</translation>
    </message>
    <message>
        <location filename="../../gui/core/models.py" line="188"/>
        <source>message content must be a string</source>
        <translation>message content must be a string</translation>
    </message>
    <message>
        <location filename="../../gui/core/models.py" line="275"/>
        <source>a conversation must be a JSON object</source>
        <translation>a conversation must be a JSON object</translation>
    </message>
    <message>
        <location filename="../../gui/core/models.py" line="280"/>
        <source>a conversation needs a non-empty string id</source>
        <translation>a conversation needs a non-empty string id</translation>
    </message>
    <message>
        <location filename="../../gui/core/models.py" line="284"/>
        <source>messages must be a list</source>
        <translation>messages must be a list</translation>
    </message>
    <message>
        <location filename="../../gui/core/models.py" line="287"/>
        <source>title must be a string</source>
        <translation>title must be a string</translation>
    </message>
</context>
</TS>
