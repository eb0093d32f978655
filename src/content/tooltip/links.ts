// Links the tooltip shows. They are plain links the user follows: Layerlens itself requests nothing.
import type { Chain } from '../../data/types';

export const ISSUES_URL = 'https://github.com/layerlens/layerlens/issues/new';

/** A browsable URL for a dataset source (`github:owner/repo@commit:path`, `npm:pkg@version:path` or https). */
export function sourceUrl(source: string): string | null {
  const github = /^github:([\w.-]+\/[\w.-]+)@([0-9a-f]{7,40}):(.+)$/.exec(source);
  if (github) return `https://github.com/${github[1]}/blob/${github[2]}/${github[3]}`;
  const npm = /^npm:((?:@[\w.-]+\/)?[\w.-]+)@([\w.-]+):(.+)$/.exec(source);
  if (npm) return `https://unpkg.com/${npm[1]}@${npm[2]}/${npm[3]}`;
  return /^https:\/\//.test(source) ? source : null;
}

/** A prefilled "report a mistake" issue for this chain. */
export function reportUrl(chain: Chain): string {
  const params = new URLSearchParams({
    title: `Data: ${chain.name} (${chain.id})`,
    body: `Chain: ${chain.id}\nField(s) that look wrong: \nWhat it should say, with a source: \n\n(Dataset as of ${chain.asOf})`,
    labels: 'data',
  });
  return `${ISSUES_URL}?${params.toString()}`;
}
