/**
 * Estimated cost per million tokens (USD, list prices) by model family; the first pattern that
 * matches wins. An unknown or self-hosted model costs 0 here: the report says "estimated".
 */
interface Price {
  family: RegExp;
  inputPerMTok: number;
  outputPerMTok: number;
}

const PRICES: readonly Price[] = [
  { family: /opus-4-[5-9]|opus-[5-9]/, inputPerMTok: 5, outputPerMTok: 25 },
  { family: /opus/, inputPerMTok: 15, outputPerMTok: 75 },
  { family: /sonnet/, inputPerMTok: 3, outputPerMTok: 15 },
  { family: /haiku-4|haiku-[5-9]/, inputPerMTok: 1, outputPerMTok: 5 },
  { family: /3-5-haiku|haiku-3-5/, inputPerMTok: 0.8, outputPerMTok: 4 },
  { family: /haiku/, inputPerMTok: 0.25, outputPerMTok: 1.25 },
  { family: /gpt-4o-mini|gpt-4\.1-mini/, inputPerMTok: 0.4, outputPerMTok: 1.6 },
  { family: /gpt-4o|gpt-4\.1/, inputPerMTok: 2.5, outputPerMTok: 10 },
];

export function estimateCostUsd(model: string, tokensIn: number, tokensOut: number): number {
  const price = PRICES.find((p) => p.family.test(model.toLowerCase()));
  if (!price) return 0;
  const cost = (tokensIn * price.inputPerMTok + tokensOut * price.outputPerMTok) / 1_000_000;
  return Number(cost.toFixed(6));
}
