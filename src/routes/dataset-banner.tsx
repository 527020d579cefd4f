import { Link } from 'react-router';
import { LOCAL_PREFIX } from '../domain/dataset-url.ts';

/** Which dataset this view shows, when it is not the embedded one. */
export function DatasetBanner({
  label,
  param,
  checking,
  shownWhileChecking,
}: {
  label: string;
  param: string;
  checking: boolean;
  /** Whether this dataset was shown while it was checked: once the check passes, the banner says so. */
  shownWhileChecking: boolean;
}) {
  return (
    <div className="border-b border-rule bg-highlight/40">
      <p className="mx-auto max-w-7xl px-4 py-2 text-sm">
        {param.startsWith(LOCAL_PREFIX) ? (
          <>
            Showing <strong>{label}</strong>, imported and kept in this browser.
          </>
        ) : (
          <>
            Showing the dataset at <strong>{param}</strong>.
          </>
        )}{' '}
        <Link to="/">Back to the embedded dataset</Link>
      </p>
      <p className="mx-auto max-w-7xl px-4 pb-2 text-sm text-muted empty:hidden" role="status">
        {checking
          ? 'Checking every record against the data model… Should it find problems, they will replace this view.'
          : shownWhileChecking && 'Every record has been checked against the data model: no problems.'}
      </p>
    </div>
  );
}
