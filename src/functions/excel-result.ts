/** The one place that meets the CustomFunctions global: a typed error value becomes CustomFunctions.Error. */
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
  // Office's own error type (not an Error subclass): Excel shows its code and message in the cell.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  if (isFnError(result)) throw new CustomFunctions.Error(errorCode(result.error), result.message);
  return result;
}
