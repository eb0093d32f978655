// Everyday and other-field senses of chain names and cue words, found by an outside review of market news, spec
// sheets, lab protocols, software help and history (with the chains they must not cost). Bundled dataset: most of
// these chains are not in the small test dataset.
import { describe, expect, it } from 'vitest';
import { defaultDetector } from '../../../src/detect/index';
import type { DetectContext } from '../../../src/detect/types';
import { BALANCED } from './fixtures';

const CRYPTO_PAGE = { sensitivity: 'balanced', cryptoPage: true } as const;

function marks(text: string, context: DetectContext = BALANCED): string[] {
  return defaultDetector().findMentions(text, context).map((m) => `${text.slice(m.start, m.end)}→${m.chainId}`);
}

describe('a name followed by a company word is the company', () => {
  it('leaves companies named in market news alone, beside Bitcoin', () => {
    expect(marks('Shares of Sonic Automotive fell 3% on Tuesday, while Bitcoin rose 2% to $64,000.')).toEqual(['Bitcoin→bitcoin']);
    expect(marks('Harmony Biosciences jumped 8% after earnings; elsewhere, bitcoin miners rallied as BTC hit a record.')).toEqual([
      'bitcoin→bitcoin',
    ]);
    expect(marks('Flow Traders, the Dutch market maker, reported record crypto trading revenue in the quarter.')).toEqual([]);
    expect(marks('Lightning eMotors filed for bankruptcy; meanwhile Coinbase shares rose on higher crypto volumes.')).toEqual([]);
    expect(marks('Ronin Capital, a Chicago trading firm, shut down after losses in ether futures.')).toEqual([]);
    expect(marks('Shares in Liquid Media Group surged after the company announced it would accept bitcoin.')).toEqual([
      'bitcoin→bitcoin',
    ]);
    expect(marks('Stocks to watch: Sonic Healthcare, Base Resources, Mantle Minerals and the Bitcoin miner Iris Energy.')).toEqual([
      'Bitcoin→bitcoin',
    ]);
    expect(marks('Apple supplier Lens Technology gained 5% in Shenzhen. In crypto, Ethereum slipped 1%.')).toEqual([
      'Ethereum→ethereum',
    ]);
  });

  it('keeps a chain with its own organisation and qualifiers', () => {
    expect(marks('Polygon Labs and the Avalanche Foundation backed the bitcoin bridge.')).toEqual([
      'Polygon→polygon-pos',
      'Avalanche→avalanche',
      'bitcoin→bitcoin',
    ]);
    expect(marks('The Ronin Network and Sonic Labs both run validators.')).toEqual(['Ronin Network→ronin', 'Sonic→sonic']);
    expect(marks('Fees on Base Network fell after the Ethereum upgrade.')).toEqual(['Base→base', 'Ethereum→ethereum']);
    // Crypto writing says "Base traders" in lowercase: only the company's capitalised word counts.
    expect(marks('Base traders are piling into memecoins on the L2.', CRYPTO_PAGE)).toEqual(['Base→base']);
  });
});

describe('cue words of other fields are no cues there', () => {
  it('reads a CPU spec sheet: "Base clock", "L2 cache", "L3 cache"', () => {
    expect(marks('Base clock: 3.6 GHz. Boost clock: 5.1 GHz. L2 cache: 8 MB. L3 cache: 32 MB.')).toEqual([]);
    expect(marks('The Ryzen 7 has a Base clock of 3.8 GHz and 16 MB of L3 cache.')).toEqual([]);
    expect(marks('Avalanche validators run on a laptop with 32 MB of L3 cache and an L2 rollup node.')).toEqual([
      'Avalanche→avalanche',
    ]);
  });

  it('reads a router or VM "Bridge Mode" / "Bridged Mode" as a setting', () => {
    expect(marks('In Bridge Mode, the router acts as a Layer 2 switch and hands routing to your main gateway.')).toEqual([]);
    expect(marks('Set the VirtualBox adapter to Bridged Mode so the VM gets its own IP address on the LAN.')).toEqual([]);
  });

  it('takes ETH Zurich for the university', () => {
    expect(marks('Researchers at ETH Zurich found that Avalanche release depends on snowpack temperature.')).toEqual([]);
    expect(marks('A team at ETH Zürich modelled how the Mantle beneath Iceland rises.')).toEqual([]);
    expect(marks('Researchers found that Avalanche fees fell after ETH moved.')).toEqual(['Avalanche→avalanche']);
  });

  it('takes tickers that are another field’s abbreviation in its phrases for that field', () => {
    expect(marks('Blast your abs with this TRX circuit: three rounds, 45 seconds each.')).toEqual([]);
    expect(marks('Flow into a TRX lunge, then hold for ten seconds.')).toEqual([]);
    expect(marks('Shape and fit matter most when choosing your first FTM binder.')).toEqual([]);
    expect(marks('Flow improved after the patient was switched from an ACE inhibitor to an ARB.')).toEqual([]);
    expect(marks('Base excess was -6 mmol/L and lactate was 4.2; a TIA was ruled out.')).toEqual([]);
    expect(marks('Lens opacities were graded before the ARB was started.')).toEqual([]);
    // The coins still: as a modifier, or as what was sold.
    expect(marks('Scroll grew after an ARB airdrop.')).toEqual(['Scroll→scroll']);
    expect(marks('Base is cheap; I sold the ARB.')).toEqual(['Base→base']);
  });
});

describe('certain names in their everyday senses', () => {
  it('"a secret network of tunnels" is no Secret Network', () => {
    expect(marks('Investigators uncovered a secret network of tunnels beneath the border town.')).toEqual([]);
    expect(marks('The journalist exposed a Secret Network of informants run by the ministry.')).toEqual([]);
    expect(marks('Secret Network validators voted on the upgrade.')).toEqual(['Secret Network→secret-network']);
  });

  it('"immutable x" in lowercase is an adjective and a variable', () => {
    expect(marks('In Rust, an immutable x cannot be reassigned after it is bound.')).toEqual([]);
    expect(marks('Immutable X game assets are being moved to the newer zkEVM.')).toEqual(['Immutable X→immutable-x']);
    expect(marks('bridged my nfts to immutable x today')).toEqual(['immutable x→immutable-x']);
  });

  it('leaves a lab’s biosafety cabinet, Sony’s sensors, Logitech’s remotes and a chocolate brand alone', () => {
    expect(marks('Work in a Class II BSC when handling cultures of this organism.')).toEqual([]);
    expect(marks('The BSC is decontaminated with 70% ethanol before and after every use.')).toEqual([]);
    expect(marks('The phone uses a Sony IMX sensor with a 1-inch format.')).toEqual([]);
    expect(marks('I bought a Logitech Harmony One remote on eBay and it still works great.')).toEqual([]);
    expect(marks('The Logitech Harmony One is discontinued, but the app still works.')).toEqual([]);
    expect(marks('FDA warns consumers not to eat Polkadot mushroom chocolate bars after reports of illness.')).toEqual([]);
    expect(marks('Fees on BSC are low, and IMX trades on Immutable X.')).toEqual(['BSC→bnb-smart-chain', 'IMX→immutable-x', 'Immutable X→immutable-x']);
  });

  it('leaves the Sui dynasty, the ivy genus and Spanish words alone', () => {
    expect(marks('The Sui and Tang dynasties reunified China after centuries of division.')).toEqual([]);
    expect(marks('Emperor Yang of Sui launched costly campaigns against Goguryeo.')).toEqual([]);
    expect(marks('Hedera grows well in shade and tolerates poor soil.')).toEqual([]);
    expect(marks('Hedera is a genus of evergreen climbing plants in the ivy family.')).toEqual([]);
    expect(marks('La perra está en celo y no deja de ladrar.')).toEqual([]);
    expect(marks('Trabajó con mucho celo y dedicación durante años.')).toEqual([]);
    expect(marks('La casa está en la solana del valle, donde da el sol todo el día.')).toEqual([]);
    expect(marks('Los contratos se desplegaron en Celo y en Solana.')).toEqual(['Celo→celo', 'Solana→solana']);
    expect(marks('Sui uses the Move language; Hedera runs hashgraph consensus.')).toEqual(['Sui→sui', 'Hedera→hedera']);
  });

  it('takes a first name before a surname for a person', () => {
    expect(marks('Slovenian winger Matic Kotnik scored twice for the national team.')).toEqual([]);
    expect(marks('The brand signed Kaia Gerber, the model, for its campaign.', CRYPTO_PAGE)).toEqual([]);
    expect(marks('Who is still on Matic? Time to migrate to POL.')).toEqual(['Matic→polygon-pos']);
    expect(marks('Matic Price Prediction 2025')).toEqual(['Matic→polygon-pos']);
    expect(marks('We staked Matic Tokens last year.')).toEqual(['Matic→polygon-pos']);
  });
});

describe('"on"/"via" before a name that is no place', () => {
  it('leaves products, credits and phrasal verbs alone', () => {
    expect(marks('You can run MongoDB workloads on Cosmos DB without changing your code.')).toEqual([]);
    expect(marks('Session data is stored via Cosmos DB and cached in Redis.')).toEqual([]);
    expect(marks('The studio confirmed the delay to fans on Friday (via Polygon).')).toEqual([]);
    expect(marks('You can turn on Stacks from the View menu to tidy your desktop.')).toEqual([]);
  });

  it('still reads "on X" and "via X" as where something runs', () => {
    expect(marks('We are live on Cosmos today.')).toEqual(['Cosmos→cosmos-hub']);
    expect(marks('Payments settle via Polygon in seconds.')).toEqual(['Polygon→polygon-pos']);
    expect(marks('Our app runs on Stacks, the Bitcoin layer.')).toEqual(['Stacks→stacks', 'Bitcoin→bitcoin']);
  });
});

describe('genuine crypto pages', () => {
  it('reads Solidity’s "immutable variables" as the keyword', () => {
    expect(marks('Immutable variables are set once in the constructor and save gas on every read.', CRYPTO_PAGE)).toEqual([]);
  });
});

describe('crypto words the cues missed', () => {
  it('takes "L1s" as a strong cue', () => {
    expect(marks('Avalanche subnets are now called L1s after the Avalanche9000 upgrade.')).toEqual(['Avalanche→avalanche']);
  });

  it('reads the crypto words of Chinese text beside a name', () => {
    expect(marks('Scroll 主网已经上线。')).toEqual(['Scroll→scroll']);
    expect(marks('用户可以在 Linea 上部署智能合约。')).toEqual(['Linea→linea']);
    expect(marks('Base 链上的 meme 币交易量创下新高。')).toEqual(['Base→base']);
    // Everyday Chinese beside a name says nothing.
    expect(marks('Scroll 已经上线。')).toEqual([]);
  });
});

describe('other chains named after one of the dataset’s', () => {
  it('does not mark their first word as the wrong chain', () => {
    expect(marks('Bitcoin Cash forked from Bitcoin in 2017 over the block size debate.')).toEqual(['Bitcoin→bitcoin']);
    expect(marks('Bitcoin SV and Bitcoin Gold are much smaller forks.')).toEqual([]);
    expect(marks('Ethereum PoW (ETHW) was launched by miners after the Merge.')).toEqual([]);
    expect(marks('Cronos zkEVM is a separate L2 from the Cronos EVM chain.')).toEqual(['Cronos EVM→cronos']);
    expect(marks('Send AVAX from the Avalanche X-Chain to the Avalanche C-Chain before bridging.')).toEqual([
      'Avalanche C-Chain→avalanche',
    ]);
    expect(marks('Ethereum Classic and Ethereum both use proof of work no more.')).toEqual([
      'Ethereum Classic→ethereum-classic',
      'Ethereum→ethereum',
    ]);
  });
});

describe('a name said to be a chain in an appositive', () => {
  it('reads "<Name>, the gaming chain, …" as the chain, with no other crypto word and off a crypto page', () => {
    expect(marks('Ronin, the gaming chain, lets players trade their items.')).toEqual(['Ronin→ronin']);
    expect(marks('Flow, the gaming network, onboarded another studio.')).toEqual(['Flow→flow']);
    expect(marks('Ronin, the EVM chain, went live in 2021.')).toEqual(['Ronin→ronin']);
    expect(marks('We met Scroll, the zkEVM rollup, at the conference.')).toEqual(['Scroll→scroll']);
  });

  it('leaves a chain of shops or a TV network alone', () => {
    expect(marks('Sonic, the fast-food chain, opened 40 new drive-ins.')).toEqual([]);
    expect(marks('Harmony, the hotel chain, added three properties.')).toEqual([]);
    expect(marks('Avalanche, the TV network, aired the finale.')).toEqual([]);
    expect(marks('Ronin, the chain, lets players trade their items.')).toEqual([]);
  });
});

describe('French "sur" before a name', () => {
  it('reads "sur Base" as where something runs with a French crypto word in its sentence', () => {
    expect(marks('Les frais de gaz sur Base ont baissé.')).toEqual(['Base→base']);
    expect(marks("J'ai envoyé mes jetons sur Base avec le pont officiel.")).toEqual(['Base→base']);
    expect(marks('Ce portefeuille fonctionne sur Base et sur Scroll.')).toEqual(['Base→base', 'Scroll→scroll']);
    expect(marks('Les jetons sur Base se multiplient.')).toEqual(['Base→base']);
  });

  it('leaves "sur la base de" and "sur" as "about" alone', () => {
    expect(marks("Le calcul se fait sur la base de vos revenus de l'année.")).toEqual([]);
    expect(marks('Sur la base de ces données, le réseau routier sera rénové.')).toEqual([]);
    expect(marks('Un documentaire sur Avalanche et les secours en montagne.')).toEqual([]);
    expect(marks("J'ai lu un article sur Mode et les tendances de la saison.")).toEqual([]);
  });
});

describe('Portuguese and Spanish "celo"', () => {
  it('leaves zeal and jealousy alone ("celo e inveja", "celo y envidia")', () => {
    expect(marks('Celo e inveja são sentimentos humanos.')).toEqual([]);
    expect(marks('Sentía celo y envidia de su hermano.')).toEqual([]);
    expect(marks('El celo y la envidia destruyeron la amistad.')).toEqual([]);
  });

  it('still marks Celo the chain', () => {
    expect(marks('Celo moved to an Ethereum L2 this year.')).toEqual(['Celo→celo', 'Ethereum→ethereum']);
    expect(marks('O Celo é uma blockchain focada em pagamentos pelo celular.')).toEqual(['Celo→celo']);
  });
});

describe('"the Lightning" of ice hockey', () => {
  it('takes "the Lightning" sponsored, or with hockey words near, for the Tampa Bay team', () => {
    expect(marks('Bitcoin company Strike sponsors the Lightning this year.')).toEqual(['Bitcoin→bitcoin']);
    expect(marks('The exchange sponsors the Lightning.', CRYPTO_PAGE)).toEqual([]);
    expect(marks('The Lightning won the Stanley Cup after their goalie stopped every puck.', CRYPTO_PAGE)).toEqual([]);
    expect(marks('Fans can pay in bitcoin at the arena where the Lightning play their home games.')).toEqual(['bitcoin→bitcoin']);
  });

  it('still marks the Lightning Network, its channels and payments over it', () => {
    expect(marks('Lightning Network capacity grew this year.')).toEqual(['Lightning Network→lightning-network']);
    expect(marks('Lightning channels need inbound liquidity.')).toEqual(['Lightning→lightning-network']);
    expect(marks('Merchants let you pay over Lightning and settle in bitcoin.')).toEqual(['Lightning→lightning-network', 'bitcoin→bitcoin']);
    expect(marks('Strike sponsors the Lightning Network conference.')).toEqual(['Lightning Network→lightning-network']);
  });
});

describe('the Sui dynasty and Salesforce Flow', () => {
  it('leaves "under the Sui" alone', () => {
    expect(marks('Canals were dug under the Sui.', CRYPTO_PAGE)).toEqual([]);
    expect(marks('Under the Sui, the Grand Canal linked the north and south.')).toEqual([]);
    expect(marks('Builders on the Sui network shipped new wallets.')).toEqual(['Sui→sui']);
    expect(marks('Grants from the Sui, Aptos and Movement ecosystems grew.')).toEqual(['Sui→sui', 'Aptos→aptos']);
  });

  it('leaves Salesforce Flow alone', () => {
    expect(marks('We rebuilt the approval logic via Flow instead of Process Builder.')).toEqual([]);
    expect(marks('Migrate your workflow rules via Flow instead of Process Builder.')).toEqual([]);
    expect(marks('NFTs minted via Flow settle in seconds.')).toEqual(['Flow→flow']);
  });
});

describe('tickers in parentheses (tickers on)', () => {
  const TICKERS = { sensitivity: 'balanced', cryptoPage: false, tickers: true } as const;

  it('takes a ticker right after a company name for its stock symbol', () => {
    expect(marks('Seagate (STX) fell 3% after earnings.', TICKERS)).toEqual([]);
    expect(marks('Shares of Seagate Technology (STX) fell while Bitcoin rose.', TICKERS)).toEqual(['Bitcoin→bitcoin']);
  });

  it('still marks a coin’s ticker after its chain, its coin or its token', () => {
    expect(marks('Stacks (STX) rose 3% after the upgrade.', TICKERS)).toEqual(['Stacks→stacks', 'STX→stacks']);
    expect(marks('Traders bought STX after the upgrade.', TICKERS)).toEqual(['STX→stacks']);
    expect(marks('Ether (ETH) and Binance Coin (BNB) rose.', TICKERS)).toEqual(['ETH→ethereum', 'BNB→bnb-smart-chain']);
    expect(marks('ApeCoin (APE) and Frax (FRAX) rose.', TICKERS)).toEqual(['APE→apechain', 'FRAX→fraxtal']);
  });
});

// A seventh review, on a crypto article (every mention marked, so the page counts as a crypto page).
describe('gnosticism, taiko drums and a name said to be a word of a language, on a crypto page too', () => {
  it('leaves Gnosis the religious idea alone', () => {
    expect(marks('Gnosis was an ancient religious idea.', CRYPTO_PAGE)).toEqual([]);
    expect(marks('Before Ethereum, Gnosis was an ancient religious idea.', CRYPTO_PAGE)).toEqual(['Ethereum→ethereum']);
    expect(marks('In early Christianity, Gnosis was a heresy about secret knowledge.', CRYPTO_PAGE)).toEqual([]);
  });

  it('still marks Gnosis the chain, zero-knowledge proofs and all', () => {
    expect(marks('Gnosis Chain fees stayed under a cent.', CRYPTO_PAGE)).toEqual(['Gnosis Chain→gnosis']);
    expect(marks('We bridge to Gnosis every week.', CRYPTO_PAGE)).toEqual(['Gnosis→gnosis']);
    expect(marks('Gnosis adds zero-knowledge light clients for its bridge.', CRYPTO_PAGE)).toEqual(['Gnosis→gnosis']);
  });

  it('leaves taiko drums alone, and keeps Taiko the rollup', () => {
    expect(marks('Taiko drums opened the conference.', CRYPTO_PAGE)).toEqual([]);
    expect(marks('At the Ethereum conference, Taiko drummers opened the day.', CRYPTO_PAGE)).toEqual(['Ethereum→ethereum']);
    expect(marks("Taiko's based rollup sequences its blocks on Ethereum.", CRYPTO_PAGE)).toEqual(['Taiko→taiko', 'Ethereum→ethereum']);
  });

  it('leaves a name defined as a word of a language alone', () => {
    expect(marks('Celo is Spanish for zeal.', CRYPTO_PAGE)).toEqual([]);
    expect(marks('Celo is Spanish for zeal, and the team picked it for the Ethereum L2.', CRYPTO_PAGE)).toEqual(['Ethereum→ethereum']);
    expect(marks('The word Celo means zeal.', CRYPTO_PAGE)).toEqual([]);
    expect(marks('Celo means zeal in Spanish.', CRYPTO_PAGE)).toEqual([]);
    expect(marks('Gnosis is the Greek word for knowledge.', CRYPTO_PAGE)).toEqual([]);
  });

  it('still marks Celo the chain', () => {
    expect(marks('Celo moved to an L2.', CRYPTO_PAGE)).toEqual(['Celo→celo']);
    expect(marks('Celo is an Ethereum L2 now.', CRYPTO_PAGE)).toEqual(['Celo→celo', 'Ethereum→ethereum']);
    expect(marks('Celo means cheap payments for phone users.', CRYPTO_PAGE)).toEqual(['Celo→celo']);
  });
});

describe("L2BEAT's stages", () => {
  it('takes a capital "Stage 0/1/2" near a name, in its sentence, for a rollup on any page', () => {
    const text = 'New stage assessment: Scroll moved to Stage 1. Linea still Stage 0.';
    expect(marks(text, CRYPTO_PAGE)).toEqual(['Scroll→scroll', 'Linea→linea']);
    expect(marks(text)).toEqual(['Scroll→scroll', 'Linea→linea']);
    expect(marks('Base reached Stage 1 in April.')).toEqual(['Base→base']);
    expect(marks('Stage 1 for Scroll came after its security council vote.')).toEqual(['Scroll→scroll']);
  });

  it('does not take a stage of a tour, a race, a disease or a rocket, or one in another sentence', () => {
    expect(marks('Scroll to stage 1 of the tour.')).toEqual([]);
    expect(marks('Mode reached Stage 1 of the Tour.')).toEqual([]);
    expect(marks('Blast was at Stage 2 hypertension.')).toEqual([]);
    expect(marks('The climbers left Base. Stage 1 was a long walk.')).toEqual([]);
    expect(marks('Scroll down. Stage 2 starts at noon.')).toEqual([]);
  });
});

describe('names written in their own script', () => {
  it('finds Ethereum and Bitcoin in running Chinese and Japanese, where words have no spaces', () => {
    expect(marks('以太坊的价格今天上涨了5%。')).toEqual(['以太坊→ethereum']);
    expect(marks('比特币价格创下新高，以太坊紧随其后。')).toEqual(['比特币→bitcoin', '以太坊→ethereum']);
    expect(marks('ETH在以太坊上')).toEqual(['以太坊→ethereum']);
    expect(marks('イーサリアムの価格が上昇し、ビットコインは過去最高値を更新しました。')).toEqual(['イーサリアム→ethereum', 'ビットコイン→bitcoin']);
  });

  it('gives the Han names the weight of a certain name beside an ambiguous one', () => {
    expect(marks('Base 是以太坊的网络')).toEqual(['Base→base', '以太坊→ethereum']);
  });

  it('does not find them inside a longer word or another chain’s name', () => {
    expect(marks('比特币现金的价格下跌')).toEqual([]);
    expect(marks('以太坊经典也上涨了')).toEqual([]);
    expect(marks('イーサリアムクラシックが上昇')).toEqual([]);
    expect(marks('ビットコイン・キャッシュが下落')).toEqual([]);
    expect(marks('ネオビットコインです')).toEqual([]);
  });

  it('finds them in Arabic, under its clitics (the article, "and", "with", "for")', () => {
    expect(marks('بيتكوين هي أول عملة مشفرة، وإيثريوم منصة للعقود الذكية.')).toEqual(['بيتكوين→bitcoin', 'إيثريوم→ethereum']);
    const text = 'ارتفع سعر البيتكوين اليوم بينما تراجع الإيثريوم.';
    const found = defaultDetector().findMentions(text, BALANCED);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['بيتكوين', 'إيثريوم']);
    expect(marks('تداول بالبيتكوين وللإيثريوم')).toEqual(['بيتكوين→bitcoin', 'إيثريوم→ethereum']);
    expect(marks('بيتكوينات')).toEqual([]);
  });

  it('finds them in Russian, in either case, and not inside a longer word', () => {
    expect(marks('Биткоин снова растёт, а Эфириум отстаёт.')).toEqual(['Биткоин→bitcoin', 'Эфириум→ethereum']);
    expect(marks('Сегодня биткоин дорожает.')).toEqual(['биткоин→bitcoin']);
    expect(marks('Биткоинмат не работает.')).toEqual([]);
  });

  it('finds them in Russian in their cases, the mark covering the whole word', () => {
    expect(marks('Курс биткоина вырос, а эфириум отстал от биткоина.')).toEqual([
      'биткоина→bitcoin',
      'эфириум→ethereum',
      'биткоина→bitcoin',
    ]);
    expect(
      marks('Биткоину, биткоином, биткоине, биткоины, биткоинов, биткоинам, биткоинами, биткоинах.').map((m) => m.split('→')[1]),
    ).toEqual(Array<string>(8).fill('bitcoin'));
    expect(marks('Эфириума, эфириуму, эфириумом, эфириуме.')).toEqual([
      'Эфириума→ethereum',
      'эфириуму→ethereum',
      'эфириумом→ethereum',
      'эфириуме→ethereum',
    ]);
    expect(marks('Переводы в БИТКОИНАХ и в ЭФИРИУМЕ')).toEqual(['БИТКОИНАХ→bitcoin', 'ЭФИРИУМЕ→ethereum']);
    const text = 'Он заплатил биткоинами за кофе.';
    const found = defaultDetector().findMentions(text, BALANCED);
    expect(found.map((m) => [m.start, m.end])).toEqual([[12, 22]]);
  });

  it('does not read a longer Russian word built on a name as the name (a person, an adjective)', () => {
    // "биткоинщик" is a person who deals in bitcoin, "эфириумный", "биткоиновый" adjectives: words of their own, left
    // alone in every case, as "Биткоинмат" is.
    expect(marks('Знакомый биткоинщик купил биткоинщику кофе.')).toEqual([]);
    expect(marks('Эфириумный кошелёк и биткоиновый адрес, на биткоиновом кошельке, эфириумные токены.')).toEqual([]);
    expect(marks('Биткоинмата нет, и биткоинматы закрыты.')).toEqual([]);
    // An ending alone, or a word that ends like a case of nothing in the dataset, is no name.
    expect(marks('Это было у окна, в доме, с котом.')).toEqual([]);
  });

  it('leaves a Russian name in its cases inside a link alone', () => {
    expect(marks('Смотрите https://example.com/биткоина и bitcoin.org/биткоинов')).toEqual([]);
  });
});

// An eighth review (tests/fixtures/corpus/review8.jsonl): market moods, lending rates, fund flows, other projects named
// like a chain, Italian and Spanish words, and "network" in the languages that read the chain's name beside it.
describe('the eighth review: everyday senses', () => {
  it('reads the mood of markets as the word', () => {
    expect(marks('Optimism returned to crypto markets on Friday as Bitcoin climbed back above $70,000.', CRYPTO_PAGE)).toEqual(['Bitcoin→bitcoin']);
    expect(marks('Optimism faded quickly after the Fed minutes, and Bitcoin slid 3%.')).toEqual(['Bitcoin→bitcoin']);
    expect(marks('Optimism is back. Bitcoin ETFs saw $900 million of inflows on Tuesday.', CRYPTO_PAGE)).toEqual(['Bitcoin→bitcoin']);
    expect(marks('Optimism is growing among bitcoin miners after the difficulty adjustment.', CRYPTO_PAGE)).toEqual(['bitcoin→bitcoin']);
    // The chain, said to do something, or to be a chain.
    expect(marks('Optimism is an optimistic rollup that settles to Ethereum.', CRYPTO_PAGE)).toEqual(['Optimism→op-mainnet', 'Ethereum→ethereum']);
    expect(marks('Optimism returned 2 ETH of excess fees to the sequencer vault.', CRYPTO_PAGE)).toEqual([]);
  });

  it('reads a lending market\'s base rate and a fund flow as the words', () => {
    expect(marks('Base APY is paid by borrowers; Boost APY comes from token incentives.', CRYPTO_PAGE)).toEqual([]);
    expect(marks('Base APR: 3.2%. Reward APR: 4.1%. Deposit USDC on Arbitrum to earn both.', CRYPTO_PAGE)).toEqual(['Arbitrum→arbitrum-one']);
    expect(marks('Base reward: 2 ETH per block before the Merge, plus uncle rewards.', CRYPTO_PAGE)).toEqual([]);
    expect(marks('Outflows from Bitcoin funds continued. Flow into Ethereum funds turned positive.', CRYPTO_PAGE)).toEqual([
      'Bitcoin→bitcoin',
      'Ethereum→ethereum',
    ]);
    expect(marks('Base APY on USDC climbed after the Base network upgrade.', CRYPTO_PAGE)).toEqual(['Base→base']);
  });

  it('leaves other projects named like a chain alone', () => {
    expect(marks('Create a Gnosis Safe multisig on Arbitrum with 3-of-5 signers.', CRYPTO_PAGE)).toEqual(['Arbitrum→arbitrum-one']);
    expect(marks('Redstone oracle feeds are live for the new lending market.', CRYPTO_PAGE)).toEqual([]);
    expect(marks('Polkadot Stingray is the queen of girl punk rock in Japan.')).toEqual([]);
    expect(marks('Fantom opery se vrací na scénu Hudebního divadla Karlín.')).toEqual([]);
    // Their chains, where they are named so.
    expect(marks('Gnosis Chain validators voted on the upgrade.', CRYPTO_PAGE)).toEqual(['Gnosis Chain→gnosis']);
  });

  it('reads verbs and properties first in a sentence as the words', () => {
    expect(marks('Abstract away gas: account abstraction on Ethereum lets apps pay fees for users.', CRYPTO_PAGE)).toEqual(['Ethereum→ethereum']);
    expect(marks('Ink your name in Ethereum history: mint the commemorative NFT.', CRYPTO_PAGE)).toEqual(['Ethereum→ethereum']);
    expect(marks('Immutable: once a transaction is recorded on the Bitcoin blockchain, it cannot be changed.', CRYPTO_PAGE)).toEqual([
      'Bitcoin→bitcoin',
    ]);
    // A list item of properties, alone in its block, even on a crypto page; the chain by its full name.
    expect(marks('Immutable', CRYPTO_PAGE)).toEqual([]);
    expect(marks('Immutable zkEVM', CRYPTO_PAGE)).toEqual(['Immutable zkEVM→immutable-zkevm']);
  });

  it('reads Italian "sui" and Spanish "celo" as the words, and a word that is no name vouches for none', () => {
    expect(marks('Sui tetti di Roma è caduta la neve; la Linea A della metropolitana ha funzionato.')).toEqual([]);
    expect(marks('Sui mercati asiatici il Nikkei ha chiuso in rialzo.')).toEqual([]);
    expect(marks('Sui ha lanciato la sua nuova rete con il supporto di Mysten Labs.')).toEqual(['Sui→sui']);
    expect(marks('Celo profesional y puntualidad: así describe la empresa a su director.')).toEqual([]);
    expect(marks('Trabajó con celo y dedicación durante veinte años.')).toEqual([]);
    expect(marks('La integración con Celo llegó en marzo, con pagos en cUSD.', CRYPTO_PAGE)).toEqual(['Celo→celo']);
  });

  it('reads "the Lightning" as the team once the paragraph names the team in full', () => {
    const text =
      'Strike, the Lightning payments app, signed a sponsorship deal with the Tampa Bay Lightning. Fans can pay with Bitcoin over Lightning, and the Lightning will take a share of sales in BTC.';
    expect(marks(text, CRYPTO_PAGE)).toEqual(['Lightning→lightning-network', 'Bitcoin→bitcoin', 'Lightning→lightning-network']);
  });
});

describe('the eighth review: a coin listed with its ticker', () => {
  it('reads a name with its own letters in capitals after it, in parentheses, as the coin\'s chain', () => {
    expect(marks('Upbit announces KRW-market trading support for Kaia (KAIA).')).toEqual(['Kaia→kaia']);
    expect(marks('Binance will list Blast (BLAST) today.')).toEqual(['Blast→blast']);
    // A unit in capitals, or the name again as written, is no ticker.
    expect(marks('Base (USD)')).toEqual([]);
    expect(marks('The report covers Mode (Mode) and little else.')).toEqual([]);
  });
});

describe('the eighth review: the chain in other languages', () => {
  it('reads "network" before the name (Portuguese, Italian, Vietnamese, Indonesian, Russian) and German "auf"', () => {
    expect(marks('As taxas na rede Base caíram depois da atualização.')).toEqual(['Base→base']);
    expect(marks('Le commissioni sulla rete Base sono crollate.')).toEqual(['Base→base']);
    expect(marks('Phí trên mạng Base giảm mạnh.')).toEqual(['Base→base']);
    expect(marks('Biaya transaksi di jaringan Base turun tajam.')).toEqual(['Base→base']);
    expect(marks('Комиссии в сети Base снизились.')).toEqual(['Base→base']);
    expect(marks('Die Gebühren auf Base sind nach dem Upgrade stark gefallen.')).toEqual(['Base→base']);
    // "rede" in lowercase before a capital only: "a base da rede" is Portuguese for the network's base.
    expect(marks('A base da rede elétrica precisa de reforço.')).toEqual([]);
  });

  it('reads Turkish, German, Korean and Japanese crypto words beside the name, and Korean names', () => {
    expect(marks('Base ağında işlem ücretleri düştü.', CRYPTO_PAGE)).toEqual(['Base→base']);
    // German compounds with the network's or its users' word, as "the Base network" and "Base users" in English.
    expect(marks('Polygon-Netzwerk: Gebühren steigen nach dem Upgrade.', CRYPTO_PAGE)).toEqual(['Polygon→polygon-pos']);
    expect(marks('Das Base-Netzwerk wächst.')).toEqual(['Base→base']);
    expect(marks('Die Base-Nutzer zahlen kaum noch Gebühren.')).toEqual(['Base→base']);
    expect(marks('코인베이스의 레이어2 네트워크 Base에서 밈코인 거래가 급증했다.')).toEqual(['Base→base']);
    expect(marks('Baseチェーン上のミームコインの取引量が過去最高を記録した。')).toEqual(['Base→base']);
    expect(marks('비트코인 가격이 사상 처음으로 10만 달러를 돌파했다.')).toEqual(['비트코인→bitcoin']);
    expect(marks('이더리움 현물 ETF에 자금이 유입됐다.')).toEqual(['이더리움→ethereum']);
    // Korean particles after a name; no Korean letters before one.
    expect(marks('비트코인이 올랐다.')).toEqual(['비트코인→bitcoin']);
  });
});

// A ninth review, of whole pages (explorers, dashboards, docs, feeds, wiki articles, other languages).
describe('the ninth review: pages', () => {
  it('reads an explorer\'s gas line as the base fee, and a chain named with a fee as the chain', () => {
    expect(marks('Gas Fees: Base: 0.006712 Gwei | Max: 0.0102 Gwei | Max Priority: 0.001 Gwei', CRYPTO_PAGE)).toEqual([]);
    expect(marks('Base | Priority | Max', CRYPTO_PAGE)).toEqual([]);
    expect(marks('We measure MEV on Arbitrum and Base over 18 months and find that priority fees rose.', CRYPTO_PAGE)).toEqual([
      'Arbitrum→arbitrum-one',
      'Base→base',
    ]);
  });

  it('reads the hockey team by its plural verb and its fans\' words, and weather as weather', () => {
    expect(marks('the Lightning are so back. 4-3 OT over the Avs', CRYPTO_PAGE)).toEqual([]);
    expect(marks('LIGHTNING OVER DENVER right now', CRYPTO_PAGE)).toEqual([]);
    expect(marks('The Lightning Network is a payment channel network.', CRYPTO_PAGE)).toEqual(['Lightning Network→lightning-network']);
  });

  it('reads the Sui dynasty after "the", and "sui generis", as the words', () => {
    expect(marks('The Sui unified China in 589.')).toEqual([]);
    expect(marks('We compare the Sui with the Qin.')).toEqual([]);
    expect(marks('The ruling is sui generis.')).toEqual([]);
    expect(marks('The Sui network launched its mainnet in 2023.')).toEqual(['Sui→sui']);
    expect(marks('The Sui ecosystem grew.', CRYPTO_PAGE)).toEqual(['Sui→sui']);
  });

  it('reads Spanish "celo" (heat) after its articles and stages as the word', () => {
    expect(marks('Fases del celo en perras')).toEqual([]);
    expect(marks('Su perra tuvo el primer celo a los ocho meses.')).toEqual([]);
  });

  it('reads a ranked row\'s name as the chain, and an amount of a coin in capitals as the coin', () => {
    expect(marks('7 Sui', CRYPTO_PAGE)).toEqual(['Sui→sui']);
    expect(marks('bought 500 NEAR', CRYPTO_PAGE)).toEqual([]);
    expect(marks('Minimum deposit: 1 TON', CRYPTO_PAGE)).toEqual([]);
  });

  it('reads a docs note about an opcode as the chain\'s, and "Base your branch" as the verb', () => {
    expect(marks('Note: Scroll does not yet support the PUSH0 opcode.', CRYPTO_PAGE)).toEqual(['Scroll→scroll']);
    expect(marks('Base your branch on main, then open a pull request against the Base docs.', CRYPTO_PAGE)).toEqual(['Base→base']);
  });

  it('reads lists joined by "and" in other languages, and names after their function words', () => {
    expect(marks('Auch Scroll und Linea locken Nutzer.', CRYPTO_PAGE)).toEqual(['Scroll→scroll', 'Linea→linea']);
    expect(marks('Scroll과 Linea는 저렴하다', CRYPTO_PAGE)).toEqual(['Scroll→scroll', 'Linea→linea']);
    expect(marks('Mit Base zahlen Nutzer weniger.', CRYPTO_PAGE)).toEqual(['Base→base']);
  });
});
