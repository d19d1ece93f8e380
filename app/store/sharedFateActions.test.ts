import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand';
import type { DesignFile } from '../../src/index.ts';
import { parseDesign } from '../../src/index.ts';
import { createAppStore } from './index.ts';
import type { AppState } from './types.ts';
import { selectCurrentDiagram } from './selectors.ts';

const twoZones = JSON.parse(
  readFileSync(new URL('../../public/examples/three-tier-two-zones.json', import.meta.url), 'utf8'),
) as DesignFile;
/** The three-tier service with no zone (and no zone type). */
const bare: DesignFile = (() => {
  const diagram = { ...twoZones.diagram };
  delete diagram.zones;
  return { ...twoZones, components: twoZones.components.filter((c) => c.id !== 'az'), diagram };
})();

let store: StoreApi<AppState>;
const s = () => store.getState();
const zones = () => selectCurrentDiagram(s()).zones;

beforeEach(() => {
  store = createAppStore();
  s().loadDesign(bare);
});

describe('zone actions', () => {
  it('puts the selection in a new zone of a preset type, selects it, and undo takes it back', () => {
    s().setSelection(['app1', 'app2']);
    const made = s().createZoneFromSelection({ kind: 'preset', id: 'rack' }, 'Rack 7');
    expect(made).toEqual({ ok: true, value: 'rack-1' });
    expect(zones()).toEqual([
      { id: 'rack-1', component: 'rack', members: ['app1', 'app2'], name: 'Rack 7' },
    ]);
    expect(s().design.components.find((c) => c.id === 'rack')?.ui?.['note']).toMatch(
      /^Typical figure, adjust/,
    );
    expect(s().selection.nodes).toEqual(['rack-1']);
    expect(parseDesign(s().design).ok).toBe(true);
    s().undo();
    expect(zones()).toBeUndefined();
    expect(s().design.components.some((c) => c.id === 'rack')).toBe(false);
    s().redo();
    expect(zones()?.[0]?.id).toBe('rack-1');
  });

  it('moves a member between zones, changes the type, deletes a zone with Delete', () => {
    s().setSelection(['app1', 'app2']);
    s().createZoneFromSelection({ kind: 'preset', id: 'az' });
    s().setSelection(['lb2']);
    s().createZoneFromSelection({ kind: 'preset', id: 'az' });
    expect(s().setGroupMember('az-1', 'app2', false).ok).toBe(true);
    expect(s().setGroupMember('az-2', 'app2', true).ok).toBe(true);
    expect(zones()?.map((z) => z.members)).toEqual([['app1'], ['lb2', 'app2']]);
    expect(s().setGroupMember('az-1', 'j1', true).ok).toBe(false);
    expect(s().setZoneComponent('az-1', { kind: 'preset', id: 'region' }).ok).toBe(true);
    expect(zones()?.[0]?.component).toBe('region');
    s().setSelection(['az-1']);
    expect(s().renameSharedFate('az-1', 'az-a')).toEqual({ ok: true, value: true });
    expect(s().selection.nodes).toEqual(['az-a']);
    expect(s().renameSharedFate('az-a', 'app1').ok).toBe(false);
    s().deleteSelection();
    expect(zones()?.map((z) => z.id)).toEqual(['az-2']);
    expect(selectCurrentDiagram(s()).nodes.some((n) => n.id === 'app1')).toBe(true);
  });

  it('makes a common-cause group and edits its beta; refuses mixed types with the reason', () => {
    s().setSelection(['app1', 'db1']);
    const refused = s().createCommonCauseFromSelection(0.05);
    expect(refused.ok).toBe(false);
    s().setSelection(['app1', 'app2']);
    expect(s().createCommonCauseFromSelection(0.05)).toEqual({ ok: true, value: 'ccf-1' });
    s().setSharedFateField('ccf-1', 'beta', 0.1);
    expect(selectCurrentDiagram(s()).commonCause).toEqual([
      { id: 'ccf-1', members: ['app1', 'app2'], beta: 0.1 },
    ]);
    s().removeSharedFate('ccf-1');
    expect(selectCurrentDiagram(s()).commonCause).toBeUndefined();
    expect(s().selection.nodes).toEqual([]);
  });
});
