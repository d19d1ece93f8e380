/**
 * Saves a lesson's diagram as an ordinary design file (it opens in the editor with Import…),
 * so a teacher can take the lesson's numbers further.
 */
import type { DesignFile } from '../../src/index.ts';

interface Props {
  readonly design: DesignFile;
  readonly fileName: string;
}

export function DownloadDesign({ design, fileName }: Props) {
  return (
    <button
      type="button"
      className="button"
      data-testid="learn.download"
      onClick={() => {
        const blob = new Blob([`${JSON.stringify(design, null, 2)}\n`], {
          type: 'application/json',
        });
        const url = URL.createObjectURL(blob);
        const link = document.createElement('a');
        link.href = url;
        link.download = fileName;
        link.click();
        // The click has read the address; free it on the next task.
        window.setTimeout(() => URL.revokeObjectURL(url), 0);
      }}
    >
      Save this lesson’s design (.json)
    </button>
  );
}
