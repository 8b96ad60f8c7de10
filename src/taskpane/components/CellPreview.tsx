import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { PaneStrings } from "../i18n";
import type { PreviewWindow } from "../model";
import { cutText, showControls } from "../model";
import { withContent } from "./Content";

const useStyles = makeStyles({
  frame: {
    margin: `0 0 ${tokens.spacingVerticalS} 0`,
    padding: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowX: "auto",
  },
  caption: { textAlign: "left", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, padding: "2px 0" },
  // Auto layout: label columns take the room they need (up to maxWidth), numbers stay narrow; wide sheets scroll.
  table: { borderCollapse: "collapse", minWidth: "100%", fontSize: tokens.fontSizeBase200 },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "1px 3px",
  },
  rowHead: { width: "2.4em", textAlign: "right" },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "1px 3px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    minWidth: "3em",
    maxWidth: "9em",
  },
  numeric: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  related: { backgroundColor: tokens.colorPaletteYellowBackground2, outline: `1px dashed ${tokens.colorNeutralStroke1}` },
  target: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** A cell shows this much of its text in the preview, its tooltip more; a huge cell cannot stall the layout. */
const CELL_CHARS = 60;
const TITLE_CHARS = 1000;

function shortText(text: string, max: number): string {
  const cut = cutText(showControls(text), max);
  return cut.left > 0 ? `${cut.text}…` : cut.text;
}

/** A read-only grid of the cells around a finding's cell (browser mode), the cell itself outlined and bold. */
export function CellPreview({ preview, cell, strings }: { preview: PreviewWindow; cell: string; strings: PaneStrings }) {
  const styles = useStyles();
  return (
    <div className={styles.frame} data-testid="cell-preview">
      <table className={styles.table}>
        <caption className={styles.caption}>{withContent((sheet) => strings.previewLabel(sheet, cell), preview.sheet)}</caption>
        <thead>
          <tr>
            <th className={mergeClasses(styles.head, styles.rowHead)} scope="col" />
            {preview.columns.map((column) => (
              <th key={column} className={styles.head} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.number}>
              <th className={styles.head} scope="row">
                {row.number}
              </th>
              {row.cells.map((c) => (
                <td
                  key={c.address}
                  title={c.text === "" ? c.address : `${c.address}: ${shortText(c.text, TITLE_CHARS)}`}
                  aria-current={c.target ? "location" : undefined}
                  data-address={c.address}
                  data-content="workbook"
                  className={mergeClasses(styles.cell, c.numeric && styles.numeric, c.related && styles.related, c.target && styles.target)}
                >
                  {shortText(c.text, CELL_CHARS)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
