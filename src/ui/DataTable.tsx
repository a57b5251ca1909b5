// A captioned table whose first column heads each row, for calculator results; on a narrow screen it stacks into one
// card per row, each cell labelled with its column header (data-label). Not an island itself.
import type { ComponentChildren } from 'preact';
import { TableScroll } from './TableScroll';

export type Cell = ComponentChildren;

export function DataTable({ caption, head, rows }: { caption: string; head: string[]; rows: Cell[][] }) {
  return (
    <TableScroll label={caption}>
      <table class="table-reflow">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((text) => (
              <th scope="col">{text}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([first, ...rest]) => (
            <tr>
              <th scope="row">{first}</th>
              {rest.map((cell, column) => (
                <td data-label={head[column + 1]}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
