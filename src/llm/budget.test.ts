import { describe, expect, it } from 'vitest';
import {
  BudgetExceededError,
  MESSAGE_OVERHEAD_TOKENS,
  assertWithinBudget,
  estimateRequestTokens,
  estimateTokens,
  fitContext,
} from './budget.js';

describe('token estimate', () => {
  it('counts chars / 3.2 rounded up, plus per-message and request overhead and the reply', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('a'.repeat(32))).toBe(10);
    expect(estimateTokens('a'.repeat(33))).toBe(11);
    expect(estimateTokens('日本語のログ'.repeat(10))).toBe(60); // non-ASCII: a token per character
    expect(estimateTokens(`${'a'.repeat(32)}é`)).toBe(11);
    const request = estimateRequestTokens({
      system: 'a'.repeat(32),
      messages: ['b'.repeat(64)],
      maxReplyTokens: 100,
    });
    expect(request).toBe(10 + 20 + MESSAGE_OVERHEAD_TOKENS + 64 + 100);
  });

  it('refuses over budget, and a zero or invalid budget', () => {
    expect(() => assertWithinBudget(16_000, 16_000)).not.toThrow();
    expect(() => assertWithinBudget(16_001, 16_000)).toThrow(BudgetExceededError);
    expect(() => assertWithinBudget(1, 0)).toThrow(BudgetExceededError);
    expect(() => assertWithinBudget(1, Number.NaN)).toThrow(BudgetExceededError);
  });
});

describe('fitContext', () => {
  const tokens = (parts: { text: string }[]) =>
    parts.reduce((s, p) => s + estimateTokens(p.text) + MESSAGE_OVERHEAD_TOKENS, 0);

  it('leaves parts alone when they fit', () => {
    const parts = [{ id: 'a', text: 'short', priority: 1 }];
    expect(fitContext(parts, 100)).toMatchObject({ parts, cut: [] });
  });

  it('cuts the lowest priority first, keeping the requested end, and never exceeds the budget', () => {
    const parts = [
      {
        id: 'log',
        text: `${'noise\n'.repeat(1_000)}ERROR: the real failure`,
        priority: 10,
        keep: 'tail' as const,
      },
      {
        id: 'diff',
        text: `+first line\n${'+x\n'.repeat(3_000)}`,
        priority: 5,
        keep: 'head' as const,
      },
      { id: 'history', text: 'older run '.repeat(1_000), priority: 1 },
    ];
    const fitted = fitContext(parts, 3_000);
    expect(fitted.estimatedTokens).toBeLessThanOrEqual(3_000);
    expect(tokens(fitted.parts)).toBe(fitted.estimatedTokens);
    expect(fitted.parts.map((p) => p.id)).toEqual(['log', 'diff']);
    expect(fitted.cut.find((c) => c.id === 'history')).toMatchObject({ dropped: true });
    const diff = fitted.parts.find((p) => p.id === 'diff')!.text;
    expect(diff.startsWith('+first line')).toBe(true);
    expect(diff).toMatch(/characters cut to fit the token budget/);
    expect(fitted.parts[0]!.text).toBe(parts[0]!.text); // highest priority untouched
  });

  it('cuts a tail-kept part from the front, so the end (the error) survives', () => {
    const fitted = fitContext(
      [{ id: 'log', text: `${'x'.repeat(10_000)}THE ERROR`, priority: 1, keep: 'tail' }],
      500,
    );
    expect(fitted.parts[0]!.text).toMatch(/^\n\[\.\.\. \d+ characters cut/);
    expect(fitted.parts[0]!.text.endsWith('THE ERROR')).toBe(true);
    expect(fitted.estimatedTokens).toBeLessThanOrEqual(500);
  });

  it('fits non-ASCII text, where a character can be a whole token', () => {
    const fitted = fitContext(
      [{ id: 'log', text: 'エラー: テスト失敗 '.repeat(2_000), priority: 1 }],
      1_000,
    );
    expect(fitted.estimatedTokens).toBeLessThanOrEqual(1_000);
    expect(fitted.estimatedTokens).toBeGreaterThan(900);
  });

  it('drops everything when the budget leaves no room', () => {
    const fitted = fitContext([{ id: 'a', text: 'y'.repeat(5_000), priority: 0 }], 0);
    expect(fitted.parts).toEqual([]);
    expect(fitted.estimatedTokens).toBe(0);
  });
});
