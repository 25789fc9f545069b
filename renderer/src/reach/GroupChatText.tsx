import { useState } from 'react';
import { useApi } from '../api/useApi';
import { Field } from '../components/Field';
import { useCopyText } from '../components/useCopyText';

/** A ready text for WhatsApp or a Facebook group: date, time, park, map link and what to bring. */
export function GroupChatText({ sessionId }: { sessionId: number }) {
  const [bring, setBring] = useState('');
  const params = bring.trim() === '' ? { sessionId } : { sessionId, bring: bring.trim() };
  const text = useApi('reach.groupChat', params, 'Village could not make the group-chat text.', 300);
  const { copied, copy } = useCopyText();
  return (
    <div className="group-chat">
      <Field label="What to bring" hint="Leave empty for water, a snack and sun hats.">
        {(props) => (
          <input {...props} value={bring} maxLength={200} onChange={(event) => setBring(event.target.value)} />
        )}
      </Field>
      {text.error && (
        <p className="form-error" role="alert">
          {text.error}
        </p>
      )}
      <textarea
        className="group-chat-text"
        aria-label="Group-chat text"
        readOnly
        rows={7}
        value={text.data?.text ?? ''}
        onFocus={(event) => event.target.select()}
      />
      <div className="panel-actions">
        <button
          type="button"
          className="button-primary"
          disabled={!text.data}
          onClick={() => void copy(text.data!.text, 'the group-chat text')}
        >
          Copy text
        </button>
        <p className="notice" role="status" aria-live="polite">
          {copied}
        </p>
      </div>
    </div>
  );
}
