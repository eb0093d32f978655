// Words that say "this text is about blockchains". An ambiguous name ("Base", "Scroll") near enough of them counts.

import { words } from './wordList';

/** Strong cues: one is enough near an ambiguous name. Keys are lowercased words. */
export const STRONG_CUES: ReadonlySet<string> = new Set(words(`
  blockchain blockchains l1 l1s l2 l2s l3 l3s rollup rollups mainnet testnet testnets sepolia tvl sequencer sequencers
  defi airdrop airdrops onchain dapp dapps eth ether btc crypto cryptocurrency stablecoin stablecoins usdc usdt gwei
  evm zkevm zkevms validator validators bridged bridging nft nfts memecoin memecoins dex staking restaking stakers
  restakers satoshis ethereum bitcoin metamask uniswap aave superchain calldata sidechain sidechains appchain
  appchains zk web3 multisig liquidity rpc faucet coinbase mempool hashrate perps tokenomics solidity validium
`));

/**
 * Weak cues: two of them (or one with a strong cue) are needed. Ordinary writing uses them too, so words every
 * software or business text is full of (app, users, developers, launch, network, protocol, nodes, payments) are not
 * cues at all: two of them made "the app's new Dark Mode, for all users" a chain. "Token" and "wallet" are weak for the
 * same reason ("a personal access token", "left my wallet at the Base Exchange").
 */
export const WEAK_CUES: ReadonlySet<string> = new Set(words(`
  chain chains fees fee transaction transactions swap swaps swapped deploy deployed deploying yield stake staked
  ecosystem contract contracts block blocks finality throughput tps decentralized channel channels explorer proofs
  proof mint minted minting builders onboard fork upgrade governance treasury grant grants bridge bridges gas dao
  sats blobs tokenized tokenization token tokens wallet wallets opcode opcodes precompile precompiles
`));

/**
 * Strong cues only when written in lowercase, as posts write them: "txs" (in capitals, TX is Texas). Not "tx" (a radio's
 * transmit, "north tx") nor "txn" (a database's transaction): those are weak ones, below.
 */
export const LOWERCASE_STRONG_CUES: ReadonlySet<string> = new Set(['txs']);

/** Weak cues only when written in lowercase: "tx", "txn", "txns". */
export const LOWERCASE_WEAK_CUES: ReadonlySet<string> = new Set(words(`
  tx txn txns
`));

/**
 * Token tickers that are no English word, a strong cue when written in capitals ("burned another batch of INJ").
 * ETH and BTC are strong cues in any case (above).
 */
export const TICKER_CUES: ReadonlySet<string> = new Set(words(`
  arb inj pol matic strk mnt tia avax imx bnb trx ftm usde dai weth wbtc steth gno xdai glmr rbtc stx mina zro
`));

/**
 * Tickers as they stand in price lists ("BTC -2%, ETH -3%, CELO +5%"): capitals that do not make a line of capitals
 * (see shouted in matcher.ts), so a chain's name written as its ticker in such a list stays a ticker.
 */
export const LISTED_TICKERS: ReadonlySet<string> = new Set([
  ...TICKER_CUES,
  ...words(`
    btc eth sol usdt usdc xrp doge ada dot ltc link bch xlm atom op sui apt sei near ton celo shib pepe uni aave
    etc xmr hbar icp fil algo egld kas rune ondo ena wld jup bonk
  `),
]);

/** Two-word cues, keyed by the first word: "layer 2", "smart contract", "on-chain", "layer two". */
export const PAIR_CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['layer', new Set(words(`
    1 2 3 one two three
  `))],
  ['smart', new Set(['contract', 'contracts'])],
  ['on', new Set(['chain'])],
  ['off', new Set(['chain'])],
  // Not "gas prices": that is what a car runs on too.
  ['gas', new Set(words(`
    fees fee limit token
  `))],
  ['block', new Set(words(`
    explorer height time reward rewards producer builder
  `))],
  // "chain abstraction", "account abstraction", "seed phrase": crypto's own terms, no everyday phrase.
  ['chain', new Set(['id', 'abstraction'])],
  ['account', new Set(['abstraction'])],
  ['seed', new Set(['phrase', 'phrases'])],
  ['hard', new Set(['fork', 'forks'])],
  ['optimistic', new Set(['rollup', 'rollups'])],
  ['op', new Set(['stack'])],
]);

/**
 * Cue words that another field writes before these words, where they are no cue at all: a CPU's "L2 cache", the
 * university "ETH Zurich", a suspension-trainer workout ("TRX circuit"), a chest binder ("FTM binder"), a blood
 * pressure drug's therapy ("ARB therapy").
 */
export const CUE_EVERYDAY_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['l1', new Set(['cache', 'caches'])],
  ['l2', new Set(['cache', 'caches'])],
  ['l3', new Set(['cache', 'caches'])],
  ['eth', new Set(['zurich', 'zürich', 'zuerich'])],
  ['trx', new Set(words(`
    circuit circuits workout workouts training trainer straps strap band bands suspension lunge lunges row rows squat
    squats plank
  `))],
  ['ftm', new Set(['binder', 'binders'])],
  ['arb', new Set(['therapy', 'treatment'])],
]);

/**
 * Words right after an ambiguous name, possessive or not, that make it a chain on their own ("Base mainnet", "Scroll's
 * sequencer"). The name is still the only part marked.
 */
export const NEXT_QUALIFIERS: ReadonlySet<string> = new Set(words(`
  chain mainnet testnet network l1 l2 l3 rollup bridge ecosystem tvl sequencer blockchain sepolia zkevm explorer rpc
  superchain onchain gas validators nodes airdrop token tokens dapps defi nfts wallet transactions builders users
  netzwerk netzwerks nutzer ağı ağında ağına ağındaki ağının zinciri zincirinde 네트워크 체인 메인넷
`));

/**
 * "Network" before a name, in languages that put it first: Portuguese "na rede Base", Italian "sulla rete Base",
 * French "le réseau Base", Vietnamese "trên mạng Base", Indonesian "di jaringan Base", Russian "в сети Base".
 */
export const PREV_QUALIFIERS: ReadonlySet<string> = new Set(words(`
  rede rete réseau mạng jaringan сети сеть сетью блокчейне блокчейн
`));

/**
 * Words right after an ambiguous name written in lowercase or in capitals that make it a chain ("ink mainnet", "FLOW
 * BLOCKCHAIN UPGRADE"): fewer than NEXT_QUALIFIERS, since "base network" and "mode users" are ordinary lowercase
 * phrases. No everyday phrase has these after a word, so they count on any page.
 */
export const OTHER_CASE_NEXT_QUALIFIERS: ReadonlySet<string> = new Set(words(`
  mainnet testnet rollup sequencer superchain zkevm sepolia onchain blockchain tvl dapps defi
`));

/** The same, but with an everyday sense too ("supply airdrop", "L2 cache"): these count on a crypto page. */
export const OTHER_CASE_NEXT_QUALIFIERS_ON_CRYPTO_PAGE: ReadonlySet<string> = new Set(['airdrop', 'l2', 'l3']);

/**
 * Crypto's own jargon, with no everyday sense, no general finance sense and no other field's ("crypto", "token", "gas"
 * are everyday; L2 is a cache and a gamepad button, an airdrop brings aid, a rollup buys companies, an EVM counts votes,
 * a sequencer plays music): in a line set in capitals, one in the same sentence makes a headline's ambiguous name the
 * chain ("BREAKING: BASE HITS RECORD TVL", "LINEA MAINNET IS LIVE").
 */
export const CAPITALS_CUES: ReadonlySet<string> = new Set(words(`
  tvl mainnet testnet testnets zkevm zkevms memecoin memecoins stablecoin stablecoins gwei superchain calldata appchain
  appchains validium onchain restaking tokenomics web3 dapp dapps usdt usdc
`));

/**
 * Words for a mood or an idea that headlines make the subject of a sentence ("OPTIMISM RETURNS AS L2 TOKENS RALLY"):
 * jargon around them says nothing of their sense.
 */
export const HEADLINE_MOODS: ReadonlySet<string> = new Set(words(`
  optimism harmony abstract
`));

/** Words around a lowercase name said to be a chain ("is taiko actually a based rollup", "mode is just an l2"). */
export const DEFINED_NEAR: ReadonlySet<string> = new Set(['is']);

/** Words that join the items of a list ("fraxtal, mode and lisk"). */
export const LIST_WORDS: ReadonlySet<string> = new Set(words(`
  and or vs versus
`));

/** Verbs before a network added to a wallet ("adding mode to metamask"). */
export const ADD_VERBS: ReadonlySet<string> = new Set(words(`
  add adding added adds
`));

/** Wallets a network is added to: "add X to metamask" names a network. */
export const WALLETS: ReadonlySet<string> = new Set(words(`
  metamask rabby wallet
`));

/**
 * Words after a one-word name in lowercase that end a chain's name ("on cronos chain", "the lightning network"): with
 * a strong crypto word in the sentence or on a crypto page, like the lowercase names of two words (see matcher). Not
 * "protocol": "the lightning protocol" of a trip, "the base protocol" of a spec.
 */
export const LOWERCASE_NAME_ENDINGS: ReadonlySet<string> = new Set(words(`
  chain network blockchain
`));

/** Prepositions that, mid-sentence before a capitalised ambiguous name, point at a place to deploy to ("on Base"). */
// German "auf Base" too: German capitalises every noun, but "Base" there is a cousin or an alkali, never "auf".
export const PREV_ON: ReadonlySet<string> = new Set(['on', 'onto', 'via', 'auf']);

/**
 * French crypto words ("les frais de gaz sur Base", "le pont vers Scroll", "mes jetons sur Base"): after the French
 * "sur" (which is also "about": "un livre sur Cosmos"), a capitalised name mid-sentence is where something runs only
 * with one of these, or an English cue, in its sentence. "Sur la base de" (on the basis of) is lowercase, no name.
 */
export const FRENCH_CUES: ReadonlySet<string> = new Set(words(`
  réseau réseaux pont ponts portefeuille portefeuilles jeton jetons gaz chaîne chaînes contrat contrats déployé
  déployée déployés déployées déployer déploiement validateur validateurs couche cryptomonnaie cryptomonnaies
  cryptos frappé frappés
`));

/** Prepositions that follow a move verb ("bridged to Base", "migrated from Scroll"). */
export const PREV_PREPS: ReadonlySet<string> = new Set(words(`
  to from on onto across into with over
`));

/** Verbs that, before "to"/"from"/"on"/"across", make the next capitalised name a chain ("bridged to Base"). */
export const MOVE_VERBS: ReadonlySet<string> = new Set(words(`
  bridge bridged bridging bridges deployed deploy deploying deploys live launched launching launches built building
  migrated migrating migrate moved moving withdraw withdrew withdrawing withdrawal withdrawals deposit deposited
  deposits expands expanded expanding expansion ported minted swapped sent transfer transferred pay paid pays paying
  rugged farm farming farmed
`));

/**
 * Verbs of paying before "via"/"over" and a lowercase name: the payment network ("paid via lightning"). Not "sent" (a
 * file over lightning, a notice via blast) nor "tipped" ("tipped over ink").
 */
export const PAY_VERBS: ReadonlySet<string> = new Set(words(`
  pay paid pays paying zap zapped zaps
`));

/**
 * What a name is said to be ("Abstract, the consumer L2…", "is taiko actually a based rollup"): kinds of chain that
 * name nothing else. Not "chain" (a chain of shops) nor "network" (a TV network).
 */
export const CHAIN_KINDS: ReadonlySet<string> = new Set(words(`
  l1 l2 l3 l1s l2s l3s rollup rollups blockchain blockchains sidechain sidechains appchain appchains zkevm
`));

/**
 * Kinds that name other things too ("Sonic, the fast-food chain", "a TV network"): a name said to be one ("Ronin, the
 * gaming chain, …") is a chain only with a word before the kind that says which ("gaming", or a strong crypto word:
 * "the EVM chain", "the Ethereum gaming network"). See BROAD_CHAIN_DESCRIPTORS.
 */
export const BROAD_CHAIN_KINDS: ReadonlySet<string> = new Set(words(`
  chain chains network networks
`));

/**
 * Words before "chain" or "network" that make it a blockchain's kind, though no cue on their own ("the gaming chain",
 * "the modular network"): what blockchains are built for or how. Not "payments", "social", "restaurant" or "TV",
 * which other chains and networks are too.
 */
export const BROAD_CHAIN_DESCRIPTORS: ReadonlySet<string> = new Set(words(`
  gaming game games gamefi scaling modular sharded permissionless privacy interoperability
`));

/**
 * Words around an ambiguous name that show its everyday sense ("Base camp", "Scroll wheel", "Colorado Avalanche").
 * They cancel cues and page signal, but not an explicit qualifier from the dataset.
 */
// With "remote", "remotes": Logitech's "Harmony One remote" is a TV remote control.
// With "library", "libraries", "tour", "tours": "the Ink library for command-line apps", "the Manta Pacific tour" are a
// software package and a trip.
export const NEGATIVE_NEXT: ReadonlySet<string> = new Set(words(`
  camp camps jumping jumper jumpers jump jumps coat wheel wheels bar bars lock bolt bolts strike strikes rod rods
  mcqueen storm storms risk danger warning warnings forecast beacon beacons transceiver cartridge cartridges radius
  boom booms wizard samurai sagan down up through generis peak pass plume convection the hedgehog of art painting
  expressionism expressionist thinking noun nouns ball reasoning rose defenseman goalie goaltender forward arena
  fans coach season game games paper papers pancakes books library libraries tour tours remote remotes
`));

/** Everyday collocations of one particular word ("liquid assets", "Lightning-fast", "optimism about"). */
export const NEGATIVE_AFTER_FORM: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  // base case, base rate, base salary, base fee (EIP-1559's, not the chain's), base currency (a trading pair's), base
  // APY and base reward (a lending market's, a block's); the verb ("Base your branch on main")…
  [
    'base',
    new Set(words(`
      case rate rates salary salaries pay price prices fee fees model models year station stations unit units pair
      pairs metal metals line lines class url coats layer layers times clock clocks excess currency currencies apy apr
      yield yields reward rewards your my our their his her it them
    `)),
  ],
  // The Cosmos SDK is a framework many chains are built with, not the Cosmos Hub; Cosmos DB is Azure's database.
  ['cosmos', new Set(['sdk', 'db'])],
  // And fund flows: "Flow into Solana products was flat".
  ['flow', new Set(words(`
    state chart charts rate rates control diagram diagrams cytometry into
  `))],
  ['secret', new Set(words(`
    sauce santa service agent agents garden ingredient weapon recipe recovery phrase
  `))],
  ['kava', new Set(words(`
    tea root drink ceremony
  `))],
  // And RedStone, the oracle project ("Redstone oracle feeds are live"), which is not the Redstone chain.
  ['redstone', new Set(words(`
    circuit circuits dust torch torches ore repeater repeaters lamp lamps block blocks oracle oracles feed feeds
  `))],
  ['harmony', new Set(['with', 'between', 'among'])],
  ['liquid', new Set(words(`
    staking restaking assets asset cash water nitrogen form death smoke
  `))],
  ['lightning', new Set(words(`
    fast quick speed round talk talks in struck hit flashed cable cables port connector deals deal over strike strikes
    storm storms bolt bolts flash flashes
  `))],
  ['avalanche', new Set(words(`
    course courses training safety conditions terrain control season of x p
  `))],
  // "near record", "near zero", "near-term" (the hyphen is read as a space here).
  ['near', new Set(words(`
    record records zero term instant miss future perfect total
  `))],
  // And the mood that comes and goes in market writing: "Optimism returned to crypto markets as Bitcoin climbed".
  ['optimism', new Set(words(`
    about bias that over among returned returns returning faded fades fading waned wanes waning grew grows growing
    prevailed prevails abounds abounded reigned reigns crept creeps lingered lingers spread spreads evaporated
    vanished soared surged ebbed
  `))],
  ['blast', new Set(words(`
    from off furnace wave walls wall zone
  `))],
  // Gnosis Safe is Safe's old name: a multisig on every chain, not Gnosis Chain.
  ['gnosis', new Set(['means', 'meaning', 'is', 'safe'])],
  // Geometry and 3D graphics: "polygon math", "polygon count", "polygon mesh".
  ['polygon', new Set(words(`
    math count counts mesh meshes shape shapes tool fill area collider budget
  `))],
  // Settings and statistics: "mode switch", "mode selector".
  ['mode', new Set(words(`
    switch switches selector toggle toggles dial button
  `))],
  // The slang word ("degen traders") and the adjective ("immutable contracts"), not the chains.
  ['degen', new Set(words(`
    traders trader trading behaviour behavior gambling gamblers plays energy culture season
  `))],
  // Solidity's "immutable variables" too.
  ['immutable', new Set(words(`
    contracts contract data ledger ledgers record records code storage object objects state history backups
    infrastructure variable variables keyword
  `))],
  ['scroll', new Set(words(`
    to right left position behavior behaviour event events painting paintings
  `))],
  // Names that are certain on their own, but whose word names a place, a formula or a plant in these phrases:
  // Solana Beach (California), Cardano's formula and method (cubic equations), Hedera helix and its kin (ivy).
  // Spanish and Catalan places: "Solana del Pino", "la solana del valle".
  ['solana', new Set(['beach', 'del'])],
  // Sui gas (Pakistan's name for piped natural gas, after the Sui gas field: "Sui gas bill", Sui Northern Gas), the
  // Sui dynasty; Hertha BSC, BSC Young Boys and BSc (Hons) degrees; RSK Group (engineering).
  ['sui', new Set(words(`
    gas northern southern dynasty generis juris
  `))],
  // A lab's biosafety cabinet ("BSC cabinet certification").
  ['bsc', new Set(words(`
    young hons honours honors cabinet cabinets certification
  `))],
  ['rsk', new Set(['group'])],
  ['cardano', new Set(words(`
    formula formulas method suspension grille al
  `))],
  // The films ("Tron: Legacy", "Tron: Ares") and the dress pattern.
  ['tron', new Set(['legacy', 'ares', 'uprising'])],
  // And the Polkadot brand of mushroom chocolate bars, and the Japanese band Polkadot Stingray.
  ['polkadot', new Set(words(`
    dress dresses pattern patterns print prints skirt shirt blouse fabric scarf tie bikini socks mushroom mushrooms
    chocolate chocolates gummies stingray
  `))],
  // Czech "Fantom opery" (The Phantom of the Opera); the chain's mainnet is "Fantom Opera", in English.
  ['fantom', new Set(['opery'])],
  // Sony's IMX image sensors.
  ['imx', new Set(['sensor', 'sensors'])],
  // Verbs first in a sentence: "Abstract away gas", "Ink your name in history".
  ['abstract', new Set(['away'])],
  ['ink', new Set(['your', 'my', 'his', 'her', 'their', 'our'])],
  // Spanish and Portuguese "celo profesional" (professional zeal).
  ['celo', new Set(['profesional', 'profesionales', 'profissional'])],
  ['hedera', new Set(words(`
    helix hibernica canariensis colchica algeriensis nepalensis
  `))],
  // Other chains named after one of the dataset's, which it does not hold: marking their first word would name the
  // wrong chain ("Bitcoin Cash", "Bitcoin SV", "Ethereum PoW", "Cronos zkEVM", "Avalanche X-Chain" and "P-Chain").
  ['bitcoin', new Set(['cash', 'sv', 'gold'])],
  ['ethereum', new Set(['pow', 'fair'])],
  ['cronos', new Set(['zkevm'])],
]);

/**
 * Other chains' names that start with a name of a script without spaces, which the dataset does not hold: Bitcoin Cash,
 * Gold and SV, Ethereum Classic and PoW, in Chinese and Japanese ("比特币现金", "ビットコイン・キャッシュ"). Read after
 * the name, past a space or a middle dot.
 */
export const UNSPACED_LONGER_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['比特币', ['现金', '現金', '黄金', '黃金', 'sv']],
  ['以太坊', ['经典', '經典', 'pow']],
  ['ビットコイン', ['キャッシュ', 'ゴールド', 'sv']],
  ['イーサリアム', ['クラシック', 'pow']],
]);

/**
 * Everyday collocations of one particular word with the word before it: people named like a chain (the
 * mathematician Gerolamo Cardano, the designer Anna Sui).
 */
export const NEGATIVE_BEFORE_FORM: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['cardano', new Set(words(`
    girolamo gerolamo geronimo hieronymus
  `))],
  ['sui', new Set(['anna'])],
  // The diplomat Javier Solana; the footballer Nemanja Matić (written Matic) and Indonesian "motor matic" (a scooter
  // with automatic gears); the football club Hertha BSC.
  ['solana', new Set(['javier'])],
  ['matic', new Set(['nemanja', 'motor'])],
  // A lab's Class II BSC (a biosafety cabinet).
  ['bsc', new Set(['hertha', 'i', 'ii', 'iii', 'biosafety'])],
  // Sony's IMX sensors; a router's or a VM's bridge mode ("Bridged Mode").
  ['imx', new Set(['sony'])],
  ['mode', new Set(['bridge', 'bridged', 'bridging'])],
]);

/**
 * The same, only where the name is written in lowercase: Spanish and Portuguese words ("en celo", "con mucho celo",
 * "la solana del valle"), while Spanish crypto writing capitalises the chain ("desplegado en Celo").
 */
export const NEGATIVE_BEFORE_LOWERCASE_FORM: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['celo', new Set(words(`
    en mucho tanto gran su sus el con del al primer segundo durante periodo período fase fases
  `))],
  ['solana', new Set(['la'])],
]);

/**
 * Words a few words from a certain name that show its other sense: the Sui dynasty ("the Sui and Tang dynasties",
 * "Emperor Yang of Sui"), the ivy genus Hedera ("Hedera grows well in shade"), a lab's biosafety cabinet ("the BSC is
 * decontaminated with 70% ethanol").
 */
export const NEGATIVE_NEAR_FORM: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['sui', new Set(words(`
    dynasty dynasties emperor emperors tang goguryeo
  `))],
  // Spanish and Portuguese "celo" (zeal, jealousy; "celo e inveja", "celo y envidia") among the passions it is named with.
  ['celo', new Set(words(`
    envidia envidias inveja invejas ciúme ciúmes celos rencor rencores odio ódio orgullo orgulho codicia cobiça
    soberbia pecado pecados
  `))],
  // Salesforce Flow, the automation tool that replaces Process Builder and workflow rules.
  ['flow', new Set(words(`
    salesforce workflow workflows automation automations trailhead builder
  `))],
  ['hedera', new Set(words(`
    genus ivy ivies plant plants evergreen shade soil hedge
  `))],
  // Gnosis, the knowledge of the Gnostics ("Gnosis was an ancient religious idea", "in early Christianity, Gnosis was a
  // heresy"). "knowledge" joined by a hyphen ("zero-knowledge proofs") is crypto's compound, not the word: see
  // everydayCollocation.
  ['gnosis', new Set(words(`
    religious religion religions ancient gnostic gnostics gnosticism christian christians christianity heresy heresies
    heretic heretics heretical spiritual spirituality mystical mystic mystics mysticism knowledge soul souls salvation
    theology theological divine esoteric initiates initiate sect sects valentinus
  `))],
  // Japanese drums and their players ("Taiko drums opened the conference", "a taiko ensemble").
  ['taiko', new Set(words(`
    drum drums drummer drummers drumming ensemble ensembles kakegoe bachi
  `))],
  ['bsc', new Set(words(`
    ethanol biosafety decontaminated decontaminate cultures pathogens laminar
  `))],
]);

/**
 * Names that after "the", ending their phrase ("under the Sui.", "during the Sui, the canal…"), are something else: the
 * Sui dynasty. The chain is "Sui", or "the Sui network", "the Sui ecosystem".
 */
export const NEGATIVE_THE_ALONE_FORMS: ReadonlySet<string> = new Set(['sui']);

/**
 * Ambiguous names that are also sports teams' ("the Lightning" of Tampa Bay, "the Avalanche" of Colorado, both NHL):
 * after "the", sponsored (SPONSOR_VERBS) or with the sport's words near (SPORTS_WORDS), they are the team.
 */
export const TEAM_FORMS: ReadonlySet<string> = new Set(['lightning', 'avalanche']);

/** Verbs before "the <team>": "sponsors the Lightning". */
export const SPONSOR_VERBS: ReadonlySet<string> = new Set(words(`
  sponsor sponsors sponsored sponsoring
`));

/** Words of ice hockey and team sport near "the Lightning" ("won the Stanley Cup", "their goalie", "this season"). */
export const SPORTS_WORDS: ReadonlySet<string> = new Set(words(`
  nhl hockey puck pucks goalie goalies goaltender goaltenders rink playoffs playoff stanley season arena roster jersey
  jerseys overtime faceoff skater skaters defenseman winger ot avs bolts standings
`));

/**
 * First names that are also a chain's form, followed by a surname ("Matic Kotnik", "Kaia Gerber"): a capitalised word
 * right after them that is no qualifier, organisation or cue makes them a person.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set(['matic', 'kaia']);

/**
 * Verbs whose particle "on" is no place ("turn on Stacks from the View menu", "click on Mode"): the on/via rule does
 * not read the name after them as where something runs.
 */
export const PARTICLE_ON_VERBS: ReadonlySet<string> = new Set(words(`
  turn turns turned turning switch switches switched switching click clicks clicked clicking tap taps tapped tapping
  toggle toggles toggled log logs logged
`));

/**
 * Languages a name may be said to be a word of ("Celo is Spanish for zeal", "Gnosis, the Greek word for knowledge"):
 * then it is that word, not the chain (see definedAsWord in everyday.ts).
 */
export const LANGUAGES: ReadonlySet<string> = new Set(words(`
  spanish portuguese latin greek italian french german dutch catalan galician romanian russian polish czech japanese
  chinese mandarin cantonese korean hindi sanskrit hebrew arabic persian turkish swahili hawaiian maori finnish swedish
  norwegian danish icelandic irish welsh gaelic esperanto english
`));

/** Words before a language that say which age of it ("is ancient Greek for…", "Old English for…"). */
export const LANGUAGE_AGES: ReadonlySet<string> = new Set(words(`
  ancient old classical modern biblical koine medieval vulgar
`));

/** Words that, anywhere within a few words, show the everyday sense ("Cosmos, the Sagan series"). */
// With "font", "typeface": Aptos is also a typeface ("switched the interface font to Aptos").
export const NEGATIVE_NEAR: ReadonlySet<string> = new Set(words(`
  sagan hedgehog mcqueen samurai wizard arthur hockey nhl galaxy telescope pixar tectonic geologists cake goaltender
  inning sides vertices vertex angles triangle triangles pentagon hexagon mesh meshes font fonts typeface typefaces
  minecraft repeater repeaters piston pistons
`));
export const NEGATIVE_NEAR_WINDOW = 4;

export const NEGATIVE_PREV: ReadonlySet<string> = new Set(words(`
  colorado sagan sagan’s carl military air naval army navy marine camera contact earth earth’s dead sea torah mouse
  sonic tap click press logitech
`));

/**
 * Verbs and greetings that open a sentence addressed to the reader or to a project ("Meet Linea, the zkEVM rollup",
 * "Thanks Optimism for the grant", "Join Scroll's Discord"): capitalised for that alone, so the name after them is no
 * part of a longer name (see afterOpeningVerb in disambiguate.ts). Only at the start of a sentence.
 */
export const OPENING_VERBS: ReadonlySet<string> = new Set(words(`
  meet welcome welcoming thanks thank congrats congratulations kudos shoutout join read explore visit follow deploy
  bridge swap stake claim mint build ask
`));

/**
 * Words written with a capital only because they start a sentence ("The Base explorer", "Is Scroll worth it?"): before
 * a name they do not make it part of a longer one.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(words(`
  the a an is are was were be has have had does do did can could will would should may might must why how what when
  where which who whose if and but or so yet my our your their his her its this that these those on in at to for
  with from by of as not no new just all every each both only also then now today yesterday since after before while
  unlike like via into onto about over why whether although though because once until even still maybe perhaps yes
  ok okay hey hi gm imo tbh ngl i we you they he she it me us them anyone someone everyone nobody most many some any
  few more less than there here let let's see use using try add check via per vs versus plus including especially
  unless
  auch und aber heute dann jetzt noch nur die der das den dem des ein eine im am vom zum zur bei mit für von auf über
  nach laut seit
  los las una también pero hoy según desde para por con
  les une aussi mais aujourd avec pour selon depuis
  gli anche oggi secondo
  os uma também hoje segundo
`));

/**
 * Capitalised words that follow a chain's name as its organisation or channels ("the Optimism Foundation", "the
 * Stacks Discord"), not as the rest of another name.
 */
export const ORGANISATION_AFTER: ReadonlySet<string> = new Set(words(`
  foundation labs discord telegram twitter docs team devs community collective council association forum blog github
  website mainnet testnet sepolia ceo cto
`));

/**
 * Capitalised words after a name that make it a company's ("Sonic Automotive", "Harmony Biosciences", "Flow Traders",
 * "Ronin Capital", "Lens Technology"): market news names them next to Bitcoin, whose name is then no cue for them.
 * Not the words of a chain's own organisation ("Polygon Labs", "Avalanche Foundation": ORGANISATION_AFTER).
 */
export const COMPANY_AFTER: ReadonlySet<string> = new Set(words(`
  automotive biosciences bioscience biotech traders capital media group resources minerals mining metals healthcare
  technology technologies holdings partners inc corp corporation ltd limited llc plc pharmaceuticals pharma therapeutics energy motors emotors industries airlines bancorp insurance entertainment brands
  foods realty properties semiconductor semiconductors electronics telecom communications
`));

/** Words after a lowercase name that leave it the end of its phrase ("minted on zora this morning", "on base and…"). */
export const PHRASE_GOES_ON: ReadonlySet<string> = new Set(words(`
  this today tonight now rn already again lol lmao yesterday last and but because so since is was for with after
  before too yet just earlier instead to next tomorrow soon later
`));

/**
 * Prepositions that make a lowercase word an idiom, not a place: "put it on blast", "rallied on optimism", "load more
 * on scroll", "learnt via osmosis", "running on ink", "click on mode", "go with the flow".
 */
export const IDIOM_PREPOSITIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['blast', new Set(['on'])],
  ['optimism', new Set(['on', 'with'])],
  ['scroll', new Set(['on'])],
  ['flow', new Set(['on', 'with', 'into'])],
  ['mode', new Set(['on', 'into'])],
  ['ink', new Set(['on', 'with'])],
  ['osmosis', new Set(['via', 'by', 'through'])],
  ['secret', new Set(['via', 'on'])],
  ['abstract', new Set(['on', 'in', 'into'])],
  ['immutable', new Set(['on'])],
  ['liquid', new Set(['into', 'to', 'on'])],
  ['near', new Set(['to', 'from', 'on'])],
  // "paid over base" (salary).
  ['base', new Set(['over'])],
  ['monad', new Set(['on', 'into'])],
]);

/** "live on base", "stationed on base", "back to base": where people live and go, two words before a lowercase "base". */
export const BASE_DWELLERS: ReadonlySet<string> = new Set(words(`
  live lives living lived stationed back stay stays stayed staying housing runner runners safe return returned
  returning returns head headed heading get got reach reached work works worked working off
`));

/** Words before a common noun phrase ("a base chain", "the core network"). */
export const DETERMINERS: ReadonlySet<string> = new Set(words(`
  a an the this that these those its their our your my his her every any each another one some no
`));
