/** A short list of label–value facts (NL Design System data list); empty values are left out. */
import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export function Facts({ items }: { items: readonly (readonly [string, ReactNode])[] }) {
  return (
    <DataList className="ketenhuis-data-list">
      {items
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([key, value]) => (
          <DataListItem key={key}>
            <DataListKey>{key}</DataListKey>
            <DataListValue>{value}</DataListValue>
          </DataListItem>
        ))}
    </DataList>
  );
}
