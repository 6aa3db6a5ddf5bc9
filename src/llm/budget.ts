/**
 * Token budget. We count before sending, without the provider's tokenizer (which needs a
 * network call or a large vocabulary file), so the estimate must err high: Claude's and GPT's
 * tokenizers average about 3.5-4 characters per token on English and code, but logs full of
 * hashes, paths and punctuation come closer to 3. Dividing by 3.2 over-counts ordinary text
 * by ~20%; pure random strings (base64, hashes) can tokenize denser than that, and the margin
 * on the rest of the prompt absorbs them (the client warns when the provider's count comes out
 * higher than ours). Each message adds a fixed overhead for role markers and framing, and a tool
 * definition adds its JSON schema. The reply part of the budget is exact: it is max_tokens.
 */

export const DEFAULT_BUDGET_TOKENS = 16_000;
export const CHARS_PER_TOKEN = 3.2;
export const MESSAGE_OVERHEAD_TOKENS = 8;
/** Everything the API adds around a request (tool-use preamble, stop sequences). */
export const REQUEST_OVERHEAD_TOKENS = 64;

/**
 * Outside ASCII the ratio flips: CJK, emoji and many accented letters take one token or more
 * per character, so each non-ASCII UTF-16 unit counts as a whole token.
 */
export function estimateTokens(text: string): number {
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) nonAscii++;
  return Math.ceil((text.length - nonAscii) / CHARS_PER_TOKEN + nonAscii);
}

export interface RequestShape {
  system: string;
  messages: string[];
  /** Tool definitions as sent (name, description, JSON schema), serialised. */
  tools?: string[];
  maxReplyTokens: number;
}

/** Prompt tokens + the reply we allow: what the request can cost at most. */
export function estimateRequestTokens(request: RequestShape): number {
  const prompt =
    estimateTokens(request.system) +
    request.messages.reduce((sum, m) => sum + estimateTokens(m) + MESSAGE_OVERHEAD_TOKENS, 0) +
    (request.tools ?? []).reduce((sum, t) => sum + estimateTokens(t), 0) +
    REQUEST_OVERHEAD_TOKENS;
  return prompt + request.maxReplyTokens;
}

/** Thrown before any HTTP request when a request would not fit its budget. */
export class BudgetExceededError extends Error {
  override readonly name = 'BudgetExceededError';
  constructor(
    readonly estimatedTokens: number,
    readonly budgetTokens: number,
  ) {
    super(
      `model request refused before sending: estimated ${estimatedTokens} tokens (prompt + reply) exceeds the budget of ${budgetTokens}`,
    );
  }
}

/** The hard check: never send a request whose estimate exceeds its budget. */
export function assertWithinBudget(estimatedTokens: number, budgetTokens: number): void {
  if (!Number.isFinite(budgetTokens) || budgetTokens <= 0) {
    throw new BudgetExceededError(estimatedTokens, budgetTokens);
  }
  if (estimatedTokens > budgetTokens) throw new BudgetExceededError(estimatedTokens, budgetTokens);
}

export interface ContextPart {
  /** Stable name, for the report of what was cut. */
  id: string;
  text: string;
  /** Higher is kept longer; the lowest priority is cut first. */
  priority: number;
  /** Where to keep text when truncating: logs keep their end (the error), diffs their start. */
  keep?: 'head' | 'tail';
  /** Never cut below this many characters unless the part is dropped entirely. */
  minChars?: number;
}

export interface FittedContext {
  parts: ContextPart[];
  /** Ids of parts cut short or dropped, with how many characters went. */
  cut: { id: string; removedChars: number; dropped: boolean }[];
  estimatedTokens: number;
}

export const TRUNCATION_MARKER = (removed: number) =>
  `\n[... ${removed} characters cut to fit the token budget ...]\n`;

/**
 * Fits parts into `budgetTokens` (the tokens left for context after the fixed prompt and the
 * reply): while over budget, the lowest-priority part is truncated (keeping its head or tail),
 * and dropped once it cannot shrink further. Order of parts is preserved.
 */
export function fitContext(parts: readonly ContextPart[], budgetTokens: number): FittedContext {
  const fitted = parts.map((p) => ({ ...p }));
  const cut = new Map<string, { id: string; removedChars: number; dropped: boolean }>();
  const total = () =>
    fitted.reduce((sum, p) => sum + estimateTokens(p.text) + MESSAGE_OVERHEAD_TOKENS, 0);
  const byPriority = [...fitted].sort((a, b) => a.priority - b.priority);
  // Two passes: rounding in the first cut can leave a few tokens over; the second fixes it.
  for (let pass = 0; pass < 2; pass++) {
    for (const part of byPriority) {
      const over = total() - budgetTokens;
      if (over <= 0) break;
      if (cut.get(part.id)?.dropped) continue;
      const entry = cut.get(part.id) ?? { id: part.id, removedChars: 0, dropped: false };
      shrink(part, over, entry);
      cut.set(part.id, entry);
    }
  }
  const kept = fitted.filter((p) => !cut.get(p.id)?.dropped);
  return {
    parts: kept,
    cut: [...cut.values()],
    estimatedTokens: kept.reduce((s, p) => s + estimateTokens(p.text) + MESSAGE_OVERHEAD_TOKENS, 0),
  };
}

function shrink(
  part: ContextPart,
  overTokens: number,
  entry: { removedChars: number; dropped: boolean },
): void {
  const original = part.text;
  const target = estimateTokens(original) - overTokens;
  const floor = Math.max(part.minChars ?? 200, 1);
  // First guess in proportion to the tokens kept, then shorten until the estimate (which counts
  // non-ASCII characters as whole tokens) is within target: a few rounds at most.
  let keepChars =
    Math.floor((original.length * Math.max(target, 0)) / Math.max(estimateTokens(original), 1)) -
    TRUNCATION_MARKER(original.length).length;
  let text = '';
  for (let round = 0; round < 8 && keepChars >= floor; round++) {
    text = truncate(original, keepChars, part.keep ?? 'head');
    const excess = estimateTokens(text) - target;
    if (excess <= 0) break;
    keepChars -= Math.max(1, Math.ceil(excess * (original.length / estimateTokens(original))));
  }
  if (keepChars >= floor && estimateTokens(text) <= target) {
    part.text = text;
    entry.removedChars += original.length - keepChars;
  } else {
    entry.removedChars += original.length;
    entry.dropped = true;
    part.text = '';
  }
}

function truncate(text: string, keepChars: number, keep: 'head' | 'tail'): string {
  const removed = text.length - keepChars;
  return keep === 'head'
    ? text.slice(0, keepChars) + TRUNCATION_MARKER(removed)
    : TRUNCATION_MARKER(removed) + text.slice(text.length - keepChars);
}
