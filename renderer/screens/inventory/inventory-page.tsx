import { Alert, Stack, Text, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { BinStockRow } from '../../../shared/contract';
import { EnrolledOnly } from '../../components/enrolled-only';
import { QueryView } from '../../components/query-view';
import { AdjustPanel } from './adjust-panel';
import { describePending, describeResults } from './inventory-texts';
import { InventorySearch } from './inventory-search';
import { StockTable } from './stock-table';
import { useInventoryScreen } from './use-inventory-screen';

export function InventoryPage() {
  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1}>Inventory</Title>
      <EnrolledOnly why="Stock by bin comes from the head office.">
        <InventoryScreen />
      </EnrolledOnly>
    </Stack>
  );
}

function InventoryScreen() {
  const screen = useInventoryScreen();
  return (
    <Stack
      gap="lg"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && screen.selected) screen.onCancel();
      }}
    >
      <InventorySearch
        inputRef={screen.searchRef}
        onSearch={screen.onSearch}
        searching={screen.list.isFetching && screen.list.isPlaceholderData}
      />
      {screen.saved && <SavedNotice row={screen.saved} />}
      {screen.selected && (
        <AdjustPanel row={screen.selected} onSaved={screen.onSaved} onCancel={screen.onCancel} />
      )}
      <QueryView query={screen.list} what="stock">
        {(list) => (
          <Stack gap="sm">
            <Text fz="lg" role="status" data-testid="inventory-summary">
              {describeResults(list, screen.search)}
            </Text>
            <StockTable
              rows={list.rows}
              selectedKey={screen.selectedKey}
              onSelect={screen.onSelect}
            />
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}

function SavedNotice({ row }: { row: BinStockRow }) {
  const pending = describePending(row.pendingDelta);
  return (
    <Alert color="teal" icon={<IconCheck />} role="status" data-testid="adjust-saved">
      Saved. {row.product.sku} in {row.binCode} now shows {row.onHand}
      {pending ? ` (${pending.toLowerCase()}).` : '.'}
    </Alert>
  );
}
