/**
 * Ready-made wiring of the library pieces to a `useDesignLibrary` controller: the library menu
 * (with the example gallery), the save indicator, import / export / share, the problem dialog,
 * the undo toast and file drop anywhere on the page. Place it in the app's top bar.
 */
import { useCallback } from 'react';
import { DropOverlay } from './DropOverlay.tsx';
import { ExampleGallery } from './ExampleGallery.tsx';
import { ImportExportButtons } from './ImportExportButtons.tsx';
import { IssueDialog } from './IssueDialog.tsx';
import { LibraryMenu } from './LibraryMenu.tsx';
import { SaveIndicator } from './SaveIndicator.tsx';
import { UndoToast } from './UndoToast.tsx';
import { useFileDrop } from './useFileDrop.ts';
import type { DesignLibraryController } from './useDesignLibrary.ts';
import './library.css';

export interface LibraryBarProps {
  readonly library: DesignLibraryController;
  /** Name of the design being edited (shown on the menu button). */
  readonly designName: string;
}

export function LibraryBar({ library, designName }: LibraryBarProps) {
  const importFile = library.importFile;
  const onFile = useCallback((file: File) => void importFile(file), [importFile]);
  const { dragging } = useFileDrop(onFile);
  const disabled = !library.ready;

  return (
    <div className="lib-bar" data-testid="library.bar">
      <LibraryMenu
        items={library.items}
        trash={library.trash}
        currentId={library.currentId}
        currentName={designName}
        onOpen={(id) => void library.open(id)}
        onCreate={() => void library.createNew()}
        onRename={(id, name) => void library.rename(id, name)}
        onDuplicate={(id) => void library.duplicate(id)}
        onDelete={(id) => void library.remove(id)}
        onRestore={(id) => void library.restore(id)}
        onExportRaw={library.exportRaw}
        onShow={() => void library.refresh()}
        renderGallery={(close) => (
          <ExampleGallery
            onOpen={(file) => {
              close();
              void library.openExample(file);
            }}
          />
        )}
      />
      <SaveIndicator status={library.saveStatus} storageKind={library.storageKind} />
      <ImportExportButtons
        onImport={onFile}
        onExport={library.exportCurrent}
        onShare={library.shareCurrent}
        disabled={disabled}
      />
      <IssueDialog problem={library.problem} onClose={() => library.showProblem(null)} />
      <UndoToast
        deleted={library.deleted?.item ?? null}
        onUndo={() => void library.undoRemove()}
        onDismiss={library.dismissDeleted}
      />
      <DropOverlay active={dragging} />
    </div>
  );
}
