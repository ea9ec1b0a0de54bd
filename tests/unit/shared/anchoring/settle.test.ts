import { describe, expect, it } from 'vitest';
import { approxIn } from '../../../../shared/anchoring/fuzzy';
import { settleEdges } from '../../../../shared/anchoring/settle';

describe('settleEdges', () => {
  it('ends an edited quote where its recorded suffix begins, keeping the whole changed word', () => {
    const quote = 'the new bridge would open to carts in one year';
    const text = `The council agreed that the new bridge would open to carts within eighteen months. After that, nothing changed.`;
    const [place] = approxIn(text, quote, 0, text.length, Math.floor(quote.length / 4), []);
    const settled = settleEdges(text, place!, quote, 'The council agreed that ', '. After that, nothing changed.');
    expect(text.slice(settled.start, settled.end)).toBe('the new bridge would open to carts within eighteen months');
  });

  it('starts an edited quote where its recorded prefix ends', () => {
    const quote = 'In the spring the council agreed that the new bridge would open';
    const text = 'Report. Early in April the council agreed that the new bridge would open to carts.';
    const [place] = approxIn(text, quote, 0, text.length, Math.floor(quote.length / 4), []);
    const settled = settleEdges(text, place!, quote, 'Report. ', ' to carts.');
    expect(text.slice(settled.start, settled.end)).toBe('Early in April the council agreed that the new bridge would open');
  });
});
