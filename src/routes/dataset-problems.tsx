import { formatProblem, type Problem } from '../domain/problem.ts';

/** A dataset that could not be opened: what went wrong, each problem with its path. */
export function DatasetProblems({ message, problems }: { message: string; problems: Problem[] }) {
  const embeddedHref = import.meta.env.BASE_URL;
  return (
    <section className="mx-auto max-w-3xl px-4 py-10" aria-labelledby="dataset-problem-heading">
      <h1 id="dataset-problem-heading" className="text-3xl font-semibold">
        This dataset could not be opened
      </h1>
      <p className="mt-4 font-serif text-lg" role="alert">
        {message}
      </p>
      {problems.length > 0 && (
        <>
          <h2 className="mt-6 text-xl font-semibold">
            {problems.length} problem{problems.length === 1 ? '' : 's'}
          </h2>
          <ol className="mt-2 list-decimal space-y-1 pl-6 font-mono text-sm break-all">
            {problems.slice(0, 500).map((problem, i) => (
              <li key={i}>{formatProblem(problem)}</li>
            ))}
          </ol>
          {problems.length > 500 && <p className="mt-2 text-sm">…and {problems.length - 500} more.</p>}
        </>
      )}
      <p className="mt-6">
        <a href={embeddedHref}>Open the embedded dataset instead</a>, or{' '}
        <a href={`${embeddedHref}import`}>import a dataset</a>.
      </p>
    </section>
  );
}
