/** One problem found in a dataset, at its file and JSON path. */
export interface Problem {
  /** Where the problem is, e.g. `data/claims.json[12].actorId`. */
  path: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.path}: ${problem.message}`;
}

/** A JSON path as problems name it: `[12].date.start`, `["odd key"]`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment) =>
      typeof segment === 'number'
        ? `[${segment}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(segment))
          ? `.${String(segment)}`
          : `[${JSON.stringify(String(segment))}]`,
    )
    .join('');
}
