/**
 * Journey (issue 12): the database's repair time is built from its steps in the inspector, each
 * step with its share of the repair and what it costs the system; the standby switch-over's
 * downtime is split into delays, failed switch-overs and the rest, and moves when the delay does.
 */
import { expect, test } from './fixtures/fixtures.ts';

test('a repair time built from steps shows each step’s share and what it costs the system', async ({
  page,
  editor,
  inspector,
  results,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await editor.goto('three-tier.json');
  await results.waitCurrent();
  await editor.select('db');
  await expect(inspector.field('mttr')).toHaveValue('8');

  // MTTR 8 h becomes one step; adding "detect" (typical 5 min) makes it 8 h 5 min.
  await page.getByTestId('inspector.parts.mttr.build').click();
  await expect(page.getByTestId('inspector.mttr.part.repair.share')).toHaveText('100% of the time');
  await page.getByTestId('inspector.parts.mttr.step').selectOption('detect');
  await page.getByTestId('inspector.parts.mttr.add').click();
  await expect
    .poll(async () => (await editor.getDesign()).components.find((c) => c.id === 'db')?.repair)
    .toEqual({ distribution: 'exponential', mttr: { repair: 8, detect: '5 min' } });
  // 5 min of 485 min.
  await expect(page.getByTestId('inspector.mttr.part.detect.share')).toHaveText(
    '1.031% of the time',
  );

  // A 1 h repair: detection is 5 of 65 minutes.
  await inspector.fill('mttr.part.repair', '1');
  await expect(page.getByTestId('inspector.mttr.part.detect.share')).toHaveText(
    '7.692% of the time',
  );
  await expect(page.getByTestId('inspector.parts.mttr.total')).toHaveText('Total 1 h 5 min');
  await results.waitCurrent();

  // What each step costs the system, computed in the worker.
  await expect(page.getByTestId('inspector.mttr.part.detect.saving')).toContainText(
    'Without “detect”: −',
  );
  await expect(page.getByTestId('inspector.mttr.part.repair.saving')).toContainText(
    'Without “repair”: −',
  );

  // A step's name must be free.
  await page.getByTestId('inspector.mttr.part.repair.name').fill('detect');
  await expect(page.getByText('There is already a step “detect”.')).toBeVisible();
  await page.getByTestId('inspector.mttr.part.repair.name').fill('restore');
  await page.getByTestId('inspector.mttr.part.repair.name').press('Enter');
  await expect
    .poll(async () => (await editor.getDesign()).components.find((c) => c.id === 'db')?.repair)
    .toEqual({ distribution: 'exponential', mttr: { restore: 1, detect: '5 min' } });

  // The failover: delays, failed switch-overs and the rest add up to the system's downtime.
  const delayRow = page.getByTestId('inspector.failover.delay');
  await expect(delayRow).toContainText('Switch-over delays:');
  const before = await delayRow.textContent();
  await inspector.fill('switchDelay', '30 min');
  await expect(delayRow).not.toHaveText(before ?? '');
  await expect(page.getByTestId('inspector.failover.failed')).toContainText('Failed switch-overs:');

  // The delay built from steps: detect + switch over.
  await page.getByTestId('inspector.parts.switchDelay.build').click();
  await page.getByTestId('inspector.parts.switchDelay.step').selectOption('detect');
  await page.getByTestId('inspector.parts.switchDelay.add').click();
  await expect(page.getByTestId('inspector.parts.switchDelay.total')).toHaveText('Total 35 min');
  await expect(page.getByTestId('inspector.parts.switchDelay.savings')).toContainText(
    'Without “detect”',
  );
  // A slower detection of the failure moves the system's downtime.
  await results.waitCurrent();
  const downtime = await results.value('downtime');
  await inspector.fill('switchDelay.part.detect', '15 min');
  await expect(page.getByTestId('inspector.parts.switchDelay.total')).toHaveText('Total 45 min');
  await expect.poll(() => results.value('downtime')).toBeGreaterThan(downtime!);
  await page.getByTestId('inspector.parts.mttr').scrollIntoViewIfNeeded();
  await editor.screenshot('recovery-steps-1440');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByTestId('inspector.parts.switchDelay').scrollIntoViewIfNeeded();
  await editor.screenshot('recovery-steps-1280');

  // Undo, step by step, brings back one time (quick edits of one field are one step).
  await expect(async () => {
    await page.getByTestId('toolbar.undo').click();
    await expect(page.getByTestId('inspector.parts.switchDelay')).toBeHidden({ timeout: 1_000 });
  }).toPass();
  await expect(inspector.field('switchDelay')).toBeVisible();
});

test('an MTBF from observed failures, with its interval, used as the estimate or the worst case', async ({
  page,
  editor,
  inspector,
  results,
}) => {
  await editor.goto('three-tier.json');
  await results.waitCurrent();
  await editor.select('apps');
  await page.getByTestId('inspector.observed.toggle').click();
  // 3 failures in 24 unit-years: MTBF 8 years, 90 % interval 3.095 to 29.35 years (chi-square).
  await expect(page.getByTestId('inspector.observed.mtbf')).toHaveText('70,130 hours (8 y)');
  await expect(page.getByTestId('inspector.observed.interval')).toHaveText(
    '3 y 34 d to 29 y 128 d MTBF',
  );
  await page.getByTestId('inspector.observed.time').fill('24 kg');
  await expect(page.getByTestId('inspector.observed.time.error')).toBeVisible();
  await expect(page.getByTestId('inspector.observed.mtbf')).toBeHidden();
  await page.getByTestId('inspector.observed.time').fill('24 years');
  await page.getByTestId('inspector.observed').scrollIntoViewIfNeeded();
  await editor.screenshot('observed-rate');
  await page.getByTestId('inspector.observed.use').click();
  await expect(inspector.field('mtbf')).toHaveValue('70128');
  await results.waitCurrent();
  const estimate = await results.value('availability');
  await page.getByTestId('inspector.observed.worst').click();
  await expect
    .poll(async () => {
      const failure = (await editor.getDesign()).components.find((c) => c.id === 'app')?.failure;
      return (failure as { mtbf?: number } | undefined)?.mtbf;
    })
    .toBeCloseTo(1 / 3.685478234054265e-5, 6);
  await results.waitCurrent();
  expect(await results.value('availability')).toBeLessThan(estimate!);
});
