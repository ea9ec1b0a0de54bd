import { useState } from 'react';
import { call } from '../lib/api';
import { DialogButtons } from './DialogButtons';

/** Where a file was written, with a "Show in folder" button; announced politely. */
export function WrittenFile({ summary, path }: { summary: string; path: string }) {
  const [problem, setProblem] = useState('');
  return (
    <div className="written-file" role="status">
      <p>{summary}</p>
      <p className="written-path">
        Saved to <code>{path}</code>
      </p>
      <button
        type="button"
        onClick={() =>
          void call('showInFolder', { path }).then((result) => {
            if (!result.ok) setProblem(result.error.message);
          })
        }
      >
        Show in folder
      </button>
      {problem ? <p className="dialog-problem">{problem}</p> : null}
    </div>
  );
}

/** A dialog's last step: the file it wrote, and Done (focused) to close. */
export function WrittenFileDone({ summary, path, onDone }: { summary: string; path: string; onDone: () => void }) {
  return (
    <>
      <WrittenFile summary={summary} path={path} />
      <DialogButtons primary={{ label: 'Done', onClick: onDone, autoFocus: true }} />
    </>
  );
}
