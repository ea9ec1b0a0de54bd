/**
 * Opening a document's link: only an address the document itself shows as a web or e-mail
 * link, and only after the user agreed in main's own dialog (which the renderer cannot skip).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createUserApi } from '../../../../electron/main/userApi';
import { createServices } from '../../../../electron/services/createServices';
import { linkPrompt } from '../../../../shared/document/linkPrompt';
import { answeringDialogs } from '../../../support/dialogs';
import { SAMPLES_DIR } from '../../../support/seeds';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();

const PAGE = `<!doctype html><title>Links page</title><p>Read <a href="https://news.example/story">the story</a>,
  <a href="mailto:desk@news.example">write to us</a> or <a href="javascript:alert(1)">click here</a>.</p>`;

async function openWithPage(links: boolean[]) {
  const dataDir = await tempDir();
  const file = path.join(await tempDir(), 'links.html');
  await writeFile(file, PAGE);
  const dialogs = answeringDialogs([], [], [], [], links);
  const services = await createServices({ dataDir, samplesDir: SAMPLES_DIR });
  const api = createUserApi(services, dialogs);
  const opened = await services.importDocumentFile({ path: file });
  if (opened.status !== 'imported') throw new Error(`not imported: ${opened.status}`);
  return { api, dialogs, documentId: opened.document.id };
}

describe('openLink', () => {
  it('asks first, opens only when the user agrees, and opens nothing when they cancel', async () => {
    const { api, dialogs, documentId } = await openWithPage([false, true]);
    expect(await api.openLink({ documentId, href: 'https://news.example/story' })).toEqual({ status: 'cancelled' });
    expect(dialogs.openedLinks).toEqual([]);
    expect(await api.openLink({ documentId, href: 'https://news.example/story' })).toEqual({ status: 'opened', href: 'https://news.example/story' });
    expect(dialogs.linkQuestions).toEqual(['https://news.example/story', 'https://news.example/story']);
    expect(dialogs.openedLinks).toEqual(['https://news.example/story']);
  });

  it('refuses, without asking, any address the document does not show as a safe link', async () => {
    const { api, dialogs, documentId } = await openWithPage([]);
    for (const href of ['javascript:alert(1)', 'https://elsewhere.example/', 'file:///etc/passwd', 'https://news.example/story/']) {
      await expect(api.openLink({ documentId, href }), href).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(api.openLink({ documentId: 'no-such-document', href: 'https://news.example/story' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(dialogs.linkQuestions).toEqual([]);
    expect(dialogs.openedLinks).toEqual([]);
  });
});

describe('linkPrompt', () => {
  it('names the site a web link really leads to, and the whole address', () => {
    const prompt = linkPrompt('https://evil.example/login?next=bank', 'Week 3 reading');
    expect(prompt.message).toBe('Open evil.example in your web browser?');
    expect(prompt.detail).toContain('https://evil.example/login?next=bank');
    expect(prompt.detail).toContain('“Week 3 reading”');
    expect(prompt.confirm).toBe('Open Link');
  });

  it('warns when a link leads to this computer or the local network', () => {
    for (const href of ['http://127.0.0.1:8080/admin', 'http://192.168.0.1/reset?all=1', 'http://localhost/', 'http://[::1]/', 'http://printer.local/']) {
      expect(linkPrompt(href, 'Paper').detail, href).toContain('on your own computer or local network');
    }
    for (const href of ['https://news.example/', 'http://8.8.8.8/', 'http://172.32.0.1/']) {
      expect(linkPrompt(href, 'Paper').detail, href).not.toContain('local network');
    }
  });

  it('asks about writing an e-mail for a mailto link', () => {
    expect(linkPrompt('mailto:desk@news.example', 'Paper').message).toBe('Write an e-mail to desk@news.example in your mail program?');
  });
});
