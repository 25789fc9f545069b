import { useEffect, useRef, useState } from 'react';

interface SheetPickerProps {
  onFile: (file: File) => void;
  compact?: boolean;
}

/** Pick a sheet with the file input, or drop it anywhere on the window. */
export function SheetPicker({ onFile, compact = false }: SheetPickerProps) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) onFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onFile]);

  return (
    <div
      className={`empty-state drop-zone${dragging ? ' drop-zone-active' : ''}${compact ? ' drop-zone-compact' : ''}`}
    >
      {!compact && <p className="empty-title">Drop a sign-up sheet here</p>}
      {!compact && (
        <p className="muted">A CSV or text file from Google Forms, SignUpGenius, Eventbrite, Meetup or Excel.</p>
      )}
      <label className="button-secondary file-button">
        {compact ? 'Choose another file…' : 'Choose a file…'}
        <input
          ref={input}
          type="file"
          className="visually-hidden"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onFile(file);
            event.target.value = '';
          }}
        />
      </label>
    </div>
  );
}
