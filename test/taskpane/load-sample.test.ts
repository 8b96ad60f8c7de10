/** Browser mode's sample: the prebuilt snapshot when the build wrote one, else the .xlsx read in the page. */
import * as fs from "fs";
import * as path from "path";
import { loadSample, SAMPLE_PATH, SAMPLE_SNAPSHOT_PATH } from "../../src/host/browser";
import { checkWorkbook } from "../../src/core/engine";
import { readWorkbookFile } from "../../src/host/xlsx";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "fengquan-2024.xlsx");

/** A same-origin server holding the given files; records what the page asked for. */
function fakeFetch(files: Record<string, string | Buffer>) {
  const asked: string[] = [];
  const fetchFn = (async (url: string) => {
    asked.push(url);
    const body = files[url];
    if (body === undefined) return new Response("not found", { status: 404 });
    return new Response(typeof body === "string" ? body : new Uint8Array(body));
  }) as typeof fetch;
  return { fetchFn, asked };
}

async function cliSnapshot() {
  const read = await readWorkbookFile(SAMPLE);
  if (!read.ok) throw new Error(read.problem.kind);
  return read.snapshot;
}

test("the prebuilt snapshot is used as it is, and the workbook is not fetched", async () => {
  const snapshot = await cliSnapshot();
  const { fetchFn, asked } = fakeFetch({ [SAMPLE_SNAPSHOT_PATH]: JSON.stringify(snapshot) });
  expect(await loadSample(fetchFn)).toEqual({ ok: true, snapshot });
  expect(asked).toEqual([SAMPLE_SNAPSHOT_PATH]);
});

test("without a snapshot (or with a malformed one) the .xlsx is read in the page, to the same snapshot", async () => {
  const snapshot = await cliSnapshot();
  for (const broken of [undefined, '{"name": 1}', "not json"]) {
    const files: Record<string, string | Buffer> = { [SAMPLE_PATH]: fs.readFileSync(SAMPLE) };
    if (broken !== undefined) files[SAMPLE_SNAPSHOT_PATH] = broken;
    const { fetchFn, asked } = fakeFetch(files);
    expect(await loadSample(fetchFn)).toEqual({ ok: true, snapshot });
    expect(asked).toEqual([SAMPLE_SNAPSHOT_PATH, SAMPLE_PATH]);
  }
});

test("a snapshot that went through JSON gives the engine the same findings as the file", async () => {
  const snapshot = await cliSnapshot();
  const viaJson = JSON.parse(JSON.stringify(snapshot));
  expect(checkWorkbook(viaJson)).toEqual(checkWorkbook(snapshot));
});
