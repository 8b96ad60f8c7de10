import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

/** Severity colours: red / dark orange / blue differ in lightness too, and every severity also has its own shape. */
export const useSeverityStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
});

/** The pane's own buttons: a full-width row (a finding, a table heading), and a button that reads as a link. */
export const useButtonStyles = makeStyles({
  row: {
    width: "100%",
    border: "none",
    fontFamily: "inherit",
    textAlign: "left",
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  link: {
    padding: 0,
    border: "none",
    background: "none",
    color: tokens.colorBrandForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
    textDecorationLine: "underline",
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

export const usePaneStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  top: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    ...shorthands.padding(tokens.spacingVerticalM, tokens.spacingHorizontalM, tokens.spacingVerticalS),
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  titleRow: { display: "flex", alignItems: "baseline", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  workbook: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  hiddenInput: { display: "none" },
  noteLine: { display: "block" },
  scroll: { flexGrow: 1, overflowY: "auto", ...shorthands.padding(tokens.spacingVerticalS, tokens.spacingHorizontalS) },
  status: { ...shorthands.padding(tokens.spacingVerticalL), display: "flex", justifyContent: "center" },
});
