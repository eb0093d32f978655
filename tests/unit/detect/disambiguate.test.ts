import { describe, expect, it } from 'vitest';
import { BALANCED, EVERYWHERE, STRICT } from './fixtures';
import { detector, marks } from './helpers';
import { defaultDetector } from '../../../src/detect/index';
import type { DetectContext } from '../../../src/detect/types';

/** Marks by the bundled dataset's detector, for rules about chains the small test dataset does not hold. */
function bundledMarks(text: string, context: DetectContext = BALANCED): string[] {
  return defaultDetector().findMentions(text, context).map((m) => `${text.slice(m.start, m.end)}→${m.chainId}`);
}

const CRYPTO_PAGE = { sensitivity: 'balanced', cryptoPage: true } as const;

describe('disambiguation of ambiguous forms', () => {
  it('marks certain forms in every mode', () => {
    for (const ctx of [STRICT, BALANCED, EVERYWHERE]) expect(marks('Arbitrum One', ctx)).toEqual(['Arbitrum One→arbitrum-one']);
  });

  it('flags context-dependent mentions as not certain', () => {
    const [m] = detector.findMentions('Deposits to Base mainnet', BALANCED);
    expect(m).toMatchObject({ chainId: 'base', certain: false });
    expect(detector.findMentions('Arbitrum', BALANCED)[0]?.certain).toBe(true);
  });

  it('accepts qualifiers from the dataset, marking only the name', () => {
    expect(marks('Base mainnet is up.', STRICT)).toEqual(['Base→base']);
    expect(marks('Coinbase’s Base grew.', STRICT)).toEqual(['Base→base']);
    expect(marks('Scroll zkEVM batches.', STRICT)).toEqual(['Scroll→scroll']);
  });

  it('prefers an alias that contains the qualifier word', () => {
    expect(marks('Base Chain is cheap', STRICT)).toEqual(['Base Chain→base']);
  });

  it('accepts generic qualifiers: "X mainnet/L2/bridge…", "bridged to X", "deployed on X"', () => {
    expect(marks('The Scroll bridge reopened.', STRICT)).toEqual(['Scroll→scroll']);
    expect(marks("Scroll's sequencer stalled.", STRICT)).toEqual(['Scroll→scroll']);
    expect(marks('We bridged funds to Base yesterday.', STRICT)).toEqual(['Base→base']);
    expect(marks('The team deployed on Scroll in May.', STRICT)).toEqual(['Scroll→scroll']);
    expect(marks('Users migrated their tokens from Polygon last year.', STRICT)).toEqual(['Polygon→polygon-pos']);
  });

  it('takes a move verb as evidence only with some crypto cue near it (cables and code move too)', () => {
    for (const mode of [STRICT, BALANCED]) {
      expect(marks('Apple is moving from Lightning to USB-C across the lineup.', mode)).toEqual([]);
      expect(marks('We migrated from Scroll to TypeScript last year.', mode)).toEqual([]);
      expect(marks('Most of the staff transferred to Sonic B operations.', mode)).toEqual([]);
    }
    expect(marks('We migrated our contracts from Scroll last year.', STRICT)).toEqual(['Scroll→scroll']);
    expect(marks('We migrated from Scroll last year.', CRYPTO_PAGE)).toEqual(['Scroll→scroll']);
  });

  it('strict mode drops ambiguous forms with only cues around them', () => {
    expect(marks('Base has cheap gas and a big DeFi scene.', STRICT)).toEqual([]);
    expect(marks('Base has cheap gas and a big DeFi scene.', BALANCED)).toEqual(['Base→base']);
  });

  it('balanced mode accepts "on X" mid-sentence', () => {
    expect(marks('We are live on Base today.')).toEqual(['Base→base']);
  });

  it('balanced mode needs one strong cue, a certain chain name or two weak cues in the block', () => {
    expect(marks('Avalanche is where our stablecoin launched.')).toEqual(['Avalanche→avalanche']);
    expect(marks('Avalanche and Arbitrum both grew.')).toEqual(['Avalanche→avalanche', 'Arbitrum→arbitrum-one']);
    expect(marks('Avalanche grew; the bridge adds fees.')).toEqual(['Avalanche→avalanche']);
    expect(marks('Avalanche grew; the bridge is large.')).toEqual([]);
  });

  it('does not count the words of any software or business text as cues (app, users, developers, network…)', () => {
    expect(marks('The app’s new Sonic screen is now available to all users, developers say.')).toEqual([]);
    expect(marks('Cosmos lets developers build apps with low latency.')).toEqual([]);
    expect(marks('Generate a personal access token, then paste it into the Scroll settings page.')).toEqual([]);
    expect(marks('Consumer Optimism Rises as Gas Prices Fall')).toEqual([]);
    expect(marks('Avalanche grew; the network added users and apps.')).toEqual([]);
  });

  it('leaves the everyday collocations of a name alone, even on a crypto page ("polygon math", "immutable contracts")', () => {
    expect(marks('Polygon math aside, has anyone benchmarked the bridge?', CRYPTO_PAGE)).toEqual([]);
    expect(marks('Polygon count matters more than texture size for the rollup game.', CRYPTO_PAGE)).toEqual([]);
    expect(marks('Polygon fees fell again.', CRYPTO_PAGE)).toEqual(['Polygon→polygon-pos']);
  });

  it('takes a ticker written in capitals as a strong cue', () => {
    expect(marks('Sonic burned another batch of ARB in its weekly auction.')).toEqual(['Sonic→sonic']);
    expect(marks('Sonic burned another batch of arb.')).toEqual([]);
  });

  it('reads a capitalised word right before the name as another name ("Dark Mode", "Google Lens")', () => {
    expect(marks('Open the settings and turn on Dark Scroll, then bridge your tokens.')).toEqual([]);
    expect(marks('Google Cosmos lets users search the sky with a telescope app.')).toEqual([]);
    expect(marks('The race went to Blue Sonic.', CRYPTO_PAGE)).toEqual([]);
    // …unless that word is a chain or a crypto word, or only a sentence's first word.
    expect(marks('Coinbase Base grew.', CRYPTO_PAGE)).toEqual(['Base→base']);
    expect(marks('The Scroll bridge reopened.', STRICT)).toEqual(['Scroll→scroll']);
    expect(marks('Is Scroll worth farming? The rollup points program ends soon.')).toEqual(['Scroll→scroll']);
    // A verb that starts the sentence is capitalised for that alone ("Adding Base to MetaMask").
    expect(marks('Adding Base to MetaMask takes a minute: open the wallet and add chain ID 8453.')).toEqual(['Base→base']);
    // So is an opening verb or greeting addressed to the reader or the project ("Meet Linea", "Join Scroll's Discord")…
    expect(marks('Meet Scroll, the zkEVM rollup on Ethereum.')).toEqual(['Scroll→scroll', 'Ethereum→ethereum']);
    expect(marks("Join Scroll's Discord for the zkEVM testnet.")).toEqual(['Scroll→scroll']);
    expect(marks('Congrats Scroll on the mainnet launch.')).toEqual(['Scroll→scroll']);
    // …whose name still needs its evidence, as at the start of any sentence.
    expect(marks('Meet Scroll, our new art teacher.')).toEqual([]);
    expect(marks('Adding Dark Mode to the app took a week.')).toEqual([]);
    expect(marks('We keep Adding Mode here.', CRYPTO_PAGE)).toEqual([]);
  });

  it('leaves the everyday phrases of certain names alone: places, formulas, plants and people', () => {
    for (const mode of [STRICT, BALANCED, CRYPTO_PAGE]) {
      expect(bundledMarks('We stayed two nights in Solana Beach and walked to Del Mar.', mode)).toEqual([]);
      expect(bundledMarks("Cardano's formula gives the roots of any cubic.", mode)).toEqual([]);
      expect(bundledMarks('Girolamo Cardano, a physician and gambler, wrote on probability.', mode)).toEqual([]);
      expect(bundledMarks('The ivy on the wall is Hedera helix.', mode)).toEqual([]);
      expect(bundledMarks('Anna Sui opened her first boutique in SoHo.', mode)).toEqual([]);
      // Pakistan's piped gas and its utilities, a Chinese dynasty, a diplomat, a footballer, football clubs, a degree,
      // an engineering firm and a scooter (acronyms included: their collocations are asked too).
      expect(bundledMarks('Pay your Sui gas bill online before the due date.', mode)).toEqual([]);
      expect(bundledMarks('Sui Northern Gas Pipelines raised its tariffs again.', mode)).toEqual([]);
      expect(bundledMarks('The Sui dynasty reunified China in 589.', mode)).toEqual([]);
      expect(bundledMarks('Javier Solana was NATO secretary general.', mode)).toEqual([]);
      expect(bundledMarks('Nemanja Matic signed a one-year deal with Roma.', mode)).toEqual([]);
      expect(bundledMarks('Hertha BSC won 2-0, and BSC Young Boys drew.', mode)).toEqual([]);
      expect(bundledMarks('She holds a BSC Hons in Nursing.', mode)).toEqual([]);
      expect(bundledMarks('RSK Group won the bridge contract.', mode)).toEqual([]);
      expect(bundledMarks('Saya beli motor matic baru.', mode)).toEqual([]);
      // A film's title, its colon included.
      expect(bundledMarks('Tron: Legacy fans will love this NFT drop.', mode)).toEqual([]);
    }
    // The same names elsewhere are the chains, in every mode.
    for (const mode of [STRICT, BALANCED]) {
      expect(bundledMarks('Solana and Cardano both shipped upgrades; Hedera and Sui did not.', mode)).toEqual([
        'Solana→solana',
        'Cardano→cardano',
        'Hedera→hedera',
        'Sui→sui',
      ]);
    }
    expect(bundledMarks('Solana Beach', EVERYWHERE)).toEqual(['Solana→solana']);
    expect(bundledMarks('Tron: the network settled a record in USDT transfers.', BALANCED)).toEqual(['Tron→tron']);
    expect(bundledMarks('Deploy on BSC, pay gas in BNB; Rootstock (RSK) and the Matic Network came later.', BALANCED)).toEqual([
      'BSC→bnb-smart-chain',
      'Rootstock→rootstock',
      'RSK→rootstock',
      'Matic Network→polygon-pos',
    ]);
  });

  it('marks a name written in lowercase only where something went, with a crypto word in its sentence, or before "mainnet"', () => {
    // Social posts, on pages that are not about crypto: the crypto word comes first ("bridged", "memecoin").
    expect(marks('gm. bridged to base this morning and fees were like 1 cent lol')).toEqual(['base→base']);
    expect(marks("aped into a memecoin on base and it's already -60%")).toEqual(['base→base']);
    expect(marks('deployed my first contract on scroll, the zk proofs are fast', CRYPTO_PAGE)).toEqual(['scroll→scroll']);
    // Only after it: on a crypto page, or where something was moved there.
    expect(marks('gm from base, the airdrop is live')).toEqual([]);
    expect(marks('gm from base, the airdrop is live', CRYPTO_PAGE)).toEqual(['base→base']);
    expect(marks('moved my savings to base for the airdrop')).toEqual(['base→base']);
    expect(bundledMarks('withdrew from blast to mainnet, took 7 days')).toEqual(['blast→blast']);
    // From one tool to another is no place: "migrated from flow to typescript and swapped webpack for rollup".
    expect(bundledMarks('We migrated the frontend from flow to typescript and swapped webpack for rollup')).toEqual([]);
    // Right before a word no everyday phrase has after it, on any page; "airdrop" and "L2" on a crypto page.
    expect(marks('scroll mainnet went live')).toEqual(['scroll→scroll']);
    expect(marks('scroll airdrop checker is up')).toEqual([]);
    expect(marks('scroll airdrop checker is up', CRYPTO_PAGE)).toEqual(['scroll→scroll']);
    // The everyday words, in lowercase, whatever the page, crypto words around or not.
    for (const mode of [BALANCED, CRYPTO_PAGE, EVERYWHERE]) {
      expect(marks('the base of the tower is cracked', mode)).toEqual([]);
      expect(marks('scroll to the end of the list of tokens', mode)).toEqual([]);
      expect(marks('Service members who live on base get a fee waiver for gas and utilities.', mode)).toEqual([]);
      expect(marks('we moved into base housing, and the gas fee for the wallet app is included', mode)).toEqual([]);
      // An idiom, not a place: "load more on scroll", "rallied on optimism".
      expect(marks('The gallery loads more NFTs on scroll.', mode)).toEqual([]);
      expect(marks('Crypto rallied on optimism after the Fed cut rates.', mode)).toEqual([]);
      // A hyphen compound is another word.
      expect(marks('Traders moved their crypto to near-instant settlement.', mode)).toEqual([]);
      // An acronym's name in lowercase is a person or the word: "bob", "near".
      expect(marks('sent 0.5 eth to near for the nft', mode)).toEqual([]);
    }
    // Strict mode wants the name as the dataset writes it.
    expect(marks('gm. bridged to base this morning and fees were like 1 cent lol', STRICT)).toEqual([]);
  });

  it('reads a name in a line set in capitals only before "mainnet" and the like, beside a certain name, or as a place', () => {
    expect(marks('SCROLL ROLLUP DEPOSITS HALVE AFTER AIRDROP')).toEqual(['SCROLL→scroll']);
    expect(marks('BRIDGED 2 ETH TO BASE, NOW WHAT')).toEqual(['BASE→base']);
    // Listed beside a certain name, on any page.
    expect(marks('ARBITRUM AND BASE LEAD GROWTH')).toEqual(['ARBITRUM→arbitrum-one', 'BASE→base']);
    // Headlines shout everyday words next to crypto ones: those prove nothing.
    for (const mode of [BALANCED, CRYPTO_PAGE]) {
      expect(marks('OPTIMISM RETURNS TO CRYPTO MARKETS', mode)).toEqual([]);
      expect(marks('TENANTS ON BASE MUST PAY GAS FEES', mode)).toEqual([]);
      expect(marks('BITCOIN BUILDS A BASE ABOVE $60K', mode)).toEqual(['BITCOIN→bitcoin']);
      expect(marks('SCROLL DOWN FOR MORE', mode)).toEqual([]);
    }
    expect(marks('SCROLL ROLLUP DEPOSITS HALVE', STRICT)).toEqual([]);
    // One word in capitals among lowercase ones is not a line in capitals.
    expect(marks('we finally shipped the BASE release of the editor')).toEqual([]);
  });

  it('reads a name of two words or more in lowercase with a strong crypto word in its sentence, or on a crypto page', () => {
    expect(bundledMarks('topped up my card on gnosis chain, it settled faster than any bitcoin payment')).toEqual([
      'gnosis chain→gnosis',
      'bitcoin→bitcoin',
    ]);
    expect(bundledMarks('near protocol rolls out chain signatures to all users')).toEqual([]);
    expect(bundledMarks('near protocol rolls out chain signatures to all users', CRYPTO_PAGE)).toEqual(['near protocol→near']);
    // Not a phrase that starts like one, not everyday words around.
    expect(bundledMarks('Bitcoin is the open network for money')).toEqual(['Bitcoin→bitcoin']);
    expect(bundledMarks('a liquid network of friends helped me move', CRYPTO_PAGE)).toEqual([]);
  });

  it('in a line set in capitals, prefers the form written as it is, and reads a ticker-like name as the name', () => {
    expect(bundledMarks('TRON OVERTAKES ETHEREUM IN USDT TRANSFERS')).toEqual(['TRON→tron', 'ETHEREUM→ethereum']);
    expect(bundledMarks('CELO COMPLETES MOVE TO ETHEREUM LAYER 2')).toEqual(['CELO→celo', 'ETHEREUM→ethereum']);
    // A price list is not a line of capitals: its tickers are capitals anywhere, and a chain's name written as its
    // ticker there stays a ticker.
    expect(bundledMarks('Top movers: BTC -2%, ETH -3%, CELO +5%, MATIC +4%')).toEqual([]);
    expect(bundledMarks('BTC ETH SOL CELO')).toEqual([]);
    // Among lowercase words, CELO is still the ticker (marked only when tickers are on).
    expect(bundledMarks('bought 500 CELO today')).toEqual([]);
  });

  it('takes "is X the…" and "X the network" as the name, not the verb', () => {
    expect(marks('Is Scroll the cheapest rollup right now?', CRYPTO_PAGE)).toEqual(['Scroll→scroll']);
    expect(marks("Why isn't Base the default rollup for new apps?", CRYPTO_PAGE)).toEqual(['Base→base']);
    expect(marks('This is not related to Polygon the network.', CRYPTO_PAGE)).toEqual(['Polygon→polygon-pos']);
    expect(marks('Scroll the page to the end.', CRYPTO_PAGE)).toEqual([]);
    expect(marks('WHO ELSE IS NEAR THE STADIUM?', CRYPTO_PAGE)).toEqual([]);
  });

  it('does not let a lowercase name that needs evidence vouch for its neighbours', () => {
    for (const mode of [STRICT, BALANCED]) {
      expect(bundledMarks('Switch the dial to mode network, then the car moved from Mode to Base.', mode)).toEqual([]);
    }
    expect(bundledMarks('switched the dial to mode network and then moved on to base.')).toEqual([]);
  });

  it('reads "is NEAR the…" by the case of "the", for names written in capitals anyway', () => {
    expect(bundledMarks('Is NEAR the fastest L1 for payments?', CRYPTO_PAGE)).toEqual(['NEAR→near']);
    expect(bundledMarks('Is TRON the cheapest way to send USDT?', CRYPTO_PAGE)).toEqual(['TRON→tron']);
    expect(bundledMarks('WHO ELSE IS NEAR THE STADIUM?', CRYPTO_PAGE)).toEqual([]);
  });

  it('with tickers on, does not let a ticker beat a name in a line of capitals', () => {
    const tickersOn = { ...CRYPTO_PAGE, tickers: true };
    expect(bundledMarks('WE SERVE KAVA TEA EVERY DAY', tickersOn)).toEqual([]);
    expect(bundledMarks('GET INTO THE FLOW STATE TODAY', tickersOn)).toEqual([]);
  });

  it('reads a name after a sentence-opening verb in "-ing" as sentence-initial', () => {
    expect(marks('Embracing Optimism after the crash is hard.', CRYPTO_PAGE)).toEqual([]);
    expect(marks('Adding Base to MetaMask takes a minute: open the wallet and add chain ID 8453.')).toEqual(['Base→base']);
  });

  it('leaves a name alone next to a font, a software library or a tour', () => {
    expect(bundledMarks('Switched the interface font to Aptos last week.', CRYPTO_PAGE)).toEqual([]);
    expect(bundledMarks('This is unrelated to the Ink library for command-line apps.', CRYPTO_PAGE)).toEqual([]);
    expect(bundledMarks('Our Manta Pacific tour starts tomorrow.', CRYPTO_PAGE)).toEqual([]);
  });

  it('takes no capital as evidence when a capitalised word follows it or the line is in Title Case', () => {
    expect(marks('Set your Base Currency to USD in the settings.', CRYPTO_PAGE)).toEqual([]);
    expect(marks('Notes on Polygon Triangulation for Game Developers')).toEqual([]);
    expect(marks('APARTMENTS FOR RENT NEAR CAMPUS, FREE NETWORK')).toEqual([]);
    // Acronyms and inner capitals after a name are how crypto products are named.
    expect(marks('We deployed Polygon CDK and Polygon AggLayer contracts.', CRYPTO_PAGE)).toEqual(['Polygon→polygon-pos', 'Polygon→polygon-pos']);
    // In a Title Case headline on a crypto page the name still counts.
    expect(marks('Why Base Is Winning the Race', CRYPTO_PAGE)).toEqual(['Base→base']);
  });

  it('lets ambiguous names in one list support each other ("live on Scroll, Sonic and Base")', () => {
    expect(marks('Come try the new vaults: Scroll, Sonic and Base!')).toEqual(['Scroll→scroll', 'Sonic→sonic', 'Base→base']);
    expect(marks('Sonic won the race, with Merlin’s Charm second.')).toEqual([]);
  });

  it('only looks for cues within a window of words', () => {
    const far = `Scroll ${'and then some more words '.repeat(10)} rollup`;
    expect(marks(far)).toEqual([]);
    expect(marks(`Scroll ${'words '.repeat(5)} rollup`)).toEqual(['Scroll→scroll']);
  });

  it('does not take a sentence-initial capital as evidence, even on a crypto page', () => {
    expect(marks('Scroll to the end of the list.', CRYPTO_PAGE)).toEqual([]);
    expect(marks('Base salaries rose.', CRYPTO_PAGE)).toEqual([]);
    expect(marks('We looked at Polygon and others.', CRYPTO_PAGE)).toEqual(['Polygon→polygon-pos']);
    expect(marks('We looked at Polygon and others.', BALANCED)).toEqual([]);
  });

  it('a crypto page lowers the bar to one weak cue for a sentence-initial name', () => {
    expect(marks('Polygon processed more transactions.', CRYPTO_PAGE)).toEqual(['Polygon→polygon-pos']);
    expect(marks('Polygon processed more transactions.', BALANCED)).toEqual([]);
  });

  it('on a crypto page, takes a name alone in its block (table cell, list item) as the chain', () => {
    expect(marks('Scroll', CRYPTO_PAGE)).toEqual(['Scroll→scroll']);
    expect(marks(' Base. ', CRYPTO_PAGE)).toEqual(['Base→base']);
    expect(marks('Scroll', BALANCED)).toEqual([]);
    expect(marks('Scroll down', CRYPTO_PAGE)).toEqual([]);
  });

  it('takes capitals inside a multi-word ambiguous form as a proper noun', () => {
    expect(marks('World Chain onboarded more humans.', CRYPTO_PAGE)).toEqual(['World Chain→world-chain']);
    expect(marks('World Chain of stores opened.', CRYPTO_PAGE)).toEqual([]);
  });

  it('leaves everyday senses alone, even with crypto words nearby', () => {
    const traps = [
      'The base of the tower cracked; the token sale was elsewhere.',
      'Base camp was busy. Our wallet of maps got wet.',
      'Scroll down to see the wallet options.',
      'Scroll wheel broken, so I could not check my token balance.',
      'A flash of lightning; then the Lightning McQueen toy fell over. Bitcoin was at a high.',
      'The Avalanche risk is high; Bitcoin price is unaffected.',
      'Colorado Avalanche won; the arena sold tokens for beer.',
      'Lightning-fast swaps on Arbitrum.',
      'Liquid staking tokens are popular on Ethereum.',
      'Optimism about L2s is fading.',
      'Polygon with five sides; the token is a pentagon.',
      'Base fees on Ethereum rose after the blob market filled.',
      'Sonic the Hedgehog loves tokens.',
      'Tap Scroll to Top to go back to the Ethereum table.',
      'Merlin, my cat, walked over the keyboard and nearly signed an Ethereum transaction.',
      'The Cosmos SDK is a framework for building blockchains.',
    ];
    for (const t of traps) expect(marks(t, CRYPTO_PAGE).filter((m) => !/arbitrum|ethereum|bitcoin/.test(m)), t).toEqual([]);
  });

  it('marks the same words when they are the chains', () => {
    expect(marks('Avalanche validators voted, and Lightning channels reopened.')).toEqual([
      'Avalanche→avalanche',
      'Lightning→lightning-network',
    ]);
    expect(marks('Fees on Optimism dropped after the upgrade; Polygon followed.', CRYPTO_PAGE)).toEqual([
      'Optimism→op-mainnet',
      'Polygon→polygon-pos',
    ]);
  });

  it('reads a headline subject in capitals as the chain with crypto jargon in its sentence, or on a crypto page', () => {
    for (const mode of [BALANCED, CRYPTO_PAGE]) {
      expect(bundledMarks('BLAST DEPOSITS HALVE AS TVL FLEES', mode)).toEqual(['BLAST→blast']);
      expect(marks('BREAKING: BASE HITS RECORD TVL AS ACTIVITY SURGES', mode)).toEqual(['BASE→base']);
      expect(marks('BASE AND SCROLL LEAD STABLECOIN GROWTH', mode)).toEqual(['BASE→base', 'SCROLL→scroll']);
      // Not a verb before its object, a label, a compound, a noun after "a" or after another noun, nor a mood.
      expect(marks('SHAPE YOUR FUTURE: LEARN TESTNET BASICS', mode)).toEqual([]);
      expect(marks('SCROLL: A SHORT HISTORY OF MAINNET LAUNCHES', mode)).toEqual([]);
      expect(marks('BASE-LEVEL FEES FOR TESTNET TOKENS', mode)).toEqual([]);
      expect(bundledMarks('TRADERS HAVE A BLAST AS MEMECOIN SOARS', mode)).toEqual([]);
      expect(marks('USER BASE OF STABLECOIN WALLETS DOUBLES', mode)).toEqual([]);
      expect(marks('OPTIMISM FADES AS TVL SLIDES', mode)).toEqual([]);
    }
    // Words crypto shares with other fields are no jargon: an airdrop of aid, a gamepad's L2, a voting machine (EVM).
    expect(bundledMarks('LIGHTNING AND TYPHOON JETS TO ESCORT RAF AIRDROP')).toEqual([]);
    expect(marks('SCROLL WITH L1 AND R1, HOLD L2 TO ZOOM THE MAP')).toEqual([]);
    expect(bundledMarks('BLAST NEAR POLLING BOOTH DAMAGES EVM')).toEqual([]);
    // Without jargon ("crypto", "fees", "token", "airdrop" prove nothing): only on a crypto page.
    expect(bundledMarks('BLAST DEPOSITS HALVE AFTER AIRDROP')).toEqual([]);
    expect(bundledMarks('BLAST DEPOSITS HALVE AFTER AIRDROP', CRYPTO_PAGE)).toEqual(['BLAST→blast']);
    expect(marks('BREAKING: BASE HITS RECORD')).toEqual([]);
    expect(marks('BREAKING: BASE HITS RECORD', CRYPTO_PAGE)).toEqual(['BASE→base']);
    expect(marks('USERS FLOCK TO BASE AS FEES DROP', CRYPTO_PAGE)).toEqual(['BASE→base']);
    expect(bundledMarks('SUPERCHAIN ADDS INK AND UNICHAIN AS BASE DEPARTS')).toEqual(['INK→ink', 'UNICHAIN→unichain', 'BASE→base']);
    expect(marks('TROOPS RETURN TO BASE AFTER EXERCISE', CRYPTO_PAGE)).toEqual([]);
    expect(marks('FREE GAS FOR ALL SOLDIERS ON BASE THIS WEEKEND', CRYPTO_PAGE)).toEqual([]);
    expect(bundledMarks('BLAST DEPOSITS HALVE AS TVL FLEES', STRICT)).toEqual([]);
  });

  it('reads a name in capitals anyway (NEAR, TRON) in a line of capitals as a word of that line, with the same evidence', () => {
    expect(bundledMarks('TRON OVERTAKES ETHEREUM IN USDT TRANSFERS')).toEqual(['TRON→tron', 'ETHEREUM→ethereum']);
    expect(bundledMarks('ETH TRADES NEAR RECORD HIGH AS TVL CLIMBS', CRYPTO_PAGE)).toEqual([]);
    expect(bundledMarks('AIRDROP OVER GAZA FROM BASE NEAR AMMAN')).toEqual([]);
    expect(bundledMarks('NEAR MAINNET UPGRADE GOES LIVE')).toEqual(['NEAR→near']);
    // Before an amount, "near" is the word in any line.
    expect(bundledMarks('NEAR 40% OF MEMECOIN BUYERS LOST MONEY')).toEqual([]);
    expect(bundledMarks('Ethereum traded NEAR $4,000 on the L2 news')).toEqual(['Ethereum→ethereum']);
  });

  it('reads a line in capitals by its own sentence: a comment after an emoji or a full stop is not part of it', () => {
    expect(marks('JUST BRIDGED TO SCROLL 🚀🚀 who else is farming marks??')).toEqual(['SCROLL→scroll']);
    expect(marks('we finally shipped the BASE release. THE EDITOR IS FAST')).toEqual([]);
  });

  it('ends a phrase at an emoji as at a full stop', () => {
    expect(marks('bridged my last eth over to base 🙏 wish me luck')).toEqual(['base→base']);
    expect(marks('bridged my last eth over to base camp')).toEqual([]);
  });

  it('reads a lowercase name listed beside a certain name as the chain, on a crypto page', () => {
    expect(bundledMarks('comparing fraxtal, mode, lisk and metis for a small app', CRYPTO_PAGE)).toEqual([
      'fraxtal→fraxtal',
      'mode→mode',
      'lisk→lisk',
      'metis→metis',
    ]);
    expect(bundledMarks('comparing fraxtal, mode, lisk and metis for a small app')).toEqual(['fraxtal→fraxtal', 'lisk→lisk']);
    // A list of everyday words beside no name is not one.
    expect(bundledMarks('salt, base and mode of cooking', CRYPTO_PAGE)).toEqual([]);
  });

  it('reads a lowercase name before "chain" or "network" with a strong crypto word in its sentence, or on a crypto page', () => {
    expect(bundledMarks("crypto.com's cronos chain adds six new validators after outage")).toEqual(['cronos→cronos']);
    expect(bundledMarks('the cronos chain of islands is lovely')).toEqual([]);
    expect(bundledMarks('rollups treat ethereum as base chain for settlement')).toEqual(['ethereum→ethereum']);
    expect(bundledMarks('a base chain for rollups')).toEqual([]);
  });

  it('reads a lowercase name added to a wallet as a network', () => {
    expect(bundledMarks('having trouble adding mode to metamask, rpc keeps timing out')).toEqual(['mode→mode']);
    expect(bundledMarks('adding mode to the recipe changes everything')).toEqual([]);
  });

  it('reads the value of a network field as the chain, and a ticker-like name after an amount as the coin', () => {
    expect(bundledMarks('Deposit network: TON — Memo required: Yes. Minimum deposit: 1 TON.')).toEqual(['TON→ton']);
    expect(bundledMarks('Network: Base')).toEqual(['Base→base']);
    expect(bundledMarks('bought 500 NEAR on the dip', CRYPTO_PAGE)).toEqual([]);
    // A number at the end of a table's line is no amount of the name on the next.
    expect(bundledMarks('Manta Pacific | 0.002 | 1.9\nMetis | 0.005 | 0.8', CRYPTO_PAGE)).toEqual(['Manta Pacific→manta-pacific', 'Metis→metis']);
  });

  it('takes crypto terms of two words as strong cues ("chain abstraction", "seed phrase", "hard fork")', () => {
    expect(bundledMarks('NEAR unveils its chain abstraction roadmap')).toEqual(['NEAR→near']);
    expect(marks('Abstract onboarding is slick. never saw a seed phrase', CRYPTO_PAGE)).toEqual([]);
    expect(bundledMarks('Abstract onboarding is slick. never saw a seed phrase', CRYPTO_PAGE)).toEqual(['Abstract→abstract']);
  });

  it('reads a name said to be a kind of chain as the chain ("Abstract, the consumer L2", "is taiko a based rollup")', () => {
    expect(bundledMarks('ABSTRACT, THE CONSUMER L2 BACKED BY PUDGY PENGUINS, OPENS TO EVERYONE')).toEqual(['ABSTRACT→abstract']);
    expect(bundledMarks('is taiko actually a based rollup or is that just marketing?')).toEqual(['taiko→taiko']);
    expect(marks('Honestly, Scroll is a zk rollup with a long history.')).toEqual(['Scroll→scroll']);
    expect(bundledMarks("ink, kraken's op stack l2, just crossed 1m wallets")).toEqual(['ink→ink']);
    expect(bundledMarks('honestly mode is just an op stack l2 with a nice logo')).toEqual(['mode→mode']);
    // Not a chain of shops, a TV network or anything else; not a kind of chain that goes on as another thing.
    expect(bundledMarks('Sonic, the drive-in chain, opened a new store.')).toEqual([]);
    expect(marks('Mode is the value that appears most often in a data set.')).toEqual([]);
    expect(bundledMarks('In the written mode, an L2 writer has time to plan.')).toEqual([]);
    expect(bundledMarks('In sequencer-only mode, the rollup keeps producing blocks.')).toEqual([]);
    expect(bundledMarks('In photo mode, scroll the menu with L1 and R1.')).toEqual([]);
  });

  it('reads a lowercase name a payment went over or via as the network', () => {
    expect(marks('paid via lightning, the fee was 1 sat')).toEqual(['lightning→lightning-network']);
    expect(marks("paid for coffee over lightning ⚡ took a second, barista didn't blink")).toEqual(['lightning→lightning-network']);
    expect(marks('I paid for the conference booth, the hotel and two dinners via lightning')).toEqual(['lightning→lightning-network']);
    // Without a payment, or not ending its phrase, it is the word; files are sent and ink tipped over.
    expect(marks('the plane flew over lightning, then landed')).toEqual([]);
    expect(bundledMarks('paid with harmony between the bridge and the shore, the fee was small')).toEqual([]);
    expect(marks('I sent the videos over lightning, not airdrop, and it took twenty minutes')).toEqual([]);
    expect(bundledMarks('toddler tipped over ink for the third time today')).toEqual([]);
    expect(bundledMarks('Commission is paid over base, so a rep who hits quota takes home more.')).toEqual([]);
  });

  it('reads "the … network" in lowercase as a name with a strong crypto word or on a crypto page, "a … chain" as none', () => {
    expect(bundledMarks('bridged 2 eth to the blast network last night')).toEqual(['blast→blast']);
    expect(bundledMarks('the lightning network handles the coffee', CRYPTO_PAGE)).toEqual(['lightning network→lightning-network']);
    expect(bundledMarks('the lightning network of sensors logged 40 strikes')).toEqual([]);
    expect(bundledMarks('a base chain for rollups')).toEqual([]);
    // "the" only where something went; not after another word of the compound.
    expect(bundledMarks('Intraday liquidity moves through the flow network of correspondent accounts.')).toEqual([]);
    expect(bundledMarks('In bridged mode network traffic goes straight to your LAN.')).toEqual([]);
  });

  it('takes lowercase "txs" as a strong cue, and "tx", "txn", "sats" as weak ones (Texas, a radio, a database, a pulse)', () => {
    expect(marks('Base is down again? txs stuck pending for 10 min')).toEqual(['Base→base']);
    expect(marks('Base camp opens in Austin, TX.')).toEqual([]);
    expect(bundledMarks('Blast at the refinery in pasadena tx, felt it from the highway.')).toEqual([]);
    expect(bundledMarks('Base excess −6, lactate 4.1, sats 91% on 4 L by nasal cannula.')).toEqual([]);
    expect(bundledMarks('Base backup finished, but one long-running txn is holding back cleanup.')).toEqual([]);
  });

  it('on a crypto page, reads a place ending a question ("on linea?") by the sentence after it', () => {
    const post = 'anyone else farming on linea? did swaps on 3 dexes, lent some usdc';
    expect(bundledMarks(post, CRYPTO_PAGE)).toEqual(['linea→linea']);
    expect(bundledMarks(post)).toEqual([]);
    // "to scroll?" is a verb.
    expect(bundledMarks('Chart too cramped to scroll? Pinch to zoom and tap a candle to see liquidity.', CRYPTO_PAGE)).toEqual([]);
  });

  it('reads farming as a move to where it happens ("still farming on optimism", "what should i farm on scroll?")', () => {
    expect(bundledMarks("optimism about the L2 sector is low, which is why i'm still farming on optimism", CRYPTO_PAGE)).toEqual([
      'optimism→op-mainnet',
    ]);
    expect(bundledMarks('still have 3 eth sitting idle, what should i farm on scroll?', CRYPTO_PAGE)).toEqual(['scroll→scroll']);
    expect(bundledMarks('the gallery loads more on scroll, like a farm of images', CRYPTO_PAGE)).toEqual([]);
  });

  it('reads a label ("Abstract:", "Mode:") as the word, and a directory\'s list item ("Blast (shut down)") as the chain', () => {
    expect(bundledMarks('Abstract: The L1 penalty is a convex surrogate for sparsity in blockchain data.')).toEqual([]);
    // A paper's section heading, alone in its block, even on a page about crypto; the chain elsewhere on that page.
    expect(bundledMarks('Abstract', CRYPTO_PAGE)).toEqual([]);
    expect(bundledMarks('Bridge to Abstract today', CRYPTO_PAGE)).toEqual(['Abstract→abstract']);
    expect(bundledMarks('Mode: Fast • Network: Linea • Fee: $0.03', CRYPTO_PAGE)).toEqual(['Linea→linea']);
    // A list of chain ids is no list of labels.
    expect(bundledMarks('Chain IDs:\nBase: 8453\nMode: 34443', CRYPTO_PAGE)).toEqual(['Base→base', 'Mode→mode']);
    expect(bundledMarks('Linea (Consensys)', CRYPTO_PAGE)).toEqual(['Linea→linea']);
    expect(bundledMarks('Blast (winding down)', CRYPTO_PAGE)).toEqual(['Blast→blast']);
    // A gas tracker's base fee beside its priority fee; a list of chains' gas prices is the chains.
    expect(bundledMarks('Base: 12 Gwei | Priority: 1 Gwei', CRYPTO_PAGE)).toEqual([]);
    expect(bundledMarks('Gas now: Base: 0.01 Gwei · Arbitrum One: 0.01 Gwei', CRYPTO_PAGE)).toEqual(['Base→base', 'Arbitrum One→arbitrum-one']);
    // A nav link to a project's docs, on a crypto page; off one, or in a sentence, it needs more.
    expect(bundledMarks('Optimism docs', CRYPTO_PAGE)).toEqual(['Optimism→op-mainnet']);
    expect(bundledMarks('Scroll documentation', CRYPTO_PAGE)).toEqual(['Scroll→scroll']);
    expect(bundledMarks('Scroll documentation')).toEqual([]);
    expect(bundledMarks('Optimism docs are free to read.', CRYPTO_PAGE)).toEqual([]);
    // A trading pair's two sides, each a label (an exchange's market page); a quote the chain is in is no label.
    expect(bundledMarks('Pair: ETH/USDC (Base: ETH, Quote: USDC)', CRYPTO_PAGE)).toEqual([]);
    expect(bundledMarks('Base token: WETH / Quote token: USDC', CRYPTO_PAGE)).toEqual([]);
    expect(bundledMarks('Base asset ETH, quote asset USDC')).toEqual([]);
    expect(bundledMarks('Base currency: BTC.', CRYPTO_PAGE)).toEqual([]);
    expect(bundledMarks('Bridge to Base and get a quote in seconds.', CRYPTO_PAGE)).toEqual(['Base→base']);
    expect(bundledMarks('Base: 8453. Quote the chain id when you add the network.', CRYPTO_PAGE)).toEqual(['Base→base']);
    // A column's unit, a setting's level.
    expect(bundledMarks('Base (gwei)', CRYPTO_PAGE)).toEqual([]);
    expect(bundledMarks('Mode (Advanced)', CRYPTO_PAGE)).toEqual([]);
  });

  it('lets the words around a dataset qualifier show its everyday sense ("Redstone chain: place a repeater")', () => {
    expect(bundledMarks('Redstone chain: place a repeater every 15 blocks so the signal keeps going.')).toEqual([]);
    expect(bundledMarks('Redstone chain fees fell after the upgrade.')).toEqual(['Redstone→redstone']);
  });

  it('off a crypto page, wants cues too for a name first in its sentence with an everyday word as its qualifier', () => {
    expect(bundledMarks('Lightning channel temperatures can reach 30,000 K, hotter than the sun.')).toEqual([]);
    expect(bundledMarks('Flow network: a directed graph in which every edge has a capacity.')).toEqual([]);
    expect(bundledMarks('Sonic Labs, the little recording studio behind the bakery, rents rooms by the hour.')).toEqual([]);
    // With cues, on a crypto page, with a crypto word as the qualifier, or an acronym, it counts as before.
    expect(bundledMarks('Lightning channels let two parties pay each other off-chain.')).toEqual(['Lightning→lightning-network']);
    expect(bundledMarks('Lightning channel capacity grew again.', CRYPTO_PAGE)).toEqual(['Lightning→lightning-network']);
    expect(marks('Base mainnet is live.')).toEqual(['Base→base']);
    expect(bundledMarks('LN invoices expire after an hour by default.')).toEqual(['LN→lightning-network']);
  });

  it('marks every form in everywhere mode', () => {
    expect(marks('Base camp and the Scroll wheel', EVERYWHERE)).toEqual(['Base→base', 'Scroll→scroll']);
  });
});
