import { describe, expect, it } from 'vitest';
import { hostOf, siteModeIn, topHostOf } from '../../../src/content/pageHost';
import { DEFAULT_SETTINGS, defaultSettings } from '../../../src/settings/schema';

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

describe('topHostOf: the page a frame is shown in', () => {
  const frame = { top: false, sameOriginTopHost: null, ancestorOrigins: null, referrer: '' };

  it('is nothing for the top document itself', () => {
    expect(topHostOf({ ...frame, top: true, ancestorOrigins: [], referrer: 'https://search.example/' })).toBe('');
  });

  it('reads the top document when it may, else the farthest ancestor (Chromium), else the referrer (Firefox)', () => {
    expect(topHostOf({ ...frame, sameOriginTopHost: 'news.example.com' })).toBe('news.example.com');
    expect(topHostOf({ ...frame, ancestorOrigins: ['https://ads.example.net', 'https://news.example.com'] })).toBe('news.example.com');
    expect(topHostOf({ ...frame, referrer: 'https://news.example.com/story?id=1' })).toBe('news.example.com');
    // An opaque or unreadable origin says nothing.
    expect(topHostOf({ ...frame, ancestorOrigins: ['null'] })).toBe('');
    expect(topHostOf({ ...frame, referrer: 'about:blank' })).toBe('');
    expect(topHostOf(frame)).toBe('');
  });
});

describe('siteModeIn: the site rules of a frame', () => {
  const rules = (siteRules: { pattern: string; mode: 'never' | 'always' | 'crypto-only' }[]) => ({ ...defaultSettings(), siteRules });

  it('switches a frame off with the page it is shown in', () => {
    const settings = rules([{ pattern: 'news.example.com', mode: 'never' }]);
    expect(siteModeIn(settings, 'widgets.example.org', 'news.example.com')).toBe('never');
    expect(siteModeIn(settings, 'widgets.example.org', '')).toBe(DEFAULT_SETTINGS.defaultSiteMode);
    expect(siteModeIn(settings, 'news.example.com', '')).toBe('never');
  });

  it('keeps a frame\'s own rule otherwise, and its own "off" whatever the page around it', () => {
    const settings = rules([
      { pattern: 'widgets.example.org', mode: 'never' },
      { pattern: 'docs.example.io', mode: 'crypto-only' },
    ]);
    expect(siteModeIn(settings, 'widgets.example.org', 'news.example.com')).toBe('never');
    expect(siteModeIn(settings, 'docs.example.io', 'news.example.com')).toBe('crypto-only');
    expect(siteModeIn({ ...settings, enabled: false }, 'other.example', 'news.example.com')).toBe('never');
  });
});
