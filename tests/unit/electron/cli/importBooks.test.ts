/** `marginalia import` with EPUB and PDF files, several at once, each reported. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { THREE_CHAPTERS, buildEpub } from '../../../support/epubBuilder';
import { buildPdf, threePagePdf } from '../../../support/pdfBuilder';
import { runCommand } from '../../../support/runCommand';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();

// Each book starts a worker that loads pdf.js from TypeScript source (slow on a busy machine).
describe('marginalia import with books', { timeout: 120_000 }, () => {
  it('imports an EPUB and a PDF in one command, and reports a refused file without stopping the others', async () => {
    const dir = await tempDir();
    const data = path.join(dir, 'data');
    const epub = path.join(dir, 'tales.epub');
    const pdf = path.join(dir, 'rivers.pdf');
    const scan = path.join(dir, 'scan.pdf');
    await writeFile(epub, buildEpub({ title: 'Village Tales', chapters: THREE_CHAPTERS }));
    await writeFile(pdf, threePagePdf());
    await writeFile(scan, buildPdf([{ lines: [], image: true }]));
    const run = await runCommand(['import', epub, scan, pdf, '--data', data]);
    expect(run.stdout).toMatch(/^Imported “Village Tales” as d[0-9a-f]{20}\nImported “rivers” as d[0-9a-f]{20}\n$/);
    expect(run.stderr).toBe('marginalia: “scan.pdf” has no text layer (it is probably scanned images), so there is nothing to highlight. Run it through OCR first (many scanners and PDF tools can), then open the new file.\n');
    expect(run.status).toBe(1);
    expect((await runCommand(['list', '--data', data])).stdout).toMatch(/Village Tales\ttales\.epub\n[\s\S]*rivers\trivers\.pdf/);
  });

  it('still takes only one file with --new-version-of', async () => {
    const run = await runCommand(['import', 'a.epub', 'b.pdf', '--new-version-of', 'x', '--data', await tempDir()]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--new-version-of takes one file/);
  });
});
