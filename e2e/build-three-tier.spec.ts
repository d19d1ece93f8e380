/**
 * Journey: build the three-tier web service from an empty canvas with the mouse and the
 * keyboard (two load balancers in parallel, an app pool needing 3 of 4, a database in cold
 * standby 1+1 with a 99 % switch taking 5 minutes); the figures shown equal the engine's own
 * analysis of the design built, and of the example file it reproduces.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures/fixtures.ts';
import { analyzeDesign, parseDesign } from '../src/index.ts';

function analyze(file: unknown) {
  const parsed = parseDesign(file);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return analyzeDesign(parsed.value);
}

test('build the three-tier service from an empty canvas', async ({
  page,
  editor,
  inspector,
  results,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await editor.goto();
  await editor.newEmptyDesign();
  await editor.screenshot('empty');

  // Load balancers: one after the start (click), one dropped on the canvas and wired by hand.
  await editor.select('start');
  await editor.clickCatalogue('catalogue.preset.lb');
  await expect(editor.node('lb1')).toBeVisible();
  const lb1 = await editor.node('lb1').boundingBox();
  await page
    .getByTestId('catalogue.preset.lb')
    .dragTo(editor.canvas, { targetPosition: { x: lb1!.x - 240 + 90, y: lb1!.y - 50 + 180 } });
  await expect(editor.node('lb2')).toBeVisible();
  await editor.fit();
  await editor.connect('start', 'lb2');
  await editor.connect('lb2', 'end');
  await expect.poll(async () => (await editor.getDesign()).diagram.edges.length).toBe(4);

  // App pool after both balancers: shift-click to select both, then the Server preset.
  await editor.select('lb1');
  await editor.select('lb2', { shift: true });
  await editor.clickCatalogue('catalogue.preset.server');
  await expect(editor.node('server1')).toBeVisible();
  await inspector.field('quantity').click();
  await page.keyboard.type('4');
  await inspector.field('required').fill('3');
  await expect(page.getByTestId('editor.node.server1.rule')).toHaveText('3 of 4');
  await inspector.fill('componentName', 'App server');
  await inspector.fill('mtbf', '20000');
  await inspector.fill('mttr', '30 min');
  await expect(inspector.value('mttr')).toContainText('0.5 h');

  // Database after the pool, from the keyboard: focus the preset and press Enter.
  await page.getByTestId('catalogue.preset.db').focus();
  await page.keyboard.press('Enter');
  await expect(editor.node('db1')).toBeVisible();
  await inspector.fill('quantity', '2');
  await inspector.choose('redundancy', 'cold');
  await inspector.fill('switchSuccess', '0.99');
  await inspector.fill('switchDelay', '5 min');
  await inspector.fill('mtbf', '5 years');
  await expect(inspector.value('mtbf')).toContainText('43,830 h');
  await expect(page.getByTestId('editor.node.db1.rule')).toHaveText('cold standby 1+1');

  // A connection that would make a cycle is refused, with the reason.
  await editor.fit();
  await editor.connect('db1', 'lb1');
  await expect(page.getByTestId('editor.notice')).toContainText('cycle');

  // Clean layout with one key.
  await page.getByTestId('catalogue.preset.db').focus();
  await editor.press('Escape');
  await editor.press('l');
  await expect
    .poll(async () => {
      const p = (await editor.getDesign()).diagram.ui?.['positions'] as Record<
        string,
        { x: number }
      >;
      return p['lb1']!.x === p['lb2']!.x && p['lb1']!.x < p['server1']!.x;
    })
    .toBe(true);
  await results.waitCurrent();
  await editor.screenshot('editing');

  const design = await editor.getDesign();
  expect(design.diagram.edges.map((e) => `${e.from}->${e.to}`).sort()).toEqual(
    ['start->lb1', 'start->lb2', 'lb1->server1', 'lb2->server1', 'server1->db1', 'db1->end'].sort(),
  );
  const built = analyze(design);
  expect(await results.value('availability')).toBe(built.steadyState.availability);
  expect(await results.value('unavailability')).toBe(built.steadyState.unavailability);
  expect(await results.value('mttf')).toBeCloseTo(built.mttf!, 6);

  // The same system as the example file.
  const example = analyze(JSON.parse(readFileSync('public/examples/three-tier.json', 'utf8')));
  expect(built.steadyState.availability).toBeCloseTo(example.steadyState.availability!, 12);
  expect(built.steadyState.unavailability! / example.steadyState.unavailability!).toBeCloseTo(1, 9);
  await page.getByTestId('results.panel').scrollIntoViewIfNeeded();
  await editor.screenshot('results');
  await page.getByTestId('results.tab.simulation').click();
  await expect(page.getByTestId('simulation.status')).toBeVisible();
  await editor.screenshot('results-simulation');
});
