import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { BinStockRow } from '../../../shared/contract';
import { useStationQuery } from '../../api/react/use-station-query';
import { rowKey, singleExactRow } from './inventory-texts';

/**
 * The Inventory screen's state: what was searched, which place is open for counting, and what
 * was last saved. The open place is read from the live list, so its figures move with it.
 */
export function useInventoryScreen() {
  const searchRef = useRef<HTMLInputElement | null>(null);
  const [search, setSearch] = useState('');
  // Bumped on every Enter, so scanning the same barcode twice opens it again.
  const [searchCount, setSearchCount] = useState(0);
  const [selected, setSelected] = useState<BinStockRow | null>(null);
  const [saved, setSaved] = useState<BinStockRow | null>(null);
  const list = useStationQuery('inventory.list', { search }, { placeholderData: keepPreviousData });

  const answered = list.data !== undefined && !list.isPlaceholderData;
  const openedFor = useRef(-1);
  useEffect(() => {
    if (!answered || openedFor.current === searchCount || !list.data) return;
    openedFor.current = searchCount;
    const only = singleExactRow(list.data);
    if (only) setSelected(only);
  }, [answered, list.data, searchCount]);

  const selectedKey = selected ? rowKey(selected) : null;
  const liveSelected =
    (selectedKey && list.data?.rows.find((row) => rowKey(row) === selectedKey)) || selected;

  const backToScanning = () => {
    setSelected(null);
    // After the form unmounts, so its fields do not take focus back; selected, so the next
    // scan replaces the last one.
    setTimeout(() => searchRef.current?.select(), 0);
  };

  return {
    searchRef,
    search,
    list,
    selected: liveSelected,
    selectedKey,
    saved,
    onSearch: (value: string) => {
      setSearch(value);
      setSearchCount((n) => n + 1);
      setSelected(null);
      setSaved(null);
    },
    onSelect: (row: BinStockRow) => {
      setSelected(row);
      setSaved(null);
    },
    onSaved: (row: BinStockRow) => {
      setSaved(row);
      backToScanning();
    },
    onCancel: backToScanning,
  };
}
