import type { MenuCommand } from '../../../shared/api';

/** A message for the user: errors are announced at once, information politely. */
export interface Notice {
  tone: 'info' | 'error';
  text: string;
  /** An optional button offered with the message, such as "Restore from backup…". */
  action?: { label: string; command: MenuCommand } | { label: string; reveal: string } | { label: string; run: () => void };
}

interface NoticeBarProps {
  notice: Notice | null;
  onDismiss: () => void;
  onCommand: (command: MenuCommand) => void;
  onReveal: (path: string) => void;
}

export function NoticeBar({ notice, onDismiss, onCommand, onReveal }: NoticeBarProps) {
  const act = (action: NonNullable<Notice['action']>) => {
    if ('run' in action) action.run();
    else if ('command' in action) onCommand(action.command);
    else onReveal(action.reveal);
  };
  return (
    <div className="notice-region">
      <div role="alert" className={notice?.tone === 'error' ? 'notice notice-error' : 'notice-empty'}>
        {notice?.tone === 'error' ? <NoticeBody notice={notice} onDismiss={onDismiss} onAction={act} /> : null}
      </div>
      <div role="status" className={notice?.tone === 'info' ? 'notice notice-info' : 'notice-empty'}>
        {notice?.tone === 'info' ? <NoticeBody notice={notice} onDismiss={onDismiss} onAction={act} /> : null}
      </div>
    </div>
  );
}

function NoticeBody({ notice, onDismiss, onAction }: { notice: Notice; onDismiss: () => void; onAction: (action: NonNullable<Notice['action']>) => void }) {
  return (
    <>
      <span className="notice-text">{notice.text}</span>
      {notice.action ? (
        <button type="button" className="notice-action" onClick={() => onAction(notice.action!)}>
          {notice.action.label}
        </button>
      ) : null}
      <button type="button" className="notice-dismiss" onClick={onDismiss} aria-label="Dismiss message">
        ×
      </button>
    </>
  );
}
