import type { ReactNode } from 'react';
import { SettingsNav } from '@/features/settings/settings-nav';
import '@/features/settings/settings.css';

/** Every settings page: the section list beside (wide) or above (narrow) the section. */
export default function SettingsLayout({ children }: { children: ReactNode }) {
  return (
    <div className="page settings">
      <header className="page__header settings__header">
        <div>
          <p className="page__eyebrow">Account</p>
          <h1 className="page__title">Settings</h1>
        </div>
      </header>
      <div className="settings__body">
        <SettingsNav />
        <div className="settings__section">{children}</div>
      </div>
    </div>
  );
}
