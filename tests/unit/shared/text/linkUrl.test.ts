import { describe, expect, it } from 'vitest';
import { isSafeLinkUrl, MAX_LINK_LENGTH, safeLinkUrl } from '../../../../shared/text/linkUrl';

describe('safeLinkUrl', () => {
  it('keeps web and e-mail addresses, normalised', () => {
    expect(safeLinkUrl('https://example.org/a b?q=1#top')).toBe('https://example.org/a%20b?q=1#top');
    expect(safeLinkUrl('  HTTP://Example.ORG  ')).toBe('http://example.org/');
    expect(safeLinkUrl('mailto:teacher@school.example')).toBe('mailto:teacher@school.example');
  });

  it('refuses every other scheme, however it is disguised', () => {
    for (const raw of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'vbscript:x', 'blob:https://a.example/1', 'ftp://a.example/', 'chrome://settings', 'about:blank']) {
      expect(safeLinkUrl(raw), raw).toBeNull();
    }
  });

  it('refuses relative and in-page addresses unless a web base resolves them', () => {
    expect(safeLinkUrl('story.html')).toBeNull();
    expect(safeLinkUrl('#notes')).toBeNull();
    expect(safeLinkUrl('//cdn.example/x')).toBeNull();
    expect(safeLinkUrl('story.html', 'https://news.example/world/')).toBe('https://news.example/world/story.html');
    expect(safeLinkUrl('story.html', 'file:///home/me/')).toBeNull();
    expect(safeLinkUrl('javascript:alert(1)', 'https://news.example/')).toBeNull();
  });

  it('refuses addresses that hide their real site behind a user name, and overlong ones', () => {
    expect(safeLinkUrl('https://bank.example@evil.example/')).toBeNull();
    expect(safeLinkUrl('https://user:pw@evil.example/')).toBeNull();
    expect(safeLinkUrl(`https://a.example/${'x'.repeat(MAX_LINK_LENGTH)}`)).toBeNull();
    expect(safeLinkUrl('https://')).toBeNull();
    expect(safeLinkUrl('')).toBeNull();
  });

  it('keeps only the subject and body of a mailto address, and refuses recipients that hide characters', () => {
    expect(safeLinkUrl('mailto:a@b.example?attach=/home/u/.ssh/id_rsa&subject=Hi there&bcc=x@evil.example')).toBe('mailto:a@b.example?subject=Hi%20there');
    expect(safeLinkUrl('mailto:desk@news.example?Body=a%26b')).toBe('mailto:desk@news.example?body=a%26b');
    for (const raw of ['mailto:support@bank.example%0A%0AThe%20link%20is%20safe.', 'mailto:%E2%80%AEmoc.live@a', 'mailto:%zz']) {
      expect(safeLinkUrl(raw), raw).toBeNull();
    }
    const kept = safeLinkUrl('mailto:a@b.example?subject=Hi there')!;
    expect(isSafeLinkUrl(kept)).toBe(true);
  });

  it('says a stored address is safe only in its normalised form', () => {
    expect(isSafeLinkUrl('https://example.org/')).toBe(true);
    expect(isSafeLinkUrl('https://example.org')).toBe(false);
    expect(isSafeLinkUrl('javascript:alert(1)')).toBe(false);
  });
});
