/**
 * Recalculates every formula of the workbook. Excel keeps a custom function's result until its arguments change, so
 * after the pane changes the catalog the BUDGET functions answer from, their cells would go on showing the old one.
 */
export async function recalculateWorkbook(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
  });
}
