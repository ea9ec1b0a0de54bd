/** A message for the user: errors are announced at once, information politely. */
export interface Notice {
  tone: 'info' | 'error';
  text: string;
}

export function NoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  return (
    <div className="notice-region">
      <div role="alert" className={notice?.tone === 'error' ? 'notice notice-error' : 'notice-empty'}>
        {notice?.tone === 'error' ? <NoticeBody text={notice.text} onDismiss={onDismiss} /> : null}
      </div>
      <div role="status" className={notice?.tone === 'info' ? 'notice notice-info' : 'notice-empty'}>
        {notice?.tone === 'info' ? <NoticeBody text={notice.text} onDismiss={onDismiss} /> : null}
      </div>
    </div>
  );
}

function NoticeBody({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  return (
    <>
      <span className="notice-text">{text}</span>
      <button type="button" className="notice-dismiss" onClick={onDismiss} aria-label="Dismiss message">
        ×
      </button>
    </>
  );
}
