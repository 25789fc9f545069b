/**
 * What just happened (a polite live region, kept in the layout so it never jumps) and what went wrong
 * (an alert), the pair every page and panel shows under its header.
 */
export function StatusMessages({ notice, error }: { notice: string; error: string | null | undefined }) {
  return (
    <>
      <p className="notice" role="status" aria-live="polite">
        {notice}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
