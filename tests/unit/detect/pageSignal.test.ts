import { describe, expect, it } from 'vitest';
import { pageSignal } from '../../../src/detect/pageSignal';
import { detector } from './helpers';

const page = { title: '', description: '', headings: [] as string[], certainMentionCount: 0, textLength: 10_000 };

describe('pageSignal', () => {
  it('is off for an ordinary page', () => {
    expect(pageSignal({ ...page, title: 'Everest Base Camp trek: a packing list' }, detector)).toBe(false);
  });

  it('is on when the title, description or headings talk crypto', () => {
    expect(pageSignal({ ...page, title: 'Best L2 bridges compared', description: 'Rollup fees and TVL' }, detector)).toBe(true);
    expect(pageSignal({ ...page, headings: ['Arbitrum One explained'] }, detector)).toBe(true);
  });

  it('needs more than one strong cue alone in the header', () => {
    expect(pageSignal({ ...page, title: 'Token economy in the classroom' }, detector)).toBe(false);
    expect(pageSignal({ ...page, title: 'Blockchain economy in the classroom', certainMentionCount: 1 }, detector)).toBe(true);
  });

  it('is on when certain chain names are dense in the text', () => {
    expect(pageSignal({ ...page, certainMentionCount: 4, textLength: 8_000 }, detector)).toBe(true);
    expect(pageSignal({ ...page, certainMentionCount: 4, textLength: 200_000 }, detector)).toBe(false);
  });
});
