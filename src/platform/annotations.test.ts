import { describe, expect, it } from 'vitest';
import { selectAnnotations, type Annotation } from './annotations.js';

describe('selectAnnotations', () => {
  it('keeps the most relevant, errors first, and counts the rest', () => {
    const all: Annotation[] = [
      { level: 'notice', message: 'n', relevance: 5 },
      { level: 'warning', message: 'w1' },
      { level: 'error', message: 'e1' },
      { level: 'error', message: 'e2', relevance: 1 },
      { level: 'warning', message: 'w2' },
    ];
    const { shown, omitted } = selectAnnotations(all, 3);
    expect(shown.map((a) => a.message)).toEqual(['n', 'e2', 'e1']);
    expect(omitted).toBe(2);
  });
});
