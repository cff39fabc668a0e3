import { UnstyledButton } from '@mantine/core';
import { IconPrinter, IconPrinterOff } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { methodQueryPrefix } from '../../api/react/query-keys';
import { useStationQuery } from '../../api/react/use-station-query';
import { useTopic } from '../../api/react/use-topic';
import { describeLabelPrinter, labelPrinterOf } from './describe-label-printer';
import { StatusItem } from './status-item';

/** The label printer's state; a click (or Enter) opens Settings › Printers. */
export function PrinterStatusItem() {
  const cache = useQueryClient();
  const printers = useStationQuery('printers.list', {});
  useTopic('printers.changed', () => {
    void cache.invalidateQueries({ queryKey: methodQueryPrefix('printers.list') });
  });
  const navigate = useNavigate();
  const list = printers.data?.printers ?? [];
  const status = describeLabelPrinter(list);
  if (!status) return null;
  const printer = labelPrinterOf(list);
  return (
    <UnstyledButton
      onClick={() => void navigate('/settings', { state: { focus: 'printers' } })}
      aria-label={`${status.text}. Open printer settings`}
      style={{ flexShrink: 0 }}
    >
      <StatusItem
        status={status}
        icon={status.tone === 'problem' ? <IconPrinterOff size={22} /> : <IconPrinter size={22} />}
        testId="status-label-printer"
        data={{ 'data-printer-state': printer?.status.state ?? 'none' }}
        title={printer?.status.message ?? printer?.lastError ?? undefined}
      />
    </UnstyledButton>
  );
}
