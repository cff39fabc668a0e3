import { IconSettings } from '@tabler/icons-react';
import type { TablerIcon } from '@tabler/icons-react';
import type { ReactElement } from 'react';
import { SettingsPage } from '../screens/settings/settings-page';

export interface Screen {
  readonly path: string;
  /** The navbar entry's text and the window title. */
  readonly label: string;
  readonly icon: TablerIcon;
  readonly element: ReactElement;
}

/**
 * Every screen the navbar offers, in navbar order. Only screens that work are listed; a new
 * screen is one more line here.
 */
export const SCREENS: readonly Screen[] = [
  { path: '/settings', label: 'Settings', icon: IconSettings, element: <SettingsPage /> },
];

/** Where "/" goes. */
export const HOME_PATH = '/settings';
