import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

/** Severity colours: red / dark orange / blue differ in lightness too, and every severity also has its own shape. */
export const useSeverityStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
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
  scroll: { flexGrow: 1, overflowY: "auto", ...shorthands.padding(tokens.spacingVerticalS, tokens.spacingHorizontalS) },
  status: { ...shorthands.padding(tokens.spacingVerticalL), display: "flex", justifyContent: "center" },
});
