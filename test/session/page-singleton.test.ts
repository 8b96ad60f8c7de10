import { pageSingleton } from "../../src/session/page-singleton";

describe("pageSingleton", () => {
  it("gives every bundle on the page the same instance", () => {
    // Two bundles are two module registries: simulate the second with an isolated copy of the module.
    let fromOtherBundle: unknown;
    jest.isolateModules(() => {
      fromOtherBundle = (require("../../src/session/results-store") as typeof import("../../src/session/results-store"))
        .resultsStore;
    });

    const here = (require("../../src/session/results-store") as typeof import("../../src/session/results-store"))
      .resultsStore;
    expect(fromOtherBundle).toBe(here);
  });

  it("creates once per name", () => {
    const create = jest.fn(() => ({}));
    const a = pageSingleton("test-once", create);
    const b = pageSingleton("test-once", create);
    expect([a === b, create.mock.calls.length]).toEqual([true, 1]);
  });
});
