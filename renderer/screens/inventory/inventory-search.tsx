import { Button, Group, TextInput } from '@mantine/core';
import { IconBarcode, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import type { FormEvent, RefObject } from 'react';
import { useScans } from '../../scanning/use-scans';

/**
 * The scan box. A scan from any scanner searches for what it read (scans never land in text
 * fields; the box shows the scan and searches). Typing by hand and Enter searches too. The text
 * stays selected afterwards so the next typed search replaces it.
 */
export function InventorySearch({
  inputRef,
  onSearch,
  searching,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  onSearch: (search: string) => void;
  searching: boolean;
}) {
  const [value, setValue] = useState('');
  useScans((scan) => {
    setValue(scan.content);
    onSearch(scan.content.trim());
    setTimeout(() => inputRef.current?.select(), 0);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(value.trim());
    inputRef.current?.select();
  };
  return (
    <form onSubmit={submit} role="search" data-testid="inventory-search">
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <TextInput
          ref={inputRef}
          label="Scan or search"
          description="Scan a barcode, or type a SKU, bin code or product name and press Enter."
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          size="xl"
          autoFocus
          autoComplete="off"
          spellCheck={false}
          leftSection={<IconBarcode size={28} aria-hidden />}
          style={{ flex: 1 }}
          maw={640}
        />
        <Button
          type="submit"
          size="xl"
          variant="default"
          leftSection={<IconSearch size={24} />}
          loading={searching}
        >
          Search
        </Button>
      </Group>
    </form>
  );
}
