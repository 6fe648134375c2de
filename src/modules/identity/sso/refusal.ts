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

/** openid-client's errors carry a stable code and a message without token contents. */
export function describeIdpError(err: unknown): string {
  if (!(err instanceof Error)) return 'unknown error';
  const { code, error } = err as { code?: unknown; error?: unknown };
  const parts = [typeof code === 'string' ? code : err.name, err.message.slice(0, 200)];
  if (typeof error === 'string') parts.push(`error=${error.slice(0, 64)}`);
  return parts.join(': ');
}
