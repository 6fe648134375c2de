/**
 * A client-side (react-router) link that looks like a button (NL Design System button-link),
 * for navigation that is the main action of a page, such as "New user".
 */
import type { ComponentProps } from 'react';
import { Link } from 'react-router';

const APPEARANCE = {
  'primary-action-button': 'utrecht-button-link--primary-action',
  'secondary-action-button': 'utrecht-button-link--secondary-action',
  'subtle-button': 'utrecht-button-link--subtle',
} as const;

interface RouterButtonLinkProps extends ComponentProps<typeof Link> {
  appearance?: keyof typeof APPEARANCE;
}

export function RouterButtonLink({
  appearance = 'secondary-action-button',
  className,
  ...props
}: RouterButtonLinkProps) {
  const classes = ['utrecht-button-link', 'utrecht-button-link--html-a', APPEARANCE[appearance], className]
    .filter(Boolean)
    .join(' ');
  return <Link className={classes} {...props} />;
}
