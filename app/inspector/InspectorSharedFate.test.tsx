// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { DesignFile } from '../../src/index.ts';
import { StoreProvider, createAppStore } from '../store/index.ts';
import { selectCurrentDiagram } from '../store/selectors.ts';
import { InspectorSharedFate } from './InspectorSharedFate.tsx';
import { InspectorMembership } from './InspectorMembership.tsx';
import twoZonesJson from '../../public/examples/three-tier-two-zones.json';

afterEach(cleanup);

const twoZones = twoZonesJson as unknown as DesignFile;

function renderWith(ui: React.ReactElement) {
  const store = createAppStore({ design: twoZones });
  render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return store;
}

describe('InspectorSharedFate', () => {
  it('lists the members, removes one, renames and deletes the zone, one undo step each', () => {
    const store = renderWith(<InspectorSharedFate id="az-a" />);
    const zones = () => selectCurrentDiagram(store.getState()).zones;
    expect(screen.getByTestId('inspector.group').textContent).toContain('Members (3)');
    expect(screen.getByTestId('inspector.blast.down').textContent).toBe('lb1, app1, db1');
    expect(screen.getByTestId('inspector.blast.system').getAttribute('data-down')).toBe('false');
    fireEvent.click(screen.getByTestId('inspector.group.remove.app1'));
    expect(zones()?.[0]?.members).toEqual(['lb1', 'db1']);
    const name = screen.getByTestId('inspector.field.groupName');
    fireEvent.change(name, { target: { value: 'Frankfurt A' } });
    fireEvent.blur(name);
    expect(zones()?.[0]?.name).toBe('Frankfurt A');
    fireEvent.click(screen.getByTestId('inspector.group.delete'));
    expect(zones()?.map((z) => z.id)).toEqual(['az-b']);
    store.getState().undo();
    expect(zones()?.map((z) => z.id)).toEqual(['az-a', 'az-b']);
  });

  it('offers the zone presets as typical figures to adjust for the type', () => {
    renderWith(<InspectorSharedFate id="az-a" />);
    const options = [...screen.getByTestId('inspector.field.zoneType').querySelectorAll('option')];
    const labels = options.map((o) => o.textContent ?? '');
    expect(labels[options.findIndex((o) => o.selected)]).toBe('Availability zone');
    for (const preset of ['Cloud region', 'Rack', 'Power feed', 'Network switch']) {
      expect(labels.find((l) => l.startsWith(`${preset}:`))).toMatch(/typical figure — adjust/);
    }
  });
});

describe('InspectorMembership', () => {
  it('moves a block between zones with its check boxes', () => {
    const store = renderWith(<InspectorMembership nodeId="app2" kind="block" />);
    const b = screen.getByTestId<HTMLInputElement>('inspector.zones.az-b');
    expect(b.checked).toBe(true);
    fireEvent.click(b);
    fireEvent.click(screen.getByTestId('inspector.zones.az-a'));
    expect(selectCurrentDiagram(store.getState()).zones?.map((z) => z.members)).toEqual([
      ['lb1', 'app1', 'db1', 'app2'],
      ['lb2', 'db2'],
    ]);
  });
});
