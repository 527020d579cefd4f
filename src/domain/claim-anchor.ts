/**
 * The claim a link points at: `/events/:id#claim-:claimId`, the id percent-encoded.
 * The hash comes from whoever wrote the link; one that cannot be decoded (`#claim-%`)
 * is reported, not thrown, so that a mangled link still opens its event.
 */
export type ClaimAnchor = { id: string } | { malformed: string };

const PREFIX = '#claim-';

/** The claim anchor in a location's hash; null when the hash is not one. */
export function readClaimAnchor(hash: string): ClaimAnchor | null {
  if (!hash.startsWith(PREFIX)) return null;
  const raw = hash.slice(PREFIX.length);
  try {
    return { id: decodeURIComponent(raw) };
  } catch {
    return { malformed: raw };
  }
}

/** The path of a claim on its event's page: `/events/:id#claim-:claimId`, both ids encoded. */
export function claimPath(eventId: string, claimId: string): string {
  return `/events/${encodeURIComponent(eventId)}${PREFIX}${encodeURIComponent(claimId)}`;
}
