import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, parsePlainText } from '../../../../shared/import/plainText';
import { SEED_FILES, readSeed } from '../../../support/seeds';

/** Every character of content, with whitespace runs folded, so "nothing lost" can be compared. */
function content(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\s+/g, ' ').trim();
}

function blockTexts(parsed: ReturnType<typeof parsePlainText>): string[] {
  return parsed.blocks.map((b) => parsed.text.slice(b.start, b.end));
}

describe('parsePlainText on the seed articles', () => {
  for (const file of Object.values(SEED_FILES)) {
    it(`keeps every character of ${file} and lays blocks out exactly`, () => {
      const raw = readSeed(file);
      const parsed = parsePlainText(raw);
      expect(content(parsed.text)).toBe(content(raw));
      expect(parsed.blocks.map((b) => parsed.text.slice(b.start, b.end)).join(BLOCK_SEPARATOR)).toBe(parsed.text);
      for (const block of parsed.blocks) {
        const text = parsed.text.slice(block.start, block.end);
        expect(text).toBe(text.trim());
        expect(text).not.toContain('\n');
      }
    });
  }

  it('finds no title where the article starts with a paragraph (000)', () => {
    const parsed = parsePlainText(readSeed(SEED_FILES.noTitle));
    expect(parsed.title).toBeNull();
    expect(parsed.blocks[0]!.kind).toBe('paragraph');
    const texts = blockTexts(parsed);
    expect(texts[0]).toMatch(/^In a striking and symbolic move/);
    expect(parsed.blocks.find((_, i) => texts[i] === '\u2018A big deal for Russia\u2019')?.kind).toBe('heading');
    expect(parsed.text).toContain('\u201cToday the embassy opened');
  });

  it('treats each line as a paragraph where paragraphs are separated by single newlines (001)', () => {
    const raw = readSeed(SEED_FILES.singleNewlines);
    const parsed = parsePlainText(raw);
    const lines = raw.split('\n').filter((l) => l.trim() !== '');
    expect(parsed.title).toBeNull();
    expect(blockTexts(parsed)).toEqual(lines.map((l) => l.trim()));
    expect(parsed.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
  });

  it('finds the title, the photo captions, U+2011 hyphens and the trailing line (002)', () => {
    const parsed = parsePlainText(readSeed(SEED_FILES.captionsAndJunk));
    const texts = blockTexts(parsed);
    expect(parsed.title).toBe("Unpacking Sharaa's diplomatic overture to Putin");
    expect(parsed.blocks[0]!.kind).toBe('heading');
    const credits = parsed.blocks.filter((_, i) => texts[i] === 'Alexander Zemlianichenko / AFP' || texts[i] === 'AFP');
    expect(credits.length).toBeGreaterThanOrEqual(4);
    expect(credits.every((b) => b.kind === 'caption')).toBe(true);
    const photoCaption = texts.indexOf(
      'Russian President Vladimir Putin and Syrian interim president Ahmed al-Sharaa hold a meeting at the Grand Kremlin Palace in Moscow on October 15, 2025.',
    );
    expect(parsed.blocks[photoCaption]!.kind).toBe('caption');
    expect(parsed.text).toContain('Ahmed al\u2011Sharaa met');
    expect(texts.filter((t, i) => parsed.blocks[i]!.kind === 'heading')).toEqual(
      expect.arrayContaining(['The origins of hostilities', 'Russian success', 'Caught off guard']),
    );
    expect(texts[texts.length - 1]).toBe('font change');
  });
});

describe('parsePlainText on edge cases', () => {
  it('strips a byte-order mark and normalises CRLF and CR line endings', () => {
    const parsed = parsePlainText('\uFEFFTitle here\r\n\r\nFirst line.\rSecond line.');
    expect(parsed.title).toBe('Title here');
    expect(parsed.text).toBe('Title here\n\nFirst line.\n\nSecond line.');
  });

  it('re-joins hard-wrapped paragraphs with spaces', () => {
    const wrapped = [
      'It was the best of times, it was the worst of times, it was the age of',
      'wisdom, it was the age of foolishness, it was the epoch of belief, it',
      'was the epoch of incredulity.',
    ].join('\n');
    const parsed = parsePlainText(`${wrapped}\n\nNext paragraph.`);
    expect(blockTexts(parsed)[0]).toBe(wrapped.replace(/\n/g, ' '));
    expect(parsed.blocks).toHaveLength(2);
  });

  it('recognises list items', () => {
    const parsed = parsePlainText('Shopping\n\n- eggs\n- flour and sugar\n1. first\n2) second');
    expect(parsed.blocks.map((b) => b.kind)).toEqual(['heading', 'list-item', 'list-item', 'list-item', 'list-item']);
  });

  it('does not take a lone heading-like line as the title of an otherwise empty text', () => {
    expect(parsePlainText('Only a heading').title).toBeNull();
  });

  it('returns no blocks for whitespace', () => {
    expect(parsePlainText(' \n\t\n')).toEqual({ title: null, text: '', blocks: [] });
  });
});

describe('parsePlainText on very large input', () => {
  it('imports a 200,000-line hard-wrapped text (no spread of the lines into Math.max)', () => {
    const line = 'A hard-wrapped line of prose that runs to about sixty chars';
    const raw = Array.from({ length: 200_000 }, () => line).join('\n');
    const parsed = parsePlainText(raw);
    expect(parsed.blocks).toHaveLength(1);
    expect(content(parsed.text)).toBe(content(raw));
  });

  it('imports 200,000 short lines that are not wrapped, one block each', () => {
    const raw = Array.from({ length: 200_000 }, (_, i) => `- item ${i}`).join('\n');
    const parsed = parsePlainText(raw);
    expect(parsed.blocks).toHaveLength(200_000);
    expect(parsed.blocks[199_999]!.kind).toBe('list-item');
  });

  it('imports a 1 MB single line whole', () => {
    const raw = 'word '.repeat(200_000).trim();
    expect(parsePlainText(raw).text).toBe(raw);
  });
});
