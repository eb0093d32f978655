import { describe, expect, it } from 'vitest';
import { hostOf } from '../../../src/content/pageHost';

describe('hostOf', () => {
  it('is the host of an ordinary page', () => {
    expect(hostOf({ protocol: 'https:', hostname: 'news.example.com', origin: 'https://news.example.com' })).toBe('news.example.com');
  });

  it('is the creator’s host for a frame made from markup (about:srcdoc, about:blank)', () => {
    expect(hostOf({ protocol: 'about:', hostname: '', origin: 'https://forum.example.org:8443' })).toBe('forum.example.org');
  });

  it('is empty for an about: document with an opaque origin (a sandboxed frame)', () => {
    expect(hostOf({ protocol: 'about:', hostname: '', origin: 'null' })).toBe('');
    expect(hostOf({ protocol: 'about:', hostname: '', origin: 'not a url' })).toBe('');
  });
});
