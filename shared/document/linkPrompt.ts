/**
 * The words of the question asked before a document's link is opened: where it really leads
 * (the site's name, then the whole address), since a link's words can say anything.
 */
import { mailtoRecipients } from '../text/linkUrl';

/** A mailto address's recipients as a person should read them: decoded, hidden characters removed. */
function recipientsShown(href: string): string {
  const recipients = (mailtoRecipients(href) ?? '').replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  return recipients || 'no address';
}

/** True for a host on this computer or a private network: localhost, loopback, private and link-local addresses, `.local` names. */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return true;
  const v4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
  }
  return host === '::1' || /^f[cd][0-9a-f]{2}:/.test(host) || /^fe[89ab][0-9a-f]:/.test(host);
}

/** What the confirmation shows. */
export interface LinkPrompt {
  title: string;
  message: string;
  detail: string;
  /** The label of the button that opens the link. */
  confirm: string;
}

/**
 * The confirmation for opening `href` (an address {@link safeLinkUrl} kept) from the document
 * titled `documentTitle`.
 */
export function linkPrompt(href: string, documentTitle: string): LinkPrompt {
  const url = new URL(href);
  if (url.protocol === 'mailto:') {
    const to = recipientsShown(href);
    return {
      title: 'Write an e-mail?',
      message: `Write an e-mail to ${to} in your mail program?`,
      detail: `The link is in “${documentTitle}”.\n\n${href}`,
      confirm: 'Write E-mail',
    };
  }
  const local = isLocalHost(url.hostname)
    ? '\n\nThis address is on your own computer or local network, where a page can reach your router, printers and programs. Open it only if you expected this.'
    : '';
  return {
    title: 'Open link in your browser?',
    message: `Open ${url.hostname} in your web browser?`,
    detail: `The link is in “${documentTitle}” and leads to:\n\n${href}\n\nOnly open links you trust; the page may not be what the link's words say.${local}`,
    confirm: 'Open Link',
  };
}

/** What the reader says once a link was handed to the browser or mail program. */
export function openedLinkMessage(href: string): string {
  const url = new URL(href);
  if (url.protocol === 'mailto:') return `Opened your mail program to write to ${recipientsShown(href)}.`;
  return `Opened ${url.hostname} in your web browser.`;
}
