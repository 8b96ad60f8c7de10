/** Implementations of the BUDGET functions: Excel arguments in, a value or a typed error value out. */
export { share, shares } from "./share";
export { checksum, reconcileText, difference } from "./checksum";
export { yoy, NO_BASIS } from "./yoy";
export { wan, yuan, daxie } from "./units";
export { joinCode, codeName, codePath, codeValid, govCode, catalogSource } from "./codes";
export { useLoadedCatalog, catalogFor } from "./catalog-registry";
export { isFnError } from "./result";
export type { ExcelErrorCode, FnError, FnResult } from "./result";
export type { ExcelArg } from "./coerce";
