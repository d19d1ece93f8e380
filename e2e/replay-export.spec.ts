/**
 * Export of a replay for slides: a PNG of the frame at the playhead, a short GIF and a WebM and
 * an MP4 video of a stretch, each downloaded and checked from its bytes (PNG size from its
 * header, GIF frames counted block by block, video packets counted with mediabunny's reader);
 * and an export cancelled. Every wait is for a state, never for a time.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { ALL_FORMATS, BufferSource, Input } from 'mediabunny';
import { expect, test } from './fixtures/fixtures.ts';

/** Image frames of a GIF, counted by walking its blocks (GIF89a spec). */
function countGifFrames(b: Buffer): number {
  expect(b.subarray(0, 6).toString('ascii')).toBe('GIF89a');
  let p = 13;
  const screen = b[10]!;
  if ((screen & 0x80) !== 0) p += 3 * (1 << ((screen & 7) + 1));
  let frames = 0;
  const skipSubBlocks = () => {
    while (b[p] !== 0) p += b[p]! + 1;
    p++;
  };
  for (;;) {
    const id = b[p++];
    if (id === 0x3b) return frames;
    if (id === 0x21) {
      p++;
      skipSubBlocks();
    } else if (id === 0x2c) {
      frames++;
      const packed = b[p + 8]!;
      p += 9;
      if ((packed & 0x80) !== 0) p += 3 * (1 << ((packed & 7) + 1));
      p++; // LZW minimum code size
      skipSubBlocks();
    } else {
      throw new Error(`bad GIF block 0x${String(id?.toString(16))} at ${p - 1}`);
    }
    if (p > b.length) throw new Error('GIF ends early');
  }
}

/** Exports with the current settings and returns the downloaded file's bytes. */
async function exportFile(page: Page): Promise<{ bytes: Buffer; name: string; ms: number }> {
  const downloaded = page.waitForEvent('download', { timeout: 90_000 });
  const started = Date.now();
  await page.getByTestId('replay.export.start').click();
  const download = await downloaded;
  const ms = Date.now() - started;
  const bytes = await readFile(await download.path());
  return { bytes, name: download.suggestedFilename(), ms };
}

async function readVideo(bytes: Buffer) {
  const input = new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS });
  const track = (await input.getPrimaryVideoTrack())!;
  const stats = await track.computePacketStats();
  return {
    mime: await input.getMimeType(),
    codec: track.codec,
    width: track.displayWidth,
    height: track.displayHeight,
    packets: stats.packetCount,
  };
}

test('a replay exports as a PNG, a GIF, a WebM and an MP4 of the right size and frame count', async ({
  page,
  editor,
  results,
  simulation,
  replay,
}) => {
  test.setTimeout(240_000);
  await replay.openThreeTierBadYear({ editor, results, simulation });
  const made = page.getByTestId('replay.export.made');
  const measured: string[] = [];

  // A PNG of the frame at the playhead, during the first outage.
  await replay.slider.focus();
  await page.keyboard.press('n');
  await expect(replay.lamp).toHaveAttribute('data-state', 'down');
  await page.getByTestId('replay.export.format').selectOption('png');
  const png = await exportFile(page);
  expect(png.name).toMatch(/-h\d+\.png$/);
  expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(png.bytes.readUInt32BE(16)).toBe(640);
  expect(png.bytes.readUInt32BE(20)).toBe(360);
  await expect(made).toHaveAttribute('data-frames', '1');
  await expect(made).toHaveAttribute('data-bytes', String(png.bytes.length));
  await page.screenshot({ path: 'e2e/.screenshots/replay-export-page.png' });
  const { writeFile } = await import('node:fs/promises');
  await writeFile('e2e/.screenshots/replay-export-frame.png', png.bytes);

  // Long tasks on the page's thread while the worker encodes (reported, not asserted).
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });

  // A GIF of 2 s at 10 frames a second: 20 frames.
  await page.getByTestId('replay.export.format').selectOption('gif');
  await page.getByTestId('replay.export.seconds').fill('2');
  await page.getByTestId('replay.export.fps').fill('10');
  const gif = await exportFile(page);
  expect(gif.name).toMatch(/\.gif$/);
  expect(countGifFrames(gif.bytes)).toBe(20);
  expect(gif.bytes.readUInt16LE(6)).toBe(640);
  expect(gif.bytes.readUInt16LE(8)).toBe(360);
  await expect(made).toHaveAttribute('data-frames', '20');
  await expect(made).toHaveAttribute('data-bytes', String(gif.bytes.length));

  // A WebM and an MP4 of 2 s at 12 frames a second, 1280 × 720: 24 frames each.
  await page.getByTestId('replay.export.size').selectOption('1280x720');
  await page.getByTestId('replay.export.fps').fill('12');
  for (const [format, mime] of [
    ['webm', 'video/webm'],
    ['mp4', 'video/mp4'],
  ] as const) {
    await page.getByTestId('replay.export.format').selectOption(format);
    const video = await exportFile(page);
    expect(video.name.endsWith(`.${format}`)).toBe(true);
    const read = await readVideo(video.bytes);
    expect(read.mime.startsWith(mime)).toBe(true);
    expect(read.packets).toBe(24);
    expect([read.width, read.height]).toEqual([1280, 720]);
    await expect(made).toHaveAttribute('data-frames', '24');
    await expect(made).toHaveAttribute('data-bytes', String(video.bytes.length));
    measured.push(
      `${format}: ${read.codec}, ${video.bytes.length} bytes, 24 frames, ${video.ms} ms`,
    );
  }
  measured.push(`png ${png.bytes.length} bytes, ${png.ms} ms`);
  measured.push(`gif ${gif.bytes.length} bytes, 20 frames, ${gif.ms} ms`);
  const longTasks = await page.evaluate(
    () => (window as unknown as { longTasks: number[] }).longTasks,
  );
  measured.push(
    `long tasks during the exports: ${longTasks.length}, max ${Math.max(0, ...longTasks).toFixed(0)} ms`,
  );
  test.info().annotations.push({ type: 'measured', description: measured.join('; ') });
  console.warn(measured.join('; '));

  // A bad field is refused next to it, and nothing is started.
  await page.getByTestId('replay.export.fps').fill('0');
  await page.getByTestId('replay.export.start').click();
  await expect(page.getByText('frames per second: 0 (must be from 1 to 60)')).toBeVisible();
  await expect(page.getByTestId('replay.export.progress')).toHaveCount(0);

  // A long export cancelled: progress shows, then the cancel is said.
  await page.getByTestId('replay.export.format').selectOption('gif');
  await page.getByTestId('replay.export.size').selectOption('1920x1080');
  await page.getByTestId('replay.export.fps').fill('20');
  await page.getByTestId('replay.export.seconds').fill('60');
  await page.getByTestId('replay.export.start').click();
  const progress = page.getByTestId('replay.export.progress');
  await expect.poll(async () => Number(await progress.getAttribute('value'))).toBeGreaterThan(0);
  await page.getByTestId('replay.export.cancel').click();
  await expect(page.getByTestId('replay.export.message')).toHaveText('Export cancelled.');
  await expect(progress).toHaveCount(0);

  for (const [w, h] of [
    [1440, 900],
    [1280, 720],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.getByTestId('replay.export.start').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `e2e/.screenshots/replay-export-${w}.png` });
  }
});

test('without a WebCodecs encoder a video is recorded on the page with MediaRecorder', async ({
  page,
  editor,
  results,
  simulation,
  replay,
}) => {
  test.setTimeout(180_000);
  // The export worker is served with its VideoEncoder removed, as in a browser without one.
  await page.route(/export\.worker.*\.js$/, async (route) => {
    const response = await route.fetch();
    const body = `self.VideoEncoder = undefined;\n${await response.text()}`;
    await route.fulfill({ response, body });
  });
  await editor.goto('three-tier.json');
  await expect(results.status).toHaveText('current');
  await simulation.open();
  await simulation.run({ trials: 1000, horizon: '10 years', seed: 7 });
  await simulation.waitDone();
  await page.getByTestId('simulation.replay.bad').click();
  await replay.waitReady();
  await page.getByTestId('replay.export.format').selectOption('webm');
  await page.getByTestId('replay.export.seconds').fill('1');
  await page.getByTestId('replay.export.fps').fill('10');
  const video = await exportFile(page);
  const made = page.getByTestId('replay.export.made');
  await expect(made).toContainText('MediaRecorder');
  await expect(made).toHaveAttribute('data-bytes', String(video.bytes.length));
  // MediaRecorder's WebM: an EBML header, then a video track of the canvas's size.
  expect(video.bytes.readUInt32BE(0)).toBe(0x1a45dfa3);
  const read = await readVideo(video.bytes);
  expect(read.mime.startsWith('video/webm')).toBe(true);
  expect([read.width, read.height]).toEqual([640, 360]);
  expect(read.packets).toBeGreaterThan(0);
});
