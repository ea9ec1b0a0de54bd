import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeUserText, looksBinary, sniffText } from '../../../../electron/services/textDecoding';
import { WINDOWS_1252_SPECIALS, randomBytes, utf16WithBom, windows1252 } from '../../../support/encodedBytes';

const CURLY = 'She said “it’s fine” — and paid €5 for the café’s best croissant… The End.';

describe('decodeUserText: byte-order marks', () => {
  it.each(['le', 'be'] as const)('reads UTF-16 %s with a BOM, NULs and all, and drops the BOM', async (endian) => {
    expect(await decodeUserText('a.txt', utf16WithBom(`${CURLY}\n😀 ok`, endian))).toEqual({ text: `${CURLY}\n😀 ok`, encoding: `utf-16${endian}` });
  });

  it('reads UTF-8 with a BOM and drops it', async () => {
    expect(await decodeUserText('a.txt', Buffer.from(`\uFEFF${CURLY}`))).toEqual({ text: CURLY, encoding: 'utf-8' });
  });

  it('refuses UTF-32 by name, whichever the byte order', async () => {
    for (const bom of [[0xff, 0xfe, 0, 0], [0, 0, 0xfe, 0xff]]) {
      await expect(decodeUserText('wide.txt', Buffer.from([...bom, 0x41, 0, 0, 0]))).rejects.toThrow(/“wide\.txt” is UTF-32 text.*Save it as UTF-8/);
    }
  });

  it('refuses UTF-16 cut in the middle of a character, and binary data behind a UTF-16 BOM', async () => {
    await expect(decodeUserText('odd.txt', Buffer.concat([utf16WithBom('ab', 'le'), Buffer.from([0x41])]))).rejects.toThrow(/length is odd/);
    await expect(decodeUserText('bin.txt', Buffer.concat([Buffer.from([0xff, 0xfe, 0x61, 0]), Buffer.alloc(64, 0)]))).rejects.toThrow(expect.objectContaining({ code: 'BINARY_FILE' }));
  });
});

describe('decodeUserText: legacy encodings', () => {
  it('reads Windows-1252 with curly quotes, dashes and € (bytes 0x80–0x9F), not as Latin-1', async () => {
    const decoded = await decodeUserText('notes.txt', windows1252(CURLY));
    expect(decoded).toEqual({ text: CURLY, encoding: 'windows-1252' });
    expect(decoded.text).not.toMatch(/[\u0080-\u009F]/u);
  });

  it('reads every defined Windows-1252 byte from 0x80 to 0x9F as its character', async () => {
    const specials = Object.keys(WINDOWS_1252_SPECIALS).join(' ');
    const text = `The printer’s test page lists these characters for the catalogue: ${specials}. That is all of them, in order.`;
    expect((await decodeUserText('all.txt', windows1252(text))).text).toBe(text);
  });

  it('reads a short French note in Latin-1 (mostly ASCII, which chardet is not very sure of)', async () => {
    const text = 'Le café est très bon, déjà à l’été où il fait chaud. Ça va? Oui, très bien.'.replace('’', "'");
    expect(await decodeUserText('note.txt', windows1252(text))).toEqual({ text, encoding: 'windows-1252' });
  });

  it('reads ISO-8859-15 when the byte 0xA4 stands for € (Latin-1 has the rare ¤ there) and no Windows-1252 byte is present', async () => {
    const text = 'Le prix de l’œuvre est de 5 € et celui de l’Œuf de 2 €, payés comptant.'.replace(/’/g, "'");
    expect(await decodeUserText('prix.txt', iconv.encode(text, 'iso-8859-15'))).toEqual({ text, encoding: 'iso-8859-15' });
  });

  it('reads Cyrillic and Japanese text chardet is sure of', async () => {
    const russian = 'Это пример русского текста для проверки определения кодировки, достаточно длинный.';
    expect(await decodeUserText('ru.txt', iconv.encode(russian, 'windows-1251'))).toEqual({ text: russian, encoding: 'windows-1251' });
    const japanese = 'これは日本語のテキストです。吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。';
    expect(await decodeUserText('ja.txt', iconv.encode(japanese, 'shift_jis'))).toEqual({ text: japanese, encoding: 'shift_jis' });
  });

  it('refuses text too short to tell, rather than guess', async () => {
    await expect(decodeUserText('short.txt', Buffer.from([0x93, 0x68, 0x69, 0x94]))).rejects.toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_FILE', message: expect.stringMatching(/^“short\.txt” isn't UTF-8.*not imported\. Save it as UTF-8 text and open it again\.$/) }),
    );
  });

  it('says so when a file looks like UTF-16 without a byte-order mark', async () => {
    const withoutBom = utf16WithBom('Plain words in UTF-16, saved without a mark.', 'le').subarray(2);
    await expect(decodeUserText('wide.txt', withoutBom)).rejects.toThrow(/“wide\.txt” looks like UTF-16 text without a byte-order mark/);
    await expect(decodeUserText('wide.txt', utf16WithBom('Big-endian words, no mark.', 'be').subarray(2))).rejects.toThrow(/UTF-16 text without a byte-order mark/);
  });

  it('refuses random bytes as binary, and random high bytes as an unknown encoding', async () => {
    await expect(decodeUserText('noise.txt', randomBytes(4096))).rejects.toThrow(expect.objectContaining({ code: 'BINARY_FILE' }));
    const high = Buffer.from(randomBytes(4096).map((b) => 0x80 | b));
    await expect(decodeUserText('noise.txt', high)).rejects.toThrow(expect.objectContaining({ code: 'UNSUPPORTED_FILE' }));
  });

  it('reads plain ASCII and strict UTF-8 as UTF-8', async () => {
    expect(await decodeUserText('a.txt', Buffer.from('plain'))).toEqual({ text: 'plain', encoding: 'utf-8' });
    expect(await decodeUserText('a.txt', Buffer.from(CURLY))).toEqual({ text: CURLY, encoding: 'utf-8' });
  });
});

describe('decodeUserText: HTML', () => {
  const page = (meta: string, body: string) => Buffer.concat([Buffer.from(`<!doctype html><html><head>${meta}<title>t</title></head><body><p>`), body === '' ? Buffer.alloc(0) : windows1252(body), Buffer.from('</p></body></html>')]);

  it('honours <meta charset="iso-8859-1"> as Windows-1252, as browsers do', async () => {
    const decoded = await decodeUserText('page.html', page('<meta charset="iso-8859-1">', '“Déjà vu” – 5 €'), { html: true });
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('<p>“Déjà vu” – 5 €</p>');
  });

  it('honours an http-equiv Content-Type declaration', async () => {
    const meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">';
    expect((await decodeUserText('page.htm', page(meta, 'ça'), { html: true })).text).toContain('<p>ça</p>');
  });

  it('honours a declared encoding chardet would not pick (ISO-8859-2)', async () => {
    const bytes = Buffer.concat([Buffer.from('<meta charset="ISO-8859-2"><p>'), iconv.encode('Łódź', 'iso-8859-2')]);
    expect(await decodeUserText('pl.html', bytes, { html: true })).toEqual({ text: '<meta charset="ISO-8859-2"><p>Łódź', encoding: 'iso-8859-2' });
  });

  it('refuses a declared encoding it cannot read, naming it', async () => {
    await expect(decodeUserText('x.html', page('<meta charset="x-klingon">', 'é'), { html: true })).rejects.toThrow(/declares the character encoding “x-klingon”/);
  });

  it('ignores the declaration when the bytes are UTF-8 (a page saved again as UTF-8)', async () => {
    const bytes = Buffer.from('<meta charset="iso-8859-1"><p>“Déjà vu”</p>');
    expect(await decodeUserText('page.html', bytes, { html: true })).toEqual({ text: bytes.toString('utf8'), encoding: 'utf-8' });
  });

  it('ignores <meta charset> in a plain text file', async () => {
    const bytes = Buffer.concat([Buffer.from('<meta charset="iso-8859-2"> The sum was '), Buffer.from([0xa3]), Buffer.from('5, paid in cash.')]);
    expect((await decodeUserText('a.txt', bytes)).text).toBe('<meta charset="iso-8859-2"> The sum was £5, paid in cash.');
    expect((await decodeUserText('a.html', bytes, { html: true })).text).toBe('<meta charset="iso-8859-2"> The sum was Ł5, paid in cash.');
  });
});

describe('looksBinary and sniffText', () => {
  it('flags NULs and many control characters but not tabs and newlines', () => {
    expect(looksBinary(Buffer.from('a\tb\r\nc\f'))).toBe(false);
    expect(looksBinary(Buffer.from([1, 2, 3, 4, 65]))).toBe(true);
  });

  it('reads the start of a UTF-16 file for recognising it, even cut mid-character', () => {
    const bytes = utf16WithBom('==========\r\nA book (Author)', 'le');
    expect(sniffText(bytes.subarray(0, bytes.length - 1))).toBe('==========\r\nA book (Author');
    expect(sniffText(Buffer.from('\uFEFFplain'))).toBe('plain');
  });
});
