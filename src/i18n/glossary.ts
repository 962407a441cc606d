// The glossary: every figure the game shows, explained for a secondary-school or first-year student.
import type { GLOSSARY_ZH_CN } from './glossary-zh-cn';
import { getLanguage, type Language } from './index';

export const GLOSSARY = {
  cash: ['Cash', 'Money the lab has in the bank now. If it is below zero when a quarter ends, the lab must find emergency money or close.'],
  burn: ['Burn', 'How much more the lab spent than it earned last quarter, leaving out buying chips and raising money. A lab that earns more than it spends has no burn.'],
  runway: ['Runway', 'How many quarters the cash lasts if the burn stays the same: cash divided by burn.'],
  valuation: ['Valuation (last round)', 'What investors last paid for the whole lab: the price of its last funding round, cash included (post-money). It moves only when a round prices, up or down.'],
  estimate: ['Investors\' estimate', 'What investors think the whole lab is worth now: its cash and chips, plus a multiple of its revenue, plus a premium for being close to the best models in the world (in the shipped scenarios investors pay about 10% more for the frontier every quarter), but never more than 17 times the lab\'s revenue of the past year. The next round prices at it.'],
  equity: ['Equity', 'The share of the lab the founders (you) still own. Each funding round sells new shares, so the founders own a smaller slice — hopefully of a bigger lab.'],
  score: ['Score', 'Your equity times investors\' estimate at the end: what your share of the lab is worth, whether or not you raised lately.'],
  capability: ['Capability', 'How good a model is, from its training loss: every tenfold of compute, spent on a well-shaped run (about 20 tokens per parameter), adds 15 points. GPT-4 scores about 65.'],
  flop: ['FLOP', 'One arithmetic operation on numbers. Training a large model takes around 10^24 to 10^26 of them; a chip does about 10^15 a second.'],
  mfu: ['Utilisation (MFU)', 'The share of a chip\'s peak speed a training job really gets, usually 35–45%. Cut interconnect and young software lower it; some techniques raise it.'],
  training: ['Training compute', '6 × active parameters × training tokens: the FLOP a training run needs. It comes from the part of your chips you set aside for training.'],
  inference: ['Inference', 'Running a trained model to answer customers: about 2 × active parameters FLOP per token. Without enough inference compute, buyers you won go unserved.'],
  moe: ['Mixture of experts', 'A model split into many experts of which only a few work on each token: fewer active than total parameters, so it is cheaper to train and serve for its quality.'],
  openFloor: ['Open-weight price floor', 'When a model\'s weights are published, any cloud can serve it at little more than the cost of the chips. A closed model must then be clearly better, or cheaper, to keep its buyers.'],
  dilution: ['Dilution', 'The shrinking of the founders\' share when a lab sells new shares for money. Raising $100M at $900M before the money dilutes 70% to 63%.'],
  depreciation: ['Depreciation', 'Chips lose value as they age; the books write off a sixteenth of their price each quarter. It is not cash leaving the bank.'],
  exportControls: ['Export controls', 'US rules on which chips may be sold to labs in which countries. They changed often in 2022–2025: bans, licences, and fees paid to the US government.'],
  greyMarket: ['Grey market', 'Buying chips the rules forbid through middlemen: more expensive, and they can be seized.'],
  voucher: ['Compute voucher', 'A government payment that covers part of the rent for compute, offered to home labs in some Chinese cities.'],
  appetite: ['Investors\' appetite', 'How keen investors in a region are to fund labs that train their own models (foundation) or that build on others\' models (applications). It changes over time.'],
  vertical: ['Industry solution', 'A product for one industry (finance, healthcare, government…) built by engineers on top of a model. Contracts won stay for a while.'],
  operatingLayer: ['Operating layer', 'Building products on someone else\'s open model instead of training your own, as 01.AI did on DeepSeek.'],
  distilled: ['Distilled models', 'Small models taught by a large one. Each open model comes with versions a quarter and a sixteenth its size, a few points less capable and far cheaper to serve: this is why the price of a given capability falls every year.'],
  partner: ['Strategic partner', 'A cloud giant that buys part of a lab with compute credit instead of cash. The credit pays your rent in its region, and while it lasts you rent only there, as Microsoft\'s credit did for OpenAI.'],
  frontier: ['The frontier', 'The best models in the world at the moment, in or out of the game. It keeps moving: about 17 capability points a year.'],
} as const;

export type Term = keyof typeof GLOSSARY;
export const TERMS = Object.keys(GLOSSARY) as Term[];

// The Chinese glossary comes with the Chinese catalogue, on demand (loadGlossary), not in the English player's bundle.
let chinese: typeof GLOSSARY_ZH_CN | null = null;

/** Fetches a language's glossary once. */
export async function loadGlossary(language: Language): Promise<void> {
  if (language === 'zh-CN' && !chinese) chinese = (await import('./glossary-zh-cn')).GLOSSARY_ZH_CN;
}

/** A term's name and explanation in the active language. */
export function glossaryEntry(term: Term): readonly [string, string] {
  return getLanguage() === 'zh-CN' && chinese ? chinese[term] : GLOSSARY[term];
}
