/**
 * What a new user met on first use, each fixed: an added block says where it went, is shown and
 * can be undone; a block with spares is not called a single point of
 * failure; standby settings survive a trip through active; a file with unknown fields says so.
 */
import { expect, test } from './fixtures/fixtures.ts';

test('a catalogue click says where the block went, shows it and offers undo', async ({
  editor,
  results,
  page,
}) => {
  await editor.goto('three-tier.json');
  await results.waitCurrent();
  await page.getByTestId('editor.canvas').click({ position: { x: 20, y: 20 } });
  await page.getByTestId('catalogue.preset.server').click();
  const notice = page.getByTestId('editor.notice');
  await expect(notice).toContainText(/Added server\d* after in\./);
  const id = ((await notice.textContent()) ?? '').match(/Added (server\d*)/)![1]!;
  await expect(editor.node(id)).toBeInViewport();
  const added = await page.evaluate(() => window.rbdStudio!.getDesign().diagram.nodes.length);
  await notice.getByTestId('editor.notice.undo').click();
  await expect
    .poll(() => page.evaluate(() => window.rbdStudio!.getDesign().diagram.nodes.length))
    .toBe(added - 1);
});

test('a block with spares is “in series”, a single unit a single point of failure', async ({
  editor,
  results,
}) => {
  await editor.goto('three-tier.json');
  await results.waitCurrent();
  // apps: 3 of 4 app servers; db: cold standby 1+1.
  await expect(editor.node('apps').getByTestId('editor.node.apps.spof')).toHaveText('in series');
  await expect(editor.node('db').getByTestId('editor.node.db.spof')).toHaveText('in series');
  await editor.node('db').click();
  await expect(editor.page.getByTestId('inspector.block.spof')).toContainText(
    'No unit here is a single point of failure (1 spare)',
  );
});

test('switching standby → active → standby keeps switch success and delay', async ({
  editor,
  inspector,
  results,
}) => {
  await editor.goto('three-tier.json');
  await results.waitCurrent();
  await editor.node('db').click();
  await inspector.fill('switchSuccess', '0.9');
  await inspector.field('switchSuccess').press('Enter');
  await inspector.fill('switchDelay', '3 min');
  await inspector.field('switchDelay').press('Enter');
  await inspector.choose('redundancy', 'active');
  await expect(inspector.field('switchSuccess')).toHaveCount(0);
  await inspector.choose('redundancy', 'cold');
  await expect(inspector.field('switchSuccess')).toHaveValue('0.9');
  await expect(inspector.field('switchDelay')).toHaveValue('3 min');
});

test('an imported file with unknown fields says which were ignored', async ({
  editor,
  results,
  page,
}) => {
  await editor.goto('three-tier.json');
  await results.waitCurrent();
  const design = await page.evaluate(() => window.rbdStudio!.getDesign());
  const lb1 = design.diagram.nodes.find((n) => n.id === 'lb1')!;
  Object.assign(lb1, { colour: 'red' });
  await page.getByTestId('design.import').setInputFiles({
    name: 'odd.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...design, name: 'Odd fields' })),
  });
  await expect(page.getByTestId('editor.notice')).toContainText(
    'diagram.nodes[1].colour: unknown field "colour" ignored',
  );
  await editor.node('lb1').click();
  await expect(page.getByTestId('inspector.node.issue')).toContainText('unknown field "colour"');
});
