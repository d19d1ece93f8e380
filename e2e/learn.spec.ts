/**
 * The Learn view: every lesson walked by keyboard from the index, its figures and formulas equal
 * to the engine's (worked out here in Node with the same engine), a question answered wrongly
 * then rightly, the settings kept in the address, bad input refused next to its field, the Monte
 * Carlo runs equal to the engine's simulation, classroom mode remembered, axe clean, and
 * screenshots at 1440×900 and 1280×720. Every wait is for a state, never for a time.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { DesignFile, Lesson } from '../src/index.ts';
import {
  COVERAGE_SEEDS,
  LESSONS,
  analyzeDesign,
  describeExplanation,
  explainDesign,
  loadExpressionEngine,
  parseDesign,
  estimateFailedShare,
  formatNumber,
  getInitialValues,
  getLadder,
  getLesson,
  isCovered,
} from '../src/index.ts';
import { expect, test } from './fixtures/fixtures.ts';

/** Presses Tab until the element with this test id has focus (fails after `limit` presses). */
async function tabTo(page: Page, testId: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const focused = await page.evaluate(() =>
      (document.activeElement as HTMLElement | null)?.getAttribute('data-testid'),
    );
    if (focused === testId) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${testId} not reached with Tab`);
}

async function scan(page: Page, state: string): Promise<void> {
  const result = await new AxeBuilder({ page }).include('[data-testid="learn.view"]').analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map(
      (v) => `${state}: ${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

/** The lesson's figures and formulas as the engine gives them, checked on the page. */
async function expectEngineNumbers(page: Page, lesson: Lesson, values = getInitialValues(lesson)) {
  const view = lesson.compute(values);
  for (const f of view.figures) {
    await expect(page.getByTestId(`learn.figure.${f.key}`)).toHaveText(f.text);
  }
  for (const [i, f] of view.formulas.entries()) {
    const formula = page.getByTestId(`learn.formula.${i}`);
    await expect(formula).toHaveAttribute('aria-label', f.label);
    await expect(formula.locator('.katex')).toBeVisible();
  }
}

const lesson = (id: string): Lesson => getLesson(id)!;

test('every lesson is walked by keyboard from the index, with the engine’s numbers', async ({
  page,
}) => {
  test.setTimeout(240_000);
  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto('/#view=learn');
    await expect(page.getByTestId('learn.index')).toBeVisible();
    await expect(page.getByTestId('learn.index').getByRole('listitem')).toHaveCount(LESSONS.length);
    await page.screenshot({ path: `e2e/.screenshots/learn-index-${width}.png` });

    await tabTo(page, `learn.lesson.${LESSONS[0]!.id}`);
    await page.keyboard.press('Enter');
    for (const [i, l] of LESSONS.entries()) {
      const screen = page.getByTestId(`learn.screen.${l.id}`);
      await expect(screen).toBeVisible();
      await expect(screen.getByRole('heading', { level: 2 })).toContainText(l.title);
      await expect(
        page.getByTestId('learn.chart').locator('.recharts-wrapper > svg'),
      ).toBeVisible();
      await expectEngineNumbers(page, l);
      await page.screenshot({ path: `e2e/.screenshots/learn-${l.id}-${width}.png` });
      if (i < LESSONS.length - 1) {
        await tabTo(page, 'learn.nav.next');
        await page.keyboard.press('Enter');
      }
    }
    await expect(page.getByTestId('learn.nav.next')).toHaveCount(0);
  }
  // Back goes to the previous lesson; "All lessons" to the index.
  await page.goBack();
  await expect(page.getByTestId(`learn.screen.${LESSONS[LESSONS.length - 2]!.id}`)).toBeVisible();
  await page.getByTestId('learn.nav.index').click();
  await expect(page.getByTestId('learn.index')).toBeVisible();
});

test('a question answered wrongly names the misconception, then rightly', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/#view=learn&lesson=mtbf');
  const q = 'failedByMtbf';
  await expect(page.getByTestId(`learn.revealButton.${q}`)).toBeDisabled();
  await tabTo(page, `learn.choice.${q}.half`);
  await page.keyboard.press('Space');
  await expect(page.getByTestId(`learn.choice.${q}.half`)).toBeChecked();
  await tabTo(page, `learn.revealButton.${q}`);
  await page.keyboard.press('Enter');
  const reveal = page.getByTestId(`learn.reveal.${q}`);
  await expect(reveal).toContainText('✗ Not quite: that answer assumes the MTBF is the median');
  await expect(reveal).toContainText('The answer is About 63 %.');
  await expect(reveal).toContainText('F(θ) = 1 − e^(−1) = 63.21 %');
  await scan(page, 'answer revealed');
  // Focus went to "Try again"; it returns to the first answer.
  await expect(page.getByTestId(`learn.again.${q}`)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId(`learn.choice.${q}.half`)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId(`learn.choice.${q}.right`)).toBeChecked();
  await tabTo(page, `learn.revealButton.${q}`);
  await page.keyboard.press('Enter');
  await expect(reveal).toContainText('✓ Right.');
  await expect(reveal).not.toContainText('Not quite');

  // Two questions in a lesson: one at a time.
  await page.goto('/#view=learn&lesson=parallel');
  await expect(page.getByTestId('learn.question.position')).toHaveText('Question 1 of 2');
  await expect(page.getByTestId('learn.question.twoOfThree')).toBeHidden();
  await page.getByTestId('learn.question.next').click();
  await expect(page.getByTestId('learn.question.twoOfThree')).toBeVisible();
  await page.getByTestId('learn.choice.twoOfThree.series').check();
  await page.getByTestId('learn.revealButton.twoOfThree').click();
  await expect(page.getByTestId('learn.reveal.twoOfThree')).toContainText(
    'every replica must be up',
  );
});

test('settings move by keyboard, live in the address and refuse bad input by name', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/#view=learn&lesson=mtbf');
  await tabTo(page, 'learn.slider.mtbf');
  await page.keyboard.press('ArrowRight');
  // One step of the log slider: 10^3.01 ≈ 1020 h.
  await expect(page.getByTestId('learn.field.mtbf')).toHaveValue('1020');
  await expect(page).toHaveURL(/lesson=mtbf&mtbf=1020/);
  await expectEngineNumbers(page, lesson('mtbf'), { mtbf: 1020, t: 500 });

  // A shared link opens the lesson with its settings.
  await page.goto('/#view=learn&lesson=series&n=2&a=99.9');
  await page.reload();
  await expect(page.getByTestId('learn.field.n')).toHaveValue('2');
  await expectEngineNumbers(page, lesson('series'), { n: 2, a: 99.9 });
  await expect(page.getByTestId('learn.formula.0')).toHaveAttribute('aria-label', /= 99\.8001 %$/);
  await page.getByTestId('learn.field.n').fill('10');
  await expect(page.getByTestId('learn.figure.availability')).toHaveText('99.0045 %');
  // The lesson's diagram is an ordinary design file: the engine gives it the figure shown.
  const saved = page.waitForEvent('download');
  await page.getByTestId('learn.download').click();
  const download = await saved;
  expect(download.suggestedFilename()).toBe('lesson-series.json');
  const file = parseDesign(JSON.parse(readFileSync(await download.path(), 'utf8')));
  if (!file.ok) throw new Error('the saved lesson design does not parse');
  expect(analyzeDesign(file.value).steadyState.availability).toBeCloseTo(0.999 ** 10, 14);

  await page.getByTestId('learn.field.a').fill('abc');
  await expect(page.getByTestId('learn.error.a')).toHaveText(
    'enter a number for availability of each',
  );
  await expect(page.getByTestId('learn.invalid')).toBeVisible();
  await page.getByTestId('learn.field.a').fill('120');
  await expect(page.getByTestId('learn.error.a')).toContainText('out of range: 120');
  await scan(page, 'invalid setting');
  await page.getByTestId('learn.field.a').fill('99.9');
  await expect(page.getByTestId('learn.error.a')).toBeHidden();

  await page.goto('/#view=learn&lesson=parallel&n=2&k=3');
  await expect(page.getByTestId('learn.error.k')).toContainText('k = 3 is more than n = 2');
  await page.getByTestId('learn.field.k').fill('2');
  await expectEngineNumbers(page, lesson('parallel'), { n: 2, k: 2, a: 90 });

  await page.goto('/#view=learn&lesson=nonsense');
  await expect(page.getByTestId('learn.unknown')).toContainText('There is no lesson “nonsense”');
});

test('the Monte Carlo lesson runs the engine’s simulation: 4× the runs halve the interval', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/#view=learn&lesson=montecarlo&t=1000&trials=10000&seed=3');
  await page.getByTestId('learn.mc.run').click();
  await expect(page.getByTestId('learn.mc.status')).toHaveText('Done.', { timeout: 60_000 });
  const exact = 1 - Math.exp(-1);
  const ladder = getLadder(10000).map((n) => estimateFailedShare(1000, n, 3));
  const rows = page.getByTestId('learn.mc.table').locator('tbody tr');
  await expect(rows).toHaveCount(ladder.length);
  for (const [i, run] of ladder.entries()) {
    await expect(rows.nth(i).locator('td').nth(1)).toHaveText(
      `${formatNumber(100 * run.failed, 4)} %`,
    );
    const previous = ladder[i - 1];
    if (previous !== undefined) {
      const ratio = (run.high - run.low) / (previous.high - previous.low);
      await expect(page.getByTestId(`learn.mc.ratio.${i}`)).toHaveText(
        `× ${formatNumber(ratio, 3)}`,
      );
      // Each 4× step halves the width, up to the spread of p̂ at these sizes.
      expect(Math.abs(ratio - 0.5)).toBeLessThan(0.1);
    }
  }
  let covered = 0;
  for (let s = 0; s < COVERAGE_SEEDS; s++) {
    if (isCovered(estimateFailedShare(1000, 1000, 3 + 1 + s), exact)) covered++;
  }
  await expect(page.getByTestId('learn.mc.coverage')).toContainText(
    `${covered} of ${COVERAGE_SEEDS} seeds`,
  );
  await page.screenshot({ path: 'e2e/.screenshots/learn-montecarlo-run-1440.png' });
  // A new setting drops the old run.
  await page.getByTestId('learn.field.seed').fill('4');
  await expect(page.getByTestId('learn.mc.table')).toHaveCount(0);
  // The runs are the worker's: a run can be cancelled, and says where it stopped. The lesson's
  // largest run (N = 1e5) lasts a few hundred milliseconds, so a click through Playwright could
  // come after its end: Cancel is pressed in the page, in the first frame it is there.
  await page.goto('/#view=learn&lesson=montecarlo&t=1000&trials=100000&seed=5');
  await expect(page.getByTestId('learn.mc.run')).toBeEnabled();
  await page.evaluate(async () => {
    const find = (id: string) => document.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`);
    find('learn.mc.run')!.click();
    for (let frame = 0; frame < 10 && find('learn.mc.cancel') === null; frame++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    find('learn.mc.cancel')!.click();
  });
  await expect(page.getByTestId('learn.mc.status')).toHaveText(
    /^Cancelled after \d ladder runs and \d+ seeds\.$/,
  );
  await expect(page.getByTestId('learn.mc.run')).toHaveText('Run again');
});

test('classroom mode: large type, no editing tools, by keyboard, kept over a reload', async ({
  page,
}) => {
  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto('/#view=learn&lesson=redundancy');
    const toggle = page.getByTestId('learn.classroom');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('.topbar-library')).toBeVisible();
    await tabTo(page, 'learn.classroom');
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.topbar-library')).toBeHidden();
    await page.reload();
    await expect(page.getByTestId('learn.classroom')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.topbar-tools')).toBeHidden();
    const size = await page
      .getByTestId('learn.view')
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(18);
    await expectEngineNumbers(page, lesson('redundancy'));
    await scan(page, `classroom ${width}`);
    await page.screenshot({ path: `e2e/.screenshots/learn-classroom-redundancy-${width}.png` });
    // Leaving the Learn view brings the editing tools back.
    await page.getByTestId('view.edit').click();
    await expect(page.locator('.topbar-library')).toBeVisible();
    await page.getByTestId('view.learn').click();
    await page.getByTestId('learn.classroom').click();
    await expect(page.getByTestId('learn.classroom')).toHaveAttribute('aria-pressed', 'false');
  }
  await scan(page, 'lesson');
});

test('“Explain this design” derives the edited design’s availability with the engine’s numbers', async ({
  page,
  editor,
  results,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await editor.goto('three-tier.json');
  await results.waitCurrent();
  await page.getByTestId('view.learn').click();
  await page.getByTestId('learn.lesson.explain').click();
  await expect(page.getByTestId('learn.explain')).toBeVisible();

  await loadExpressionEngine();
  const file = JSON.parse(readFileSync('public/examples/three-tier.json', 'utf8')) as DesignFile;
  const parsed = parseDesign(file);
  if (!parsed.ok) throw new Error('three-tier.json does not parse');
  const explanation = explainDesign(file, analyzeDesign(parsed.value));
  expect(explanation.kind).toBe('reduced');
  const steps = page.getByTestId('learn.explain.steps').getByRole('listitem');
  await expect(steps).toHaveCount(explanation.steps.length);
  for (const [i, step] of explanation.steps.entries()) {
    await expect(page.getByTestId(`learn.explain.step.${i}`).getByRole('img')).toHaveAttribute(
      'aria-label',
      step.label,
    );
  }
  await expect(page.getByTestId('learn.explain.result')).toHaveText(
    `✓ The last step ${describeExplanation(explanation)}.`,
  );
  // A step focused by keyboard outlines its blocks on the diagram and says which.
  const last = explanation.steps.length - 1;
  await page.getByTestId(`learn.explain.step.${last}`).getByRole('img').focus();
  await expect(page.getByTestId('learn.explain.shown')).toHaveText(
    new RegExp(
      `^Step ${last + 1} \\(.*\\) covers ${explanation.steps[last]!.members.join(', ')}\\.$`,
    ),
  );
  await expect(
    page.getByTestId('learn.explain.diagram').locator('title', { hasText: '— in this step' }),
  ).toHaveCount(explanation.steps[last]!.members.length);
  await scan(page, 'explain');
  await page.screenshot({ path: 'e2e/.screenshots/learn-explain-1440.png' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'e2e/.screenshots/learn-explain-1280.png' });
});

test('“Explain this design” splits a bridge on a pivotal block, to the engine’s figure', async ({
  page,
  editor,
  results,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await editor.goto();
  // The directed bridge: in → a, b; a → c, m; m → d; b → d; c, d → out.
  const link = {
    id: 'link',
    name: 'Link',
    failure: { distribution: 'exponential', mtbf: 1000 },
    repair: { distribution: 'exponential', mttr: 10 },
  };
  const blocks = ['a', 'b', 'c', 'd', 'm'].map((id) => ({ id, kind: 'block', component: 'link' }));
  const pairs = ['in>a', 'in>b', 'a>c', 'a>m', 'm>d', 'b>d', 'c>out', 'd>out'];
  const file = {
    format: 'rbd-design',
    version: 1,
    name: 'Bridge',
    timeUnit: 'hour',
    missionTime: 8760,
    components: [link],
    diagram: {
      nodes: [{ id: 'in', kind: 'start' }, ...blocks, { id: 'out', kind: 'end' }],
      edges: pairs.map((p) => {
        const [from, to] = p.split('>');
        return { from, to };
      }),
    },
  };
  await editor.importDesign(file, 'bridge.json');
  await expect(page.getByTestId('library.current')).toHaveText('Bridge');
  await results.waitCurrent();
  await page.getByTestId('view.learn').click();
  await page.getByTestId('learn.lesson.explain').click();
  await expect(page.getByTestId('learn.explain.steps')).toContainText('split on a pivotal block');
  await expect(page.getByTestId('learn.explain.steps')).toContainText('is up:');
  await expect(page.getByTestId('learn.explain.steps')).toContainText('is down:');

  await loadExpressionEngine();
  const parsed = parseDesign(file);
  if (!parsed.ok) throw new Error('the bridge does not parse');
  const explanation = explainDesign(file as unknown as DesignFile, analyzeDesign(parsed.value));
  expect(explanation.kind).toBe('reduced');
  await expect(page.getByTestId('learn.explain.result')).toHaveText(
    `✓ The last step ${describeExplanation(explanation)}.`,
  );
  await page.screenshot({ path: 'e2e/.screenshots/learn-explain-bridge-1440.png' });
});

test('“Explain this design” splits on a unit drawn twice, both drawings up together and down together', async ({
  page,
  editor,
  results,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  // bridge-network.json draws the bridge's link e twice (e and e2, one unit).
  await editor.goto('bridge-network.json');
  await results.waitCurrent();
  await page.getByTestId('view.learn').click();
  await page.getByTestId('learn.lesson.explain').click();
  const steps = page.getByTestId('learn.explain.steps');
  await expect(steps).toContainText('if e is up');
  await expect(steps).toContainText('if e is down');

  await loadExpressionEngine();
  const file = JSON.parse(
    readFileSync('public/examples/bridge-network.json', 'utf8'),
  ) as DesignFile;
  const parsed = parseDesign(file);
  if (!parsed.ok) throw new Error('bridge-network.json does not parse');
  const explanation = explainDesign(file, analyzeDesign(parsed.value));
  expect(explanation.kind).toBe('reduced');
  await expect(page.getByTestId('learn.explain.result')).toHaveText(
    `✓ The last step ${describeExplanation(explanation)}.`,
  );
  // The split on e outlines both of its drawings on the diagram.
  const split = explanation.steps.findIndex((s) => s.kind === 'pivot' && s.condition === undefined);
  expect(explanation.steps[split]!.members).toEqual(expect.arrayContaining(['e', 'e2']));
  // Pointing wins over focus: keep the pointer off the list of steps.
  await page.mouse.move(0, 0);
  await page.getByTestId(`learn.explain.step.${split}`).getByRole('img').focus();
  await expect(page.getByTestId('learn.explain.shown')).toContainText('covers e, e2');
  await expect(
    page.getByTestId('learn.explain.diagram').locator('title', { hasText: '— in this step' }),
  ).toHaveCount(explanation.steps[split]!.members.length);
  await page.screenshot({ path: 'e2e/.screenshots/learn-explain-repeat-1440.png' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'e2e/.screenshots/learn-explain-repeat-1280.png' });
});
