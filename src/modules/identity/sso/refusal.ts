/**
 * Why a single sign-on login was refused. The reason goes to the log at warn level (never tokens
 * or personal data) and the security log gets a failure; the browser only learns that it failed.
 */
export class SsoRefusal extends Error {
  override name = 'SsoRefusal';
  constructor(
    readonly reason: string,
    readonly userId: string | null = null,
    readonly accountHash: string | null = null,
  ) {
    super(reason);
  }
}

/**
 * openid-client's errors carry a stable code and a generic message; the specific reason is the
 * message of their cause. Messages name claims, never their values; causes' payloads are not logged.
 */
export function describeIdpError(err: unknown): string {
  if (!(err instanceof Error)) return 'unknown error';
  const { code, error, cause } = err as { code?: unknown; error?: unknown; cause?: unknown };
  const parts = [typeof code === 'string' ? code : err.name, err.message.slice(0, 200)];
  if (cause instanceof Error && cause.message !== err.message) parts.push(cause.message.slice(0, 200));
  if (typeof error === 'string') parts.push(`error=${error.slice(0, 64)}`);
  return parts.join(': ');
}
