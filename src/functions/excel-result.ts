/**
 * The one place that meets the CustomFunctions global: a typed error value becomes CustomFunctions.Error, and
 * functions are associated with their ids only where office.js is (a plain browser may have none).
 */
import { whenOfficeJs } from "../host/office-js";
import { isFnError, type ExcelErrorCode, type FnResult } from "./impl/result";

function errorCode(code: ExcelErrorCode): CustomFunctions.ErrorCode {
  switch (code) {
    case "#DIV/0!":
      return CustomFunctions.ErrorCode.divisionByZero;
    case "#N/A":
      return CustomFunctions.ErrorCode.notAvailable;
    case "#NUM!":
      return CustomFunctions.ErrorCode.invalidNumber;
    case "#VALUE!":
      return CustomFunctions.ErrorCode.invalidValue;
  }
}

/** The value for Excel, or a thrown CustomFunctions.Error with its message (Excel shows it as the cell's error). */
export function toExcel<T>(result: FnResult<T>): T {
  if (isFnError(result)) throw new CustomFunctions.Error(errorCode(result.error), result.message);
  return result;
}

type CustomFunction = (...args: any[]) => unknown;

/**
 * What functions.ts calls `CustomFunctions`: the build appends `CustomFunctions.associate("ID", fn)` for each function
 * to that file, and a page without office.js (browser mode offline) would fail on the global. Associates at once
 * where office.js has run (inside Office it always has), else once it arrives; never where it does not.
 */
export const functionRegistrar = {
  associate(id: string, fn: CustomFunction): void {
    if (typeof CustomFunctions !== "undefined") {
      CustomFunctions.associate(id, fn);
      return;
    }
    void whenOfficeJs().then((present) => {
      if (present && typeof CustomFunctions !== "undefined") CustomFunctions.associate(id, fn);
    });
  },
};
