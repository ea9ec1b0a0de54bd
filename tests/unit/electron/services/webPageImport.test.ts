/**
 * A saved news page opened end to end through the service (read, decode, reduce to the article
 * in the worker, store): the library holds the article, titled by the article, and nothing of the
 * navigation, cookie banner, related links, comments or footer.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../electron/services/createServices';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();
const SAMPLES_DIR = path.resolve(__dirname, '../../../../assets/samples');
const NEWS_PAGE = path.resolve(__dirname, '../../../fixtures/web/news-page.html');

describe('importDocumentFile of a saved web page', () => {
  it('keeps the article only, titled by the article', async () => {
    const services = await createServices({ dataDir: await tempDir(), samplesDir: SAMPLES_DIR });
    const opened = await services.importDocumentFile({ path: NEWS_PAGE });
    expect(opened.document.title).toBe('Town Keeps Its Old Library Open After Long Vote');
    const { text, blocks } = await services.getDocument({ documentId: opened.document.id });
    expect(text.startsWith('Town Keeps Its Old Library Open After Long Vote\n\nBy Maria Okafor, Local Affairs Reporter\n\nAfter a council meeting')).toBe(true);
    expect(blocks.filter((b) => b.kind === 'list-item')).toHaveLength(3);
    expect(text).toContain('which still runs on wiring from 1952.');
    expect(text).toContain('[Image: The library’s front steps during the reading marathon]');
    expect(text).toMatch(/closed to visitors for a decade\.$/);
    expect(text).not.toMatch(/cookie|Subscribe|Related stories|Reader42|All rights reserved/);
  });
});
