export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  column?: number;
  endColumn?: number;
  /** Higher is shown first when the cap cuts the list. */
  relevance?: number;
}

const LEVEL_RANK: Record<AnnotationLevel, number> = { error: 0, warning: 1, notice: 2 };

/**
 * GitHub shows a limited number of annotations per step; we choose which: most relevant first,
 * errors before warnings before notices, and report how many were left out.
 */
export function selectAnnotations(
  all: Annotation[],
  cap = 50,
): { shown: Annotation[]; omitted: number } {
  const ordered = all
    .map((annotation, index) => ({ annotation, index }))
    .sort(
      (a, b) =>
        (b.annotation.relevance ?? 0) - (a.annotation.relevance ?? 0) ||
        LEVEL_RANK[a.annotation.level] - LEVEL_RANK[b.annotation.level] ||
        a.index - b.index,
    )
    .map(({ annotation }) => annotation);
  return { shown: ordered.slice(0, cap), omitted: Math.max(0, ordered.length - cap) };
}
