/**
 * A captioned table of the governance screens: column headers, and each row's first cell as its
 * row header (usually a link to the item). Wide tables scroll on their own on small screens.
 */
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

interface GovTableProps {
  caption: string;
  columns: readonly string[];
  rows: readonly { key: string; cells: readonly ReactNode[] }[];
}

export function GovTable({ caption, columns, rows }: GovTableProps) {
  return (
    <div className="ketenhuis-table-scroll">
      <Table className="ketenhuis-table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {columns.map((c) => (
              <TableHeaderCell key={c} scope="col">
                {c}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells have a fixed position
                  <TableHeaderCell key={i} scope="row">
                    {cell}
                  </TableHeaderCell>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells have a fixed position
                  <TableCell key={i}>{cell}</TableCell>
                ),
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
