import { Button, Field, Input, makeStyles, Radio, RadioGroup, Select, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useEffect, useState } from "react";
import type { Profile, Language } from "../../core";
import type { PaneStrings } from "../i18n";
import type { CatalogChoice, PaneSettings } from "../model";
import { parseTolerance, PROFILES } from "../model";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    marginBottom: tokens.spacingVerticalM,
  },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: 0 },
});

export interface SettingsPanelProps {
  readonly strings: PaneStrings;
  readonly settings: PaneSettings;
  /** Years the bundled catalog covers. */
  readonly bundledYears: readonly number[];
  /** Sheets of the open workbook, to pick the one holding an official catalog. */
  readonly sheets: readonly string[];
  /** False when this build cannot read a catalog from a sheet. */
  readonly canLoadCatalog: boolean;
  /** What the catalog in use says about itself (source and year), shown under the choice. */
  readonly catalogNote?: ReactNode;
  readonly onLanguage: (language: Language) => void;
  /** Applies the check settings and runs the check again. */
  readonly onApply: (settings: PaneSettings) => void;
  /** Downloads the settings as budget-check.config.json (the command line's settings file). */
  readonly onExport: () => void;
  /** The settings are saved in the workbook (Excel), where the command line reads them too. */
  readonly shared: boolean;
}

/** Catalog, tolerance, table set and language. The language applies at once; the rest on "apply and check again". */
export function SettingsPanel(props: SettingsPanelProps) {
  const { strings, settings, bundledYears, sheets, canLoadCatalog, catalogNote, onLanguage, onApply, onExport, shared } = props;
  const styles = useStyles();
  const [profile, setProfile] = useState<Profile>(settings.profile);
  const [toleranceText, setToleranceText] = useState(settings.tolerance);
  const [catalog, setCatalog] = useState<CatalogChoice>(settings.catalog);
  useEffect(() => {
    setProfile(settings.profile);
    setToleranceText(settings.tolerance);
    setCatalog(settings.catalog);
  }, [settings]);

  const tolerance = parseTolerance(toleranceText);
  const catalogReady = catalog.kind === "bundled" || catalog.sheet !== "";
  const apply = () => {
    if (tolerance === undefined || !catalogReady) return;
    onApply({ ...settings, profile, tolerance, catalog });
  };

  return (
    <form
      className={styles.panel}
      aria-label={strings.settings}
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
    >
      <Field label={strings.language}>
        <RadioGroup layout="horizontal" value={settings.language} onChange={(_, data) => onLanguage(data.value as Language)}>
          {/* Each language is named in its own script, as language pickers do. */}
          <Radio value="zh" label={<span lang="zh-CN" data-content="language-name">{strings.languageNames.zh}</span>} />
          <Radio value="en" label={<span lang="en" data-content="language-name">{strings.languageNames.en}</span>} />
        </RadioGroup>
      </Field>
      <Field label={strings.catalog} hint={catalogNote === undefined ? undefined : <span>{catalogNote}</span>}>
        <RadioGroup
          value={catalog.kind}
          onChange={(_, data) =>
            setCatalog(data.value === "sheet" ? { kind: "sheet", sheet: "" } : { kind: "bundled", year: "auto" })
          }
        >
          <Radio value="bundled" label={strings.catalogBundled} />
          <Radio value="sheet" label={strings.catalogFromSheet} disabled={!canLoadCatalog} />
        </RadioGroup>
        {!canLoadCatalog && <p className={styles.note}>{strings.catalogUnavailable}</p>}
      </Field>
      {catalog.kind === "bundled" ? (
        <Field label={strings.catalogBundled}>
          <Select
            value={String(catalog.year)}
            onChange={(_, data) => setCatalog({ kind: "bundled", year: data.value === "auto" ? "auto" : Number(data.value) })}
          >
            <option value="auto">{strings.catalogYearAuto}</option>
            {bundledYears.map((year) => (
              <option key={year} value={String(year)}>
                {strings.catalogYear(year)}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Field label={strings.catalogSheet} required>
          <Select value={catalog.sheet} onChange={(_, data) => setCatalog({ kind: "sheet", sheet: data.value })}>
            <option value="">{strings.catalogSheetNone}</option>
            {sheets.map((sheet) => (
              <option key={sheet} value={sheet} data-content="workbook">
                {sheet}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field
        label={strings.tolerance}
        hint={strings.toleranceHint}
        validationState={tolerance === undefined ? "error" : "none"}
        validationMessage={tolerance === undefined ? strings.toleranceInvalid : undefined}
      >
        <Input inputMode="decimal" value={toleranceText} placeholder="0.01" onChange={(_, data) => setToleranceText(data.value)} />
      </Field>
      <Field label={strings.profile}>
        <Select value={profile} onChange={(_, data) => setProfile(data.value as Profile)}>
          {PROFILES.map((p) => (
            <option key={p} value={p}>
              {strings.profileNames[p]}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" appearance="primary" disabled={tolerance === undefined || !catalogReady}>
        {strings.apply}
      </Button>
      {shared && <p className={styles.note}>{strings.settingsSharedHint}</p>}
      <Button type="button" data-testid="export-settings" onClick={onExport}>
        {strings.exportSettings}
      </Button>
    </form>
  );
}
