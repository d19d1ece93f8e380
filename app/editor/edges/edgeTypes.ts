/** The module-level map of custom edge types. */
import type { EdgeTypes } from '@xyflow/react';
import { RbdEdge } from './RbdEdge.tsx';

export const edgeTypes = { rbd: RbdEdge } satisfies EdgeTypes;
