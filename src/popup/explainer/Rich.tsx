// Renders explainer prose (see ../rich.ts): chain names link to their directory entry, terms to the glossary.
import { chains, glossaryById } from '../../data';
import { t } from '../../ui/i18n';
import { parseRich } from '../rich';
import { chainByName } from '../search';

export function Rich({ text }: { text: string }) {
  return (
    <>
      {parseRich(text).map((segment, i) => {
        switch (segment.type) {
          case 'strong':
            return <strong key={i}>{segment.text}</strong>;
          case 'chain': {
            const chain = chainByName(chains, segment.name);
            return chain ? (
              <a key={i} class="chain-link" href={`#chain=${chain.id}`}>
                {segment.label}
              </a>
            ) : (
              segment.label
            );
          }
          case 'term': {
            const entry = glossaryById(segment.termId);
            return entry ? (
              <a key={i} class="term-link" href={`#term=${entry.id}`} title={entry.short}>
                {segment.label}
              </a>
            ) : (
              segment.label
            );
          }
          default:
            return segment.text;
        }
      })}
    </>
  );
}

/** A localized paragraph with links. */
export const P = ({ k }: { k: string }) => (
  <p>
    <Rich text={t(k)} />
  </p>
);

/** A localized bullet list with links. */
export const Bullets = ({ keys }: { keys: string[] }) => (
  <ul class="bullets">
    {keys.map((k) => (
      <li key={k}>
        <Rich text={t(k)} />
      </li>
    ))}
  </ul>
);
