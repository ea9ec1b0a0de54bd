/**
 * The words of the question asked before a document's link is opened: where it really leads
 * (the site's name, then the whole address), since a link's words can say anything.
 */

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
    const to = decodeURIComponent(url.pathname) || 'no address';
    return {
      title: 'Write an e-mail?',
      message: `Write an e-mail to ${to} in your mail program?`,
      detail: `The link is in “${documentTitle}”.\n\n${href}`,
      confirm: 'Write E-mail',
    };
  }
  return {
    title: 'Open link in your browser?',
    message: `Open ${url.hostname} in your web browser?`,
    detail: `The link is in “${documentTitle}” and leads to:\n\n${href}\n\nOnly open links you trust; the page may not be what the link's words say.`,
    confirm: 'Open Link',
  };
}

/** What the reader says once a link was handed to the browser or mail program. */
export function openedLinkMessage(href: string): string {
  const url = new URL(href);
  if (url.protocol === 'mailto:') return `Opened your mail program to write to ${decodeURIComponent(url.pathname) || 'no address'}.`;
  return `Opened ${url.hostname} in your web browser.`;
}
