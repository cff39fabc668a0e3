import {
  IconArrowsExchange,
  IconBuildingWarehouse,
  IconListCheck,
  IconPackage,
  IconPackages,
  IconSettings,
  IconTruckDelivery,
} from '@tabler/icons-react';
import type { TablerIcon } from '@tabler/icons-react';
import type { ReactElement } from 'react';
import { FloorPage } from '../screens/floor/floor-page';
import { InventoryPage } from '../screens/inventory/inventory-page';
import { PackPage } from '../screens/pack/pack-page';
import { PickPage } from '../screens/pick/pick-page';
import { ShipPage } from '../screens/ship/ship-page';
import { SettingsPage } from '../screens/settings/settings-page';
import { SyncPage } from '../screens/sync/sync-page';

export interface Screen {
  readonly path: string;
  /** The navbar entry's text and the window title. */
  readonly label: string;
  readonly icon: TablerIcon;
  readonly element: ReactElement;
  /**
   * What may follow the path, as a route pattern (":waveId?"), for a screen whose address names
   * what it has open, so a restart opens it again.
   */
  readonly param?: string;
}

/** The route pattern a screen answers to: its path, plus its optional part. */
export function routePattern(screen: Screen): string {
  return screen.param ? `${screen.path}/${screen.param}` : screen.path;
}

/**
 * Every screen the navbar offers, in navbar order. Only screens that work are listed; a new
 * screen is one more line here.
 */
export const SCREENS: readonly Screen[] = [
  {
    path: '/pick',
    label: 'Pick',
    icon: IconListCheck,
    element: <PickPage />,
    param: ':waveId?',
  },
  {
    path: '/pack',
    label: 'Pack',
    icon: IconPackage,
    element: <PackPage />,
    param: ':fulfilmentId?',
  },
  { path: '/ship', label: 'Ship', icon: IconTruckDelivery, element: <ShipPage /> },
  { path: '/floor', label: 'Floor', icon: IconBuildingWarehouse, element: <FloorPage /> },
  { path: '/inventory', label: 'Inventory', icon: IconPackages, element: <InventoryPage /> },
  { path: '/sync', label: 'Sync', icon: IconArrowsExchange, element: <SyncPage /> },
  { path: '/settings', label: 'Settings', icon: IconSettings, element: <SettingsPage /> },
];

/** Where "/" goes. */
export const HOME_PATH = '/settings';
