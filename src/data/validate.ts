// Build-time and test-time validation of the chain dataset. Uses zod, so it must never be imported by
// runtime code (src/data/index.ts stays free of it). Every error names the entry id and the field.
import { z } from 'zod';
import { CHAIN_KINDS, CHAIN_STAGES, CHAIN_STATUSES, type Chain } from './types';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

const chainSchema = z
  .object({
    id: nonEmpty,
    name: nonEmpty,
    aliases: z.array(nonEmpty),
    ambiguous: z.array(nonEmpty).optional(),
    qualifiers: z.array(nonEmpty).optional(),
    sharedForms: z
      .array(z.object({ form: nonEmpty, note: nonEmpty, preferred: z.boolean() }).strict())
      .optional(),
    layer: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    parent: nonEmpty.nullable(),
    kind: z.enum(CHAIN_KINDS),
    stack: nonEmpty.nullable(),
    da: nonEmpty.nullable(),
    proofSystem: nonEmpty.nullable(),
    stage: z.enum(CHAIN_STAGES).nullable(),
    nativeToken: nonEmpty.nullable(),
    chainId: z.number().int('must be an integer').positive().nullable(),
    launched: z.number().int().min(2009).max(2100).nullable(),
    website: z.string().nullable(),
    status: z.enum(CHAIN_STATUSES),
    summary: nonEmpty,
    notes: nonEmpty.optional(),
    tradeoffs: z
      .object({
        gains: z.array(nonEmpty).min(2, 'needs 2–4 items').max(4, 'needs 2–4 items'),
        risks: z.array(nonEmpty).min(2, 'needs 2–4 items').max(4, 'needs 2–4 items'),
      })
      .strict(),
    sources: z.array(nonEmpty).min(1, 'needs at least one source'),
    asOf: z.string(),
  })
  // Unknown keys are almost always typos of optional fields, which would silently drop data.
  .strict();

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SOURCE = /^(?:https:\/\/\S+|github:[\w.-]+\/[\w.-]+(?:@[0-9a-f]{7,40})?:\S+|npm:(?:@[\w.-]+\/)?[\w.-]+@[\w.-]+:\S+)$/;
const SUMMARY_MAX = 240;

/** All the ways a chain can be written on a page: name, aliases and qualifiers. */
export function surfaceForms(c: Pick<Chain, 'name' | 'aliases' | 'qualifiers'>): string[] {
  return [c.name, ...c.aliases, ...(c.qualifiers ?? [])];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `form` occurs in `phrase` as whole words, case-insensitively ("Coinbase L2" does not contain "Base"). */
function containsWord(phrase: string, form: string): boolean {
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(form)}(?:$|[^\\p{L}\\p{N}])`, 'iu').test(phrase);
}

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** A real calendar date (2026-02-30 is not), no later than `today`. */
function dateProblem(value: string, today: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'must be YYYY-MM-DD';
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) return 'is not a real date';
  if (value > today) return `is in the future (today is ${today})`;
  return null;
}

/** One sentence: a single terminal full stop, no sentence break inside ("e.g." style abbreviations aside). */
function isOneSentence(s: string): boolean {
  return /[.!?]$/.test(s) && !/[.!?]\s+[A-Z]/.test(s.replace(/\b(?:e\.g|i\.e|vs|etc)\./g, ''));
}

export interface ValidateOptions {
  /** ISO date used for "asOf is not in the future"; defaults to today (UTC). */
  today?: string;
}

/**
 * Validates the raw dataset. Returns the entries that parsed (for use even when there are errors) and every
 * problem found, each starting with `<id>.<field>` so a failing build points straight at the bad line.
 */
export function validateChains(data: unknown, opts: ValidateOptions = {}): { chains: Chain[]; errors: string[] } {
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const errors: string[] = [];
  if (!Array.isArray(data)) return { chains: [], errors: ['chains: must be a JSON array of chain objects'] };

  // 1. Shape and types, entry by entry, so one bad entry does not hide the others.
  const chains: Chain[] = [];
  data.forEach((raw, i) => {
    const id = typeof raw === 'object' && raw && typeof (raw as { id?: unknown }).id === 'string'
      ? (raw as { id: string }).id
      : `#${i}`;
    const parsed = chainSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.') || '(entry)';
        errors.push(`${id}.${field}: ${issue.message}`);
      }
      return;
    }
    chains.push(parsed.data as Chain);
  });

  // 2. Per-entry rules that a schema cannot say.
  const byId = new Map<string, Chain>();
  for (const c of chains) {
    if (byId.has(c.id)) errors.push(`${c.id}.id: duplicate id`);
    byId.set(c.id, c);
    if (!KEBAB.test(c.id)) errors.push(`${c.id}.id: must be kebab-case (a-z, 0-9, single hyphens)`);

    const own = surfaceForms(c);
    const ownLower = new Set(own.map((f) => f.toLowerCase()));
    const seen = new Set<string>([c.name]);
    for (const a of c.aliases) {
      if (seen.has(a)) errors.push(`${c.id}.aliases: "${a}" is listed twice (or repeats the name)`);
      seen.add(a);
    }
    for (const a of c.ambiguous ?? []) {
      if (!ownLower.has(a.toLowerCase())) errors.push(`${c.id}.ambiguous: "${a}" is not one of the chain's own names or aliases`);
    }
    const nameAndAliases = [c.name, ...c.aliases];
    for (const q of c.qualifiers ?? []) {
      if (!nameAndAliases.some((f) => containsWord(q, f))) {
        errors.push(`${c.id}.qualifiers: "${q}" does not contain any of the chain's names or aliases`);
      }
    }
    for (const s of c.sharedForms ?? []) {
      if (!ownLower.has(s.form.toLowerCase())) errors.push(`${c.id}.sharedForms: "${s.form}" is not one of the chain's own surface forms`);
    }

    if (c.kind === 'l1' && (c.layer !== 1 || c.parent !== null)) errors.push(`${c.id}.kind: "l1" needs layer 1 and parent null`);
    if (c.layer === 1 && c.parent !== null) errors.push(`${c.id}.parent: a layer 1 must have parent null`);
    if (c.layer === 1 && c.kind !== 'l1') errors.push(`${c.id}.kind: a layer 1 must have kind "l1", not "${c.kind}"`);
    if (c.layer !== 1 && c.parent === null) errors.push(`${c.id}.parent: a layer ${c.layer} needs a parent chain id`);

    if (c.website !== null && !isHttps(c.website)) errors.push(`${c.id}.website: "${c.website}" must be an https URL or null`);
    for (const src of c.sources) {
      if (!SOURCE.test(src) || (src.startsWith('https:') && !isHttps(src))) {
        errors.push(`${c.id}.sources: "${src}" must be an https URL, github:owner/repo@commit:path or npm:pkg@version:path`);
      }
    }
    const dp = dateProblem(c.asOf, today);
    if (dp) errors.push(`${c.id}.asOf: "${c.asOf}" ${dp}`);
    if (c.summary.length > SUMMARY_MAX) errors.push(`${c.id}.summary: ${c.summary.length} characters, at most ${SUMMARY_MAX}`);
    if (!isOneSentence(c.summary)) errors.push(`${c.id}.summary: must be one sentence ending in a full stop`);
  }

  // 3. Rules across entries: parents and layers.
  for (const c of chains) {
    if (c.parent === null) continue;
    const p = byId.get(c.parent);
    if (!p) {
      errors.push(`${c.id}.parent: "${c.parent}" is not a known chain id`);
    } else if (c.layer !== p.layer + 1) {
      errors.push(`${c.id}.layer: ${c.layer} but its parent ${p.id} is layer ${p.layer}; must be ${p.layer + 1}`);
    }
  }

  // 4. Surface forms: a form used by two chains is an error unless every chain using it says so, with one preferred.
  const owners = new Map<string, Set<string>>();
  for (const c of chains) {
    for (const f of surfaceForms(c)) {
      const key = f.toLowerCase();
      const set = owners.get(key) ?? new Set<string>();
      set.add(c.id);
      owners.set(key, set);
    }
  }
  for (const [form, ids] of owners) {
    if (ids.size < 2) continue;
    const list = [...ids];
    const declared = list.map((id) => byId.get(id)!.sharedForms?.find((s) => s.form.toLowerCase() === form));
    list.forEach((id, i) => {
      if (!declared[i]) {
        const others = list.filter((o) => o !== id).join(', ');
        errors.push(`${id}.sharedForms: "${form}" is also a surface form of ${others}; list it in sharedForms on every chain that uses it`);
      }
    });
    if (declared.every(Boolean)) {
      const preferred = declared.filter((s) => s!.preferred).length;
      if (preferred !== 1) {
        // Reported once, on the first id in sorted order, so the message is stable whatever the file order.
        const [first, ...rest] = list.sort();
        errors.push(
          `${first}.sharedForms: "${form}" is shared with ${rest.join(', ')} and needs exactly one preferred chain, found ${preferred}`,
        );
      }
    }
  }

  return { chains, errors };
}
