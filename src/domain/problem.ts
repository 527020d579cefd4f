/** One problem found in a dataset, at its file and JSON path. */
export interface Problem {
  /** Where the problem is, e.g. `data/claims.json[12].actorId`. */
  path: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.path}: ${problem.message}`;
}
