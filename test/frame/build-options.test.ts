/** Build options an office sets when it hosts the add-in on its own intranet server. */
const options = require("../../scripts/build-options.js");

describe("build options", () => {
  test.each([
    [undefined, "https://localhost:3000/"],
    ["https://budget.intranet.example/addin", "https://budget.intranet.example/addin/"],
    ["https://10.1.2.3:8443/bc/", "https://10.1.2.3:8443/bc/"],
  ])("ADDIN_URL %s → %s", (input, expected) => {
    expect(options.productionUrl(input)).toBe(expected);
  });

  test("ADDIN_URL must be https and a URL", () => {
    expect(() => options.productionUrl("http://intranet/addin/")).toThrow("must use https");
    expect(() => options.productionUrl("intranet/addin")).toThrow("is not a URL");
  });

  test("office.js comes from Microsoft's CDN by default, or from the add-in's own server", () => {
    expect(options.officeJsSource(undefined)).toEqual({
      scriptUrl: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      cspOrigin: "https://appsforoffice.microsoft.com",
      copyPatterns: [],
    });
    const local = options.officeJsSource("local");
    expect(local.scriptUrl).toBe("office-js/office.js");
    expect(local.cspOrigin).toBe("");
    expect(local.copyPatterns[0].to).toBe("office-js");
    expect(() => options.officeJsSource("intranet")).toThrow('OFFICE_JS must be "cdn" or "local"');
  });
});
