/**
 * From pdf.js text items to lines: items at the same height on the page (within half a line)
 * form one line, read left to right. Sorting is O(n log n) and every step after it linear.
 */

/** One text item of a page as pdf.js reports it: its string, position (points from the bottom left), width and font height. */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One line of a page: its text, baseline and the largest font height on it. */
export interface PdfLine {
  text: string;
  y: number;
  height: number;
}

/** The lines of one page, top to bottom. Items with no visible text are skipped. */
export function linesOfPage(items: readonly PdfTextItem[]): PdfLine[] {
  const visible = items.filter((item) => item.str.trim() !== '');
  const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfLine[] = [];
  let current: { items: PdfTextItem[]; y: number; height: number } | null = null;
  const finish = () => {
    if (!current) return;
    const parts = current.items.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const part of parts) {
      const gap = part.x - end;
      if (text !== '' && gap > Math.max(1, part.height * 0.15) && !text.endsWith(' ') && !part.str.startsWith(' ')) text += ' ';
      text += part.str;
      end = part.x + part.width;
    }
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean) lines.push({ text: clean, y: current.y, height: current.height });
  };
  for (const item of sorted) {
    const tolerance = Math.max(1, Math.min(item.height, current?.height ?? item.height) * 0.5);
    if (current && Math.abs(current.y - item.y) <= tolerance) {
      current.items.push(item);
      current.height = Math.max(current.height, item.height);
    } else {
      finish();
      current = { items: [item], y: item.y, height: item.height };
    }
  }
  finish();
  return lines;
}
