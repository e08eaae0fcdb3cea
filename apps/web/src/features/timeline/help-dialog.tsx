'use client';

import { Dialog } from '@/components/dialog';

const SHORTCUTS: [string, string][] = [
  ['j', 'Next item'],
  ['k', 'Previous item'],
  ['o or Enter', 'Open the item'],
  ['m', 'Mark read / unread'],
  ['s', 'Star / unstar'],
  ['Shift + S', 'Share with a note'],
  ['n', 'Show new posts'],
  ['Esc', 'Close the reader or a dialog'],
  ['?', 'This help'],
];

export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts">
      <dl className="shortcuts">
        {SHORTCUTS.map(([keys, action]) => (
          <div key={keys} className="shortcuts__row">
            <dt>
              {keys
                .split(' ')
                .map((part, index) =>
                  ['or', '+'].includes(part) ? (
                    <span key={index}> {part} </span>
                  ) : (
                    <kbd key={index}>{part}</kbd>
                  ),
                )}
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
