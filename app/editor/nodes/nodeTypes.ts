/** The module-level map of custom node types (never inline: React Flow would re-mount nodes). */
import type { NodeTypes } from '@xyflow/react';
import { BlockNode } from './BlockNode.tsx';
import { EndNode } from './EndNode.tsx';
import { JunctionNode } from './JunctionNode.tsx';
import { StartNode } from './StartNode.tsx';
import { SubsystemNode } from './SubsystemNode.tsx';
import { ZoneNode } from './ZoneNode.tsx';
import { CommonCauseNode } from './CommonCauseNode.tsx';

export const nodeTypes = {
  start: StartNode,
  end: EndNode,
  block: BlockNode,
  junction: JunctionNode,
  subsystem: SubsystemNode,
  zone: ZoneNode,
  commonCause: CommonCauseNode,
} satisfies NodeTypes;
