interface ReadingProgressProps {
  /** How far through the document the reader is, from 0 to 1. */
  fraction: number;
}

/** A thin bar under the reader's header showing how far through the document the reader is. */
export function ReadingProgress({ fraction }: ReadingProgressProps) {
  const percent = Math.round(fraction * 100);
  return (
    <div
      className="reading-progress"
      role="progressbar"
      aria-label="Reading progress"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent}% read`}
    >
      <div className="reading-progress-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
