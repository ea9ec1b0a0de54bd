import { describe, expect, it } from 'vitest';
import { charsetFromContentType, prescanHtmlCharset } from '../../../../electron/services/htmlCharsetPrescan';

const scan = (html: string) => prescanHtmlCharset(Buffer.from(html, 'latin1'));

describe('prescanHtmlCharset', () => {
  it.each([
    ['<meta charset="ISO-8859-1">', 'iso-8859-1'],
    ["<META CHARSET='windows-1252'>", 'windows-1252'],
    ['<meta charset=koi8-r>', 'koi8-r'],
    ['<meta/charset="utf-8"/>', 'utf-8'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">', 'iso-8859-15'],
    ['<meta content="text/html;charset=&quot;x&quot;" http-equiv=content-type>', '&quot'],
  ])('finds %s', (html, label) => {
    expect(scan(`<!doctype html><html><head>${html}</head>`)).toBe(label);
  });

  it('skips comments, other tags whose attributes mention meta, and metas without a charset', () => {
    expect(scan('<!-- <meta charset="koi8-r"> --><div title="<meta charset=big5>"></div><meta name="x" content="charset=big5"><meta charset="windows-1250">')).toBe('windows-1250');
  });

  it('looks only at the first 1024 bytes', () => {
    expect(scan(`${' '.repeat(1024)}<meta charset="koi8-r">`)).toBeNull();
    expect(scan(`${' '.repeat(990)}<meta charset="koi8-r">`)).toBe('koi8-r');
  });

  it('takes the first charset attribute and ignores an http-equiv that is not content-type', () => {
    expect(scan('<meta charset="koi8-r" charset="big5">')).toBe('koi8-r');
    expect(scan('<meta http-equiv="refresh" content="0; charset=big5">')).toBeNull();
  });

  it('survives unterminated markup at the end', () => {
    for (const html of ['<meta charset="', '<meta', '<!--', '<div a="', '<', '<meta http-equiv=content-type content="charset=']) expect(scan(html)).toBeNull();
  });
});

describe('charsetFromContentType', () => {
  it('reads quoted, unquoted and spaced values, and skips a "charset" that is not followed by "="', () => {
    expect(charsetFromContentType('text/html; charset = "koi8-r" ')).toBe('koi8-r');
    expect(charsetFromContentType("text/html;charset='big5'")).toBe('big5');
    expect(charsetFromContentType('charsetx; charset=utf-8;q=1')).toBe('utf-8');
    expect(charsetFromContentType('text/html')).toBeNull();
  });
});
