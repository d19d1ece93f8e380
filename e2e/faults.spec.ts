/**
 * Faults a machine can throw at the app: a worker that dies without a word. The app notices,
 * replaces it and answers; nothing is lost.
 */
import { test, expect } from './fixtures/fixtures.ts';

test('the exact engine killed without an error event: the next edit is answered within seconds', async ({
  page,
  editor,
  inspector,
  results,
}) => {
  await editor.goto('three-tier.json');
  await results.waitCurrent();
  const before = await results.value('availability');
  const engine = page.workers().find((w) => w.url().includes('engine.worker'));
  expect(engine).toBeDefined();
  // The worker closes itself: no error event reaches the page, calls simply never answer.
  await engine!
    .evaluate(() => (self as unknown as { close(): void }).close())
    .catch(() => undefined);
  await editor.select('apps');
  await inspector.fill('mtbf', '5000');
  // Answered on a fresh worker: a deadline sized to the last answer, not the 60 s budget.
  await results.waitCurrent(30_000);
  const after = await results.value('availability');
  expect(after).not.toBeNull();
  expect(after).not.toBe(before);
  await expect(page.getByTestId('results.error')).toHaveCount(0);
});

test('a design with 10,000 levels of nesting under ui (allowed, ignored) opens and is analysed', async ({
  page,
  editor,
  results,
}) => {
  await editor.goto('three-tier.json');
  await results.waitCurrent();
  const file = (await editor.getDesign()) as unknown as Record<string, unknown>;
  const text = `${JSON.stringify({ ...file, name: 'Deep ui' }).slice(0, -1)},"ui":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`;
  await page.getByTestId('design.import').setInputFiles({
    name: 'deep.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(page.getByTestId('library.current')).toHaveText('Deep ui');
  await results.waitCurrent(30_000);
  expect(await results.value('availability')).not.toBeNull();
  await expect(page.getByTestId('results.error')).toHaveCount(0);
});

test('a simulation worker killed mid-run: the run finishes with the same figures and says so', async ({
  page,
  editor,
  results,
  simulation,
}) => {
  test.setTimeout(240_000);
  await editor.goto('three-tier.json');
  await results.waitCurrent();
  await simulation.open();
  // The undisturbed run first.
  await simulation.run({ trials: 1_000_000, horizon: '1 year', seed: 23 });
  await simulation.waitDone(180_000);
  const undisturbed = await simulation.estimate('availability');
  // The same run again, with one of its workers killed once it is under way.
  await simulation.run({});
  await expect
    .poll(async () => (await page.evaluate(() => window.rbdStudio!.getRun()))?.completed ?? 0)
    .toBeGreaterThan(200_000);
  const worker = page.workers().find((w) => w.url().includes('simulation.worker'));
  expect(worker).toBeDefined();
  await worker!
    .evaluate(() => (self as unknown as { close(): void }).close())
    .catch(() => undefined);
  await simulation.waitDone(180_000);
  expect(await simulation.estimate('availability')).toEqual(undisturbed);
  await expect(page.getByTestId('simulation.progress').locator('..')).toContainText(
    'stopped and was replaced',
  );
});
