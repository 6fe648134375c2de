/**
 * A polite live region for short confirmations ("Saved"). It is always rendered, also when
 * empty, because screen readers only announce changes to a region that already exists.
 */
import { Paragraph } from '@utrecht/component-library-react';

export function LiveStatus({ message }: { message: string | null }) {
  return (
    <div role="status" className="ketenhuis-live-status">
      {message && <Paragraph className="ketenhuis-live-status__message">{message}</Paragraph>}
    </div>
  );
}
