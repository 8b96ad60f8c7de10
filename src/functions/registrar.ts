/**
 * What functions.ts calls `CustomFunctions` (with excel-result.ts, the only code that meets that global): the build
 * appends `CustomFunctions.associate("ID", fn)` for each function to that file, and a page without office.js (the
 * browser mode offline) would fail on the global.
 */
import { whenOfficeJs } from "../host/office-js";

type CustomFunction = (...args: any[]) => unknown;

/** Associates at once where office.js has run (inside Office it always has), else once it arrives; never without it. */
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
