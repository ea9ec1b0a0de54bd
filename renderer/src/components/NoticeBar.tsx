import type { MenuCommand } from '../../../shared/api';

/** A message for the user: errors are announced at once, information politely. */
export interface Notice {
  tone: 'info' | 'error';
  text: string;
  /** An optional button offered with the message, such as "Restore from backup…". */
  action?: { label: string; command: MenuCommand };
}

interface NoticeBarProps {
  notice: Notice | null;
  onDismiss: () => void;
  onCommand: (command: MenuCommand) => void;
}

export function NoticeBar({ notice, onDismiss, onCommand }: NoticeBarProps) {
  return (
    <div className="notice-region">
      <div role="alert" className={notice?.tone === 'error' ? 'notice notice-error' : 'notice-empty'}>
        {notice?.tone === 'error' ? <NoticeBody notice={notice} onDismiss={onDismiss} onCommand={onCommand} /> : null}
      </div>
      <div role="status" className={notice?.tone === 'info' ? 'notice notice-info' : 'notice-empty'}>
        {notice?.tone === 'info' ? <NoticeBody notice={notice} onDismiss={onDismiss} onCommand={onCommand} /> : null}
      </div>
    </div>
  );
}

function NoticeBody({ notice, onDismiss, onCommand }: { notice: Notice; onDismiss: () => void; onCommand: (command: MenuCommand) => void }) {
  return (
    <>
      <span className="notice-text">{notice.text}</span>
      {notice.action ? (
        <button type="button" className="notice-action" onClick={() => onCommand(notice.action!.command)}>
          {notice.action.label}
        </button>
      ) : null}
      <button type="button" className="notice-dismiss" onClick={onDismiss} aria-label="Dismiss message">
        ×
      </button>
    </>
  );
}
