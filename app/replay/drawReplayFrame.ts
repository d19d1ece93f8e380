/**
 * The canvas renderer of exported replay frames (PNG, GIF, video): the diagram drawn from its
 * layout geometry and the trace's state at t (not a screenshot of the page), the system lamp
 * with the outage length, the date and counters, why the system is down, and a system timeline
 * strip with the playhead. Frame-exact: what is drawn depends only on the scene and on t.
 * Works on a canvas or an OffscreenCanvas context; runs in the export worker. No React, no DOM.
 */
import type { HistoryTrace, RouteNetwork, TimeUnit } from '../../src/index.ts';
import { Replay, formatDuration, formatSimulatedTime } from '../../src/index.ts';
import type { DiagramLayout, LayoutNode } from './replayDiagramLayout.ts';
import type { BlockBadge, LaneSegment, SystemIndex } from './replayModel.ts';
import { createSystemIndex, getDowntimeAt, getReplayLanes } from './replayModel.ts';
import { getDiagramFrame, getNodeBadge } from './replayFrame.ts';

/** Everything a frame needs besides t (posted to the export worker as it is). */
export interface ReplayScene {
  readonly trace: HistoryTrace;
  readonly layout: DiagramLayout;
  readonly cutSets: readonly (readonly string[])[];
  readonly horizon: number;
  readonly timeUnit: TimeUnit;
  readonly hoursPerUnit: number;
  /** The gate network (nodes and edges off every working route drawn dashed), or null. */
  readonly routes: RouteNetwork | null;
  /** First line of every frame ("Three-tier · history 4 711 of 10 000, seed 7"). */
  readonly caption: string;
}

/** The scene prepared once for many frames. */
export interface PreparedScene {
  readonly scene: ReplayScene;
  readonly replay: Replay;
  readonly systemIndex: SystemIndex;
  readonly system: readonly LaneSegment[];
}

/** Prepares a scene: the replay's keyframes and the system lane are built once. */
export function prepareScene(scene: ReplayScene): PreparedScene {
  const replay = new Replay(scene.trace);
  return {
    scene,
    replay,
    systemIndex: createSystemIndex(replay),
    system: getReplayLanes(replay, scene.horizon).system,
  };
}

/** The palette of the view's CSS (app/replay/replay.css), for drawing without CSS. */
const TONES: Readonly<Record<BlockBadge['tone'], { fill: string; ink: string }>> = {
  up: { fill: '#d9f2e3', ink: '#067647' },
  degraded: { fill: '#fff0c2', ink: '#8a5a00' },
  switching: { fill: '#dbe8ff', ink: '#1b45b3' },
  down: { fill: '#fbd9d5', ink: '#b42318' },
  repair: { fill: '#fbd9d5', ink: '#b42318' },
  'switch-failed': { fill: '#fbd9d5', ink: '#b42318' },
};
const INK = '#1f2933';
const MUTED = '#52606d';
const EDGE = '#8391a1';
const CUT = '#7a0f08';
const FONT = 'system-ui, "DejaVu Sans", sans-serif';

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function roundRect(ctx: Context, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

function drawPips(ctx: Context, units: string, right: number, y: number, ink: string): void {
  if (units.length === 0 || units.length > 8) return;
  ctx.lineWidth = 1.6;
  for (let i = 0; i < units.length; i++) {
    const x = right - 14 - (units.length - 1 - i) * 14;
    const code = units[i];
    if (code === 'f') {
      ctx.strokeStyle = TONES.down.ink;
      ctx.lineWidth = 2.2;
      ctx.beginPath();
      ctx.moveTo(x - 4, y - 4);
      ctx.lineTo(x + 4, y + 4);
      ctx.moveTo(x - 4, y + 4);
      ctx.lineTo(x + 4, y - 4);
      ctx.stroke();
      ctx.lineWidth = 1.6;
      continue;
    }
    ctx.beginPath();
    ctx.arc(x, y, 4.5, 0, 2 * Math.PI);
    ctx.fillStyle = code === 'r' ? ink : code === 's' ? '#ffffff' : TONES.switching.fill;
    ctx.strokeStyle = code === 'r' ? ink : TONES.switching.ink;
    ctx.setLineDash(code === 'w' ? [2, 1.5] : []);
    ctx.fill();
    ctx.stroke();
    ctx.setLineDash([]);
  }
}

function drawNode(
  ctx: Context,
  node: LayoutNode,
  badge: BlockBadge | null,
  units: string,
  cut: boolean,
  dead: boolean,
): void {
  if (node.kind === 'block' || node.kind === 'subsystem') {
    const tone = TONES[badge?.tone ?? 'up'];
    // A running block off every route is greyed; a block that is itself down keeps its colour.
    const greyed = dead && (badge?.tone ?? 'up') === 'up';
    roundRect(ctx, node.x, node.y, node.w, node.h, 10);
    ctx.fillStyle = greyed ? '#f8fafc' : tone.fill;
    ctx.fill();
    ctx.lineWidth = cut ? 5 : 2;
    ctx.strokeStyle = cut ? CUT : greyed ? EDGE : tone.ink;
    ctx.setLineDash(dead ? [7, 4] : badge?.tone === 'switching' ? [6, 3] : []);
    ctx.stroke();
    ctx.setLineDash([]);
    drawPips(ctx, units, node.x + node.w, node.y + 18, tone.ink);
    ctx.textAlign = 'left';
    ctx.textBaseline = 'alphabetic';
    ctx.fillStyle = INK;
    ctx.font = `600 15px ${FONT}`;
    ctx.fillText(node.id, node.x + 12, node.y + 26, node.w - 24 - units.length * 14);
    ctx.fillStyle = greyed ? MUTED : tone.ink;
    ctx.font = `${badge !== null && badge.tone !== 'up' ? '600 ' : ''}13px ${FONT}`;
    ctx.fillText(badge?.text ?? '', node.x + 12, node.y + 52, node.w - 20);
    if (cut || dead) {
      ctx.fillStyle = cut ? CUT : MUTED;
      ctx.font = `600 12px ${FONT}`;
      const cue = cut ? '✕ in the failed cut set' : '⋯ no working route';
      ctx.fillText(cue, node.x + 12, node.y + 74, node.w - 20);
    }
    return;
  }
  const cx = node.x + node.w / 2;
  const cy = node.y + node.h / 2;
  ctx.beginPath();
  ctx.arc(cx, cy, node.kind === 'junction' ? 6 : node.w / 2, 0, 2 * Math.PI);
  ctx.fillStyle = '#f8fafc';
  ctx.fill();
  ctx.lineWidth = 2;
  ctx.strokeStyle = EDGE;
  ctx.stroke();
  if (node.kind !== 'junction') {
    ctx.fillStyle = MUTED;
    ctx.font = `13px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.fillText(node.kind === 'start' ? 'Start' : 'End', cx, cy + 5);
  }
}

/** The layout's view box as numbers. */
function getBox(layout: DiagramLayout): { x: number; y: number; w: number; h: number } {
  const [x = 0, y = 0, w = 100, h = 100] = layout.viewBox.split(' ').map(Number);
  return { x, y, w, h };
}

/**
 * Draws the frame at t over the whole canvas.
 * @param t the playhead, design time units
 * @param span the exported stretch [from, to] (marked on the timeline strip), design time units
 */
export function drawReplayFrame(
  ctx: Context,
  width: number,
  height: number,
  prepared: PreparedScene,
  t: number,
  span: readonly [number, number] = [0, prepared.scene.horizon],
): void {
  const { scene, replay } = prepared;
  const { layout, horizon } = scene;
  const frame = getDiagramFrame(
    replay,
    t,
    replay.eventsUpTo(t),
    scene.cutSets,
    scene.hoursPerUnit,
    scene.routes,
  );
  const live = frame.live;
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  const s = Math.min(width / 1280, height / 720);
  ctx.scale(s, s);
  const W = width / s;
  const H = height / s;

  // Caption and date.
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.fillStyle = INK;
  ctx.font = `600 22px ${FONT}`;
  ctx.fillText(scene.caption, 24, 40, W - 300);
  ctx.textAlign = 'right';
  ctx.font = `600 22px ${FONT}`;
  ctx.fillText(formatSimulatedTime(t, scene.timeUnit), W - 24, 40);

  // Diagram, fitted into its band.
  const top = 60;
  const bottom = H - 190;
  const box = getBox(layout);
  const k = Math.min((W - 48) / box.w, (bottom - top) / box.h);
  ctx.save();
  ctx.translate(24 + (W - 48 - box.w * k) / 2, top + (bottom - top - box.h * k) / 2);
  ctx.scale(k, k);
  ctx.translate(-box.x, -box.y);
  ctx.strokeStyle = EDGE;
  ctx.lineWidth = 2;
  for (const e of layout.edges) {
    const dead = live !== null && (!live.has(e.from.id) || !live.has(e.to.id));
    ctx.strokeStyle = dead ? '#b8c1cc' : EDGE;
    ctx.setLineDash(dead ? [6, 5] : []);
    const x1 = e.from.x + e.from.w;
    const y1 = e.from.y + e.from.h / 2;
    const x2 = e.to.x;
    const y2 = e.to.y + e.to.h / 2;
    const dx = Math.max(30, (x2 - x1) / 2);
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.bezierCurveTo(x1 + dx, y1, x2 - dx, y2, x2, y2);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  for (const node of layout.nodes) {
    const badge = getNodeBadge(node, frame.badges);
    const units = node.blocks.length === 1 ? frame.units[node.blocks[0]!]! : '';
    const cut = node.blocks.some((b) => frame.inCut.has(scene.trace.blocks[b]!));
    drawNode(ctx, node, badge, units, cut, live !== null && !live.has(node.id));
  }
  ctx.restore();

  // Lamp, counters, why down.
  const lampY = H - 176;
  const d = getDowntimeAt(prepared.systemIndex, t);
  const tone = frame.systemUp ? TONES.up : TONES.down;
  roundRect(ctx, 24, lampY, 360, 52, 10);
  ctx.fillStyle = tone.fill;
  ctx.fill();
  ctx.beginPath();
  ctx.arc(48, lampY + 26, 9, 0, 2 * Math.PI);
  ctx.fillStyle = tone.ink;
  ctx.fill();
  ctx.textAlign = 'left';
  ctx.font = `700 24px ${FONT}`;
  const lampText = frame.systemUp ? 'System UP' : 'System DOWN';
  ctx.fillText(lampText, 66, lampY + 34);
  if (d.outageStart !== null) {
    const after = 66 + ctx.measureText(lampText).width + 12;
    ctx.font = `15px ${FONT}`;
    ctx.fillText(
      `for ${formatDuration((t - d.outageStart) * scene.hoursPerUnit)}`,
      after,
      lampY + 33,
      Math.max(20, 376 - after),
    );
  }
  ctx.fillStyle = MUTED;
  ctx.font = `16px ${FONT}`;
  const events = replay.eventsUpTo(t);
  ctx.fillText(
    `event ${events.toLocaleString('en-US')} of ${replay.eventCount.toLocaleString('en-US')} · downtime so far ${formatDuration(d.downtime * scene.hoursPerUnit)} · availability so far ${(t > 0 ? (1 - d.downtime / t) * 100 : 100).toFixed(3)}%`,
    404,
    lampY + 22,
    W - 428,
  );
  if (!frame.systemUp) {
    ctx.fillStyle = TONES.down.ink;
    ctx.font = `600 16px ${FONT}`;
    const why =
      frame.activeCutSets.length > 0
        ? `Down because ${frame.activeCutSets.map((c) => `{${c.join(', ')}}`).join(' or ')} ${frame.activeCutSets.length === 1 && frame.activeCutSets[0]!.length === 1 ? 'is' : 'are'} down`
        : 'Down';
    ctx.fillText(why, 404, lampY + 46, W - 428);
  }

  // System timeline strip with the exported stretch and the playhead.
  const stripY = H - 96;
  const x0 = 24;
  const sw = W - 48;
  const toX = (v: number): number => x0 + (horizon > 0 ? (v / horizon) * sw : 0);
  ctx.fillStyle = MUTED;
  ctx.font = `14px ${FONT}`;
  ctx.fillText('System', x0, stripY - 8);
  ctx.fillStyle = TONES.up.fill;
  ctx.fillRect(x0, stripY, sw, 28);
  ctx.fillStyle = TONES.down.ink;
  for (const seg of prepared.system) {
    if (seg.state !== 'down') continue;
    ctx.fillRect(toX(seg.from), stripY, Math.max(2, toX(seg.to) - toX(seg.from)), 28);
  }
  ctx.strokeStyle = EDGE;
  ctx.lineWidth = 1;
  ctx.strokeRect(x0, stripY, sw, 28);
  if (span[0] > 0 || span[1] < horizon) {
    ctx.fillStyle = 'rgba(36, 86, 216, 0.15)';
    ctx.fillRect(toX(span[0]), stripY - 4, toX(span[1]) - toX(span[0]), 36);
  }
  ctx.strokeStyle = INK;
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(toX(t), stripY - 8);
  ctx.lineTo(toX(t), stripY + 36);
  ctx.stroke();
  ctx.fillStyle = MUTED;
  ctx.font = `13px ${FONT}`;
  ctx.textAlign = 'left';
  ctx.fillText(formatSimulatedTime(0, scene.timeUnit), x0, stripY + 52);
  ctx.textAlign = 'right';
  ctx.fillText(formatSimulatedTime(horizon, scene.timeUnit), x0 + sw, stripY + 52);
  ctx.textAlign = 'center';
  ctx.fillText('down: dark red band · playhead: black line', W / 2, stripY + 52);
  ctx.restore();
}

/**
 * The times of the frames of a stretch: frame k at from + k·(to − from)/(count − 1), so the
 * first frame is `from` and the last `to` (one frame at `from` when count is 1).
 */
export function getFrameTimes(from: number, to: number, count: number): Float64Array {
  const times = new Float64Array(count);
  for (let k = 0; k < count; k++)
    times[k] = count === 1 ? from : from + ((to - from) * k) / (count - 1);
  return times;
}
