import { useState } from 'react';

/** A ready text to paste into the group chat (or to families who prefer a text), with a Copy button. */
export function GroupChatText({ text }: { text: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="group-chat-text">
      <label>
        <span className="muted">For the group chat</span>
        <textarea
          readOnly
          rows={Math.min(8, text.split('\n').length + 1)}
          value={text}
          onFocus={(e) => e.target.select()}
        />
      </label>
      <button
        type="button"
        className="button-secondary"
        onClick={() =>
          void navigator.clipboard.writeText(text).then(
            () => setCopied(true),
            // Without clipboard access, the text is selected to copy by hand.
            () => setCopied(false),
          )
        }
      >
        {copied ? 'Copied' : 'Copy text'}
      </button>
    </div>
  );
}
