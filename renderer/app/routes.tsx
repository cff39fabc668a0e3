import { IconArrowsExchange, IconPackages, IconSettings } from '@tabler/icons-react';
import type { TablerIcon } from '@tabler/icons-react';
import type { ReactElement } from 'react';
import { InventoryPage } from '../screens/inventory/inventory-page';
import { SettingsPage } from '../screens/settings/settings-page';
import { SyncPage } from '../screens/sync/sync-page';

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
  { path: '/inventory', label: 'Inventory', icon: IconPackages, element: <InventoryPage /> },
  { path: '/sync', label: 'Sync', icon: IconArrowsExchange, element: <SyncPage /> },
  { path: '/settings', label: 'Settings', icon: IconSettings, element: <SettingsPage /> },
];

/** Where "/" goes. */
export const HOME_PATH = '/settings';
