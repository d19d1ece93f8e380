/**
 * Journey: shared fate on the diagram. The three-tier service with no zone: put the two app
 * servers in one availability zone (Z) and the zone becomes a single point of failure; move one
 * server to a second zone and it is one no more; undo and redo; the blast radius of the zone;
 * an axe scan of the screen with zones; screenshots at 1440 × 900 and 1280 × 720.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { DesignFile } from '../src/index.ts';
import { test, expect } from './fixtures/fixtures.ts';

const twoZones = JSON.parse(
  readFileSync(new URL('../public/examples/three-tier-two-zones.json', import.meta.url), 'utf8'),
) as DesignFile;

/** The three-tier service, every tier 1-of-2, with no zone and no zone type. */
function createUnzoned(): DesignFile {
  const diagram = { ...twoZones.diagram };
  delete diagram.zones;
  return {
    ...twoZones,
    name: 'Three-tier service, no zones yet',
    components: twoZones.components.filter((c) => c.id !== 'az'),
    diagram,
  };
}

test('a zone around both app servers is a single point of failure; two zones are not', async ({
  page,
  editor,
  inspector,
  results,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await editor.goto();
  await editor.importDesign(createUnzoned(), 'three-tier.json');
  await expect(page.locator('.results-design-name')).toHaveText('Three-tier service, no zones yet');
  await results.waitCurrent();
  const before = await results.value('availability');
  await expect(page.getByTestId('results.sharedFate')).toHaveCount(0);

  // Select both app servers and press Z: one availability zone around them.
  await editor.select('app1');
  await editor.select('app2', { shift: true });
  await expect(page.getByTestId('inspector.selection')).toContainText('2 nodes selected');
  await editor.press('z');
  const zone = page.getByTestId('editor.zone.az-1');
  await expect(zone).toBeVisible();
  await expect(zone).toContainText('Availability zone');
  await expect(page.getByTestId('inspector.group')).toContainText('az-1');
  await results.waitCurrent();
  await expect(page.getByTestId('editor.zone.az-1.spof')).toHaveText(
    'SPOF: alone takes the system down',
  );
  expect(await results.value('availability')).toBeLessThan(before!);
  await expect(page.getByTestId('results.sharedFate.az-1')).toContainText(
    'az-1 alone takes the system down',
  );
  await expect(page.getByTestId('results.sharedFate.az-1.defeats')).toContainText(
    'this redundancy adds nothing against az-1: app1, app2',
  );
  // Blast radius: the zone takes both servers, and the system, down.
  await expect(page.getByTestId('inspector.blast.down')).toHaveText('app1, app2');
  await expect(page.getByTestId('inspector.blast.system')).toHaveAttribute('data-down', 'true');
  const ifDown = await page.getByTestId('inspector.blast.figure').getAttribute('data-value');
  expect(Number(ifDown)).toBeLessThan(1e-12);
  const oneZone = (await results.value('availability'))!;
  // The same on the diagram: the servers go down, the databases lose every path.
  await page.getByTestId('inspector.blast.show').click();
  await expect(page.getByTestId('inspector.blast.show')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('editor.node.app1.blast')).toHaveText('down');
  await expect(page.getByTestId('editor.node.db2.blast')).toHaveText('no path');
  await expect(page.getByTestId('editor.node.lb1.blast')).toHaveCount(0);
  await editor.screenshot('zones-spof-1440');
  await scanAxe(page, 'zone selected');

  await page.getByTestId('inspector.blast.show').click();
  await expect(page.getByTestId('editor.node.app1.blast')).toHaveCount(0);

  // A second zone for app2, then take app2 out of the first (its Zones check boxes).
  await editor.select('app2');
  await editor.press('z');
  await expect(page.getByTestId('editor.zone.az-2')).toBeVisible();
  await editor.select('app2');
  await expect(inspector.root.getByTestId('inspector.zones.az-1')).toBeChecked();
  await inspector.root.getByTestId('inspector.zones.az-1').uncheck();
  await results.waitCurrent();
  await expect(page.getByTestId('editor.zone.az-1.spof')).toHaveCount(0);
  await expect(page.getByTestId('results.sharedFate.az-1')).toContainText(
    'az-1 takes the system down together with',
  );
  const design = await editor.getDesign();
  expect(design.diagram.zones?.map((z) => [z.id, z.members])).toEqual([
    ['az-1', ['app1']],
    ['az-2', ['app2']],
  ]);
  const split = (await results.value('availability'))!;
  expect(split).toBeGreaterThan(oneZone);
  expect(split).toBeLessThan(before!);
  await scanAxe(page, 'two zones, block selected');

  // Undo brings the single point back, redo takes it away again (toolbar, then keys on the canvas).
  await page.getByTestId('toolbar.undo').click();
  await results.waitCurrent();
  await expect(page.getByTestId('editor.zone.az-1.spof')).toBeVisible();
  await editor.nodeWrapper('app1').focus();
  await editor.press('Control+Shift+z');
  await results.waitCurrent();
  await expect(page.getByTestId('editor.zone.az-1.spof')).toHaveCount(0);

  // The zone's own inspector: blast radius, with the system staying up.
  await page.getByTestId('editor.zone.az-1').locator('.rbd-zone-tab').click();
  await expect(page.getByTestId('inspector.group')).toContainText('az-1');
  await expect(page.getByTestId('inspector.blast.system')).toHaveAttribute('data-down', 'false');
  // While az-1 is down, app2 and its zone az-2 are each enough to take the system down.
  await expect(page.getByTestId('inspector.blast.whileDown')).toContainText('app2');
  await expect(page.getByTestId('inspector.blast.whileDown')).toContainText('az-2');
  // From the keyboard: a focused outline is selected with Enter.
  await editor.nodeWrapper('az-2').focus();
  await editor.press('Enter');
  await expect(page.getByTestId('inspector.group')).toContainText('az-2');
  await page.getByTestId('editor.zone.az-1').locator('.rbd-zone-tab').click();
  await editor.screenshot('zones-two-1440');
  await page.setViewportSize({ width: 1280, height: 720 });
  await editor.fit();
  await editor.screenshot('zones-two-1280');
});

test('zone presets are offered as typical figures to adjust; a common-cause group shows its beta', async ({
  page,
  editor,
  inspector,
  results,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await editor.goto();
  await editor.importDesign(createUnzoned(), 'three-tier.json');
  await results.waitCurrent();
  await editor.select('db1');
  await editor.select('db2', { shift: true });
  const type = inspector.field('newZoneType');
  await expect(type.locator('option', { hasText: 'Rack' })).toContainText(
    'typical figure — adjust',
  );
  await expect(type.locator('option', { hasText: 'Power feed' })).toContainText(
    'typical figure — adjust',
  );
  await type.selectOption({
    label: (await type.locator('option', { hasText: 'Power feed' }).textContent())!,
  });
  await page.getByTestId('inspector.selection.zone').click();
  await expect(page.getByTestId('editor.zone.power-feed-1')).toContainText('Power feed');
  await editor.select('lb1');
  await editor.select('lb2', { shift: true });
  await inspector.fill('newBeta', '0.1');
  await page.getByTestId('inspector.selection.ccf').click();
  await expect(page.getByTestId('editor.ccf.ccf-1')).toContainText('β 0.1');
  await results.waitCurrent();
  await expect(page.getByTestId('results.sharedFate.ccf-1')).toContainText('ccf-1');
  await editor.screenshot('zones-presets-1280');
});

async function scanAxe(page: Page, state: string) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map(
      (v) =>
        `${state}: ${v.id} ${v.help} ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    ),
  ).toEqual([]);
}

test('dragging a server into the other zone makes that zone a single point of failure', async ({
  page,
  editor,
  results,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await editor.goto('three-tier-two-zones.json');
  await results.waitCurrent();
  await expect(page.getByTestId('editor.zone.az-a')).toBeVisible();
  await expect(page.getByTestId('editor.zone.az-a.spof')).toHaveCount(0);

  // Drop app2 (zone B) inside zone A's outline, right of app1.
  const zoneA = (await page.getByTestId('editor.zone.az-a').boundingBox())!;
  const app2 = (await editor.node('app2').boundingBox())!;
  const target = { x: zoneA.x + zoneA.width * 0.62, y: zoneA.y + zoneA.height * 0.55 };
  await editor.drag('app2', target.x - (app2.x + 20), target.y - (app2.y + 10));
  await expect(page.getByTestId('editor.notice')).toContainText('app2 joined zone az-a');
  await expect(page.getByTestId('editor.notice')).toContainText('app2 left zone az-b');
  await results.waitCurrent();
  await expect(page.getByTestId('editor.zone.az-a.spof')).toBeVisible();
  const design = await editor.getDesign();
  expect(design.diagram.zones?.find((z) => z.id === 'az-a')?.members).toContain('app2');
  await editor.screenshot('zones-drag-1440');

  // One undo takes back the move and the membership together.
  await page.getByTestId('toolbar.undo').click();
  await results.waitCurrent();
  await expect(page.getByTestId('editor.zone.az-a.spof')).toHaveCount(0);
  const back = await editor.getDesign();
  expect(back.diagram.zones?.map((z) => z.members)).toEqual([
    ['lb1', 'app1', 'db1'],
    ['lb2', 'app2', 'db2'],
  ]);

  // Redo, and the zones are saved with the design: a reload keeps them.
  await page.getByTestId('toolbar.redo').click();
  await expect(page.getByTestId('library.save-status')).toHaveAttribute('data-state', /saved|idle/);
  await page.reload();
  await expect(page.getByTestId('editor.zone.az-a')).toBeVisible();
  expect((await editor.getDesign()).diagram.zones?.[0]?.members).toContain('app2');
  await results.waitCurrent();
  await expect(page.getByTestId('editor.zone.az-a.spof')).toBeVisible();
});
