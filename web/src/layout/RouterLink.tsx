/**
 * A client-side (react-router) link with the NL Design System link style, for links inside the
 * app. Links that leave the app (such as /api/docs) use the Utrecht Link component instead.
 */
import type { ComponentProps } from 'react';
import { Link } from 'react-router';

export function RouterLink({ className, ...props }: ComponentProps<typeof Link>) {
  const classes = ['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ');
  return <Link className={classes} {...props} />;
}
