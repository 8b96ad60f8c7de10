/** Text from workbooks made safe to show: control characters escaped or dropped, long text cut. */
export { escapeControls, escapeControlsInJson, dropXmlInvalid } from "./control-characters";
export { cutForDisplay, cutMarker, fitExcelCell, EXCEL_CELL_LIMIT } from "./cut";
export { foldWidth } from "./fold-width";
export { DistinctTexts } from "./distinct-texts";
