import { Divider, Stack } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { SectionCard } from '../../components/section-card';
import { PrinterJobs } from './printer-jobs';
import { PrinterList } from './printer-list';
import { usePrintersLive } from './printers-live';

/** Where this station prints: its printers with their live state, and jobs that wait. */
export function PrintersSection() {
  usePrintersLive();
  const ref = useRef<HTMLDivElement>(null);
  const location = useLocation();
  const focus = (location.state as { focus?: unknown } | null)?.focus;
  // The status bar's printer item opens Settings at this section.
  useEffect(() => {
    if (focus === 'printers') ref.current?.scrollIntoView({ block: 'start' });
  }, [focus, location.key]);
  return (
    <div ref={ref} id="printers">
      <SectionCard title="Printers" testId="printer-settings">
        <Stack gap="lg">
          <PrinterList />
          <Divider />
          <PrinterJobs />
        </Stack>
      </SectionCard>
    </div>
  );
}
