import { useCopyText } from '../components/useCopyText';

/** A ready text to paste into the group chat (or to families who prefer a text), with a Copy button. */
export function GroupChatText({ text }: { text: string }) {
  const { copied, copy } = useCopyText();
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
      <button type="button" className="button-secondary" onClick={() => void copy(text, 'the group-chat text')}>
        Copy text
      </button>
      <p className="notice" role="status" aria-live="polite">
        {copied}
      </p>
    </div>
  );
}
